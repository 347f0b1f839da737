//! Faro's Telegram adapter: updates in, the engine (`faro_core::dialog`) decides, replies out
//! as Telegram messages. Long polling by default; webhook mode when
//! `FARO_TELEGRAM_WEBHOOK_URL` is set, served by the kiosk's web server through
//! [`TelegramBot::routes`]. Every message goes through one [`Limiter`], broadcasts too
//! ([`broadcast`]).

pub mod broadcast;
mod budget;
mod handler;
mod incoming;
pub mod limiter;
mod long_text;
mod menus;
mod polling;
mod queue;
mod refusal;
mod relay;
pub mod render;
mod send;
mod setup;
mod shared;
mod stats;
#[cfg(feature = "test-support")]
pub mod test_support;
mod webhook;

use std::sync::Arc;
use std::time::Duration;

use faro_core::App;
use faro_core::dialog::{Context, Dialog};
use faro_core::privacy::LogHasher;
use faro_core::store::StoreError;
use tokio_util::sync::CancellationToken;
use tokio_util::task::AbortOnDropHandle;

pub use limiter::{ChatTurns, Limiter, Limits, Priority, RetryAfter};
pub use stats::Stats;
pub use webhook::secret_for as webhook_secret;

use queue::ChatQueues;
use shared::Shared;

#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("Telegram: {0}")]
    Telegram(String),
    #[error("Telegram bot configuration: {0}")]
    Config(String),
    #[error("Telegram bot: {0}")]
    Store(#[from] StoreError),
}

/// How the bot runs, beyond the configuration file (tests and benchmarks change these).
#[derive(Clone, Debug)]
pub struct Options {
    /// How long one getUpdates call waits for updates (below teloxide's 17 s client timeout).
    pub poll_timeout: Duration,
    /// Updates handled at once, across chats.
    pub max_in_flight: usize,
    /// The broadcast sender's lease and pace.
    pub broadcast: broadcast::Options,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            poll_timeout: Duration::from_secs(10),
            max_in_flight: 256,
            broadcast: broadcast::Options::default(),
        }
    }
}

/// How long a stopping bot waits for the updates it has taken to be answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

enum Mode {
    Polling,
    Webhook { url: reqwest::Url, secret: String },
}

pub struct TelegramBot {
    shared: Arc<Shared>,
    queues: Arc<ChatQueues>,
    mode: Mode,
    options: Options,
    broadcast_wake: broadcast::Wake,
    /// Telegram's budget shared with other instances (PostgreSQL only).
    budget: Option<budget::Budget>,
}

impl TelegramBot {
    /// The bot of this instance, or `None` when no token is configured.
    pub async fn new(app: &App) -> Result<Option<TelegramBot>, BotError> {
        Self::with_options(app, Options::default()).await
    }

    pub async fn with_options(
        app: &App,
        options: Options,
    ) -> Result<Option<TelegramBot>, BotError> {
        let config = &app.config;
        let Some(token) = &config.telegram_token else {
            return Ok(None);
        };
        let api_url = reqwest::Url::parse(&config.telegram_api_url)
            .map_err(|error| BotError::Config(format!("telegram_api_url: {error}")))?;
        let bot = teloxide::Bot::new(token.expose()).set_api_url(api_url);
        let mode = match &config.telegram_webhook_url {
            None => Mode::Polling,
            Some(url) => {
                let url = reqwest::Url::parse(url)
                    .map_err(|error| BotError::Config(format!("telegram_webhook_url: {error}")))?;
                if url.path().len() < 2 {
                    return Err(BotError::Config(
                        "telegram_webhook_url needs a path of its own, such as https://faro.example/telegram/webhook".into(),
                    ));
                }
                Mode::Webhook {
                    url,
                    secret: webhook::secret_for(token.expose()),
                }
            }
        };
        let shared = Arc::new(Shared {
            bot,
            dialog: Dialog::new(
                Arc::new(Context::from_app(app, render::TELEGRAM)),
                app.store.clone(),
            )
            .with_routing(app.routing.clone())
            .with_metrics(app.metrics.clone()),
            limiter: Limiter::new(Limits::from_config(config)),
            hasher: LogHasher::load_or_create(&app.store).await?,
            stats: Stats::new(app.metrics.clone()),
            relay: relay::queues::RelayQueues::default(),
            carriers: app.carriers.clone(),
        });
        // Before any update can be queued: on PostgreSQL nothing is sent until the other
        // instances have been counted.
        let budget = budget::Budget::new(&app.store, &shared.limiter, config.send_rate_global);
        let queues = ChatQueues::new(shared.clone(), options.max_in_flight);
        Ok(Some(TelegramBot {
            shared,
            queues,
            mode,
            options,
            broadcast_wake: app.outbox.clone(),
            budget,
        }))
    }

    /// The webhook route to merge into the kiosk server (nothing in polling mode). Updates
    /// that arrive before [`run`](Self::run) has set things up are queued all the same.
    pub fn routes(&self) -> axum::Router {
        match &self.mode {
            Mode::Polling => axum::Router::new(),
            Mode::Webhook { url, secret } => {
                webhook::router(url.path(), secret.clone(), self.queues.clone())
            }
        }
    }

    /// This bot as the carrier to Telegram chats, for the binary to register in
    /// `App::carriers` so that the other channels' conversations, and the interpreter router
    /// (`faro_core::intake::router`), reach Telegram.
    pub fn carrier(&self) -> Arc<dyn faro_core::relay::Carrier> {
        Arc::new(relay::carrier::TelegramCarrier::new(&self.shared))
    }

    /// The engine this bot answers with, for the binary's interpreter router to shape its
    /// notices with (`faro_core::intake::router::Router::with_dialog`).
    pub fn dialog(&self) -> faro_core::dialog::Dialog {
        self.shared.dialog.clone()
    }

    /// The limiter every message goes through; broadcasts use the same one.
    pub fn limiter(&self) -> Limiter {
        self.shared.limiter.clone()
    }

    /// Rung when a campaign is published, so the broadcast sender starts at once.
    pub fn broadcast_wake(&self) -> broadcast::Wake {
        self.broadcast_wake.clone()
    }

    pub fn stats(&self) -> StatsHandle {
        StatsHandle(self.shared.clone())
    }

    /// Runs until `shutdown`, then lets the updates in hand finish.
    pub async fn run(mut self, shutdown: CancellationToken) -> Result<(), BotError> {
        // Stopped last, once nothing more is sent; aborted with this future, as a dead
        // process's would be (its share then goes to the others when its heartbeat runs out).
        let budget_stop = CancellationToken::new();
        let budget = self
            .budget
            .take()
            .map(|budget| AbortOnDropHandle::new(tokio::spawn(budget.run(budget_stop.clone()))));
        let shared = &self.shared;
        let Some(me) = setup::who_am_i(shared, &shutdown).await else {
            return Ok(());
        };
        let username = me.user.username.as_deref().unwrap_or("?");
        setup::register_commands(shared).await;
        menus::register_interpreters_commands(shared).await;
        // Aborted with this future, as a dead process would be: the lease is then not
        // released and another instance takes over once it runs out.
        let sender_shutdown = shutdown.child_token();
        let sender = AbortOnDropHandle::new(tokio::spawn(broadcast::run(
            shared.clone(),
            self.options.broadcast.clone(),
            self.broadcast_wake.clone(),
            sender_shutdown.clone(),
        )));
        match &self.mode {
            Mode::Polling => {
                setup::delete_webhook(shared).await;
                tracing::info!(bot = %username, "Telegram bot polling for updates");
                polling::poll(shared, &self.queues, self.options.poll_timeout, &shutdown).await;
            }
            Mode::Webhook { url, secret } => {
                if setup::set_webhook(shared, url, secret, &shutdown).await {
                    tracing::info!(bot = %username, path = url.path(), "Telegram bot receiving updates by webhook");
                }
                shutdown.cancelled().await;
            }
        }
        // Stops taking messages, lets those in hand finish and releases the lease.
        sender_shutdown.cancel();
        if let Err(error) = sender.await {
            tracing::error!(%error, "broadcast sender task failed");
        }
        // Updates in hand are finished, unless Telegram keeps them waiting (a long 429).
        if tokio::time::timeout(DRAIN_TIMEOUT, self.queues.drain())
            .await
            .is_err()
        {
            tracing::warn!("Telegram bot stopped with updates still waiting to be answered");
        }
        // Messages of conversations still queued go out, within the same bound.
        if tokio::time::timeout(DRAIN_TIMEOUT, self.shared.relay.drain())
            .await
            .is_err()
        {
            tracing::warn!("Telegram bot stopped with relayed messages still waiting");
        }
        budget_stop.cancel();
        if let Some(budget) = budget
            && let Err(error) = budget.await
        {
            tracing::error!(%error, "Telegram budget task failed");
        }
        tracing::info!("Telegram bot stopped");
        Ok(())
    }
}

/// Read access to the running bot's counters.
#[derive(Clone)]
pub struct StatsHandle(Arc<Shared>);

impl std::ops::Deref for StatsHandle {
    type Target = Stats;
    fn deref(&self) -> &Stats {
        &self.0.stats
    }
}

/// Logs that the bot is off and how to turn it on, then waits for shutdown.
pub async fn stay_off(shutdown: CancellationToken) {
    tracing::info!(
        "Telegram bot is off: set FARO_TELEGRAM_TOKEN (or telegram_token in faro.toml) to turn it on"
    );
    shutdown.cancelled().await;
}
