//! The receiving chats' queues of relayed messages, in memory only: what waits for its turn,
//! in order, within the core's [`Backlog`] bound, each chat drained by one task at a time.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};

use faro_core::relay::{Backlog, BacklogSlot, Parcel};
use tokio_util::task::TaskTracker;

use crate::shared::Shared;

pub(crate) struct Relayed {
    pub parcel: Parcel,
    /// The place in the receiving chat's backlog, given back once this is sent.
    pub _slot: BacklogSlot,
}

#[derive(Default)]
pub(crate) struct RelayQueues {
    pub backlog: Backlog,
    waiting: Mutex<HashMap<i64, VecDeque<Relayed>>>,
    tasks: TaskTracker,
}

impl RelayQueues {
    /// Puts `relayed` in `to`'s queue, starting that chat's worker if none runs.
    pub fn enqueue(&self, shared: &Arc<Shared>, to: i64, relayed: Relayed) {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(queue) = waiting.get_mut(&to) {
            queue.push_back(relayed);
            return;
        }
        waiting.insert(to, VecDeque::from([relayed]));
        drop(waiting);
        let shared = shared.clone();
        self.tasks.spawn(async move {
            loop {
                let next = {
                    let mut waiting = shared
                        .relay
                        .waiting
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner);
                    match waiting.get_mut(&to).and_then(VecDeque::pop_front) {
                        Some(next) => next,
                        None => {
                            waiting.remove(&to);
                            return;
                        }
                    }
                };
                super::carrier::send(&shared, to, next.parcel).await;
            }
        });
    }

    /// Waits until every queued message has been sent (or failed).
    pub async fn drain(&self) {
        self.tasks.close();
        self.tasks.wait().await;
    }
}
