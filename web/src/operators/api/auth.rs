//! Who calls the API: the account an `Authorization: Bearer <token>` header names (tokens
//! come from `faro user token NAME`; only their hash is stored). Cookies are never read
//! here, so a browser's session cannot be borrowed by another site's script, and the API
//! needs no form tokens.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use faro_core::App;
use faro_core::accounts::{SessionToken, User};
use faro_core::clock::now_unix;

use crate::AppState;
use crate::operators::error::OperatorError;

/// Tokens are 256 bits in hex; anything else is refused without a database query.
const TOKEN_HEX_DIGITS: usize = 64;

pub struct ApiUser(pub User);

/// The token of the one `Authorization` header, if it is a well-formed bearer token.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let mut values = headers.get_all(header::AUTHORIZATION).iter();
    let value = values.next()?.to_str().ok()?;
    if values.next().is_some() {
        return None;
    }
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    let well_formed = scheme.eq_ignore_ascii_case("bearer")
        && token.len() == TOKEN_HEX_DIGITS
        && token.bytes().all(|b| b.is_ascii_hexdigit());
    well_formed.then_some(token)
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = OperatorError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, OperatorError> {
        let token = bearer(&parts.headers).ok_or(OperatorError::Unauthorized)?;
        let user = user_of(token, &state.app)
            .await?
            .ok_or(OperatorError::Unauthorized)?;
        Ok(ApiUser(user))
    }
}

async fn user_of(token: &str, app: &App) -> Result<Option<User>, OperatorError> {
    Ok(app
        .store
        .sessions()
        .user_by_api_token(&SessionToken(token.to_ascii_lowercase()), now_unix())
        .await?)
}

/// The account a request's token names, if any: for the language of an error's message.
pub(super) async fn caller(headers: &HeaderMap, app: &App) -> Option<User> {
    let token = bearer(headers)?;
    user_of(token, app).await.ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::Request;

    fn parts(values: &[&str]) -> HeaderMap {
        let mut request = Request::builder();
        for value in values {
            request = request.header(header::AUTHORIZATION, *value);
        }
        request.body(()).unwrap().into_parts().0.headers
    }

    #[test]
    fn only_one_well_formed_bearer_token_is_taken() {
        let token = "ab".repeat(32);
        assert_eq!(
            bearer(&parts(&[&format!("Bearer {token}")])),
            Some(token.as_str())
        );
        assert_eq!(
            bearer(&parts(&[&format!("bearer  {token} ")])),
            Some(token.as_str())
        );
        for bad in [
            format!("Basic {token}"),
            format!("Bearer {}", &token[1..]),
            format!("Bearer {}zz", &token[2..]),
            "Bearer".to_owned(),
            token.clone(),
        ] {
            assert_eq!(bearer(&parts(&[&bad])), None, "{bad}");
        }
        let twice = format!("Bearer {token}");
        assert_eq!(bearer(&parts(&[&twice, &twice])), None);
        assert_eq!(bearer(&parts(&[])), None);
    }
}
