//! The broadcast sender: works through the publishing outbox (`faro_core::publishing`), one
//! message per campaign and chat, each in the chat's locale and through the bot's one
//! [`Limiter`](crate::Limiter).
//!
//! Of several instances on one database only the holder of the sender's lease sends
//! ([`lease`]), so the configured rates hold across all of them. A message is marked sent the
//! moment Telegram accepts it; a chat that blocked the bot is unsubscribed; other failures are
//! tried again later or given up, as core's outbox decides.
//!
//! Exactly once, and its limit: the Bot API takes no idempotency key, so nothing can make a
//! send and its record one atomic step. A message is sent again after a restart only if the
//! process died after Telegram took it and before the row was marked sent — a window of one
//! HTTP response and one `UPDATE`. At most [`Options::in_flight`] messages are ever in that
//! window at once, which bounds the duplicates a `kill -9` can cause; the end-to-end test
//! measures them (`tests/e2e/broadcast.rs`).

mod deliver;
mod lease;
mod texts;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use faro_core::publishing::OutboxItem;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep_until};
use tokio_util::sync::CancellationToken;

use crate::shared::Shared;

use deliver::Gate;
use lease::Lease;
use texts::Texts;

pub(crate) use lease::holder_id as instance_id;

/// How the sender paces its work (tests shorten these).
#[derive(Clone, Debug)]
pub struct Options {
    /// How long the lease lasts without renewal: another instance takes over this long after
    /// the holder died. Renewed every third of it.
    pub lease_ttl: Duration,
    /// How often the outbox is looked at without a wake-up (a campaign published by another
    /// instance, a retry falling due).
    pub poll_every: Duration,
    /// Messages handed to the limiter at once. Enough to keep the global rate busy while
    /// some wait for Telegram's answer; each is also one message a `kill -9` may duplicate.
    pub in_flight: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lease_ttl: Duration::from_secs(15),
            poll_every: Duration::from_secs(1),
            in_flight: 16,
        }
    }
}

/// Rung when a campaign is published (the instance's `App::outbox`, which the publishing
/// pages and API ring), so the sender starts at once instead of at its next look.
pub type Wake = faro_core::signal::Signal;

/// How long a stopping sender waits for the messages in hand (waiting for a slot, or for
/// Telegram's answer) before it drops them; dropped ones stay queued.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// After a database error, the pause before the outbox is looked at again.
const ERROR_PAUSE: Duration = Duration::from_secs(2);

/// Runs until `shutdown`, sending while this instance holds the lease, and gives the lease
/// up on the way out.
pub(crate) async fn run(
    shared: Arc<Shared>,
    options: Options,
    wake: Wake,
    shutdown: CancellationToken,
) {
    let store = shared.dialog.store().clone();
    let mut lease = Lease::new(store.clone(), options.lease_ttl);
    let stop = CancellationToken::new();
    let mut sender = Sender {
        texts: Texts::new(shared.dialog.context().translations.clone()),
        gate: Gate::new(lease.validity(), stop.clone()),
        shared,
        store,
        in_flight: options.in_flight.max(1),
        poll_every: options.poll_every,
        tasks: JoinSet::new(),
        rows: HashMap::new(),
        queue: VecDeque::new(),
        look_at: Instant::now(),
        busy: false,
    };
    loop {
        if lease.renewal_due() {
            lease.renew().await;
        }
        if lease.held() {
            sender.fill().await;
        } else {
            // What was fetched under the lease is the new holder's to send now.
            sender.queue.clear();
        }
        let until = if lease.held() {
            lease.next_renewal().min(sender.next_look())
        } else {
            lease.next_renewal()
        };
        tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            Some(done) = sender.tasks.join_next_with_id(), if !sender.tasks.is_empty() => {
                sender.finished(done);
            }
            _ = wake.woken() => sender.look_now(),
            _ = sleep_until(until) => {}
        }
    }
    stop.cancel();
    sender.drain().await;
    lease.release().await;
}

struct Sender {
    shared: Arc<Shared>,
    store: faro_core::store::Store,
    texts: Texts,
    gate: Gate,
    in_flight: usize,
    poll_every: Duration,
    tasks: JoinSet<()>,
    /// The outbox row each running task is sending: never fetched twice while in hand.
    rows: HashMap<tokio::task::Id, i64>,
    /// Fetched and not yet handed to a task. Kept short (one fetch) so that a row changed
    /// meanwhile — the person erased their data, say — is seen soon.
    queue: VecDeque<OutboxItem>,
    /// When to look at the outbox next.
    look_at: Instant,
    /// Whether the last look found work (for the log: start and end of a broadcast).
    busy: bool,
}

impl Sender {
    fn next_look(&self) -> Instant {
        if self.queue.is_empty() && self.tasks.len() < self.in_flight {
            self.look_at
        } else {
            // Rows wait for a free task, and a finished task wakes the loop.
            Instant::now() + self.poll_every
        }
    }

    fn look_now(&mut self) {
        self.look_at = Instant::now();
    }

    /// Hands queued rows to tasks, fetching more when the queue is empty and it is time.
    async fn fill(&mut self) {
        loop {
            while self.tasks.len() < self.in_flight {
                let Some(item) = self.queue.pop_front() else {
                    break;
                };
                self.start(item).await;
            }
            if self.tasks.len() >= self.in_flight
                || !self.queue.is_empty()
                || Instant::now() < self.look_at
            {
                return;
            }
            if !self.fetch().await {
                return;
            }
        }
    }

    /// Takes the next due rows; true when it found any.
    async fn fetch(&mut self) -> bool {
        let in_hand: HashSet<i64> = self.rows.values().copied().collect();
        // Rows in hand are still queued and come first: ask for enough to get past them.
        let limit = (self.in_flight + in_hand.len()) as i64;
        let now = faro_core::clock::now_unix();
        let due = match self.store.outbox().due(now, limit).await {
            Ok(due) => due,
            Err(error) => {
                tracing::warn!(%error, "broadcast: reading the outbox failed; trying again shortly");
                self.look_at = Instant::now() + ERROR_PAUSE;
                return false;
            }
        };
        let more = due.len() as i64 == limit;
        self.queue
            .extend(due.into_iter().filter(|item| !in_hand.contains(&item.id)));
        if more {
            self.look_at = Instant::now();
        } else {
            self.look_at = self.after_last_due(now).await;
        }
        let found = !self.queue.is_empty();
        if found && !self.busy {
            tracing::info!("broadcast: sending queued messages");
        } else if !found && self.busy && self.tasks.is_empty() {
            tracing::info!("broadcast: nothing more due");
        }
        self.busy = found || !self.tasks.is_empty();
        found
    }

    /// When to look again once everything due is in hand: at the next retry that falls due,
    /// or after `poll_every`, whichever is sooner.
    async fn after_last_due(&self, now: i64) -> Instant {
        let poll = Instant::now() + self.poll_every;
        match self.store.outbox().next_due().await {
            Ok(Some(due)) if due > now => {
                let wait = Duration::from_secs(u64::try_from(due - now).unwrap_or(0));
                poll.min(Instant::now() + wait)
            }
            Ok(_) => poll,
            Err(error) => {
                tracing::warn!(%error, "broadcast: reading the outbox failed; trying again shortly");
                Instant::now() + ERROR_PAUSE
            }
        }
    }

    async fn start(&mut self, item: OutboxItem) {
        let text = match self.texts.message(&self.store, &item).await {
            Ok(text) => text,
            Err(failure) => {
                deliver::record_failure(&self.shared, &item, &failure).await;
                return;
            }
        };
        let id = item.id;
        let handle = self.tasks.spawn(deliver::deliver(
            self.shared.clone(),
            self.gate.clone(),
            item,
            text,
        ));
        self.rows.insert(handle.id(), id);
    }

    fn finished(&mut self, done: Result<(tokio::task::Id, ()), tokio::task::JoinError>) {
        let id = match done {
            Ok((id, ())) => id,
            Err(error) => {
                // The row is still queued (or already marked): it is simply looked at again.
                tracing::error!(%error, "broadcast: a send task failed");
                error.id()
            }
        };
        self.rows.remove(&id);
    }

    /// Lets the messages in hand finish: those still waiting for a slot see the stop and
    /// leave their rows queued; those Telegram is answering are recorded.
    async fn drain(&mut self) {
        let drained = tokio::time::timeout(DRAIN_TIMEOUT, async {
            while let Some(done) = self.tasks.join_next_with_id().await {
                self.finished(done);
            }
        })
        .await;
        if drained.is_err() {
            tracing::warn!(
                left = self.tasks.len(),
                "broadcast: stopped with messages still waiting; they stay queued"
            );
            self.tasks.abort_all();
        }
    }
}

#[cfg(test)]
mod tests;
