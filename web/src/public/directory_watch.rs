//! Keeps every instance's readers on the database's directory: every `banner_check_seconds`
//! (the same beat as the banners', `watch.rs`) each instance reads the directory's
//! revision — one row — and, when it moved, reloads its snapshot (which the bot reads too, in
//! the same process) and drops its page cache. An edit made here refreshes at once
//! (`operators/directory/`); one made through another instance shows within seconds.

use std::pin::Pin;

use faro_core::App;

use super::cache::{PageCache, Watch};

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
}

impl Watch for DirectoryWatch {
    fn check<'a>(
        &'a self,
        cache: &'a PageCache,
    ) -> Pin<Box<dyn std::future::Future<Output = bool> + Send + 'a>> {
        Box::pin(DirectoryWatch::check(self, cache))
    }
}
