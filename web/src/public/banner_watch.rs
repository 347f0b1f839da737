//! Keeps the page cache honest about campaign banners across instances. Every instance
//! caches rendered pages (`cache.rs`), and a banner is part of the home page; a campaign
//! published or stopped on one instance must show or go on all of them within seconds, not
//! after the cache's minute.
//!
//! Each instance asks the database every `banner_check_seconds` (2 by default) for the
//! live campaigns' ids and last-change times — one indexed query over a handful of rows — and
//! drops its whole page cache when that list differs from the last look. This is a
//! generation number the database derives by itself: a stop, a publication, a correction
//! replacing a campaign, and also a window starting or ending change it, with nothing to bump
//! and nothing that could be forgotten. Pages are then rendered afresh on the next request,
//! and browsers revalidate every page (`Cache-Control: no-cache` with an `ETag`, see
//! `cache.rs`), so a kiosk loads the new home page on its next navigation.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use faro_core::App;
use tokio::sync::Mutex;

use super::cache::{PageCache, Watch, WeakPageCache};

/// Each live campaign's id and last change, as `CampaignRows::live_marks` reads them.
type LiveMarks = Vec<(i64, i64)>;

/// The last live list seen, shared by the periodic task and [`BannerWatch::check`].
#[derive(Clone)]
pub struct BannerWatch {
    app: App,
    last: Arc<Mutex<Option<LiveMarks>>>,
    /// The audio shelf's generation at the last look: a clip made in the background since
    /// (`faro_core::audio`) must bring its "Listen" control to the pages kept without it.
    audio: Arc<AtomicU64>,
}

impl BannerWatch {
    pub fn new(app: App) -> Self {
        let app_audio = app.audio.generation();
        BannerWatch {
            app,
            last: Arc::new(Mutex::new(None)),
            audio: Arc::new(AtomicU64::new(app_audio)),
        }
    }

    /// Looks once; drops `cache`'s pages when the live campaigns (or the audio ready to
    /// hear) changed since the last look. True when it dropped them. A database that cannot be read changes nothing (the
    /// cache's own minute still bounds what is shown).
    pub async fn check(&self, cache: &PageCache) -> bool {
        let audio = self.app.audio.generation();
        let audio_changed = self.audio.swap(audio, Ordering::AcqRel) != audio;
        if audio_changed {
            cache.clear();
        }
        let now = faro_core::clock::now_unix();
        let marks = match self.app.store.campaigns().live_marks(now).await {
            Ok(marks) => marks,
            Err(error) => {
                tracing::warn!(%error, "checking live campaigns failed");
                return audio_changed;
            }
        };
        let mut last = self.last.lock().await;
        if last.as_ref() == Some(&marks) {
            return audio_changed;
        }
        *last = Some(marks);
        cache.clear();
        true
    }

    /// Looks every `banner_check_seconds` until the cache is gone (its site dropped). Not
    /// outside a Tokio runtime (nothing is served there).
    pub fn spawn(self, cache: WeakPageCache) {
        let every = Duration::from_secs(u64::from(self.app.config.banner_check_seconds.max(1)));
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
            // The first look one period from now: the cache starts empty anyway.
            let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                let Some(pages) = cache.upgrade() else {
                    return;
                };
                self.check(&pages).await;
            }
        });
    }
}

impl Watch for BannerWatch {
    fn check<'a>(
        &'a self,
        cache: &'a PageCache,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + 'a>> {
        Box::pin(BannerWatch::check(self, cache))
    }
}
