//! What every page behind a sign-in has around its content (`staff_base.html`): the title,
//! the stylesheet, and for a signed-in user their name, the areas their role opens and the
//! sign-out button. In English: operators read these pages, not migrants.

use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use super::auth::{Area, SignedIn};
use super::error::StaffError;
use crate::public::assets;

pub struct Chrome {
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
    pub label: &'static str,
    pub current: bool,
}

impl Chrome {
    pub fn anonymous(title: &str) -> Self {
        Chrome {
            title: title.to_owned(),
            css: assets::stylesheet_path(),
            account: None,
        }
    }

    /// `current` is the address of the navigation item the page belongs to.
    pub fn signed_in(title: &str, who: &SignedIn, current: &str) -> Self {
        let candidates = [
            (Area::Queue, "/staff", "Interpreter queue"),
            (Area::Figures, "/admin", "Admin"),
            (Area::Figures, "/admin/figures", "Figures"),
            (Area::Publishing, "/admin/campaigns", "Campaigns"),
            (Area::Publishing, "/admin/translations", "Translations"),
            (Area::Audit, "/admin/audit", "Audit log"),
        ];
        let links = candidates
            .into_iter()
            .filter(|(area, _, _)| who.may(*area))
            .map(|(_, href, label)| NavLink {
                href,
                label,
                current: href == current,
            })
            .collect();
        Chrome {
            title: title.to_owned(),
            css: assets::stylesheet_path(),
            account: Some(Account {
                name: who.user.name.clone(),
                role: who.user.role.to_string(),
                csrf: who.csrf_token.clone(),
                links,
            }),
        }
    }
}

/// A rendered page for one account. Never marked `cache::Shared`: the page cache keys on the
/// address alone and would hand it to the next visitor.
pub fn render<T: Template>(page: &T) -> Result<Response, StaffError> {
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
