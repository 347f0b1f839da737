//! What one event produced for every chat, once its effect was carried out.

use crate::channel::ChannelLimits;

use super::reply::Reply;

/// A message for another chat than the one that acted.
#[derive(Clone, Debug, PartialEq)]
pub enum Elsewhere {
    Send {
        chat_id: i64,
        reply: Reply,
    },
    /// Change a message sent earlier (an interpreter's notice, to "taken").
    Edit {
        chat_id: i64,
        message_id: i64,
        reply: Reply,
    },
}

impl Elsewhere {
    /// The chat the message is for.
    pub fn chat_id(&self) -> i64 {
        match self {
            Elsewhere::Send { chat_id, .. } | Elsewhere::Edit { chat_id, .. } => *chat_id,
        }
    }

    /// The message within the channel's limits for buttons (see [`Reply::fit`]).
    pub fn fit(self, limits: &ChannelLimits) -> Elsewhere {
        match self {
            Elsewhere::Send { chat_id, reply } => Elsewhere::Send {
                chat_id,
                reply: reply.fit(limits),
            },
            Elsewhere::Edit {
                chat_id,
                message_id,
                reply,
            } => Elsewhere::Edit {
                chat_id,
                message_id,
                reply: reply.fit(limits),
            },
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Processed {
    /// For the chat that acted, in order.
    pub replies: Vec<Reply>,
    pub elsewhere: Vec<Elsewhere>,
}
