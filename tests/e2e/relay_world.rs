//! Both fakes and the real `faro serve` between them, with a Telegram interpreter and a WhatsApp
//! person: what the relay-across-channels tests (`relay_across.rs`) and their benchmark
//! (`benches/relay_across.rs`) start from.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use faro_bot::test_support::updates::{callback, text};
use faro_bot::test_support::{Call, FakeTelegram, TOKEN as TELEGRAM_TOKEN};
use faro_core::intake::{LanguageTag, LinkCode, NewInterpreter, ServiceArea};
use faro_core::store::Store;
use faro_whatsapp::test_support::fake_graph::{FakeGraph, Sent, TOKEN as GRAPH_TOKEN};
use faro_whatsapp::test_support::payloads::{self, PHONE_NUMBER_ID};
use serde_json::{Value, json};

use crate::common::Server;

pub const APP_SECRET: &str = "e2e-app-secret-91f2";
pub const NUMBER_KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
/// The person's WhatsApp number (a Haitian one, made up).
pub const PERSON_NUMBER: &str = "50937001234";
/// The interpreter's Telegram chat, and who Telegram says they are.
pub const INTERPRETER: i64 = 7_770_004_321;
pub const INTERPRETER_NAME: &str = "Roseline";
pub const INTERPRETER_USERNAME: &str = "roseline_tr";
pub const REGISTERED_NAME: &str = "Roseline Jean-Louis";
/// Voice notes as OGG/Opus would begin, with a mark of whose they are.
pub const PERSON_VOICE: &[u8] = b"OggS\x00\x02person-voice-note-opus-frames";
pub const INTERPRETER_VOICE: &[u8] = b"OggS\x00\x02interpreter-voice-note-opus-frames";

pub fn database_url(data_dir: &std::path::Path) -> String {
    format!("sqlite://{}", data_dir.join("data/faro.db").display())
}

/// An interpreter for Kreyòl, remote, with their one-time link code.
pub async fn register_interpreter(url: &str) -> LinkCode {
    register_named(url, REGISTERED_NAME).await
}

/// Another remote interpreter for Kreyòl, registered as `name`.
pub async fn register_named(url: &str, name: &str) -> LinkCode {
    let store = Store::connect(url).await.expect("database");
    let (_, code) = store
        .interpreters()
        .add(&NewInterpreter {
            display_name: name.into(),
            languages: vec![LanguageTag::parse("ht").unwrap()],
            areas: vec![ServiceArea::Remote],
        })
        .await
        .expect("interpreter");
    store.close().await;
    code
}

/// Both fakes, and the binary pointed at them.
pub struct World {
    pub telegram: FakeTelegram,
    pub graph: FakeGraph,
    pub server: Server,
    client: reqwest::Client,
    hook: String,
    pub url: String,
    next_id: AtomicU64,
}

impl World {
    pub fn start(runtime: &tokio::runtime::Runtime) -> (World, LinkCode) {
        Self::start_with(runtime, true)
    }

    /// The binary with WhatsApp alone: no Telegram token (the fake Bot API runs, unused).
    pub fn start_whatsapp_only(runtime: &tokio::runtime::Runtime) -> (World, LinkCode) {
        Self::start_with(runtime, false)
    }

    fn start_with(runtime: &tokio::runtime::Runtime, with_telegram: bool) -> (World, LinkCode) {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let url = database_url(data_dir.path());
        let code = runtime.block_on(register_interpreter(&url));
        // Served by the runtime's worker threads while this thread waits.
        let telegram = runtime.block_on(FakeTelegram::start());
        let graph = runtime.block_on(FakeGraph::start());
        let mut env = vec![
            ("FARO_WHATSAPP_TOKEN", GRAPH_TOKEN),
            ("FARO_WHATSAPP_PHONE_NUMBER_ID", PHONE_NUMBER_ID),
            ("FARO_WHATSAPP_APP_SECRET", APP_SECRET),
            ("FARO_WHATSAPP_VERIFY_TOKEN", "e2e-verify"),
            ("FARO_WHATSAPP_NUMBER_KEY", NUMBER_KEY),
            ("FARO_WHATSAPP_API_URL", graph.url.as_str()),
            // The adapters' own lines at their most talkative: none may carry what was said.
            (
                "RUST_LOG",
                "info,faro=debug,faro_core=debug,faro_bot=debug,faro_whatsapp=debug",
            ),
        ];
        if with_telegram {
            env.push(("FARO_TELEGRAM_TOKEN", TELEGRAM_TOKEN));
            env.push(("FARO_TELEGRAM_API_URL", telegram.url.as_str()));
        }
        let mut server = Server::start_in(data_dir, &env);
        if with_telegram {
            server.wait_for_log("Telegram bot polling", Duration::from_secs(30));
        } else {
            server.wait_for_log("Telegram bot is off", Duration::from_secs(30));
            server.wait_for_log("WhatsApp receiving messages", Duration::from_secs(30));
        }
        let hook = format!("{}{}", server.base_url, faro_whatsapp::PATH);
        (
            World {
                telegram,
                graph,
                server,
                client: reqwest::Client::new(),
                hook,
                url,
                next_id: AtomicU64::new(1),
            },
            code,
        )
    }

    pub fn message_id(&self) -> String {
        format!("wamid.e2e{}", self.next_id.fetch_add(1, Ordering::Relaxed))
    }

    /// Posts `payload` to the webhook, signed as Meta does.
    pub async fn post(&self, payload: &Value) {
        let body = serde_json::to_vec(payload).unwrap();
        let signature = faro_whatsapp::signature::header_for(APP_SECRET.as_bytes(), &body);
        let status = self
            .client
            .post(&self.hook)
            .header("content-type", "application/json")
            .header("X-Hub-Signature-256", signature)
            .body(body)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 200);
    }

    /// Posts `payload` and waits for a WhatsApp message sent after it that `check` accepts.
    pub async fn whatsapp(
        &self,
        payload: &Value,
        what: &str,
        check: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let before = self.graph.sent().len();
        self.post(payload).await;
        self.sent_after(before, what, check).await
    }

    pub async fn sent_after(
        &self,
        before: usize,
        what: &str,
        check: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(found) = self.graph.sent().into_iter().skip(before).find(&check) {
                return found;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no WhatsApp message: {what}; sent: {:#?}",
                self.graph.sent().iter().skip(before).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Pushes `update` and waits for a Bot API call after it that `check` accepts.
    pub async fn telegram(&self, update: Value, what: &str, check: impl Fn(&Call) -> bool) -> Call {
        let before = self.telegram.calls().len();
        self.telegram.push(update);
        self.call_after(before, what, check).await
    }

    pub async fn call_after(
        &self,
        before: usize,
        what: &str,
        check: impl Fn(&Call) -> bool,
    ) -> Call {
        let calls = self
            .telegram
            .wait_for(what, |calls| calls.iter().skip(before).any(&check))
            .await;
        calls.into_iter().skip(before).find(check).unwrap()
    }

    /// The binary stopped; every log line it wrote.
    pub fn stop(mut self) -> Vec<String> {
        let status = self.server.terminate();
        assert!(status.success(), "{status:?}");
        self.server
            .wait_for_log("Faro stopped", Duration::from_secs(10));
        std::mem::take(&mut self.server.log_lines)
    }
}

/// `update` as sent by the interpreter (their name and username, which must not cross).
pub fn interp(mut update: Value) -> Value {
    for person in ["from", "chat"] {
        for root in ["message", "callback_query"] {
            if let Some(found) = update.get_mut(root) {
                let target = if root == "callback_query" && person == "chat" {
                    &mut found["message"]["chat"]
                } else {
                    &mut found[person]
                };
                target["first_name"] = json!(INTERPRETER_NAME);
                target["username"] = json!(INTERPRETER_USERNAME);
            }
        }
    }
    update
}

pub fn to_interpreter(call: &Call) -> bool {
    call.chat() == INTERPRETER && call.method != "getUpdates"
}

/// What the interpreter could read of every call to them: texts, captions and buttons.
pub fn readable_by_interpreter(calls: &[Call]) -> String {
    calls
        .iter()
        .filter(|c| to_interpreter(c))
        .map(|c| {
            format!(
                "{}\n{}\n{}\n",
                c.text(),
                c.caption(),
                c.body["reply_markup"]
            )
        })
        .collect()
}

/// What the person could read of every message to their number.
pub fn readable_by(sent: &[Sent], number: &str) -> String {
    sent.iter()
        .filter(|s| s.to() == number)
        .map(|s| format!("{}\n{}\n", s.text(), s.body))
        .collect()
}

/// The Telegram interpreter picks French and links with the code, then names themself.
pub async fn link_on_telegram(world: &World, code: &LinkCode) {
    let picker = world
        .telegram(
            interp(text(INTERPRETER, Some("fr"), "/start")),
            "the picker",
            |c| to_interpreter(c) && c.method == "sendMessage",
        )
        .await;
    world
        .telegram(
            interp(callback(
                INTERPRETER,
                Some("fr"),
                picker.message_id(),
                "l:fr",
            )),
            "the menu",
            |c| to_interpreter(c) && c.method != "answerCallbackQuery",
        )
        .await;
    let linked = world
        .telegram(
            interp(text(INTERPRETER, Some("fr"), &format!("/start {}", code.0))),
            "linked",
            |c| to_interpreter(c) && c.method == "sendMessage",
        )
        .await;
    assert!(linked.text().contains(REGISTERED_NAME), "{}", linked.text());
    let labelled = world
        .telegram(
            interp(text(INTERPRETER, Some("fr"), "/label Marie")),
            "labelled",
            |c| to_interpreter(c) && c.method == "sendMessage",
        )
        .await;
    assert!(labelled.text().contains("Marie"));
}

/// `number` asks on WhatsApp, in Kreyòl, for an interpreter in Kreyòl, without saying where.
pub async fn ask_on_whatsapp(world: &World, number: &str) {
    let hello = payloads::text(number, &world.message_id(), "Bonjou");
    world
        .whatsapp(&hello, "a first answer", |s| s.to() == number)
        .await;
    for code in ["l:ht", "i", "i:y", "io:HT", "il.", "ip:-", "is:n"] {
        let tap = payloads::button_reply(number, &world.message_id(), code, "…");
        world
            .whatsapp(&tap, &format!("the answer to {code}"), |s| s.to() == number)
            .await;
    }
}

/// The interpreter's notice of the request, and its Accept code.
pub async fn notice(world: &World) -> (Call, String) {
    let notice = world
        .call_after(0, "the notice of the request", |c| {
            to_interpreter(c) && c.codes().iter().any(|code| code.starts_with("ra:"))
        })
        .await;
    let accept = notice
        .codes()
        .into_iter()
        .find(|code| code.starts_with("ra:"))
        .unwrap();
    (notice, accept)
}
