//! The real app and web server with the WhatsApp channel, pointed at the fake Graph API.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use faro_core::config::Overrides;
use faro_core::{App, Config, Locale};
use faro_whatsapp::render::{
    INTERACTIVE_BODY_LEN, LIST_BUTTON_CHARS, LIST_ROWS, REPLY_BUTTONS, REPLY_TITLE_CHARS,
    ROW_DESCRIPTION_CHARS, ROW_TITLE_CHARS, TEXT_LEN, utf16_len,
};
use faro_whatsapp::test_support::fake_graph::{FakeGraph, Sent, TOKEN};
use faro_whatsapp::test_support::payloads::PHONE_NUMBER_ID;
use faro_whatsapp::{StatsHandle, WhatsApp};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub use faro_whatsapp::test_support::payloads;

pub const APP_SECRET: &str = "test-app-secret-4c1d";
pub const VERIFY_TOKEN: &str = "test-verify-token-77";
/// The business number as people dial it, for `wa.me` links (555: no one's number).
pub const DISPLAY_NUMBER: &str = "+15550783881";
pub const NUMBER_KEY: &str = "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn config(fake: &FakeGraph, database_url: &str, send_rate: u32) -> Config {
    let env = vec![
        ("FARO_WHATSAPP_TOKEN", TOKEN.to_owned()),
        ("FARO_WHATSAPP_PHONE_NUMBER_ID", PHONE_NUMBER_ID.to_owned()),
        ("FARO_WHATSAPP_DISPLAY_NUMBER", DISPLAY_NUMBER.to_owned()),
        ("FARO_WHATSAPP_APP_SECRET", APP_SECRET.to_owned()),
        ("FARO_WHATSAPP_VERIFY_TOKEN", VERIFY_TOKEN.to_owned()),
        ("FARO_WHATSAPP_NUMBER_KEY", NUMBER_KEY.to_owned()),
        ("FARO_WHATSAPP_API_URL", fake.url.clone()),
        // High, so that tests do not wait on the pace; its own test uses a low one.
        ("FARO_WHATSAPP_SEND_RATE", send_rate.to_string()),
        ("FARO_DATABASE_URL", database_url.to_owned()),
        (
            "FARO_CONTENT_DIR",
            repo().join("content").display().to_string(),
        ),
        (
            "FARO_TRANSLATIONS_DIR",
            repo().join("translations").display().to_string(),
        ),
        ("FARO_METRICS_LISTEN", "off".to_owned()),
    ];
    Config::load(
        Path::new("/nonexistent/faro.toml"),
        env.into_iter().map(|(k, v)| (k.to_owned(), v)),
        &Overrides::default(),
    )
    .expect("test configuration")
}

pub struct TestWa {
    pub app: App,
    pub fake: FakeGraph,
    pub stats: StatsHandle,
    /// The channel as the other channels reach it (`App::carriers`).
    pub carrier: std::sync::Arc<dyn faro_core::relay::Carrier>,
    pub hook: String,
    pub client: reqwest::Client,
    shutdown: CancellationToken,
    server: Option<JoinHandle<std::io::Result<()>>>,
    channel: Option<JoinHandle<()>>,
    router: Option<JoinHandle<()>>,
}

impl TestWa {
    /// The app on `database_url`, its web server with `/webhooks/whatsapp`, and the channel.
    pub async fn start(database_url: &str) -> TestWa {
        Self::start_with_rate(database_url, 1000).await
    }

    /// The same, sending at most `send_rate` messages a second (the benchmark's Meta pace).
    pub async fn start_with_rate(database_url: &str, send_rate: u32) -> TestWa {
        Self::start_configured(database_url, send_rate, |_| {}).await
    }

    /// The same with `tweak` applied to the configuration, and a broadcast sender that looks
    /// at the outbox every 50 ms.
    pub async fn start_configured(
        database_url: &str,
        send_rate: u32,
        tweak: impl FnOnce(&mut Config),
    ) -> TestWa {
        Self::start_with(database_url, send_rate, tweak, None).await
    }

    /// The channel alone — no Telegram bot anywhere — with the interpreter router beside it as
    /// `faro serve` runs it, both on `clock`.
    pub async fn start_routing(
        database_url: &str,
        clock: faro_core::clock::Clock,
        tweak: impl FnOnce(&mut Config),
    ) -> TestWa {
        Self::start_with(database_url, 1000, tweak, Some(clock)).await
    }

    async fn start_with(
        database_url: &str,
        send_rate: u32,
        tweak: impl FnOnce(&mut Config),
        routing_on: Option<faro_core::clock::Clock>,
    ) -> TestWa {
        let fake = FakeGraph::start().await;
        let mut config = config(&fake, database_url, send_rate);
        tweak(&mut config);
        let mut app = App::start(config).await.expect("the app starts");
        if let Some(clock) = &routing_on {
            app.clock = clock.clone();
        }
        let whatsapp = WhatsApp::new(&app)
            .await
            .expect("the channel is built")
            .expect("a token is configured")
            .with_broadcast(faro_whatsapp::broadcast::Options {
                lease_ttl: Duration::from_secs(3),
                poll_every: Duration::from_millis(50),
                in_flight: 8,
            });
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let hook = format!(
            "http://{}{}",
            listener.local_addr().unwrap(),
            faro_whatsapp::PATH
        );
        let shutdown = CancellationToken::new();
        let server = tokio::spawn(faro_web::serve(
            listener,
            app.clone(),
            whatsapp.routes(),
            shutdown.clone().cancelled_owned(),
        ));
        let stats = whatsapp.stats();
        let carrier = whatsapp.carrier();
        app.carriers.register(carrier.clone());
        let channel = tokio::spawn(whatsapp.run(shutdown.clone()));
        let router = routing_on.map(|_| {
            let router =
                faro_core::intake::router::Router::for_app(&app, faro_whatsapp::render::WHATSAPP);
            let signal = app.routing.clone();
            let stop = shutdown.clone().cancelled_owned();
            tokio::spawn(async move { router.run(signal, stop).await })
        });
        TestWa {
            app,
            fake,
            stats,
            carrier,
            hook,
            client: reqwest::Client::new(),
            shutdown,
            server: Some(server),
            channel: Some(channel),
            router,
        }
    }

    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(channel) = self.channel.take() {
            channel.await.unwrap();
        }
        if let Some(router) = self.router.take() {
            router.await.unwrap();
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
        self.app.store.close().await;
    }

    /// Posts `body` as it is with `signature` as the header (none when `None`).
    pub async fn post_raw(&self, body: Vec<u8>, signature: Option<String>) -> reqwest::StatusCode {
        let mut request = self
            .client
            .post(&self.hook)
            .header("content-type", "application/json")
            .body(body);
        if let Some(signature) = signature {
            request = request.header("X-Hub-Signature-256", signature);
        }
        request.send().await.unwrap().status()
    }

    /// Posts `payload` signed with the app secret, as Meta does.
    pub async fn post(&self, payload: &Value) -> reqwest::StatusCode {
        let body = serde_json::to_vec(payload).unwrap();
        let signature = faro_whatsapp::signature::header_for(APP_SECRET.as_bytes(), &body);
        self.post_raw(body, Some(signature)).await
    }

    /// Waits until everything received has been handled.
    pub async fn settled(&self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while self.stats.handled() < self.stats.received() {
            assert!(
                tokio::time::Instant::now() < deadline,
                "handled {} of {}",
                self.stats.handled(),
                self.stats.received()
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Posts `payload` (signed), waits until it is handled, and returns what it caused to be
    /// sent, each message checked against WhatsApp's limits.
    pub async fn exchange(&self, payload: &Value) -> Vec<Sent> {
        let before = self.fake.sent().len();
        assert_eq!(self.post(payload).await, 200);
        self.settled().await;
        let sent: Vec<Sent> = self.fake.sent().into_iter().skip(before).collect();
        for message in &sent {
            check(message);
        }
        sent
    }

    pub fn text(&self, locale: Locale, key: &str) -> String {
        self.app.translations.text(locale, key)
    }
}

/// What every message sent must be: to the configured number's endpoint with the token,
/// within WhatsApp's limits for its kind.
pub fn check(sent: &Sent) {
    assert_eq!(sent.phone_number_id, PHONE_NUMBER_ID);
    assert_eq!(sent.authorization, format!("Bearer {TOKEN}"));
    assert_eq!(sent.body["messaging_product"], "whatsapp");
    let text = sent.text();
    assert!(
        matches!(sent.kind().as_str(), "template" | "audio") || !text.trim().is_empty(),
        "{sent:?}"
    );
    match sent.kind().as_str() {
        "text" => assert!(utf16_len(text) <= TEXT_LEN),
        "button" => {
            assert!(utf16_len(text) <= INTERACTIVE_BODY_LEN);
            let choices = sent.choices();
            assert!((1..=REPLY_BUTTONS).contains(&choices.len()), "{choices:?}");
            for (id, title) in choices {
                assert!(!id.is_empty() && id.len() <= 256);
                assert!(
                    (1..=REPLY_TITLE_CHARS).contains(&title.chars().count()),
                    "{title}"
                );
            }
        }
        "list" => {
            assert!(utf16_len(text) <= INTERACTIVE_BODY_LEN);
            let action = &sent.body["interactive"]["action"];
            let button = action["button"].as_str().unwrap();
            assert!((1..=LIST_BUTTON_CHARS).contains(&button.chars().count()));
            let choices = sent.choices();
            assert!((1..=LIST_ROWS).contains(&choices.len()), "{choices:?}");
            for (id, title) in &choices {
                assert!(!id.is_empty() && id.len() <= 200);
                assert!(
                    (1..=ROW_TITLE_CHARS).contains(&title.chars().count()),
                    "{title}"
                );
            }
            for row in action["sections"][0]["rows"].as_array().unwrap() {
                if let Some(description) = row["description"].as_str() {
                    assert!(description.chars().count() <= ROW_DESCRIPTION_CHARS);
                }
            }
        }
        "location_request_message" => assert!(utf16_len(text) <= INTERACTIVE_BODY_LEN),
        // A voice note: an uploaded file named by its media id, shown as a voice bubble.
        "audio" => {
            let audio = &sent.body["audio"];
            assert!(
                !audio["id"].as_str().unwrap_or_default().is_empty(),
                "{sent:?}"
            );
            assert_eq!(audio["voice"], true, "{sent:?}");
        }
        "template" => {
            let (name, language, _, payload) = sent.template().unwrap();
            assert!(!name.is_empty() && !language.is_empty() && !payload.is_empty());
        }
        other => panic!("unexpected message kind {other}: {sent:?}"),
    }
}

/// Every choice id among `sent`.
pub fn ids(sent: &[Sent]) -> Vec<String> {
    sent.iter().flat_map(Sent::ids).collect()
}

/// All the text among `sent`.
pub fn texts(sent: &[Sent]) -> String {
    sent.iter()
        .map(|s| s.text().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The chat of the person writing from `number` (added if new).
pub async fn chat_of(wa: &TestWa, number: &str) -> i64 {
    let key = faro_core::phone_contacts::NumberKey::parse(NUMBER_KEY).unwrap();
    wa.app
        .store
        .phone_contacts(&key, "whatsapp")
        .chat_for(number, None, faro_core::clock::now_unix())
        .await
        .unwrap()
}

/// A database per run: SQLite always, PostgreSQL too when configured.
pub async fn databases() -> Vec<faro_core::store::testing::TestDatabase> {
    faro_core::store::testing::databases().await
}
