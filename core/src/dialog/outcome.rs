//! What handling one event produced, before any I/O.

use crate::locale::Locale;

use super::effect::Effect;
use super::reply::Reply;
use super::state::ChatState;

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The state to keep for the chat.
    pub state: ChatState,
    /// The language the turn answered in, for whatever the effect has to say too.
    pub locale: Locale,
    /// Messages to send, in order.
    pub replies: Vec<Reply>,
    /// Delete everything kept about the chat (the person confirmed "delete my data"); the
    /// state above is then not kept either.
    pub erase: bool,
    /// Something to store or look up before the answer is complete (the intake's request).
    pub effect: Option<Effect>,
}
