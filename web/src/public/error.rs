//! The one error type of the pages. A handler returns it; `IntoResponse` keeps the status and
//! logs any internal cause, and [`render_error_pages`], which has the translations, turns it
//! into a page in the visitor's language (realworld-axum-sqlx's `http/error.rs`, plus a layer
//! because rendering needs state).

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use faro_core::{App, Locale};

use crate::AppState;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::pages::picker;
use crate::public::scope::{Scope, Shelter};

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// The first path segment is not one of the sixteen locales.
    #[error("unknown locale")]
    UnknownLocale { shelter: Option<Shelter> },
    #[error("page not found")]
    NotFound(Scope),
    #[error("unknown topic")]
    UnknownTopic(Scope),
    #[error("malformed query: {reason}")]
    BadQuery { scope: Scope, reason: BadQuery },
    #[error("rendering a page failed")]
    Render(Scope, #[source] askama::Error),
    #[error("the database could not be read")]
    Unavailable(Scope, #[source] faro_core::store::StoreError),
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

/// Carried from `into_response` to the layer that renders it.
#[derive(Clone, Debug)]
enum ErrorPage {
    UnknownLocale(Option<Shelter>),
    InLocale {
        scope: Scope,
        title: &'static str,
        message: &'static str,
        list_topics: bool,
    },
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, page) = match self {
            PageError::UnknownLocale { shelter } => {
                (StatusCode::NOT_FOUND, ErrorPage::UnknownLocale(shelter))
            }
            PageError::NotFound(scope) => (
                StatusCode::NOT_FOUND,
                ErrorPage::InLocale {
                    scope,
                    title: "error-not-found-title",
                    message: "error-not-found",
                    list_topics: false,
                },
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
                    ErrorPage::InLocale {
                        scope,
                        title: "error-bad-request-title",
                        message: reason.message_key(),
                        list_topics: false,
                    },
                )
            }
            ref
            error @ (PageError::Render(ref scope, _) | PageError::Unavailable(ref scope, _)) => {
                tracing::error!(error = error as &dyn std::error::Error, "page");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorPage::InLocale {
                        scope: scope.clone(),
                        title: "error-server-title",
                        message: "error-server",
                        list_topics: false,
                    },
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(page);
        response
    }
}

/// Renders the page of any [`PageError`] that a handler or extractor returned.
pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    let Some(page) = response.extensions().get::<ErrorPage>().cloned() else {
        return response;
    };
    let status = response.status();
    let rendered = match page {
        ErrorPage::UnknownLocale(shelter) => picker::render_unknown_locale(&state.app, shelter),
        ErrorPage::InLocale {
            scope,
            title,
            message,
            list_topics,
        } => render_in_locale(&state.app, scope, title, message, list_topics),
    };
    let mut response = match rendered {
        Ok(html) => (status, html).into_response(),
        Err(error) => {
            tracing::error!(
                error = &error as &dyn std::error::Error,
                "rendering an error page failed"
            );
            (status, "error\n").into_response()
        }
    };
    // An error is not worth keeping: the next try may well succeed.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[derive(Template)]
#[template(path = "public/error.html")]
struct ErrorTemplate<'a> {
    frame: Frame<'a>,
    message: String,
    topics: Vec<(String, String)>,
}

impl Page for ErrorTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

fn render_in_locale(
    app: &App,
    scope: Scope,
    title: &str,
    message: &str,
    list_topics: bool,
) -> Result<Rendered, PageError> {
    let locale = scope.locale;
    let mut frame = Frame::new(app, scope, Section::Error, "", None);
    frame.title = frame.tr.get(title);
    let message = frame.tr.get(message);
    let topics = if list_topics {
        app.content
            .topics()
            .iter()
            .filter_map(|topic| {
                let text = topic.text(locale)?;
                Some((
                    format!("{}/topics/{}", frame.base, topic.slug),
                    text.value.title.clone(),
                ))
            })
            .collect()
    } else {
        Vec::new()
    };
    let page = ErrorTemplate {
        frame,
        message,
        topics,
    };
    frame::render(&page)
}

/// Any address no route knows: a 404 in the address's locale when it names one, otherwise
/// the multilingual one.
pub async fn fallback(State(state): State<AppState>, uri: Uri) -> PageError {
    let mut segments = uri.path().trim_start_matches('/').split('/');
    let first = segments.next().unwrap_or_default();
    let (shelter, tag) = if first == "k" {
        let id = segments.next().unwrap_or_default();
        match Shelter::find(&state.app, id, None) {
            Ok(shelter) => (Some(shelter), segments.next().unwrap_or_default()),
            Err(error) => return error,
        }
    } else {
        (None, first)
    };
    match tag.parse::<Locale>() {
        Ok(locale) => PageError::NotFound(Scope { locale, shelter }),
        Err(_) => PageError::UnknownLocale { shelter },
    }
}
