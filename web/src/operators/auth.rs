//! Who is signed in. Every page behind a sign-in takes [`SignedIn`] (a GET) or
//! [`super::csrf::Posted`] (a POST, which also checks the form's token), then asks
//! [`SignedIn::require`] for its [`Area`]; which role opens which area is the core's rule
//! (`accounts::permissions`).

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use faro_core::App;
pub use faro_core::accounts::Area;
use faro_core::accounts::{SessionToken, User, permissions};
use faro_core::clock::now_unix;

use super::cookies;
use super::error::OperatorError;
use super::strings::OperatorStrings;
use crate::AppState;

/// A live session: its user (re-read from the database on every request, so a disabled user
/// or a changed role takes effect at once), the token every form of the session must carry,
/// the session's own token (to end it), and what the user reads: their language and clock.
#[derive(Clone)]
pub struct SignedIn {
    pub user: User,
    pub csrf_token: String,
    pub token: SessionToken,
    pub tr: OperatorStrings,
}

impl SignedIn {
    /// The session the request's cookie names, if it is live.
    pub async fn from_headers(
        headers: &HeaderMap,
        app: &App,
    ) -> Result<Option<SignedIn>, OperatorError> {
        let Some(value) = cookies::read(headers, cookies::SESSION) else {
            return Ok(None);
        };
        let token = SessionToken(value.to_owned());
        let session = app.store.sessions().get(&token, now_unix()).await?;
        Ok(session.map(|session| SignedIn {
            tr: OperatorStrings::for_request(app, Some(&session.user), headers),
            user: session.user,
            csrf_token: session.csrf_token,
            token,
        }))
    }

    pub fn may(&self, area: Area) -> bool {
        permissions::may_enter(&self.user, area)
    }

    pub fn require(&self, area: Area) -> Result<(), OperatorError> {
        if self.may(area) {
            Ok(())
        } else {
            Err(OperatorError::Forbidden)
        }
    }

    /// Where the account lands after signing in.
    pub fn home(&self) -> &'static str {
        permissions::home(&self.user)
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = OperatorError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, OperatorError> {
        SignedIn::from_headers(&parts.headers, &state.app)
            .await?
            .ok_or(OperatorError::SignInRequired)
    }
}
