//! The receiving chats' queues of relayed messages, in memory only: what waits for its turn,
//! in order, within the core's [`Backlog`] bound. Each chat is drained by one task at a time
//! (`carrier.rs` runs it); this module only keeps the queues.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Mutex, PoisonError};

use faro_core::relay::{Backlog, BacklogSlot, Parcel};
use tokio_util::task::TaskTracker;

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
    /// Puts `relayed` in `to`'s queue; true when no task drains that chat yet, and the caller
    /// must start one ([`spawn`](Self::spawn)).
    pub fn push(&self, to: i64, relayed: Relayed) -> bool {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(queue) = waiting.get_mut(&to) {
            queue.push_back(relayed);
            return false;
        }
        waiting.insert(to, VecDeque::from([relayed]));
        true
    }

    /// The next message for `to`; `None` once its queue is empty, which then ends that chat's
    /// task (the next message starts a new one).
    pub fn next(&self, to: i64) -> Option<Relayed> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let next = waiting.get_mut(&to).and_then(VecDeque::pop_front);
        if next.is_none() {
            waiting.remove(&to);
        }
        next
    }

    /// Runs a chat's task, tracked so that stopping waits for it.
    pub fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        self.tasks.spawn(task);
    }

    /// Waits until every queued message has been sent (or failed).
    pub async fn drain(&self) {
        self.tasks.close();
        self.tasks.wait().await;
    }
}
