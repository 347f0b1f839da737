//! The public error pages, rendered in the visitor's language: the layer that turns the note a
//! [`PageError`] leaves on its response into a page, and the 404 of an address no route knows.

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use faro_core::metrics::RouteGroup;
use faro_core::{App, Locale};

use crate::AppState;
use crate::public::error::{ErrorPage, PageError};
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::intake::pages as intake_pages;
use crate::public::pages::picker;
use crate::public::scope::{Scope, Shelter};

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
    // The page replaces the response; the route group it was counted under stays.
    let group = response.extensions().get::<RouteGroup>().copied();
    let app = &state.app;
    let rendered = match page {
        ErrorPage::UnknownLocale(shelter) => {
            picker::render_unknown_locale(app, shelter).map(|html| (status, html).into_response())
        }
        ErrorPage::UnknownShelter { id, locale } => match locale {
            Some(locale) => render_unknown_shelter(app, locale, &id),
            None => picker::render_unknown_shelter(app),
        }
        .map(|html| (status, html).into_response()),
        ErrorPage::InLocale {
            scope,
            title,
            message,
            list_topics,
        } => render_in_locale(app, scope, title, message, list_topics)
            .map(|html| (status, html).into_response()),
        ErrorPage::Form {
            scope,
            title,
            message,
        } => {
            let frame = intake_pages::frame(app, scope, title, false);
            intake_pages::message(status, frame, message, true)
        }
    };
    let mut response = match rendered {
        Ok(response) => response,
        Err(error) => {
            tracing::error!(
                error = &error as &dyn std::error::Error,
                "rendering an error page failed"
            );
            (status, "error\n").into_response()
        }
    };
    if let Some(group) = group {
        response.extensions_mut().insert(group);
    }
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

/// "This kiosk is not set up", saying which id the address gave and what it must be; its
/// links lead to the public pages, which work without a shelter.
fn render_unknown_shelter(app: &App, locale: Locale, id: &str) -> Result<Rendered, PageError> {
    let mut frame = Frame::new(app, Scope::public(locale), Section::Error, "", None);
    frame.title = frame.tr.get("error-kiosk-title");
    // Directory ids are at most 64 characters; a longer address is cut, not echoed whole.
    let id: String = id.chars().take(64).collect();
    let message = frame.tr.with("error-kiosk", "id", &id);
    let page = ErrorTemplate {
        frame,
        message,
        topics: Vec::new(),
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
        let tag = segments.next().unwrap_or_default();
        match Shelter::find(&state.app, id) {
            Some(shelter) => (Some(shelter), tag),
            None => {
                return PageError::UnknownShelter {
                    id: id.to_owned(),
                    locale: tag.parse().ok(),
                };
            }
        }
    } else {
        (None, first)
    };
    match tag.parse::<Locale>() {
        Ok(locale) => PageError::NotFound(Scope {
            locale,
            shelter,
            kept: false,
        }),
        Err(_) => PageError::UnknownLocale { shelter },
    }
}
