//! Keeps every instance's readers on the database's directory: every `banner_check_seconds`
//! (the same beat as the banners', `banner_watch.rs`) each instance reads the directory's
//! revision — one row — and, when it moved, reloads its snapshot (which the bot reads too, in
//! the same process) and drops its page cache. An edit made here refreshes at once
//! (`operators/directory/`); one made through another instance shows within seconds.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use faro_core::App;

use super::cache::{PageCache, Watch, WeakPageCache};

#[derive(Clone)]
pub struct DirectoryWatch {
    app: App,
}

impl DirectoryWatch {
    pub fn new(app: App) -> Self {
        DirectoryWatch { app }
    }

    /// Looks once; true when the directory changed (and `cache`'s pages were dropped). A
    /// database that cannot be read changes nothing: readers keep the last snapshot.
    pub async fn check(&self, cache: &PageCache) -> bool {
        match faro_core::directory::refresh(&self.app.content, &self.app.store).await {
            Ok(true) => {
                cache.clear();
                true
            }
            Ok(false) => false,
            Err(error) => {
                tracing::warn!(%error, "checking the directory failed");
                false
            }
        }
    }

    /// Looks every `banner_check_seconds` until the cache is gone (its site dropped).
    pub fn spawn(self, cache: WeakPageCache) {
        let every = Duration::from_secs(u64::from(self.app.config.banner_check_seconds.max(1)));
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
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

impl Watch for DirectoryWatch {
    fn check<'a>(
        &'a self,
        cache: &'a PageCache,
    ) -> Pin<Box<dyn std::future::Future<Output = bool> + Send + 'a>> {
        Box::pin(DirectoryWatch::check(self, cache))
    }
}

/// Several watches as the one a [`super::cache::Cached`] holds: each looks in turn.
pub struct Watches(pub Vec<Arc<dyn Watch>>);

impl Watch for Watches {
    fn check<'a>(
        &'a self,
        cache: &'a PageCache,
    ) -> Pin<Box<dyn std::future::Future<Output = bool> + Send + 'a>> {
        Box::pin(async move {
            let mut dropped = false;
            for watch in &self.0 {
                dropped |= watch.check(cache).await;
            }
            dropped
        })
    }
}
