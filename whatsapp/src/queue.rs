//! Messages of one person are handled one at a time and in order (the conversation state
//! depends on it); different people in parallel, up to a bound. The webhook call is answered
//! as soon as its messages are queued.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_util::task::TaskTracker;

use crate::handler::handle;
use crate::incoming::{Incoming, Sender};
use crate::shared::Shared;

type Queued = (Incoming, OwnedSemaphorePermit);

pub(crate) struct Queues {
    shared: Arc<Shared>,
    /// Keyed by the sender as Meta names them; in memory only, never logged.
    waiting: Mutex<HashMap<String, VecDeque<Queued>>>,
    capacity: Arc<Semaphore>,
    tasks: TaskTracker,
}

impl Queues {
    pub fn new(shared: Arc<Shared>, max_in_flight: usize) -> Arc<Self> {
        Arc::new(Queues {
            shared,
            waiting: Mutex::new(HashMap::new()),
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
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(queue) = waiting.get_mut(&person) {
            queue.push_back((incoming, permit));
            return;
        }
        waiting.insert(person.clone(), VecDeque::from([(incoming, permit)]));
        drop(waiting);
        let queues = self.clone();
        self.tasks.spawn(async move { queues.work(person).await });
    }

    async fn work(self: Arc<Self>, person: String) {
        loop {
            let next = {
                let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
                match waiting.get_mut(&person).and_then(VecDeque::pop_front) {
                    Some(next) => next,
                    None => {
                        waiting.remove(&person);
                        return;
                    }
                }
            };
            let (incoming, permit) = next;
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
