//! The API's one error type: every refusal is JSON `{"error": "..."}` with the status the
//! web pages would give; a server fault is logged and says no more than that.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use faro_core::accounts::AccountError;
use faro_core::publishing::PublishError;
use serde_json::json;

use crate::operators::admin::errors::explain;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No token, a malformed one, or one that names no enabled account.
    #[error("unauthorized")]
    Unauthorized,
    #[error("{1}")]
    Refused(StatusCode, String),
    #[error("server fault")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl ApiError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError::Refused(StatusCode::BAD_REQUEST, message.into())
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::Refused(StatusCode::NOT_FOUND, message.into())
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        ApiError::Refused(StatusCode::FORBIDDEN, message.into())
    }
}

impl From<PublishError> for ApiError {
    fn from(error: PublishError) -> Self {
        match explain(&error) {
            Some((status, message)) => ApiError::Refused(status, message),
            None => ApiError::Internal(Box::new(error)),
        }
    }
}

impl From<AccountError> for ApiError {
    fn from(error: AccountError) -> Self {
        ApiError::Internal(Box::new(error))
    }
}

/// `{"error": message}` with `status`.
pub fn body(status: StatusCode, message: &str) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Unauthorized => {
                let mut response = body(
                    StatusCode::UNAUTHORIZED,
                    "An API token is required: send \"Authorization: Bearer <token>\" (see `faro user token`).",
                );
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"faro\""),
                );
                response
            }
            ApiError::Refused(status, message) => body(status, &message),
            ApiError::Internal(error) => {
                tracing::error!(error = &*error as &dyn std::error::Error, "api");
                body(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server.",
                )
            }
        }
    }
}
