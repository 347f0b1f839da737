//! `/staff/requests/{id}/cancel`: Cancel asks first. The page names the request and what
//! cancelling means; only its form (with `confirm=yes`) cancels. It works without a script,
//! and sits apart from Accept, so a slip of the thumb on a phone cannot cancel a request.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use faro_core::clock::now_unix;
use faro_core::intake::queue;

use super::queue::{Row, back_to, row};
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;

#[derive(Template)]
#[template(path = "operators/staff/cancel.html")]
struct CancelPage {
    chrome: Chrome,
    csrf: String,
    row: Row,
    action: String,
    back: String,
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, OperatorError> {
    who.require(Area::Queue)?;
    let id: i64 = id.parse().map_err(|_| OperatorError::not_found())?;
    let request = state.app.store.requests().get(id).await?;
    // As for the actions: another shelter's request is not there for this account.
    if !queue::may_act_on(&who.user, &request) {
        return Err(OperatorError::not_found());
    }
    let tr = who.tr.clone();
    let title = tr.with(
        "op-staff-cancel-title",
        "reference",
        request.reference.as_str(),
    );
    chrome::render(&CancelPage {
        chrome: Chrome::signed_in(&tr, title, &who, "/staff"),
        csrf: who.csrf_token.clone(),
        row: row(&tr, &request, now_unix()),
        action: format!("/staff/requests/{id}/cancel"),
        back: back_to(&who.user.role, &request),
    })
}
