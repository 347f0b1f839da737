//! The one error type of the operators' routes, pages and API alike. A handler or extractor
//! returns it; `IntoResponse` logs any internal cause, sets the status and leaves a note of
//! what each face shows ([`Shown`]). The route chooses the face: the pages' layer renders the
//! note as an HTML page (`error_page`), the API's as `{"error": "..."}` (`api::error_json`),
//! both in the operator's words from `operators.ftl`. The type knows nothing of templates, so
//! the page chrome it is rendered in does not come back to it.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::accounts::AccountError;
use faro_core::intake::IntakeError;
use faro_core::publishing::{MAX_BODY_CHARS, MAX_TITLE_CHARS, PublishError};
use faro_core::store::StoreError;

use crate::operators::strings::Said;

#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    /// No live session on a page: the sign-in page, not an error page.
    #[error("sign-in required")]
    SignInRequired,
    /// No API token, a malformed one, or one that names no enabled account.
    #[error("API token required")]
    Unauthorized,
    /// Signed in, but the role does not open this page.
    #[error("the role does not allow this page")]
    Forbidden,
    /// A POST without the form's token, with a wrong one, or sent from another site.
    #[error("form token missing or wrong, or a cross-site request")]
    Forged,
    /// Nothing here for this account. A page says only that, so it never tells which part of
    /// an address exists; the API names what it did not find.
    #[error("not found: {0}")]
    NotFound(Said),
    /// A request that is not what the page or the endpoint takes.
    #[error("bad request: {0}")]
    BadRequest(Said),
    /// A value the domain refused, with what was wrong in words an operator can act on.
    #[error("invalid: {0}")]
    Invalid(Said),
    /// The role opens the page, but not this action on this thing (a campaign for another
    /// country), said plainly.
    #[error("refused: {0}")]
    Refused(Said),
    /// The action does not fit the current state (a done request cannot be accepted).
    #[error("conflict: {0}")]
    Conflict(Said),
    /// An API body not declared as JSON.
    #[error("the body is not declared as JSON")]
    NotJson,
    /// An API endpoint that does not take the method.
    #[error("method not allowed")]
    WrongMethod,
    /// A body longer than the route takes.
    #[error("request body too large")]
    TooLarge,
    /// Too many passwords being checked at once; refused before hashing.
    #[error("busy")]
    Busy,
    #[error("rendering a page failed")]
    Render(#[from] askama::Error),
    #[error("server fault")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl OperatorError {
    /// "There is nothing here for your account."
    pub fn not_found() -> Self {
        OperatorError::NotFound(Said::new("op-error-not-found"))
    }

    /// The status, and what each face shows.
    fn shown(&self) -> (StatusCode, Shown) {
        use OperatorError::*;
        let (status, title, page) = match self {
            SignInRequired | Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "op-error-forbidden-title",
                Said::new("op-api-unauthorized"),
            ),
            Forbidden => (
                StatusCode::FORBIDDEN,
                "op-error-forbidden-title",
                Said::new("op-error-forbidden"),
            ),
            Forged => (
                StatusCode::FORBIDDEN,
                "op-error-forged-title",
                Said::new("op-error-forged"),
            ),
            NotFound(_) => (
                StatusCode::NOT_FOUND,
                "op-error-not-found-title",
                Said::new("op-error-not-found"),
            ),
            BadRequest(said) => (
                StatusCode::BAD_REQUEST,
                "op-error-bad-request-title",
                said.clone(),
            ),
            Invalid(said) => (
                StatusCode::BAD_REQUEST,
                "op-error-invalid-title",
                said.clone(),
            ),
            Refused(said) => (
                StatusCode::FORBIDDEN,
                "op-error-forbidden-title",
                said.clone(),
            ),
            Conflict(said) => (
                StatusCode::CONFLICT,
                "op-error-conflict-title",
                said.clone(),
            ),
            NotJson => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "op-error-bad-request-title",
                Said::new("op-api-json-content-type"),
            ),
            WrongMethod => (
                StatusCode::METHOD_NOT_ALLOWED,
                "op-error-bad-request-title",
                Said::new("op-api-wrong-method"),
            ),
            TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "op-error-bad-request-title",
                Said::new("op-error-too-large"),
            ),
            Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "op-error-busy-title",
                Said::new("op-signin-busy"),
            ),
            Render(_) | Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "op-error-server-title",
                Said::new("op-error-server"),
            ),
        };
        let api = match self {
            NotFound(said) => said.clone(),
            Render(_) | Internal(_) => Said::new("op-api-server"),
            _ => page.clone(),
        };
        (status, Shown { title, page, api })
    }
}

/// What each face shows of an error, carried from `into_response` to the layer of the
/// route's face; causes stay in the log.
#[derive(Clone, Debug)]
pub struct Shown {
    /// The page's title and message.
    pub title: &'static str,
    pub page: Said,
    /// The API's `{"error": ...}`.
    pub api: Said,
}

impl IntoResponse for OperatorError {
    fn into_response(self) -> Response {
        match &self {
            OperatorError::SignInRequired => return Redirect::to("/sign-in").into_response(),
            OperatorError::Render(_) | OperatorError::Internal(_) => {
                tracing::error!(error = &self as &dyn std::error::Error, "operator request");
            }
            _ => {}
        }
        let (status, shown) = self.shown();
        let mut response = status.into_response();
        if let OperatorError::Busy = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        if let OperatorError::Unauthorized = self {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"faro\""),
            );
        }
        response.extensions_mut().insert(shown);
        response
    }
}

impl From<AccountError> for OperatorError {
    fn from(error: AccountError) -> Self {
        match error {
            AccountError::Busy => OperatorError::Busy,
            other => OperatorError::Internal(Box::new(other)),
        }
    }
}

/// Queue actions: a request that is gone, or one whose status moved on.
impl From<IntakeError> for OperatorError {
    fn from(error: IntakeError) -> Self {
        match error {
            IntakeError::NoSuchRequest => OperatorError::not_found(),
            IntakeError::WrongStatus(status) => OperatorError::Conflict(
                Said::new("op-staff-wrong-status").with("status", selector(status)),
            ),
            other => OperatorError::Internal(Box::new(other)),
        }
    }
}

/// Delivery figures, sessions and the queue come straight from the store: any failure there
/// is the server's.
impl From<StoreError> for OperatorError {
    fn from(error: StoreError) -> Self {
        OperatorError::Internal(Box::new(error))
    }
}

/// The core's publishing refusals in the operator's words: the one place they are said, for
/// the pages and the API alike.
impl From<PublishError> for OperatorError {
    fn from(error: PublishError) -> Self {
        use OperatorError::{Conflict, Internal, Invalid, NotFound, Refused};
        match error {
            PublishError::BadSlug(slug) => {
                Invalid(Said::new("op-admin-bad-slug").with("slug", format!("{slug:?}")))
            }
            PublishError::SlugTaken(slug) => {
                Conflict(Said::new("op-admin-slug-taken").with("slug", slug))
            }
            PublishError::NoSuchCampaign => NotFound(Said::new("op-admin-no-campaign")),
            // Stopping and correcting have their own sentences (`## Campaigns: stop and
            // correct` in operators.ftl).
            PublishError::Forbidden(action @ ("stop this campaign" | "correct this campaign")) => {
                Refused(Said::new("op-campaign-may-not").with("action", selector(action)))
            }
            PublishError::Forbidden(action) => {
                Refused(Said::new("op-admin-may-not").with("action", selector(action)))
            }
            PublishError::OnlyPublisherOrAdmin => Refused(Said::new("op-campaign-only-publisher")),
            PublishError::WrongStatus(status, action)
                if status == "stopped" || matches!(action, "be stopped" | "be corrected") =>
            {
                Conflict(
                    Said::new("op-campaign-wrong-status")
                        .with("status", selector(status))
                        .with("action", selector(action)),
                )
            }
            PublishError::OutsideScope => Refused(Said::new("op-admin-outside-scope")),
            PublishError::WrongStatus(status, action) => Conflict(
                Said::new("op-admin-wrong-status")
                    .with("status", selector(status))
                    .with("action", selector(action)),
            ),
            PublishError::BadWindow => Invalid(Said::new("op-admin-bad-window")),
            PublishError::BadTitle => {
                Invalid(Said::new("op-admin-bad-title").with("max", MAX_TITLE_CHARS))
            }
            PublishError::BadBody => {
                Invalid(Said::new("op-admin-bad-body").with("max", MAX_BODY_CHARS))
            }
            PublishError::NoText => Conflict(Said::new("op-admin-no-text")),
            PublishError::NoTextIn(locale) => {
                Conflict(Said::new("op-admin-no-text-in").with("locale", locale.to_string()))
            }
            PublishError::SecondApproverRequired => Conflict(Said::new("op-admin-second-approver")),
            PublishError::BidiControls => Invalid(Said::new("op-admin-bidi-controls")),
            other @ PublishError::Store(_) => Internal(Box::new(other)),
        }
    }
}

/// The core names statuses and actions in words ("be published", "changed meanwhile"); the
/// sentences choose their own words for each (a Fluent selector, `be-published`), so no
/// English reaches a page in another language.
fn selector(words: &str) -> String {
    words.trim().replace(' ', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_refusals_have_their_statuses_and_faults_are_the_servers() {
        let cases = [
            (PublishError::BadSlug("A".into()), StatusCode::BAD_REQUEST),
            (PublishError::SlugTaken("a-b".into()), StatusCode::CONFLICT),
            (PublishError::NoSuchCampaign, StatusCode::NOT_FOUND),
            (PublishError::Forbidden("publish"), StatusCode::FORBIDDEN),
            (PublishError::OutsideScope, StatusCode::FORBIDDEN),
            (
                PublishError::WrongStatus("draft", "be published"),
                StatusCode::CONFLICT,
            ),
            (PublishError::BadWindow, StatusCode::BAD_REQUEST),
            (PublishError::BadTitle, StatusCode::BAD_REQUEST),
            (PublishError::BadBody, StatusCode::BAD_REQUEST),
            (PublishError::NoText, StatusCode::CONFLICT),
            (PublishError::SecondApproverRequired, StatusCode::CONFLICT),
            (PublishError::BidiControls, StatusCode::BAD_REQUEST),
            (PublishError::OnlyPublisherOrAdmin, StatusCode::FORBIDDEN),
            (
                PublishError::Forbidden("stop this campaign"),
                StatusCode::FORBIDDEN,
            ),
            (
                PublishError::WrongStatus("stopped", "be stopped"),
                StatusCode::CONFLICT,
            ),
            (
                PublishError::Store(StoreError::NotFound),
                StatusCode::INTERNAL_SERVER_ERROR,
            ),
        ];
        for (error, status) in cases {
            let shown = error.to_string();
            assert_eq!(OperatorError::from(error).shown().0, status, "{shown}");
        }
    }

    #[test]
    fn pages_never_say_what_was_not_found_and_the_api_does() {
        let (status, shown) = OperatorError::from(PublishError::NoSuchCampaign).shown();
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(shown.page.key(), "op-error-not-found");
        assert_eq!(shown.api.key(), "op-admin-no-campaign");
    }

    #[test]
    fn server_faults_say_nothing_of_their_cause() {
        let error = OperatorError::Internal(Box::new(StoreError::NotFound));
        let (status, shown) = error.shown();
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(shown.page.key(), "op-error-server");
        assert_eq!(shown.api.key(), "op-api-server");
    }
}
