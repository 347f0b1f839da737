//! The one error type of the pages behind a sign-in. Unlike the kiosk's errors these are
//! rendered here, in English, without the visitor's locale or the page cache: operators read
//! them, and nothing about an account may be kept or shared.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use faro_core::accounts::AccountError;
use faro_core::intake::IntakeError;

use super::chrome::Chrome;

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// No live session: the sign-in page, not an error page.
    #[error("sign-in required")]
    SignInRequired,
    /// Signed in, but the role does not open this page.
    #[error("the role does not allow this page")]
    Forbidden,
    /// A POST without the form's token, with a wrong one, or sent from another site.
    #[error("form token missing or wrong, or a cross-site request")]
    Forged,
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// A form's value the domain refused, with what was wrong in words an operator can act on.
    #[error("invalid: {0}")]
    Invalid(String),
    /// The role opens the page, but not this action on this thing (a campaign for another
    /// country), said plainly.
    #[error("refused: {0}")]
    Refused(String),
    /// The action does not fit the current state (a done request cannot be accepted).
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("rendering a page failed")]
    Render(#[from] askama::Error),
    #[error("database")]
    Store(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl From<AccountError> for StaffError {
    fn from(error: AccountError) -> Self {
        StaffError::Store(Box::new(error))
    }
}

impl From<IntakeError> for StaffError {
    fn from(error: IntakeError) -> Self {
        match error {
            IntakeError::NoSuchRequest => StaffError::NotFound,
            IntakeError::WrongStatus(status) => StaffError::Conflict(format!(
                "The request is {status}; that action no longer applies to it."
            )),
            other => StaffError::Store(Box::new(other)),
        }
    }
}

#[derive(Template)]
#[template(path = "operators/error.html")]
struct ErrorTemplate {
    chrome: Chrome,
    message: String,
}

impl IntoResponse for StaffError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            StaffError::SignInRequired => return Redirect::to("/sign-in").into_response(),
            StaffError::Forbidden => (
                StatusCode::FORBIDDEN,
                "Not allowed",
                "Your account does not give access to this page.".to_owned(),
            ),
            StaffError::Forged => (
                StatusCode::FORBIDDEN,
                "Form refused",
                "The form was out of date or did not come from this site. Go back, reload the \
                 page and try again."
                    .to_owned(),
            ),
            StaffError::NotFound => (
                StatusCode::NOT_FOUND,
                "Not found",
                "There is nothing here for your account.".to_owned(),
            ),
            StaffError::BadRequest(what) => {
                (StatusCode::BAD_REQUEST, "Bad request", (*what).to_owned())
            }
            StaffError::Invalid(message) => {
                (StatusCode::BAD_REQUEST, "Not accepted", message.clone())
            }
            StaffError::Refused(message) => (StatusCode::FORBIDDEN, "Not allowed", message.clone()),
            StaffError::Conflict(message) => {
                (StatusCode::CONFLICT, "Not possible", message.clone())
            }
            StaffError::Render(_) | StaffError::Store(_) => {
                tracing::error!(error = &self as &dyn std::error::Error, "staff page");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Server error",
                    "Something went wrong on the server. Try again in a moment.".to_owned(),
                )
            }
        };
        let page = ErrorTemplate {
            chrome: Chrome::anonymous(title),
            message,
        };
        // `Cache-Control: no-store` comes from the layer around every route of these pages.
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(error) => {
                tracing::error!(%error, "rendering a staff error page");
                (status, "error\n").into_response()
            }
        }
    }
}
