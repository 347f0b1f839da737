//! Webhook mode: Telegram posts each update to a route served by the kiosk's web server, with
//! a secret header that proves it is Telegram.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use teloxide::types::Update;

use crate::queue::ChatQueues;

pub(crate) const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// The secret Telegram sends back in [`SECRET_HEADER`]: derived from the token, so every
/// instance agrees on it without another setting, and nobody without the token can forge it.
/// 64 hex characters (Telegram allows 1 to 256 of `A-Za-z0-9_-`).
pub fn secret_for(token: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(token.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(b"faro telegram webhook secret v1");
    hex::encode(mac.finalize().into_bytes())
}

#[derive(Clone)]
struct WebhookState {
    secret: Arc<str>,
    queues: Arc<ChatQueues>,
}

pub(crate) fn router(path: &str, secret: String, queues: Arc<ChatQueues>) -> Router {
    Router::new()
        .route(path, post(receive))
        .with_state(WebhookState {
            secret: secret.into(),
            queues,
        })
}

async fn receive(State(state): State<WebhookState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|value| value.as_bytes())
        .unwrap_or_default();
    if !same_secret(given, state.secret.as_bytes()) {
        tracing::warn!("webhook call without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_slice::<Update>(&body) {
        // Queued, and answered at once: Telegram waits for no reply but the status.
        Ok(update) => state.queues.push(update).await,
        // Answered 200 all the same, or Telegram would send it again and again.
        Err(_) => tracing::warn!(bytes = body.len(), "unreadable update received by webhook"),
    }
    StatusCode::OK
}

/// Whether the header holds the secret, compared in time that depends only on the lengths
/// (the secret's is public: 64 hex digits).
fn same_secret(given: &[u8], secret: &[u8]) -> bool {
    bool::from(given.ct_eq(secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_is_stable_per_token_and_in_telegrams_alphabet() {
        let secret = secret_for("123:abc");
        assert_eq!(secret, secret_for("123:abc"));
        assert_ne!(secret, secret_for("123:abd"));
        assert_eq!(secret.len(), 64);
        assert!(secret.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert!(!secret.contains("abc"));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"ab"));
        assert!(!same_secret(b"", b"a"));
    }
}
