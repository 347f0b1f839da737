//! The account behind every form of the publishing pages: signed in, its form's token
//! checked (`Posted`), and its role open to publishing. Which campaigns it may then change is
//! the core's decision (`publishing::permissions`).

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::csrf::{NoFields, Posted};
use crate::operators::error::OperatorError;

/// A publishing form from an account that may publish, with the form's other fields as `T`
/// (none for a form that is only a button).
pub struct Publisher<T = NoFields> {
    pub who: SignedIn,
    pub form: T,
}

impl<T: DeserializeOwned> FromRequest<AppState> for Publisher<T> {
    type Rejection = OperatorError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, OperatorError> {
        let Posted { signed_in, form } = Posted::<T>::from_request(request, state).await?;
        signed_in.require(Area::Publishing)?;
        Ok(Publisher {
            who: signed_in,
            form,
        })
    }
}
