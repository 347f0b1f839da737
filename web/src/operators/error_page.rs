//! The pages' face of [`OperatorError`]: the note its response carries, rendered as a page in
//! the operator's words and language (their account's when a session is live, else their
//! browser's). Never through the page cache: nothing about an account may be kept or shared.

use askama::Template;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::AppState;
use crate::operators::auth::SignedIn;
use crate::operators::chrome::Chrome;
use crate::operators::error::Shown;
use crate::operators::strings::OperatorStrings;

#[derive(Template)]
#[template(path = "operators/error.html")]
struct ErrorTemplate {
    chrome: Chrome,
    message: String,
}

/// Renders the page of any error a page's handler or extractor returned.
pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers().clone();
    let mut response = next.run(request).await;
    let Some(shown) = response.extensions_mut().remove::<Shown>() else {
        return response;
    };
    // A failed lookup still gets its page, in the browser's language.
    let tr = match SignedIn::from_headers(&headers, &state.app).await {
        Ok(Some(who)) => who.tr,
        _ => OperatorStrings::for_request(&state.app, None, &headers),
    };
    let page = ErrorTemplate {
        chrome: Chrome::anonymous(&tr, tr.get(shown.title)),
        message: tr.say(&shown.page),
    };
    let (parts, _) = response.into_parts();
    match page.render() {
        Ok(html) => (parts, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "rendering an operator error page");
            (parts, "error\n").into_response()
        }
    }
}
