//! The relay: once an interpreter accepts a request, the person and the interpreter talk
//! through the bot, each seeing only a role and the label the interpreter chose
//! ("Interpreter Marie"), never the other's number, name, account or chat.
//!
//! Channel-neutral: a side of a conversation is "a chat on a channel" ([`ChatRef`]); each
//! adapter carries the messages within its own limits (the Telegram one copies them, never
//! forwards). What is said is never stored nor logged: it waits for the per-chat rate in a
//! bounded queue in memory ([`Backlog`]) and is gone once sent. Only the facts the figures
//! need (when it was accepted, started, ended and how) are kept, on the request, so that they
//! expire and are erased with it.

mod backlog;
mod conversations;
pub mod hours;
mod label;

pub use backlog::{Backlog, BacklogFull, BacklogSlot, RELAY_BACKLOG_PER_CHAT};
pub use conversations::{Conversation, Conversations, Ending, Side};
pub use hours::{HoursError, InterpreterHours};
pub use label::{Label, LabelError};

use crate::metrics::Channel;

/// A chat on a channel: one side of a conversation, where that side reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChatRef {
    pub channel: Channel,
    pub chat: i64,
}

impl ChatRef {
    pub fn telegram(chat: i64) -> Self {
        ChatRef {
            channel: Channel::Telegram,
            chat,
        }
    }
}
