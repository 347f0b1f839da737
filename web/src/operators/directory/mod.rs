//! `/directory`: the directory kept by the people who know the places. Admins and focal
//! points (their country) create, edit, verify, retire and settle pack conflicts; a shelter's
//! staff change their own shelter's hours, services, languages and phones. Who may do what is
//! the core's rule (`faro_core::directory::permissions`); each change is audited there and
//! reaches readers at once here (and within seconds on other instances, `directory_watch.rs`).

mod entry;
mod form;
mod list;

use axum::Router;
use axum::routing::{get, post};
use faro_core::directory::EditError;

use super::error::OperatorError;
use super::strings::Said;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/directory", get(list::page).post(entry::create))
        .route("/directory/new", get(entry::new_form))
        .route("/directory/{id}", get(entry::page).post(entry::edit))
        .route("/directory/{id}/shelter", post(entry::edit_shelter))
        .route("/directory/{id}/verify", post(entry::verify))
        .route("/directory/{id}/retire", post(entry::retire))
        .route("/directory/{id}/restore", post(entry::restore))
        .route("/directory/{id}/conflict", post(entry::settle))
}

/// The core's refusals in the operator's words (a form's problems are shown on the form
/// itself, by the handler, before this).
impl From<EditError> for OperatorError {
    fn from(error: EditError) -> Self {
        match error {
            EditError::Forbidden => OperatorError::Forbidden,
            EditError::NotFound => OperatorError::not_found(),
            EditError::Exists => OperatorError::Conflict(Said::new("op-directory-exists")),
            EditError::Invalid(_) => {
                OperatorError::Invalid(Said::new("op-directory-problems-title"))
            }
            EditError::Store(error) => OperatorError::from(error),
        }
    }
}
