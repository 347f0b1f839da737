//! Messages of one person are handled one at a time and in order (the conversation state
//! depends on it); different people in parallel, up to a bound. The webhook call is answered
//! as soon as its messages are queued.

use std::sync::Arc;

use faro_core::chat_lanes::Lanes;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_util::task::TaskTracker;

use crate::handler::handle;
use crate::incoming::{Incoming, Sender};
use crate::shared::Shared;

type Queued = (Incoming, OwnedSemaphorePermit);

pub(crate) struct Queues {
    shared: Arc<Shared>,
    /// Keyed by the sender as Meta names them; in memory only, never logged.
    waiting: Lanes<String, Queued>,
    capacity: Arc<Semaphore>,
    tasks: TaskTracker,
}

impl Queues {
    pub fn new(shared: Arc<Shared>, max_in_flight: usize) -> Arc<Self> {
        Arc::new(Queues {
            shared,
            waiting: Lanes::new(),
            capacity: Arc::new(Semaphore::new(max_in_flight.max(1))),
            tasks: TaskTracker::new(),
        })
    }

    pub fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    /// Queues one message or status; waits only when `max_in_flight` are already in hand.
    pub async fn push(self: &Arc<Self>, incoming: Incoming) {
        self.shared.stats.count_received();
        let Ok(permit) = self.capacity.clone().acquire_owned().await else {
            return;
        };
        let person = match &incoming {
            Incoming::Message {
                from: Sender::Number { number, .. },
                ..
            } => format!("n:{number}"),
            Incoming::Message {
                from: Sender::User(user),
                ..
            } => format!("u:{user}"),
            Incoming::Status { .. } => {
                let queues = self.clone();
                self.tasks.spawn(async move {
                    queues.run_one(incoming).await;
                    drop(permit);
                });
                return;
            }
        };
        if self.waiting.push(person.clone(), (incoming, permit)) {
            let queues = self.clone();
            self.tasks.spawn(async move { queues.work(person).await });
        }
    }

    async fn work(self: Arc<Self>, person: String) {
        while let Some((incoming, permit)) = self.waiting.next(&person) {
            self.run_one(incoming).await;
            drop(permit);
        }
    }

    /// In its own task, so that a bug in handling one message cannot stop the queue.
    async fn run_one(&self, incoming: Incoming) {
        let shared = self.shared.clone();
        if let Err(error) = tokio::spawn(async move { handle(&shared, incoming).await }).await {
            tracing::error!(%error, "handling a WhatsApp message failed");
        }
        self.shared.stats.count_handled();
    }

    /// Waits for every queued message to be handled.
    pub async fn drain(&self) {
        self.tasks.close();
        self.tasks.wait().await;
    }
}
