//! A fake Meta Graph API for the tests: axum on 127.0.0.1, port chosen by the system. It
//! records every message sent to `/{phone_number_id}/messages` with its bearer token, answers
//! as Meta does (`messages[0].id`), and can refuse the next sends with an error code (a
//! throttling code, 131047 for outside the window).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support: a fake that cannot start, or a poisoned lock, fails the test"
)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

pub const TOKEN: &str = "EAAG-test-access-token";

#[derive(Clone, Debug)]
pub struct Sent {
    /// The id the fake answered with (`wamid.fakeN`), which statuses name.
    pub id: String,
    pub phone_number_id: String,
    pub authorization: String,
    pub body: Value,
    pub at: Instant,
    /// Whether the fake accepted it.
    pub ok: bool,
}

impl Sent {
    pub fn to(&self) -> &str {
        self.body["to"].as_str().unwrap_or_default()
    }

    /// `text`, or `interactive` and its type (`button`, `list`, `location_request_message`).
    pub fn kind(&self) -> String {
        match self.body["type"].as_str().unwrap_or_default() {
            "interactive" => self.body["interactive"]["type"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            other => other.to_owned(),
        }
    }

    /// A template message's name, language code, body variable and button payload.
    pub fn template(&self) -> Option<(String, String, String, String)> {
        let template = &self.body["template"];
        let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
        (self.kind() == "template").then(|| {
            (
                text(&template["name"]),
                text(&template["language"]["code"]),
                text(&template["components"][0]["parameters"][0]["text"]),
                text(&template["components"][1]["parameters"][0]["payload"]),
            )
        })
    }

    /// The text shown: a text message's body or an interactive message's body.
    pub fn text(&self) -> &str {
        self.body["text"]["body"]
            .as_str()
            .or(self.body["interactive"]["body"]["text"].as_str())
            .unwrap_or_default()
    }

    /// Reply buttons or list rows as (id, title).
    pub fn choices(&self) -> Vec<(String, String)> {
        let action = &self.body["interactive"]["action"];
        let buttons = action["buttons"].as_array().cloned().unwrap_or_default();
        let rows: Vec<Value> = action["sections"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .flat_map(|section| section["rows"].as_array().cloned().unwrap_or_default())
            .collect();
        buttons
            .iter()
            .map(|button| &button["reply"])
            .chain(rows.iter())
            .map(|choice| {
                (
                    choice["id"].as_str().unwrap_or_default().to_owned(),
                    choice["title"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    pub fn ids(&self) -> Vec<String> {
        self.choices().into_iter().map(|(id, _)| id).collect()
    }
}

#[derive(Default)]
struct Inner {
    sent: Vec<Sent>,
    refusals: VecDeque<i64>,
    next_id: u64,
}

#[derive(Clone)]
pub struct FakeGraph {
    /// What `whatsapp_api_url` is set to.
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
    stop: CancellationToken,
}

impl Drop for FakeGraph {
    fn drop(&mut self) {
        if Arc::strong_count(&self.inner) <= 2 {
            self.stop.cancel();
        }
    }
}

impl FakeGraph {
    pub async fn start() -> FakeGraph {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v23.0", listener.local_addr().unwrap());
        let fake = FakeGraph {
            url,
            inner: Arc::default(),
            changed: Arc::default(),
            stop: CancellationToken::new(),
        };
        let router = Router::new()
            .route("/v23.0/{phone_number_id}/messages", post(messages))
            .with_state(fake.clone_state());
        let stop = fake.stop.clone();
        tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(stop.cancelled_owned())
                .await
                .unwrap();
        });
        fake
    }

    fn clone_state(&self) -> FakeState {
        FakeState {
            inner: self.inner.clone(),
            changed: self.changed.clone(),
        }
    }

    /// Every message sent so far.
    pub fn sent(&self) -> Vec<Sent> {
        self.inner.lock().unwrap().sent.clone()
    }

    /// The next sends are refused with these error codes, one each.
    pub fn refuse_next(&self, codes: &[i64]) {
        self.inner.lock().unwrap().refusals.extend(codes);
    }

    /// Waits until `count` messages have been sent in all (accepted or refused).
    pub async fn wait_for(&self, count: usize) -> Vec<Sent> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let notified = self.changed.notified();
            let sent = self.sent();
            if sent.len() >= count {
                return sent;
            }
            assert!(
                tokio::time::timeout_at(deadline, notified).await.is_ok(),
                "waited for {count} messages, {} sent: {sent:#?}",
                sent.len()
            );
        }
    }
}

#[derive(Clone)]
struct FakeState {
    inner: Arc<Mutex<Inner>>,
    changed: Arc<Notify>,
}

async fn messages(
    State(state): State<FakeState>,
    Path(phone_number_id): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let authorization = headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let response = {
        let mut inner = state.inner.lock().unwrap();
        let refusal = inner.refusals.pop_front();
        let ok = refusal.is_none() && authorization == format!("Bearer {TOKEN}");
        inner.next_id += 1;
        let id = inner.next_id;
        inner.sent.push(Sent {
            id: format!("wamid.fake{id}"),
            phone_number_id,
            authorization,
            body: body.clone(),
            at: Instant::now(),
            ok,
        });
        match refusal {
            Some(code) => (
                StatusCode::BAD_REQUEST,
                Json(json!({ "error": {
                    "message": "refused by the fake",
                    "type": "OAuthException",
                    "code": code,
                    "fbtrace_id": "AbCdEf",
                }})),
            )
                .into_response(),
            None if !ok => (
                StatusCode::UNAUTHORIZED,
                Json(json!({ "error": { "message": "Invalid OAuth access token", "code": 190 }})),
            )
                .into_response(),
            None => Json(json!({
                "messaging_product": "whatsapp",
                "contacts": [{ "input": body["to"], "wa_id": body["to"] }],
                "messages": [{ "id": format!("wamid.fake{id}") }],
            }))
            .into_response(),
        }
    };
    state.changed.notify_waiters();
    response
}
