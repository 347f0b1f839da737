//! What one event produced for every chat, once its effect was carried out.

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

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Processed {
    /// For the chat that acted, in order.
    pub replies: Vec<Reply>,
    pub elsewhere: Vec<Elsewhere>,
}
