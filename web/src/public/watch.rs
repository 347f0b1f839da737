//! The watches that keep every instance's page cache honest (`banner_watch.rs`,
//! `directory_watch.rs`, the audio made in the background), looked at together on one beat:
//! every `banner_check_seconds`, and whenever the cache asks (`cache.rs`'s `Watch`).

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use faro_core::audio::AudioShelf;

use super::cache::{PageCache, Watch, WeakPageCache};

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

/// Looks with `watch` every `every` until the cache is gone (its site dropped). Not outside a
/// Tokio runtime (nothing is served there).
pub fn spawn(watch: Arc<dyn Watch>, every: Duration, cache: WeakPageCache) {
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
            watch.check(&pages).await;
        }
    });
}

/// The audio shelf's generation: a clip made in the background since the last look
/// (`faro_core::audio`) must bring its "Listen" control to the pages kept without it.
pub struct AudioWatch {
    shelf: AudioShelf,
    last: AtomicU64,
}

impl AudioWatch {
    pub fn new(shelf: AudioShelf) -> Self {
        let last = AtomicU64::new(shelf.generation());
        AudioWatch { shelf, last }
    }
}

impl Watch for AudioWatch {
    fn check<'a>(
        &'a self,
        cache: &'a PageCache,
    ) -> Pin<Box<dyn std::future::Future<Output = bool> + Send + 'a>> {
        Box::pin(async move {
            let now = self.shelf.generation();
            let changed = self.last.swap(now, Ordering::AcqRel) != now;
            if changed {
                cache.clear();
            }
            changed
        })
    }
}

#[cfg(test)]
mod tests {
    use faro_core::Locale;
    use faro_core::audio::{Clip, VoiceKind};

    use super::*;

    #[tokio::test]
    async fn a_clip_made_since_the_last_look_drops_the_pages_once() {
        let shelf = AudioShelf::default();
        let watch = AudioWatch::new(shelf.clone());
        let cache = PageCache::new();
        assert!(!watch.check(&cache).await, "nothing new");
        let before = cache.generation();
        shelf.insert(
            "asylum",
            Locale::Fa,
            Some("intro"),
            Clip {
                file: "asylum-fa.opus".into(),
                kind: VoiceKind::Synthetic,
                version: "0123456789abcdef".into(),
                bytes: 1,
            },
        );
        assert!(watch.check(&cache).await, "a new clip");
        assert_ne!(cache.generation(), before, "the pages were dropped");
        assert!(!watch.check(&cache).await, "and only once");
    }
}
