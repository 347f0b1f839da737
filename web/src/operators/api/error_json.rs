//! The API's face of [`OperatorError`]: every refusal is JSON `{"error": "..."}` with the
//! status the pages would give; a server fault says no more than that.

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
    let mut response = next.run(request).await;
    let Some(shown) = response.extensions_mut().remove::<Shown>() else {
        return response;
    };
    let message = OperatorStrings::new(&state.app).say(&shown.api);
    let (parts, _) = response.into_parts();
    (parts, Json(json!({ "error": message }))).into_response()
}
