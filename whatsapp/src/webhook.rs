//! `/webhooks/whatsapp`, served by the web server: `GET` is Meta's verification handshake
//! (the verify token back for the challenge); `POST` carries messages and statuses, signed
//! with the app secret. The signature is checked on the raw body before anything is parsed: a
//! call without the right one is 401 and nothing of it is read. The call is answered as soon
//! as its messages are queued.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use subtle::ConstantTimeEq;

use crate::incoming::classify;
use crate::payload::Notification;
use crate::queue::Queues;
use crate::signature;

pub const PATH: &str = "/webhooks/whatsapp";

#[derive(Clone)]
struct WebhookState {
    app_secret: Arc<[u8]>,
    verify_token: Arc<[u8]>,
    queues: Arc<Queues>,
}

pub(crate) fn router(app_secret: &str, verify_token: &str, queues: Arc<Queues>) -> Router {
    Router::new()
        .route(PATH, get(verify).post(receive))
        .with_state(WebhookState {
            app_secret: app_secret.as_bytes().into(),
            verify_token: verify_token.as_bytes().into(),
            queues,
        })
}

/// Meta's handshake when the webhook is registered: `hub.mode=subscribe`, the verify token
/// configured on both sides, and a challenge to send back as it came.
async fn verify(
    State(state): State<WebhookState>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let mode = query.get("hub.mode").map(String::as_str);
    let token = query
        .get("hub.verify_token")
        .map_or(&[][..], |t| t.as_bytes());
    let challenge = query.get("hub.challenge");
    match challenge {
        Some(challenge)
            if mode == Some("subscribe") && bool::from(token.ct_eq(&state.verify_token)) =>
        {
            (StatusCode::OK, challenge.clone()).into_response()
        }
        _ => {
            tracing::warn!("WhatsApp webhook verification refused (wrong verify token or mode)");
            StatusCode::FORBIDDEN.into_response()
        }
    }
}

async fn receive(State(state): State<WebhookState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = headers.get(signature::HEADER).map(|value| value.as_bytes());
    if !signature::valid(&state.app_secret, &body, header) {
        tracing::warn!("WhatsApp webhook call without a valid signature refused");
        return StatusCode::UNAUTHORIZED;
    }
    let shared = state.queues.shared();
    match serde_json::from_slice::<Notification>(&body) {
        Ok(notification) => {
            for incoming in classify(&notification, &shared.phone_number_id, &shared.keywords) {
                state.queues.push(incoming).await;
            }
        }
        // Answered 200 all the same, or Meta would send it again and again.
        Err(_) => tracing::warn!(bytes = body.len(), "unreadable WhatsApp notification"),
    }
    StatusCode::OK
}
