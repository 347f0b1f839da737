//! What every channel shares: configuration, content, UI strings and the database.

use std::sync::Arc;

use crate::config::Config;
use crate::content::{ContentError, ContentPack};
use crate::dialog::routing::{Vocabulary, VocabularyError};
use crate::i18n::{LoadError, Translations};
use crate::intake::RoutingSignal;
use crate::store::{Store, StoreError};

/// Cheap to clone; every channel holds one.
#[derive(Clone)]
pub struct App {
    pub config: Arc<Config>,
    pub content: Arc<ContentPack>,
    pub translations: Arc<Translations>,
    /// The words that route a typed message, beside the translations.
    pub vocabulary: Arc<Vocabulary>,
    pub store: Store,
    /// Rung when a request for an interpreter is created, so the bot tells interpreters.
    pub routing: RoutingSignal,
    /// Rung when a campaign is published, so the bot's broadcast sender starts at once.
    pub outbox: crate::signal::Signal,
    /// Where passwords are hashed and checked: off the async workers, a bounded number at once.
    pub passwords: crate::accounts::PasswordWork,
    /// The translation reviews readers' pages honour (a snapshot of the current marks).
    pub reviews: crate::publishing::ReviewBoard,
    /// What this instance counts for `/metrics`: each adapter counts its own events here.
    pub metrics: crate::metrics::Metrics,
    /// The pages' audio ready to be heard: recordings from start, synthetic speech as the
    /// background build (`audio::spawn_build`, started by `faro serve`) makes it.
    pub audio: crate::audio::AudioShelf,
    /// The clock the interpreters' escalation runs on: the system's, or a test's.
    pub clock: crate::clock::Clock,
    /// The channels' carriers for the relay across channels, registered by the binary once
    /// each adapter is built (`relay::Carriers`).
    pub carriers: crate::relay::Carriers,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error("translations: {0}")]
    Translations(#[from] LoadError),
    #[error("routing vocabulary: {0}")]
    Vocabulary(#[from] VocabularyError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("campaigns from the content pack: {0}")]
    Campaigns(#[from] crate::publishing::PublishError),
}

impl App {
    /// Loads content and translations (refusing any with errors), then opens and migrates
    /// the database.
    pub async fn start(config: Config) -> Result<App, StartError> {
        let (content, warnings) = ContentPack::load(&config.content_dir)?;
        for warning in &warnings {
            tracing::warn!(%warning, "content");
        }
        tracing::info!(
            topics = content.topics().len(),
            directory_entries = content.directory().entries().len(),
            "content loaded from {}",
            config.content_dir.display()
        );
        let translations = Translations::load(&config.translations_dir)?;
        let vocabulary = Vocabulary::load(&config.translations_dir)?;
        let store = Store::connect(&config.database_url).await?;
        // Migration 0010's second half: hashing the names it found in clear needs the
        // instance key, which only Rust can reach.
        crate::accounts::sign_in::hash_clear_failures(&store).await?;
        // A backup put back by pg_restore or by hand: erase again whoever asked since.
        if let Some(replayed) = crate::backup::replay_after_restore(&store).await? {
            tracing::info!(
                chats = replayed.chats,
                kiosk_subjects = replayed.kiosk_subjects,
                "restored backup: erasures made since it was taken replayed"
            );
        }
        tracing::info!(backend = ?store.backend(), "database ready");
        let imported = crate::publishing::seed::import(
            &store,
            content.campaigns(),
            time::OffsetDateTime::now_utc().unix_timestamp(),
        )
        .await?;
        if imported > 0 {
            tracing::info!(imported, "campaigns from the content pack added as drafts");
        }
        // The pack's directory seeds a new database; afterwards the database is the truth and
        // readers see its entries.
        let seeded = crate::directory::seed(
            &store,
            content.pack_directory(),
            time::OffsetDateTime::now_utc().unix_timestamp(),
        )
        .await?;
        if seeded > 0 {
            tracing::info!(seeded, "directory seeded from the content pack");
        }
        // A pack whose directory changed since the database took it in: its changes come in
        // under the import's conflict rule, and entries it dropped are retired (once, across
        // restarts and instances).
        if let Some(report) = crate::directory::pack_sync::upgrade_at_start(
            &store,
            content.pack_directory(),
            time::OffsetDateTime::now_utc().unix_timestamp(),
        )
        .await?
        {
            tracing::info!(
                added = report.added.len(),
                updated = report.updated.len(),
                conflicts = report.conflicts.len(),
                retired = report.retired.len(),
                "directory: the content pack's changes taken in"
            );
        }
        crate::directory::refresh(&content, &store).await?;
        let passwords = crate::accounts::PasswordWork::new(config.sign_in_concurrency);
        let reviews = crate::publishing::ReviewBoard::new(crate::publishing::EnglishSources::load(
            &content,
            &config.translations_dir,
        ));
        reviews.refresh(&store).await?;
        let audio = crate::audio::AudioShelf::default();
        let recordings = crate::audio::load_recordings(&content, &audio);
        if recordings > 0 {
            tracing::info!(recordings, "recorded audio found in the content pack");
        }
        Ok(App {
            audio,
            reviews,
            passwords,
            config: Arc::new(config),
            content: Arc::new(content),
            translations: Arc::new(translations),
            vocabulary: Arc::new(vocabulary),
            store,
            routing: RoutingSignal::default(),
            outbox: crate::signal::Signal::default(),
            metrics: crate::metrics::Metrics::new(),
            clock: crate::clock::Clock::system(),
            carriers: crate::relay::Carriers::default(),
        })
    }
}
