//! Keeps the page cache honest about campaign banners across instances. Every instance
//! caches rendered pages (`cache.rs`), and a banner is part of the home page; a campaign
//! published or stopped on one instance must show or go on all of them within seconds, not
//! after the cache's minute.
//!
//! Each instance asks the database every `banner_check_seconds` (2 by default) for the
//! ids, statuses and last-change times of the campaigns inside their window that are
//! published or were stopped — one indexed query over a handful of rows — and
//! drops its whole page cache when that list differs from the last look. This is a
//! generation number the database derives by itself: a stop, a publication, a correction
//! replacing a campaign, and also a window starting or ending change it, with nothing to bump
//! and nothing that could be forgotten. Pages are then rendered afresh on the next request,
//! and browsers revalidate every page (`Cache-Control: no-cache` with an `ETag`, see
//! `cache.rs`), so a kiosk loads the new home page on its next navigation.

use std::sync::Arc;

use faro_core::App;
use tokio::sync::Mutex;

use super::cache::{PageCache, Watch};

/// The campaigns the banners depend on, as `CampaignRows::banner_marks` reads them.
type LiveMarks = Vec<faro_core::publishing::BannerMark>;

/// The last live list seen, shared by the periodic task and [`BannerWatch::check`].
#[derive(Clone)]
pub struct BannerWatch {
    app: App,
    last: Arc<Mutex<Option<LiveMarks>>>,
}

impl BannerWatch {
    pub fn new(app: App) -> Self {
        BannerWatch {
            app,
            last: Arc::new(Mutex::new(None)),
        }
    }

    /// Looks once; drops `cache`'s pages when the live campaigns changed since the last
    /// look. True when it dropped them. A database that cannot be read changes nothing (the
    /// cache's own minute still bounds what is shown).
    pub async fn check(&self, cache: &PageCache) -> bool {
        let now = faro_core::clock::now_unix();
        let marks = match self.app.store.campaigns().banner_marks(now).await {
            Ok(marks) => marks,
            Err(error) => {
                tracing::warn!(%error, "checking live campaigns failed");
                return false;
            }
        };
        let mut last = self.last.lock().await;
        if last.as_ref() == Some(&marks) {
            return false;
        }
        // Rare (a person published or stopped something, or a window opened or closed) and
        // what a kiosk's banner depends on: worth a line when a banner is slow to go.
        if last.is_some() {
            tracing::info!(
                live = marks
                    .iter()
                    .filter(|mark| mark.status == "published")
                    .count(),
                "campaigns changed; kept pages dropped"
            );
        }
        *last = Some(marks);
        cache.clear();
        true
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
