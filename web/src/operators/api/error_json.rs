//! The API's face of [`OperatorError`]: every refusal is JSON with the status the pages would
//! give: a stable `code` for programs (the sentence's key without `op-`, such as
//! `admin-bad-window`), and the sentence in the caller's language as `message` (the token's
//! account's language, else `Accept-Language`, else the instance's), also kept as `error`
//! for clients of the first version; a server fault says no more than that.

use axum::Json;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::AppState;
use crate::operators::error::Shown;
use crate::operators::strings::OperatorStrings;

/// Answers any error an endpoint or extractor returned as JSON.
pub async fn render_json_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers().clone();
    let mut response = next.run(request).await;
    let Some(shown) = response.extensions_mut().remove::<Shown>() else {
        return response;
    };
    let caller = super::auth::caller(&headers, &state.app).await;
    let message =
        OperatorStrings::for_request(&state.app, caller.as_ref(), &headers).say(&shown.api);
    let body = json!({ "code": shown.api.code(), "message": message, "error": message });
    let (parts, _) = response.into_parts();
    (parts, Json(body)).into_response()
}
