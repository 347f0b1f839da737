//! The relay: once an interpreter accepts a request, the person and the interpreter talk
//! through the bot, each seeing only a role and the label the interpreter chose
//! ("Interpreter Marie"), never the other's number, name, account or chat.
//!
//! Channel-neutral: a side of a conversation is "a chat on a channel" ([`ChatRef`]); each
//! adapter carries the messages within its own limits (the Telegram one copies them, never
//! forwards). A side on another channel than the sender's is reached through that channel's
//! [`Carrier`], the port each adapter implements and the binary registers in [`Carriers`]:
//! a WhatsApp person talks with a Telegram interpreter without either adapter knowing the
//! other. What is said is never stored nor logged: it waits for the per-chat rate in a
//! bounded queue in memory ([`Backlog`]) and is gone once sent. Only the facts the figures
//! need (when it was accepted, started, ended and how) are kept, on the request, so that they
//! expire and are erased with it.

mod backlog;
mod carrier;
mod conversations;
pub mod hours;
mod label;

pub use backlog::{Backlog, BacklogFull, BacklogSlot, RELAY_BACKLOG_PER_CHAT};
pub use carrier::{Audio, Carrier, Carriers, Carrying, NotCarried, Parcel, Said};
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

    /// The chat `chat_id` names, on the channel its range says: phone-number channels
    /// (WhatsApp) have ids of their own below every Telegram chat (`crate::channel`), so one
    /// column holds either and the channel is never stored beside it.
    pub fn of(chat_id: i64) -> Self {
        ChatRef {
            channel: if crate::channel::is_phone_chat(chat_id) {
                Channel::WhatsApp
            } else {
                Channel::Telegram
            },
            chat: chat_id,
        }
    }
}
