//! `/admin/audit`: the newest entries of the audit log — sign-ins, account changes, campaign
//! changes, approvals, publications, reviews — for admins only.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::strings::Said;

/// Enough for weeks of a focal point's work; older entries stay in the database.
pub const SHOWN: i64 = 500;

struct Row {
    at: String,
    actor: String,
    action: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "operators/admin/audit.html")]
struct AuditPage {
    chrome: Chrome,
    rows: Vec<Row>,
    intro: String,
}

pub async fn page(State(state): State<AppState>, who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Audit)?;
    let tr = who.tr.clone();
    let rows = state
        .app
        .store
        .audit_log()
        .newest(SHOWN)
        .await?
        .into_iter()
        .map(|entry| Row {
            at: tr.datetime_plain(entry.at),
            actor: entry.actor,
            action: entry.action,
            detail: entry.detail,
        })
        .collect();
    chrome::render(&AuditPage {
        chrome: Chrome::signed_in(&tr, tr.get("op-admin-audit-title"), &who, "/admin/audit"),
        rows,
        intro: tr.say(&Said::new("op-admin-audit-intro").with("shown", SHOWN)),
    })
}
