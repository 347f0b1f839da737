//! The one error type of the public pages. A handler or extractor returns it; `IntoResponse`
//! keeps the status, logs any internal cause, and leaves a note of the page to show, which
//! `error_page` renders in the visitor's language (realworld-axum-sqlx's `http/error.rs`, plus
//! a layer because rendering needs the translations). The type knows nothing of frames or
//! templates, so the pages it is returned from do not come back to it.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use faro_core::Locale;
use faro_core::intake::IntakeError;
use faro_core::store::StoreError;

use crate::public::intake::form::Malformed;
use crate::public::scope::{Scope, Shelter};

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The first path segment is not one of the sixteen locales.
    #[error("unknown locale")]
    UnknownLocale { shelter: Option<Shelter> },
    /// A kiosk address (`/k/{shelter}/…`) whose shelter is not one of the directory's shelters;
    /// `locale` when the address goes on to name one.
    #[error("unknown shelter")]
    UnknownShelter { id: String, locale: Option<Locale> },
    #[error("page not found")]
    NotFound(Scope),
    #[error("unknown topic")]
    UnknownTopic(Scope),
    #[error("malformed query: {reason}")]
    BadQuery { scope: Scope, reason: BadQuery },
    /// A post to the kiosk's interpreter pages that gets no next question.
    #[error("interpreter form refused: {refusal}")]
    Form { scope: Scope, refusal: FormRefusal },
    #[error("rendering a page failed")]
    Render(Scope, #[source] askama::Error),
    #[error("the database could not be read")]
    Unavailable(Scope, #[source] Box<dyn std::error::Error + Send + Sync>),
}

/// What was wrong with a query string, each with the message a visitor is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadQuery {
    #[error("not a query string, an unknown or repeated parameter, or a value out of its list")]
    Malformed,
    #[error("near= is not a latitude,longitude pair")]
    Location,
}

impl BadQuery {
    fn message_key(self) -> &'static str {
        match self {
            BadQuery::Malformed => "error-bad-request",
            BadQuery::Location => "error-bad-location",
        }
    }
}

/// Why the interpreter pages turned a post away. The person is told "start again" for a
/// token, "not understood" for a bad answer and "something went wrong" for the rest; never
/// any of their answers.
#[derive(Debug, thiserror::Error)]
pub enum FormRefusal {
    #[error("missing, forged or expired form token, or a post from another site")]
    Expired,
    #[error("a one-time form or result already used, expired, or erased")]
    Used,
    #[error("the kiosk's or the address's intake budget is spent")]
    Busy,
    #[error("malformed form: {0}")]
    Malformed(#[from] Malformed),
    #[error(transparent)]
    Intake(#[from] IntakeError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The page an error is shown as, carried from `into_response` to the layer that renders it.
#[derive(Clone, Debug)]
pub(super) enum ErrorPage {
    /// The language picker, each language saying the one asked for is not available.
    UnknownLocale(Option<Shelter>),
    /// "This kiosk is not set up": in the address's locale, or on the language picker.
    UnknownShelter { id: String, locale: Option<Locale> },
    /// The error page of the scope's locale; `list_topics` when the topics help find the way.
    InLocale {
        scope: Scope,
        title: &'static str,
        message: &'static str,
        list_topics: bool,
    },
    /// The interpreter pages' own short page, with a way back to their first question.
    Form {
        scope: Scope,
        title: &'static str,
        message: &'static str,
    },
}

impl ErrorPage {
    fn in_locale(scope: Scope, title: &'static str, message: &'static str) -> Self {
        ErrorPage::InLocale {
            scope,
            title,
            message,
            list_topics: false,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            PageError::UnknownLocale { shelter } => {
                (StatusCode::NOT_FOUND, ErrorPage::UnknownLocale(shelter))
            }
            PageError::UnknownShelter { id, locale } => (
                StatusCode::NOT_FOUND,
                ErrorPage::UnknownShelter { id, locale },
            ),
            PageError::NotFound(scope) => (
                StatusCode::NOT_FOUND,
                ErrorPage::in_locale(scope, "error-not-found-title", "error-not-found"),
            ),
            PageError::UnknownTopic(scope) => (
                StatusCode::NOT_FOUND,
                ErrorPage::InLocale {
                    scope,
                    title: "error-not-found-title",
                    message: "error-topic-not-found",
                    list_topics: true,
                },
            ),
            PageError::BadQuery { scope, reason } => {
                tracing::debug!(%reason, "bad query");
                (
                    StatusCode::BAD_REQUEST,
                    ErrorPage::in_locale(scope, "error-bad-request-title", reason.message_key()),
                )
            }
            PageError::Form { scope, refusal } => form_page(scope, refusal),
            ref
            error @ (PageError::Render(ref scope, _) | PageError::Unavailable(ref scope, _)) => {
                tracing::error!(error = error as &dyn std::error::Error, "page");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorPage::in_locale(scope.clone(), "error-server-title", "error-server"),
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

fn form_page(scope: Scope, refusal: FormRefusal) -> (StatusCode, ErrorPage) {
    let (status, title, message) = match refusal {
        FormRefusal::Expired => {
            tracing::debug!("interpreter form refused: token or origin");
            (
                StatusCode::FORBIDDEN,
                "intake-expired-title",
                "intake-expired",
            )
        }
        FormRefusal::Used => {
            tracing::debug!("interpreter form refused: already used");
            (StatusCode::GONE, "intake-used-title", "intake-used")
        }
        FormRefusal::Busy => {
            tracing::info!("interpreter intake refused: budget spent");
            (
                StatusCode::TOO_MANY_REQUESTS,
                "intake-busy-title",
                "intake-busy",
            )
        }
        FormRefusal::Malformed(reason) => {
            tracing::debug!(%reason, "interpreter form refused");
            (
                StatusCode::BAD_REQUEST,
                "error-bad-request-title",
                "intake-invalid",
            )
        }
        other @ (FormRefusal::Intake(_) | FormRefusal::Store(_)) => {
            tracing::error!(error = &other as &dyn std::error::Error, "interpreter form");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "error-server-title",
                "error-server",
            )
        }
    };
    (
        status,
        ErrorPage::Form {
            scope,
            title,
            message,
        },
    )
}
