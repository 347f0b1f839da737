//! `/staff/telegram`: staff link their Telegram to their account, as interpreters do, with a
//! one-time code made here (`faro_core::accounts` keeps only its hash). In the bot they send
//! `/start` and the code; then `/join REFERENCE` joins the conversation of one of their
//! shelter's requests, so that the person, the interpreter and they talk in one thread.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::AppState;
use crate::operators::auth::Area;
use crate::operators::chrome::{self, Chrome};
use crate::operators::csrf::{NoFields, Posted};
use crate::operators::error::OperatorError;

pub const PATH: &str = "/staff/telegram";

#[derive(Template)]
#[template(path = "operators/staff/telegram.html")]
struct CodePage {
    chrome: Chrome,
    /// What to send to the bot: `/start <code>`.
    command: String,
}

/// Makes a fresh code (any earlier one stops working) and shows it once.
pub async fn new_code(
    State(state): State<AppState>,
    posted: Posted<NoFields>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    who.require(Area::Queue)?;
    let code = state
        .app
        .store
        .users()
        .new_telegram_code(who.user.id)
        .await?;
    let tr = who.tr.clone();
    chrome::render(&CodePage {
        chrome: Chrome::signed_in(&tr, tr.get("op-telegram-title"), &who, "/staff"),
        command: format!("/start {code}"),
    })
}
