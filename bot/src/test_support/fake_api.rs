//! A fake Telegram Bot API for the tests: axum on 127.0.0.1, port chosen by the system. It
//! records every call (method and JSON body), serves queued updates to getUpdates honouring
//! `offset` and `timeout`, and can answer the next sendMessage calls with a 429. Broadcast
//! tests also script answers per chat ([`FakeTelegram::script_chat`]) and make it hang like a
//! lost network ([`FakeTelegram::hang_sends`]).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support: a fake that cannot start, or a poisoned lock, fails the test"
)]

use std::collections::{HashMap, VecDeque};
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

pub const TOKEN: &str = "123456789:TEST-token_for-the-fake-api";
pub const BOT_ID: i64 = 123_456_789;
pub const BOT_USERNAME: &str = "FaroTestBot";

/// The Bot API's method names as Telegram spells them (teloxide sends `SendMessage`).
const METHODS: [&str; 14] = [
    "getMe",
    "getFile",
    "getUpdates",
    "sendMessage",
    "sendVoice",
    "sendVenue",
    "copyMessage",
    "forwardMessage",
    "editMessageText",
    "answerCallbackQuery",
    "setWebhook",
    "deleteWebhook",
    "setMyCommands",
    "getWebhookInfo",
];

#[derive(Clone, Debug)]
pub struct Call {
    pub method: String,
    pub body: Value,
    /// What the fake answered (`result` of a successful call, or the error).
    pub response: Value,
    pub at: Instant,
    /// Files uploaded with the call (multipart parts with a file name), as sent.
    pub files: Vec<Upload>,
}

/// A file part of a multipart call (`sendVoice`'s `voice`).
#[derive(Clone, Debug)]
pub struct Upload {
    /// The form field (`voice`).
    pub field: String,
    pub file_name: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl Call {
    pub fn text(&self) -> &str {
        self.body["text"].as_str().unwrap_or_default()
    }

    /// The caption a copied or sent medium (a voice note) gets, as sent.
    pub fn caption(&self) -> &str {
        self.body["caption"].as_str().unwrap_or_default()
    }

    pub fn chat(&self) -> i64 {
        // A multipart call (a file upload) carries it as text.
        let chat = &self.body["chat_id"];
        chat.as_i64()
            .or_else(|| chat.as_str().and_then(|text| text.parse().ok()))
            .unwrap_or_default()
    }

    /// The message id the fake gave a sent message.
    pub fn message_id(&self) -> i64 {
        self.response["message_id"].as_i64().unwrap_or_default()
    }

    /// Inline buttons as (label, callback data or url).
    pub fn buttons(&self) -> Vec<(String, String)> {
        let rows = self.body["reply_markup"]["inline_keyboard"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        rows.iter()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|button| {
                let label = button["text"].as_str().unwrap_or_default().to_owned();
                let target = button["callback_data"]
                    .as_str()
                    .or(button["url"].as_str())
                    .unwrap_or_default()
                    .to_owned();
                (label, target)
            })
            .collect()
    }

    pub fn labels(&self) -> Vec<String> {
        self.buttons().into_iter().map(|(label, _)| label).collect()
    }

    pub fn codes(&self) -> Vec<String> {
        self.buttons().into_iter().map(|(_, code)| code).collect()
    }

    pub fn ok(&self) -> bool {
        self.response.get("error_code").is_none()
    }
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    /// (id the fake uses for offsets, the JSON served).
    updates: Vec<(i64, Value)>,
    next_update_id: i64,
    next_message_id: i64,
    throttled_sends: u32,
    retry_after: u64,
    /// Answers for the next sendMessage calls to a chat, in order.
    scripted: HashMap<i64, VecDeque<Scripted>>,
    /// sendMessage calls get no answer at all (and are not recorded as calls).
    hanging: bool,
    hung: usize,
    /// Files people sent (voice notes) by file id, for getFile and the download.
    files: HashMap<String, Vec<u8>>,
    /// File paths downloaded, in order.
    downloaded: Vec<String>,
}

/// An answer a test chooses for a chat's next message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scripted {
    /// 429 with `retry_after` in seconds.
    RetryAfter(u64),
    /// 403: the person blocked the bot.
    Blocked,
    /// 500.
    ServerError,
    /// 400 with a description teloxide does not know.
    BadRequest,
}

struct Shared {
    inner: Mutex<Inner>,
    changed: Notify,
}

pub struct FakeTelegram {
    pub url: String,
    shared: Arc<Shared>,
    stop: CancellationToken,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update_id: 1,
                next_message_id: 1000,
                ..Inner::default()
            }),
            changed: Notify::new(),
        });
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake API");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let router = Router::new()
            .route("/{token}/{method}", post(call))
            .route("/file/{token}/{path}", axum::routing::get(file))
            .with_state(shared.clone());
        let stop = CancellationToken::new();
        let stopped = stop.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(stopped.cancelled_owned())
                .await;
        });
        FakeTelegram { url, shared, stop }
    }

    /// Queues updates for getUpdates, all in one batch; `update_id` is added when missing.
    pub fn push_all(&self, updates: Vec<Value>) -> Vec<i64> {
        let mut inner = self.shared.inner.lock().unwrap();
        let mut ids = Vec::new();
        for mut update in updates {
            let id = inner.next_update_id;
            inner.next_update_id += 1;
            if let Some(object) = update.as_object_mut()
                && !object.contains_key("update_id")
            {
                object.insert("update_id".into(), json!(id));
            }
            inner.updates.push((id, update));
            ids.push(id);
        }
        drop(inner);
        self.shared.changed.notify_waiters();
        ids
    }

    pub fn push(&self, update: Value) -> i64 {
        self.push_all(vec![update])[0]
    }

    /// A file a person sent (a voice note's sound), for the bot to fetch by `file_id`.
    pub fn put_file(&self, file_id: &str, bytes: Vec<u8>) {
        self.shared
            .inner
            .lock()
            .unwrap()
            .files
            .insert(file_id.to_owned(), bytes);
    }

    /// The file paths downloaded so far.
    pub fn downloaded(&self) -> Vec<String> {
        self.shared.inner.lock().unwrap().downloaded.clone()
    }

    /// The next `count` sendMessage calls get a 429 asking to retry after `seconds`.
    pub fn throttle_sends(&self, count: u32, seconds: u64) {
        let mut inner = self.shared.inner.lock().unwrap();
        inner.throttled_sends = count;
        inner.retry_after = seconds;
    }

    /// The next sendMessage calls to `chat` get these answers, one each, before normal ones.
    pub fn script_chat(&self, chat: i64, answers: &[Scripted]) {
        let mut inner = self.shared.inner.lock().unwrap();
        inner
            .scripted
            .entry(chat)
            .or_default()
            .extend(answers.iter().copied());
    }

    /// From now on sendMessage calls hang unanswered, as if the network were gone; they are
    /// counted by [`hung_sends`](Self::hung_sends), not recorded as calls.
    pub fn hang_sends(&self) {
        self.shared.inner.lock().unwrap().hanging = true;
    }

    pub fn hung_sends(&self) -> usize {
        self.shared.inner.lock().unwrap().hung
    }

    /// How many sendMessage calls were answered with a message (cheaper than `calls`).
    pub fn delivered(&self) -> usize {
        self.shared
            .inner
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|call| call.method == "sendMessage" && call.ok())
            .count()
    }

    /// How many different chats were answered a message.
    pub fn chats(&self) -> usize {
        let inner = self.shared.inner.lock().unwrap();
        let chats: std::collections::HashSet<i64> = inner
            .calls
            .iter()
            .filter(|call| call.method == "sendMessage" && call.ok())
            .map(Call::chat)
            .collect();
        chats.len()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.inner.lock().unwrap().calls.clone()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.method == method)
            .collect()
    }

    /// Waits until `check` holds for the calls so far; panics with them after 30 s.
    pub async fn wait_for(&self, what: &str, check: impl Fn(&[Call]) -> bool) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let notified = self.shared.changed.notified();
            let calls = self.calls();
            if check(&calls) {
                return calls;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let methods: Vec<_> = calls.iter().map(|c| c.method.as_str()).collect();
                panic!("timed out waiting for {what}; calls: {methods:?}");
            }
        }
    }
}

async fn call(
    State(shared): State<Arc<Shared>>,
    Path((token, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if token != format!("bot{TOKEN}") {
        return error(StatusCode::UNAUTHORIZED, 401, "Unauthorized", None);
    }
    let method = METHODS
        .iter()
        .find(|known| known.eq_ignore_ascii_case(&method))
        .map_or(method, |known| (*known).to_owned());
    let content_type = headers
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    // teloxide sends most methods as JSON and those that may carry a file (setWebhook) as
    // multipart form data.
    let (body, files) = match content_type.split_once("boundary=") {
        Some((_, boundary)) if content_type.starts_with("multipart/form-data") => {
            form_fields(&body, boundary.trim_matches('"'))
        }
        _ => (
            serde_json::from_slice(&body).unwrap_or(Value::Null),
            Vec::new(),
        ),
    };
    if method == "sendMessage" {
        let hanging = {
            let mut inner = shared.inner.lock().unwrap();
            if inner.hanging {
                inner.hung += 1;
            }
            inner.hanging
        };
        if hanging {
            shared.changed.notify_waiters();
            return std::future::pending().await;
        }
    }
    if method == "getUpdates" {
        // Recorded on arrival: a long poll may wait a while before it answers.
        record(
            &shared,
            Call {
                method,
                body: body.clone(),
                response: Value::Null,
                at: Instant::now(),
                files: Vec::new(),
            },
        );
        return Json(get_updates(&shared, &body).await).into_response();
    }
    let (status, response) = answer(&shared, &method, &body);
    let recorded = response
        .get("result")
        .cloned()
        .unwrap_or_else(|| response.clone());
    record(
        &shared,
        Call {
            method,
            body,
            response: recorded,
            at: Instant::now(),
            files,
        },
    );
    (status, Json(response)).into_response()
}

/// `GET /file/bot<token>/<path>`: a file's bytes, as getFile named it.
async fn file(
    State(shared): State<Arc<Shared>>,
    Path((token, path)): Path<(String, String)>,
) -> Response {
    if token != format!("bot{TOKEN}") {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let bytes = {
        let mut inner = shared.inner.lock().unwrap();
        let id = path
            .strip_prefix("voice/")
            .and_then(|rest| rest.strip_suffix(".oga"))
            .unwrap_or_default();
        let bytes = inner.files.get(id).cloned();
        if bytes.is_some() {
            inner.downloaded.push(path);
        }
        bytes
    };
    shared.changed.notify_waiters();
    match bytes {
        Some(bytes) => bytes.into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn record(shared: &Shared, call: Call) {
    shared.inner.lock().unwrap().calls.push(call);
    shared.changed.notify_waiters();
}

fn ok(result: Value) -> (StatusCode, Value) {
    (StatusCode::OK, json!({ "ok": true, "result": result }))
}

fn error(status: StatusCode, code: u16, description: &str, retry_after: Option<u64>) -> Response {
    (status, Json(error_body(code, description, retry_after))).into_response()
}

fn error_body(code: u16, description: &str, retry_after: Option<u64>) -> Value {
    let mut body = json!({ "ok": false, "error_code": code, "description": description });
    if let Some(seconds) = retry_after {
        body["parameters"] = json!({ "retry_after": seconds });
    }
    body
}

fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "Faro", "username": BOT_USERNAME })
}

fn answer(shared: &Shared, method: &str, body: &Value) -> (StatusCode, Value) {
    let mut inner = shared.inner.lock().unwrap();
    let chat = body["chat_id"].as_i64().unwrap_or_default();
    if method == "sendMessage"
        && let Some(scripted) = inner.scripted.get_mut(&chat).and_then(VecDeque::pop_front)
    {
        return scripted_answer(scripted);
    }
    match method {
        "getMe" => {
            let mut me = bot_user();
            for field in [
                "can_join_groups",
                "can_read_all_group_messages",
                "supports_inline_queries",
                "can_connect_to_business",
                "has_main_web_app",
            ] {
                me[field] = json!(field == "can_join_groups");
            }
            ok(me)
        }
        "sendMessage" if inner.throttled_sends > 0 => {
            inner.throttled_sends -= 1;
            let seconds = inner.retry_after;
            (
                StatusCode::TOO_MANY_REQUESTS,
                error_body(
                    429,
                    &format!("Too Many Requests: retry after {seconds}"),
                    Some(seconds),
                ),
            )
        }
        "sendMessage" => {
            inner.next_message_id += 1;
            ok(message_json(inner.next_message_id, body))
        }
        "sendVoice" => {
            inner.next_message_id += 1;
            let mut message = message_json(inner.next_message_id, body);
            if let Some(object) = message.as_object_mut() {
                object.remove("text");
                object.insert(
                    "voice".into(),
                    json!({ "file_id": "voice-file", "file_unique_id": "voice-unique", "duration": 1, "mime_type": "audio/ogg" }),
                );
                if let Some(caption) = body["caption"].as_str() {
                    object.insert("caption".into(), json!(caption));
                }
            }
            ok(message)
        }
        "sendVenue" => {
            inner.next_message_id += 1;
            let mut message = message_json(inner.next_message_id, body);
            if let Some(object) = message.as_object_mut() {
                object.remove("text");
                let location =
                    json!({ "latitude": body["latitude"], "longitude": body["longitude"] });
                object.insert(
                    "venue".into(),
                    json!({ "location": location, "title": body["title"], "address": body["address"] }),
                );
                object.insert("location".into(), location);
            }
            ok(message)
        }
        "editMessageText" => {
            let id = body["message_id"].as_i64().unwrap_or_default();
            ok(message_json(id, body))
        }
        // Telegram answers a copy with the new message's id only.
        "copyMessage" => {
            inner.next_message_id += 1;
            ok(json!({ "message_id": inner.next_message_id }))
        }
        "getFile" => {
            let id = body["file_id"].as_str().unwrap_or_default();
            match inner.files.get(id) {
                Some(bytes) => ok(json!({
                    "file_id": id,
                    "file_unique_id": format!("unique-{id}"),
                    "file_size": bytes.len(),
                    "file_path": format!("voice/{id}.oga"),
                })),
                None => (
                    StatusCode::BAD_REQUEST,
                    error_body(400, "Bad Request: invalid file_id", None),
                ),
            }
        }
        "answerCallbackQuery" | "setWebhook" | "deleteWebhook" | "setMyCommands" => ok(json!(true)),
        "getWebhookInfo" => {
            ok(json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 }))
        }
        _ => (
            StatusCode::NOT_FOUND,
            error_body(404, "Not Found: method not found", None),
        ),
    }
}

fn scripted_answer(scripted: Scripted) -> (StatusCode, Value) {
    let (status, code, description, retry_after) = match scripted {
        Scripted::RetryAfter(seconds) => (
            StatusCode::TOO_MANY_REQUESTS,
            429,
            format!("Too Many Requests: retry after {seconds}"),
            Some(seconds),
        ),
        Scripted::Blocked => (
            StatusCode::FORBIDDEN,
            403,
            "Forbidden: bot was blocked by the user".to_owned(),
            None,
        ),
        Scripted::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            500,
            "Internal Server Error".to_owned(),
            None,
        ),
        Scripted::BadRequest => (
            StatusCode::BAD_REQUEST,
            400,
            "Bad Request: message text is unacceptable here".to_owned(),
            None,
        ),
    };
    (status, error_body(code, &description, retry_after))
}

/// The message Telegram would return for a send or an edit.
fn message_json(id: i64, body: &Value) -> Value {
    let chat = body["chat_id"].as_i64().unwrap_or_default();
    json!({
        "message_id": id,
        "from": bot_user(),
        "chat": { "id": chat, "first_name": "Test", "type": "private" },
        "date": 1_767_225_600,
        "text": body["text"].as_str().unwrap_or_default(),
    })
}

async fn get_updates(shared: &Shared, body: &Value) -> Value {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let timeout = body["timeout"].as_u64().unwrap_or(0);
    let limit = body["limit"].as_u64().unwrap_or(100) as usize;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.changed.notified();
        {
            let mut inner = shared.inner.lock().unwrap();
            // As Telegram does: an offset confirms every update before it.
            inner.updates.retain(|(id, _)| *id >= offset);
            let batch: Vec<Value> = inner
                .updates
                .iter()
                .take(limit)
                .map(|(_, update)| update.clone())
                .collect();
            if !batch.is_empty() || tokio::time::Instant::now() >= deadline {
                return json!({ "ok": true, "result": batch });
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return json!({ "ok": true, "result": [] });
        }
    }
}

/// Multipart text fields as a JSON object, and the file parts as they were sent; a field
/// whose text is JSON (teloxide encodes arrays such as `allowed_updates` that way) becomes
/// that JSON. Read as bytes: a file is not text.
fn form_fields(body: &[u8], boundary: &str) -> (Value, Vec<Upload>) {
    let delimiter = format!("--{boundary}");
    let mut fields = serde_json::Map::new();
    let mut files = Vec::new();
    for part in split_bytes(body, delimiter.as_bytes()) {
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
        if let Some(file_name) = quoted("filename") {
            let content_type = head.lines().find_map(|line| {
                line.to_ascii_lowercase()
                    .starts_with("content-type:")
                    .then(|| line["content-type:".len()..].trim().to_owned())
            });
            files.push(Upload {
                field: name,
                file_name,
                content_type,
                bytes: value.to_vec(),
            });
            continue;
        }
        let value = String::from_utf8_lossy(value).into_owned();
        let parsed = serde_json::from_str::<Value>(&value)
            .ok()
            .filter(|v| v.is_array() || v.is_object())
            .unwrap_or(Value::String(value));
        fields.insert(name, parsed);
    }
    (Value::Object(fields), files)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn split_bytes<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = find(body, delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts.push(body);
    parts
}
