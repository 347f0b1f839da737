//! The real app (temporary SQLite database, the repository's content and translations) and
//! the real bot, pointed at the fake Bot API.

#![allow(dead_code)]

pub use faro_bot::test_support::fake_api;
pub use faro_bot::test_support::updates;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use faro_bot::render::escape_html;
use faro_bot::{BotError, Options, StatsHandle, TelegramBot};
use faro_core::config::Overrides;
use faro_core::i18n::Arg;
use faro_core::{App, Config, Locale};
use serde_json::Value;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub use fake_api::{Call, FakeTelegram, TOKEN};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// What a test may change about the instance.
#[derive(Clone)]
pub struct Setup {
    pub webhook_url: Option<String>,
    pub per_chat: u32,
    pub global: u32,
    /// Reuse a database folder (a restart); a fresh one otherwise.
    pub data_dir: Option<Arc<tempfile::TempDir>>,
    /// The clock the interpreters' escalation runs on; the system's when `None`.
    pub clock: Option<faro_core::clock::Clock>,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            webhook_url: None,
            // High, so that tests do not wait on the limits; the limiter's own tests use
            // Telegram's.
            per_chat: 1000,
            global: 1000,
            data_dir: None,
            clock: None,
        }
    }
}

pub fn config(fake: &FakeTelegram, setup: &Setup, data: &Path) -> Config {
    let mut env = vec![
        ("FARO_TELEGRAM_TOKEN", TOKEN.to_owned()),
        ("FARO_TELEGRAM_API_URL", fake.url.clone()),
        (
            "FARO_DATABASE_URL",
            format!("sqlite://{}/faro.db", data.display()),
        ),
        (
            "FARO_CONTENT_DIR",
            repo().join("content").display().to_string(),
        ),
        (
            "FARO_TRANSLATIONS_DIR",
            repo().join("translations").display().to_string(),
        ),
        ("FARO_SEND_RATE_PER_CHAT", setup.per_chat.to_string()),
        ("FARO_SEND_RATE_GLOBAL", setup.global.to_string()),
    ];
    if let Some(url) = &setup.webhook_url {
        env.push(("FARO_TELEGRAM_WEBHOOK_URL", url.clone()));
    }
    Config::load(
        Path::new("/nonexistent/faro.toml"),
        env.into_iter().map(|(k, v)| (k.to_owned(), v)),
        &Overrides::default(),
    )
    .expect("test configuration")
}

/// The instance's interpreter router (`faro_core::intake::router`), with notices shaped for
/// Telegram, until `shutdown`.
pub fn start_router(app: &App, shutdown: &CancellationToken) -> JoinHandle<()> {
    let router = faro_core::intake::router::Router::for_app(app, faro_bot::render::TELEGRAM);
    let signal = app.routing.clone();
    let stop = shutdown.clone().cancelled_owned();
    tokio::spawn(async move { router.run(signal, stop).await })
}

pub struct TestBot {
    pub app: App,
    pub stats: StatsHandle,
    pub data_dir: Arc<tempfile::TempDir>,
    pub routes: Option<axum::Router>,
    shutdown: CancellationToken,
    task: Option<JoinHandle<Result<(), BotError>>>,
    /// The interpreter router, as `faro serve` runs it beside the bot.
    router: Option<JoinHandle<()>>,
    bot: Option<TelegramBot>,
}

impl TestBot {
    /// Starts the bot in polling mode and waits for its first getUpdates.
    pub async fn start(fake: &FakeTelegram) -> TestBot {
        let bot = Self::prepare(fake, Setup::default()).await;
        bot.run(fake, "getUpdates").await
    }

    /// Builds the app and the bot without running it (webhook tests serve `routes` first).
    pub async fn prepare(fake: &FakeTelegram, setup: Setup) -> TestBot {
        let data_dir = setup
            .data_dir
            .clone()
            .unwrap_or_else(|| Arc::new(tempfile::tempdir().expect("temp dir")));
        let mut app = App::start(config(fake, &setup, data_dir.path()))
            .await
            .expect("the app starts");
        if let Some(clock) = setup.clock.clone() {
            app.clock = clock;
        }
        let options = Options {
            poll_timeout: Duration::from_secs(5),
            ..Options::default()
        };
        let bot = TelegramBot::with_options(&app, options)
            .await
            .expect("the bot is built")
            .expect("a token is configured");
        // As `faro serve` does: the router reaches Telegram chats through the bot's carrier.
        app.carriers.register(bot.carrier());
        TestBot {
            app,
            stats: bot.stats(),
            data_dir,
            routes: Some(bot.routes()),
            shutdown: CancellationToken::new(),
            task: None,
            router: None,
            bot: Some(bot),
        }
    }

    /// Runs the prepared bot and waits until the fake has seen `ready` (getUpdates when
    /// polling, setWebhook in webhook mode).
    pub async fn run(mut self, fake: &FakeTelegram, ready: &str) -> TestBot {
        let already = fake.calls_of(ready).len();
        let bot = self.bot.take().expect("not running yet");
        self.task = Some(tokio::spawn(bot.run(self.shutdown.clone())));
        self.router = Some(start_router(&self.app, &self.shutdown));
        fake.wait_for(ready, |calls| {
            calls.iter().filter(|c| c.method == ready).count() > already
        })
        .await;
        self
    }

    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(task) = self.task.take() {
            task.await.expect("bot task").expect("bot stops cleanly");
        }
        if let Some(router) = self.router.take() {
            router.await.expect("router task");
        }
        self.app.store.close().await;
    }

    /// Waits until the bot has handled `count` updates in all.
    pub async fn handled(&self, count: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while self.stats.handled() < count {
            assert!(
                tokio::time::Instant::now() < deadline,
                "the bot handled {} of {count} updates",
                self.stats.handled()
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Queues updates at once, waits until they are handled, and returns the calls they caused.
    pub async fn exchange(&self, fake: &FakeTelegram, updates: Vec<Value>) -> Vec<Call> {
        let before = fake.calls().len();
        let target = self.stats.handled() + updates.len() as u64;
        fake.push_all(updates);
        self.handled(target).await;
        fake.calls()
            .into_iter()
            .skip(before)
            .filter(|call| call.method != "getUpdates")
            .collect()
    }

    /// One update; the calls it caused.
    pub async fn send(&self, fake: &FakeTelegram, update: Value) -> Vec<Call> {
        self.exchange(fake, vec![update]).await
    }

    /// A UI string as it appears in a message (HTML-escaped).
    pub fn html(&self, locale: Locale, key: &str) -> String {
        escape_html(&self.app.translations.text(locale, key))
    }

    pub fn html_with(&self, locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        escape_html(&self.app.translations.format(locale, key, args).text)
    }

    /// A UI string as a button label (plain).
    pub fn plain(&self, locale: Locale, key: &str) -> String {
        self.app.translations.text(locale, key)
    }
}

/// What every message the bot sends must be: HTML parse mode, within 4096 UTF-16 units,
/// button data within 64 bytes.
pub fn check_message(call: &Call) {
    assert!(
        matches!(call.method.as_str(), "sendMessage" | "editMessageText"),
        "{}",
        call.method
    );
    assert_eq!(call.body["parse_mode"], "HTML", "{:?}", call.body);
    let text = call.text();
    assert!(!text.is_empty());
    assert!(
        text.encode_utf16().count() <= 4096,
        "{} UTF-16 units",
        text.encode_utf16().count()
    );
    for (label, target) in call.buttons() {
        assert!(!label.is_empty());
        assert!(target.len() <= 64, "{target}");
    }
}

/// The messages among `calls`, each checked.
pub fn messages(calls: &[Call]) -> Vec<&Call> {
    let found: Vec<&Call> = calls
        .iter()
        .filter(|c| matches!(c.method.as_str(), "sendMessage" | "editMessageText"))
        .collect();
    for call in &found {
        check_message(call);
    }
    found
}

/// The one message among `calls`.
pub fn only_message(calls: &[Call]) -> &Call {
    let found = messages(calls);
    assert_eq!(found.len(), 1, "{calls:#?}");
    found[0]
}

/// The menu's labels in `locale` (the engine's menu, as the tests expect it).
pub fn menu_labels(bot: &TestBot, locale: Locale, alerts: bool) -> Vec<String> {
    let alerts_key = if alerts {
        "menu-alerts-off"
    } else {
        "menu-alerts-on"
    };
    [
        "menu-emergency",
        "menu-topics",
        "menu-near-me",
        "menu-consulate",
        "menu-interpreter",
        alerts_key,
        "menu-language",
        "menu-forget",
    ]
    .iter()
    .map(|key| bot.plain(locale, key))
    .collect()
}

/// A chat that has chosen `locale` (`code`: the `language_code` its app sends); returns the
/// message id of the menu it got.
pub async fn chosen(
    bot: &TestBot,
    fake: &FakeTelegram,
    chat: i64,
    locale: Locale,
    code: &str,
) -> i64 {
    let calls = bot
        .send(fake, updates::text(chat, Some(code), "/start"))
        .await;
    let picker = only_message(&calls).message_id();
    let calls = bot
        .send(
            fake,
            updates::callback(chat, Some(code), picker, &format!("l:{}", locale.tag())),
        )
        .await;
    only_message(&calls).message_id()
}
