//! What every operator page has around its content (`operators/base.html`): the title, the
//! stylesheet, the operator strings, and for a signed-in user their name, the areas their role
//! opens and the sign-out button.

use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use super::auth::{Area, SignedIn};
use super::error::OperatorError;
use super::strings::OperatorStrings;
use crate::public::assets;

/// Every operator's own page (password, failed sign-ins), linked from every signed-in page.
pub const ACCOUNT_PATH: &str = "/account";

pub struct Chrome {
    /// What the page's template says, in the operator's language.
    pub tr: OperatorStrings,
    pub title: String,
    pub css: &'static str,
    pub account: Option<Account>,
}

pub struct Account {
    pub name: String,
    pub role: String,
    /// For the sign-out form, and every other form of the page.
    pub csrf: String,
    pub links: Vec<NavLink>,
}

pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

impl Chrome {
    pub fn anonymous(tr: &OperatorStrings, title: String) -> Self {
        Chrome {
            tr: tr.clone(),
            title,
            css: assets::stylesheet_path(),
            account: None,
        }
    }

    /// `current` is the address of the navigation item the page belongs to.
    pub fn signed_in(tr: &OperatorStrings, title: String, who: &SignedIn, current: &str) -> Self {
        // Each area is named by its page's title.
        let candidates = [
            (Area::Queue, "/staff", "op-staff-title"),
            (Area::Figures, "/admin", "op-admin-title"),
            (Area::Figures, "/admin/figures", "op-admin-figures-title"),
            (
                Area::Publishing,
                "/admin/campaigns",
                "op-admin-campaigns-title",
            ),
            (
                Area::Publishing,
                "/admin/translations",
                "op-admin-translations-title",
            ),
            (Area::Audit, "/admin/audit", "op-admin-audit-title"),
            (Area::Directory, "/directory", "op-directory-title"),
        ];
        let mut links: Vec<NavLink> = candidates
            .into_iter()
            .filter(|(area, _, _)| who.may(*area))
            .map(|(_, href, label)| NavLink {
                href,
                label: tr.get(label),
                current: href == current,
            })
            .collect();
        // Every account has its own page (password, failed sign-ins).
        links.push(NavLink {
            href: ACCOUNT_PATH,
            label: tr.get("op-account-title"),
            current: current == ACCOUNT_PATH,
        });
        Chrome {
            tr: tr.clone(),
            title,
            css: assets::stylesheet_path(),
            account: Some(Account {
                name: who.user.name.clone(),
                role: tr.role(&who.user.role),
                csrf: who.csrf_token.clone(),
                links,
            }),
        }
    }
}

/// A rendered page for one account. Never marked `cache::Shared`: the page cache keys on the
/// address alone and would hand it to the next visitor.
pub fn render<T: Template>(page: &T) -> Result<Response, OperatorError> {
    Ok(Html(page.render()?).into_response())
}

/// Every response of these pages, redirects and errors included: no browser or proxy keeps
/// a queue or a session's form token.
pub async fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
