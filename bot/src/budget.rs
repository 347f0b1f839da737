//! Telegram's budget shared with the other instances on one PostgreSQL
//! (`faro_core::send_budget`, which states the rules and why they hold): every second this
//! instance renews its heartbeat, counts the live instances and sets its limiter's share of
//! the global rate; while others are live, each chat's turn goes through the database too. On
//! SQLite nothing of this runs and the limiter keeps the whole rate.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use faro_core::send_budget::chat_turns::Turn;
use faro_core::send_budget::split::{self, BEAT, JOIN_DELAY, STALE, WINDOW};
use faro_core::store::{Backend, Store};
use tokio::time::{Instant, sleep_until, timeout};
use tokio_util::sync::CancellationToken;

use crate::limiter::{ChatTurns, Limiter};

/// After a database error while asking for a chat's turn, the wait before asking again.
const TURN_RETRY: Duration = Duration::from_millis(200);
/// Chats' turns free for a minute are swept this often (in beats).
const SWEEP_EVERY: u32 = 30;

pub(crate) struct Budget {
    store: Store,
    id: Arc<str>,
    global: u32,
    limiter: Limiter,
}

impl Budget {
    /// The shared budget on PostgreSQL, `None` on SQLite. Until its first count of the other
    /// instances the limiter sends nothing: they may be using the whole rate.
    pub(crate) fn new(store: &Store, limiter: &Limiter, global: u32) -> Option<Budget> {
        if store.backend() != Backend::Postgres {
            return None;
        }
        let now = Instant::now();
        limiter.set_share(0, now, Some(now));
        Some(Budget {
            store: store.clone(),
            id: crate::broadcast::instance_id().into(),
            global,
            limiter: limiter.clone(),
        })
    }

    /// Beats until `stop`, then leaves: called once this instance sends nothing more.
    pub(crate) async fn run(self, stop: CancellationToken) {
        let turns: Arc<dyn ChatTurns> = Arc::new(DbTurns {
            store: self.store.clone(),
            holder: self.id.clone(),
        });
        // From when this instance may send: set by its first count.
        let mut from: Option<Instant> = None;
        let mut live_before = 0;
        let mut beats: u32 = 0;
        loop {
            let started = Instant::now();
            match timeout(BEAT, self.store.instances().beat(&self.id)).await {
                Ok(Ok(live)) => {
                    let from = *from.get_or_insert_with(|| {
                        if live > 1 {
                            // Others are sending: each must count this one, and what they
                            // sent at their larger share leave the window, first.
                            Instant::now() + JOIN_DELAY
                        } else {
                            // Alone: of two starting at once, at least one counts the other
                            // and waits (`Instances::beat`).
                            Instant::now()
                        }
                    });
                    let share = split::share(self.global, live);
                    self.limiter.set_share(share, from, Some(started + STALE));
                    self.limiter
                        .set_chat_turns((live > 1).then(|| turns.clone()));
                    if live != live_before {
                        tracing::info!(
                            instances = live,
                            share,
                            "Telegram's budget: {live} instance(s) share it; this one sends up to {share} messages a second"
                        );
                        live_before = live;
                    }
                }
                Ok(Err(error)) => {
                    tracing::warn!(%error, "Telegram's budget: the heartbeat failed; sending stops if it goes on failing");
                }
                Err(_) => {
                    tracing::warn!(
                        "Telegram's budget: the heartbeat took too long; sending stops if it goes on"
                    );
                }
            }
            beats = beats.wrapping_add(1);
            if beats.is_multiple_of(SWEEP_EVERY)
                && let Err(error) = self.store.chat_turns().sweep().await
            {
                tracing::warn!(%error, "Telegram's budget: old chat turns not swept");
            }
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = sleep_until(started + BEAT) => {}
            }
        }
        // Its last messages count for a second after their answers: the others take its
        // share over only then.
        let linger = i64::try_from(WINDOW.as_millis()).unwrap_or(1_000) + 500;
        if let Err(error) = self.store.instances().leave(&self.id, linger).await {
            tracing::warn!(%error, "Telegram's budget: could not sign off; the others take over its share when its heartbeat runs out");
        }
    }
}

/// Chats' turns in the database (`faro_core::send_budget::chat_turns`).
struct DbTurns {
    store: Store,
    holder: Arc<str>,
}

impl ChatTurns for DbTurns {
    fn take(&self, chat: i64) -> Pin<Box<dyn Future<Output = Option<Duration>> + Send + '_>> {
        Box::pin(async move {
            match self.store.chat_turns().take(chat, &self.holder).await {
                Ok(Turn::Taken) => None,
                Ok(Turn::Busy { wait_ms }) => {
                    Some(Duration::from_millis(u64::try_from(wait_ms).unwrap_or(0)))
                }
                Err(error) => {
                    tracing::warn!(%error, "Telegram's budget: a chat's turn could not be taken; trying again");
                    Some(TURN_RETRY)
                }
            }
        })
    }

    fn give_back(
        &self,
        chat: i64,
        interval: Duration,
    ) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        let store = self.store.clone();
        let holder = self.holder.clone();
        let interval_ms = i64::try_from(interval.as_millis()).unwrap_or(1_000);
        Box::pin(async move {
            // Left held on failure: the chat then waits out the hold (a minute at most).
            if let Err(error) = store
                .chat_turns()
                .give_back(chat, &holder, interval_ms)
                .await
            {
                tracing::warn!(%error, "Telegram's budget: a chat's turn could not be given back");
            }
        })
    }
}
