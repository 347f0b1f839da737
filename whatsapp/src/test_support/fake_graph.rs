//! A fake Meta Graph API for the tests: axum on 127.0.0.1, port chosen by the system. It
//! records every message sent to `/{phone_number_id}/messages` with its bearer token, answers
//! as Meta does (`messages[0].id`), and can refuse the next sends with an error code (a
//! throttling code, 131047 for outside the window). Media uploaded to
//! `/{phone_number_id}/media` (multipart, as Meta takes it) are kept with their form fields
//! and answered with a media id (`{"id": …}`). A person's voice note the test put there
//! ([`FakeGraph::put_media`]) is served as Meta does: `GET /{media-id}` names a URL, and that
//! URL gives the bytes, both only with the bearer token.

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
use axum::body::Bytes;
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

/// A media upload as the fake received it.
#[derive(Clone, Debug)]
pub struct Upload {
    /// The media id the fake answered with (`media.fakeN`).
    pub id: String,
    pub phone_number_id: String,
    pub authorization: String,
    /// The form's text fields (`messaging_product`, `type`).
    pub fields: Vec<(String, String)>,
    /// The `file` part: its file name, content type and bytes.
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl Upload {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }
}

#[derive(Default)]
struct Inner {
    sent: Vec<Sent>,
    uploads: Vec<Upload>,
    /// Uploads still to refuse.
    refused_uploads: usize,
    /// People's media by id: their bytes and MIME type.
    media: std::collections::HashMap<String, (Vec<u8>, String)>,
    /// Media fetched (by id), in order.
    fetched: Vec<String>,
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
            .route("/v23.0/{phone_number_id}/media", post(media))
            .route("/v23.0/{media_id}", axum::routing::get(media_url))
            .route("/media-file/{media_id}", axum::routing::get(media_file))
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

    /// A medium a person sent (a voice note), for Faro to fetch by `id`.
    pub fn put_media(&self, id: &str, bytes: Vec<u8>, mime_type: &str) {
        self.inner
            .lock()
            .unwrap()
            .media
            .insert(id.to_owned(), (bytes, mime_type.to_owned()));
    }

    /// The ids of the media fetched so far, in order.
    pub fn fetched(&self) -> Vec<String> {
        self.inner.lock().unwrap().fetched.clone()
    }

    /// Every media upload so far.
    pub fn uploads(&self) -> Vec<Upload> {
        self.inner.lock().unwrap().uploads.clone()
    }

    /// The next `count` uploads are refused (Meta's "media upload error").
    pub fn refuse_next_uploads(&self, count: usize) {
        self.inner.lock().unwrap().refused_uploads += count;
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

async fn media(
    State(state): State<FakeState>,
    Path(phone_number_id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let authorization = header("authorization");
    let content_type = header("content-type");
    let Some(boundary) = content_type
        .strip_prefix("multipart/form-data")
        .and_then(|rest| rest.split_once("boundary="))
        .map(|(_, boundary)| boundary.trim_matches('"').to_owned())
    else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({ "error": { "message": "not multipart", "code": 100 }})),
        )
            .into_response();
    };
    let mut upload = Upload {
        id: String::new(),
        phone_number_id,
        authorization,
        fields: Vec::new(),
        file_name: None,
        content_type: None,
        bytes: Vec::new(),
    };
    for part in form_parts(&body, &boundary) {
        match part.file_name {
            Some(file_name) if part.name == "file" => {
                upload.file_name = Some(file_name);
                upload.content_type = part.content_type;
                upload.bytes = part.value;
            }
            _ => upload
                .fields
                .push((part.name, String::from_utf8_lossy(&part.value).into_owned())),
        }
    }
    let well_formed = upload.authorization == format!("Bearer {TOKEN}")
        && upload.field("messaging_product") == Some("whatsapp")
        && !upload.bytes.is_empty();
    let response = {
        let mut inner = state.inner.lock().unwrap();
        let refused = inner.refused_uploads > 0;
        inner.refused_uploads = inner.refused_uploads.saturating_sub(1);
        let ok = well_formed && !refused;
        inner.next_id += 1;
        upload.id = format!("media.fake{}", inner.next_id);
        let id = upload.id.clone();
        inner.uploads.push(upload);
        if ok {
            Json(json!({ "id": id })).into_response()
        } else {
            (
                StatusCode::BAD_REQUEST,
                Json(json!({ "error": {
                    "message": "refused by the fake",
                    "code": if refused { 131_053 } else { 100 },
                }})),
            )
                .into_response()
        }
    };
    state.changed.notify_waiters();
    response
}

struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    value: Vec<u8>,
}

/// The parts of a multipart body, read as bytes (a file is not text).
fn form_parts(body: &[u8], boundary: &str) -> Vec<Part> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        let part = &rest[..at];
        rest = &rest[at + delimiter.len()..];
        let Some(split) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]);
        let value = &part[split + 4..];
        let value = value.strip_suffix(b"\r\n").unwrap_or(value);
        let quoted = |key: &str| {
            head.split(&format!("{key}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(str::to_owned)
        };
        let Some(name) = quoted("name") else {
            continue;
        };
        let content_type = head.lines().find_map(|line| {
            line.to_ascii_lowercase()
                .starts_with("content-type:")
                .then(|| line["content-type:".len()..].trim().to_owned())
        });
        parts.push(Part {
            name,
            file_name: quoted("filename"),
            content_type,
            value: value.to_vec(),
        });
    }
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn authorized(headers: &HeaderMap) -> bool {
    headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        == Some(&format!("Bearer {TOKEN}"))
}

/// `GET /{media-id}`: where the medium can be fetched, as Meta names it.
async fn media_url(
    State(state): State<FakeState>,
    Path(media_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !authorized(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let host = headers
        .get("host")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let inner = state.inner.lock().unwrap();
    match inner.media.get(&media_id) {
        Some((bytes, mime_type)) => Json(json!({
            "messaging_product": "whatsapp",
            "url": format!("http://{host}/media-file/{media_id}"),
            "mime_type": mime_type,
            "sha256": "fake",
            "file_size": bytes.len(),
            "id": media_id,
        }))
        .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The medium's bytes, at the URL `media_url` named.
async fn media_file(
    State(state): State<FakeState>,
    Path(media_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !authorized(&headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let response = {
        let mut inner = state.inner.lock().unwrap();
        match inner.media.get(&media_id).cloned() {
            Some((bytes, mime_type)) => {
                inner.fetched.push(media_id);
                ([("content-type", mime_type)], bytes).into_response()
            }
            None => StatusCode::NOT_FOUND.into_response(),
        }
    };
    state.changed.notify_waiters();
    response
}
