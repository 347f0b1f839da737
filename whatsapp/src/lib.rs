//! Faro's WhatsApp adapter (Meta's Cloud API), over the same engine as the Telegram bot:
//! messages in by webhook (`/webhooks/whatsapp`, served by the web server through
//! [`WhatsApp::routes`]), the engine (`faro_core::dialog`) decides, replies out through the
//! Graph API in WhatsApp's own form ([`render`]). People are known by a sealed number and a
//! keyed hash (`faro_core::phone_contacts`); no number is ever logged.

pub mod broadcast;
mod graph;
mod handler;
mod incoming;
mod keywords;
pub mod media;
pub mod opt_in;
mod pace;
mod payload;
mod queue;
mod relay;
pub mod render;
mod send;
mod shared;
pub mod signature;
mod stats;
#[cfg(feature = "test-support")]
pub mod test_support;
mod webhook;

use std::sync::Arc;
use std::time::Duration;

use faro_core::App;
use faro_core::dialog::{Context, Dialog};
use faro_core::phone_contacts::NumberKey;
use faro_core::privacy::LogHasher;
use faro_core::store::StoreError;
use tokio_util::sync::CancellationToken;

pub use graph::{OUTSIDE_WINDOW, SLOW_DOWN, SendError};
pub use stats::Stats;
pub use webhook::PATH;

use queue::Queues;
use shared::Shared;

#[derive(Debug, thiserror::Error)]
pub enum WhatsAppError {
    #[error("WhatsApp configuration: {0}")]
    Config(&'static str),
    #[error("WhatsApp: {0}")]
    Store(#[from] StoreError),
}

/// Messages queued or in hand at once, across people; a webhook call waits only beyond this.
/// Meta wants its calls answered at once, and a person's reply waits mostly on the pace (80 a
/// second), so the bound is a minute of replies at that pace rather than the Telegram bot's
/// 256: a burst of a few hundred people is queued and answered 200 at once (BENCHMARKS.md).
const MAX_IN_FLIGHT: usize = 4096;
/// How often handled message ids older than a week are forgotten.
const FORGET_SIGHTINGS_EVERY: Duration = Duration::from_secs(3600);
/// How long a stopping channel waits for the messages in hand to be answered.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

pub struct WhatsApp {
    shared: Arc<Shared>,
    broadcast: broadcast::Options,
    queues: Arc<Queues>,
    app_secret: String,
    verify_token: String,
}

impl WhatsApp {
    /// The channel of this instance, or `None` when no WhatsApp token is configured.
    /// Configuration has already required the rest (`Config::validate`).
    pub async fn new(app: &App) -> Result<Option<WhatsApp>, WhatsAppError> {
        let config = &app.config;
        let Some(token) = &config.whatsapp_token else {
            return Ok(None);
        };
        let phone_number_id = config
            .whatsapp_phone_number_id
            .clone()
            .ok_or(WhatsAppError::Config("whatsapp_phone_number_id is missing"))?;
        let app_secret = config
            .whatsapp_app_secret
            .as_ref()
            .ok_or(WhatsAppError::Config("whatsapp_app_secret is missing"))?;
        let verify_token = config
            .whatsapp_verify_token
            .as_ref()
            .ok_or(WhatsAppError::Config("whatsapp_verify_token is missing"))?;
        let key = config
            .whatsapp_number_key
            .as_ref()
            .and_then(|key| NumberKey::parse(key.expose()))
            .ok_or(WhatsAppError::Config(
                "whatsapp_number_key must be 64 hex digits",
            ))?;
        // "Listen" sends the topic's clip as a voice note (`media.rs`), as on Telegram.
        let context = Context::from_app(app, render::WHATSAPP);
        let shared = Arc::new(Shared {
            dialog: Dialog::new(Arc::new(context), app.store.clone())
                .with_routing(app.routing.clone())
                .with_metrics(app.metrics.clone()),
            translations: app.translations.clone(),
            graph: graph::Graph::new(&config.whatsapp_api_url, &phone_number_id, token.clone()),
            media: media::Media::new(
                &config.whatsapp_api_url,
                &phone_number_id,
                token.clone(),
                app.clock.clone(),
            ),
            pace: pace::Pace::new(config.whatsapp_send_rate),
            key,
            keywords: keywords::Keywords::load(&app.translations),
            phone_number_id,
            hasher: LogHasher::load_or_create(&app.store).await?,
            metrics: app.metrics.clone(),
            stats: Stats::default(),
            clock: app.clock.clone(),
            templates: config.whatsapp_templates.clone(),
            daily_limit: config.whatsapp_daily_limit,
            notice_template: config.whatsapp_notice_template.clone(),
            relay: relay::queues::RelayQueues::default(),
            carriers: app.carriers.clone(),
        });
        let queues = Queues::new(shared.clone(), MAX_IN_FLIGHT);
        Ok(Some(WhatsApp {
            shared,
            broadcast: broadcast::Options::default(),
            queues,
            app_secret: app_secret.expose().to_owned(),
            verify_token: verify_token.expose().to_owned(),
        }))
    }

    /// The broadcast sender's pace of work (tests shorten it).
    pub fn with_broadcast(mut self, options: broadcast::Options) -> Self {
        self.broadcast = options;
        self
    }

    /// This channel as the carrier to WhatsApp chats, for the binary to register in
    /// `App::carriers` so that the other channels' conversations and notices reach WhatsApp.
    pub fn carrier(&self) -> Arc<dyn faro_core::relay::Carrier> {
        Arc::new(relay::carrier::WhatsAppCarrier::new(&self.shared))
    }

    /// The engine this channel answers with, for the binary's interpreter router when no
    /// Telegram bot runs (`faro_core::intake::router::Router::with_dialog`).
    pub fn dialog(&self) -> faro_core::dialog::Dialog {
        self.shared.dialog.clone()
    }

    /// `/webhooks/whatsapp`, to merge into the web server.
    pub fn routes(&self) -> axum::Router {
        webhook::router(&self.app_secret, &self.verify_token, self.queues.clone())
    }

    pub fn stats(&self) -> StatsHandle {
        StatsHandle(self.shared.clone())
    }

    /// Runs until `shutdown`, forgetting old message ids now and then, then lets the
    /// messages in hand finish.
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!(path = PATH, "WhatsApp receiving messages by webhook");
        let sender = tokio::spawn(broadcast::run(
            self.shared.clone(),
            self.broadcast.clone(),
            shutdown.clone(),
        ));
        let mut ticks = tokio::time::interval(FORGET_SIGHTINGS_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = ticks.tick() => {
                    let contacts = self
                        .shared
                        .dialog
                        .store()
                        .phone_contacts(&self.shared.key, shared::CHANNEL);
                    if let Err(error) = contacts.forget_old_sightings(faro_core::clock::now_unix()).await {
                        tracing::warn!(%error, "forgetting old WhatsApp message ids failed; will try again");
                    }
                }
            }
        }
        if let Err(error) = sender.await {
            tracing::error!(%error, "the WhatsApp broadcast sender failed");
        }
        if tokio::time::timeout(DRAIN_TIMEOUT, self.queues.drain())
            .await
            .is_err()
        {
            tracing::warn!("WhatsApp stopped with messages still waiting to be answered");
        }
        // Messages of conversations still queued go out, within the same bound.
        if tokio::time::timeout(DRAIN_TIMEOUT, self.shared.relay.drain())
            .await
            .is_err()
        {
            tracing::warn!("WhatsApp stopped with relayed messages still waiting");
        }
        tracing::info!("WhatsApp stopped");
    }
}

/// Read access to the running channel's counters.
#[derive(Clone)]
pub struct StatsHandle(Arc<Shared>);

impl std::ops::Deref for StatsHandle {
    type Target = Stats;
    fn deref(&self) -> &Stats {
        &self.0.stats
    }
}
