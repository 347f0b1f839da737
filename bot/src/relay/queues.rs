//! The receiving chats' queues of relayed messages, in memory only: what waits for its turn,
//! in order, within the core's [`Backlog`] bound.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use faro_core::relay::{Audio, Backlog, BacklogSlot};
use teloxide::types::MessageId;
use tokio_util::task::TaskTracker;

/// What is carried, as it waits for its turn.
#[derive(Clone)]
pub(super) enum Carry {
    Text(String),
    /// A voice note, copied from the sender's chat.
    Copy {
        from: i64,
        message: MessageId,
    },
    /// A voice note from another channel, uploaded (`sendVoice`); its sound is dropped once
    /// sent.
    Voice(Audio),
}

pub(super) struct Relayed {
    pub carry: Carry,
    pub from_role: String,
    /// The place in the receiving chat's backlog, given back once this is sent.
    pub _slot: BacklogSlot,
}

/// The receiving chats' queues.
#[derive(Default)]
pub(crate) struct RelayQueues {
    pub(super) backlog: Backlog,
    pub(super) waiting: Mutex<HashMap<i64, VecDeque<Relayed>>>,
    pub(super) tasks: TaskTracker,
}

impl RelayQueues {
    /// Waits until every queued message has been sent (or failed).
    pub async fn drain(&self) {
        self.tasks.close();
        self.tasks.wait().await;
    }
}
