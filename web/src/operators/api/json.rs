//! A JSON body whose every problem is answered in JSON: axum's own `Json` answers a
//! malformed body in plain text, which an API client cannot read as an error object.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::operators::error::OperatorError;
use crate::operators::strings::Said;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = OperatorError;

    async fn from_request(request: Request, state: &S) -> Result<Self, OperatorError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(OperatorError::NotJson),
            Err(rejection) => Err(OperatorError::BadRequest(
                Said::new("op-api-bad-json").with("reason", rejection.body_text()),
            )),
        }
    }
}
