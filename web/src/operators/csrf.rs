//! Forgery protection for every form behind a sign-in.
//!
//! A signed-in user's forms carry the session's own token (stored with the session), checked
//! by [`Posted`]. The sign-in form comes before any session, so it uses the double-submit
//! pattern: a random value in a `faro_csrf` cookie (HttpOnly, SameSite=Strict, only on
//! `/sign-in`) and the same value in the form. Another site can neither make the browser send
//! that cookie with its POST (SameSite=Strict) nor read the value to copy it into a form, so
//! it cannot sign a victim in to an account of its choosing.
//!
//! What double-submit alone does not stop is a cookie planted by a sibling domain, whose
//! value the planter knows and can copy into its own form. Here planted duplicates are
//! refused (see `cookies::read`) and the `Sec-Fetch-Site` check below stops what browsers
//! label cross-site. Faro does have a server secret shared by every instance (the HMAC keys
//! in `app_meta`; the kiosk's interpreter forms are signed with `kiosk_form_key`), but a token
//! signed with it would not close that gap by itself: before sign-in there is no session to
//! bind the token to, so anybody can fetch a validly signed one from the sign-in page and
//! plant it. After sign-in every form carries the session's own token, which no other site
//! can learn.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use faro_core::accounts::SessionToken;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use super::auth::SignedIn;
use super::cookies;
use super::error::OperatorError;
use super::strings::Said;
use crate::AppState;

/// The form field every POST carries.
pub const FIELD: &str = "csrf";

/// Compares two secrets in time that depends only on their lengths (which are public: every
/// token is 48 or 64 hex digits), so that response times do not reveal a matching prefix. An
/// empty expected secret matches nothing.
pub fn same_secret(given: &str, expected: &str) -> bool {
    !expected.is_empty() && bool::from(given.as_bytes().ct_eq(expected.as_bytes()))
}

/// Browsers say when a request comes from another site's page; such a POST is never ours.
pub fn refuse_cross_site(headers: &HeaderMap) -> Result<(), OperatorError> {
    let cross_site = headers
        .get("sec-fetch-site")
        .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"cross-site"));
    if cross_site {
        Err(OperatorError::Forged)
    } else {
        Ok(())
    }
}

/// The value of the one `csrf` field of a url-encoded body.
fn field(body: &[u8]) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    let mut values = pairs.into_iter().filter(|(key, _)| key == FIELD);
    let (_, value) = values.next()?;
    values.next().is_none().then_some(value)
}

/// A POST from a signed-in user whose form carried the session's token, with the form's
/// other fields as `T`. The token is checked before `T` is even parsed.
pub struct Posted<T> {
    pub signed_in: SignedIn,
    pub form: T,
}

/// For forms that are only a button.
#[derive(Deserialize)]
pub struct NoFields {}

impl<T: DeserializeOwned> FromRequest<AppState> for Posted<T> {
    type Rejection = OperatorError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, OperatorError> {
        let (mut parts, body) = request.into_parts();
        refuse_cross_site(&parts.headers)?;
        let signed_in = SignedIn::from_request_parts(&mut parts, state).await?;
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    OperatorError::TooLarge
                } else {
                    OperatorError::BadRequest(Said::new("op-error-form-unreadable"))
                }
            })?;
        let given = field(&body).ok_or(OperatorError::Forged)?;
        if !same_secret(&given, &signed_in.csrf_token) {
            return Err(OperatorError::Forged);
        }
        let form = serde_urlencoded::from_bytes(&body)
            .map_err(|_| OperatorError::BadRequest(Said::new("op-error-form-fields")))?;
        Ok(Posted { signed_in, form })
    }
}

/// The sign-in form's token: the one the browser already holds when it looks like ours
/// (so two open tabs keep working), else a fresh one, with whether it must be set.
pub fn sign_in_token(headers: &HeaderMap) -> (String, bool) {
    match cookies::read(headers, cookies::SIGN_IN_CSRF) {
        Some(value) if value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (value.to_owned(), false)
        }
        _ => (SessionToken::random().0, true),
    }
}

/// Checks the sign-in form's token against its cookie.
pub fn check_sign_in(headers: &HeaderMap, given: &str) -> Result<(), OperatorError> {
    refuse_cross_site(headers)?;
    let expected = cookies::read(headers, cookies::SIGN_IN_CSRF).ok_or(OperatorError::Forged)?;
    if same_secret(given, expected) {
        Ok(())
    } else {
        Err(OperatorError::Forged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_match_only_when_equal_and_not_empty() {
        assert!(same_secret("abc123", "abc123"));
        assert!(!same_secret("abc124", "abc123"));
        assert!(!same_secret("abc12", "abc123"));
        assert!(!same_secret("", ""));
    }

    #[test]
    fn the_token_field_must_be_there_once() {
        assert_eq!(field(b"csrf=abc&x=1"), Some("abc".into()));
        assert_eq!(field(b"x=1"), None);
        assert_eq!(field(b"csrf=a&csrf=b"), None);
        assert_eq!(field(b"\xff\xfe"), None);
    }
}
