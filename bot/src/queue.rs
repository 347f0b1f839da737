//! Updates of one chat are handled one at a time and in order (the conversation state depends
//! on it); different chats in parallel, up to a bound that holds back the source (polling
//! waits, a webhook request waits) instead of piling up work. Each update is classified once,
//! here, and queued as what it means to the bot.

use std::sync::Arc;
use std::time::Duration;

use faro_core::chat_lanes::Lanes;

use tokio::time::Instant;

use teloxide::types::Update;
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tokio_util::task::TaskTracker;

use crate::handler::handle;
use crate::incoming::{Incoming, classify};
use crate::long_text::{self, NEXT_PART_WITHIN};
use crate::shared::Shared;

type Queued = (Incoming, OwnedSemaphorePermit);

pub(crate) struct ChatQueues {
    shared: Arc<Shared>,
    waiting: Lanes<i64, Queued>,
    /// Told of every update queued, so that a worker waiting for a long text's next part
    /// takes it as soon as it comes.
    queued: Notify,
    capacity: Arc<Semaphore>,
    tasks: TaskTracker,
}

impl ChatQueues {
    pub fn new(shared: Arc<Shared>, max_in_flight: usize) -> Arc<Self> {
        Arc::new(ChatQueues {
            shared,
            waiting: Lanes::new(),
            queued: Notify::new(),
            capacity: Arc::new(Semaphore::new(max_in_flight.max(1))),
            tasks: TaskTracker::new(),
        })
    }

    /// Queues an update; waits only when `max_in_flight` updates are already being handled.
    pub async fn push(self: &Arc<Self>, update: Update) {
        self.shared.stats.count_received();
        let Ok(permit) = self.capacity.clone().acquire_owned().await else {
            return;
        };
        let incoming = classify(&update);
        let Some(chat) = incoming.chat() else {
            let queues = self.clone();
            self.tasks.spawn(async move {
                queues.run_one(incoming).await;
                drop(permit);
            });
            return;
        };
        if self.waiting.push(chat, (incoming, permit)) {
            let queues = self.clone();
            self.tasks.spawn(async move { queues.work(chat).await });
        } else {
            self.queued.notify_waiters();
        }
    }

    /// Handles one chat's updates until its queue is empty, then forgets the chat.
    async fn work(self: Arc<Self>, chat: i64) {
        while let Some((mut incoming, permit)) = self.waiting.next(&chat) {
            let mut permits = vec![permit];
            while long_text::may_continue(&incoming) {
                let Some((more, permit)) = self.next_within(chat, NEXT_PART_WITHIN).await else {
                    break;
                };
                match long_text::join(&mut incoming, more) {
                    Ok(()) => {
                        // The part is handled, as one message with the first.
                        self.shared.stats.count_handled();
                        permits.push(permit);
                    }
                    Err(other) => {
                        self.waiting.put_back(chat, (other, permit));
                        break;
                    }
                }
            }
            self.run_one(incoming).await;
            drop(permits);
        }
    }

    /// The chat's next update if one comes within `wait`. The chat stays in `waiting`
    /// meanwhile, so that what arrives joins its queue instead of starting a second worker.
    async fn next_within(&self, chat: i64, wait: Duration) -> Option<Queued> {
        let deadline = Instant::now() + wait;
        loop {
            // Listening before looking: an update queued between the two is not missed.
            let queued = self.queued.notified();
            tokio::pin!(queued);
            queued.as_mut().enable();
            if let Some(next) = self.waiting.take(&chat) {
                return Some(next);
            }
            if tokio::time::timeout_at(deadline, queued).await.is_err() {
                return self.waiting.take(&chat);
            }
        }
    }

    /// In its own task, so that a bug in handling one update (a panic) cannot stop the
    /// chat's queue or the bot.
    async fn run_one(&self, incoming: Incoming) {
        let shared = self.shared.clone();
        if let Err(error) = tokio::spawn(async move { handle(&shared, incoming).await }).await {
            tracing::error!(%error, "handling an update failed");
        }
        self.shared.stats.count_handled();
    }

    /// Waits for every queued update to be handled.
    pub async fn drain(&self) {
        self.tasks.close();
        self.tasks.wait().await;
    }
}
