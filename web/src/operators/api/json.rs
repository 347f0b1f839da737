//! A JSON body whose every problem is answered in JSON: axum's own `Json` answers a
//! malformed body in plain text, which an API client cannot read as an error object.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::error::ApiError;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::Refused(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON, with \"Content-Type: application/json\".".to_owned(),
            )),
            Err(rejection) => Err(ApiError::bad_request(format!(
                "The body is not the JSON expected here: {}",
                rejection.body_text()
            ))),
        }
    }
}
