//! The conversation engine: (state, event) -> (state, replies), with no channel in it.
//!
//! - [`handle`] is the pure heart: a [`ChatState`] and an [`Input`] in, an [`Outcome`] out
//!   (the next state and the [`Reply`]s to send). It reads a [`Context`] (content, UI strings,
//!   the language detector, settings, the channel's limits) and never does I/O.
//! - [`Dialog`] wraps it with the database: load the chat's state, handle, carry out the
//!   [`Effect`] the engine named, save (or erase).
//! - Replies are channel-neutral: text as [`RichText`](crate::rich_text::RichText), buttons
//!   that carry short [`Action`] codes, links, a location request. Each adapter renders them
//!   within the [`ChannelLimits`](crate::channel::ChannelLimits) it gave the [`Context`].
//!
//! Each event is one `Turn` (`turn.rs`): the language of the answer is resolved once, when
//! the turn begins, and every flow answers in it.
//!
//! Adding a flow (the interpreter intake, say): a variant in [`Flow`] for what it remembers,
//! a variant in [`Action`] with its code, a file in `flow/`, a line in `engine::on_action`,
//! and its entry in the menu (`flow/menu.rs`, `items`).

mod action;
mod context;
mod directory_text;
mod effect;
mod engine;
mod event;
mod flow;
mod outcome;
mod pages;
mod processed;
mod relay;
mod relay_sides;
mod reply;
pub mod routing;
mod run_effect;
mod say;
mod search;
mod session;
mod spelling;
mod state;
pub mod storage;
mod turn;

pub use action::Action;
pub use context::{Context, Settings};
pub use effect::{Effect, IntakeAnswers};
pub use engine::handle;
pub use event::{Command, Event, Input};
pub use flow::intake::notices::{interpreter_batch_notice, interpreter_notice};
pub use flow::relay::{Refusal, escalated_notice, relayed_text, relayed_voice_label};
pub use flow::start::{commands, failure, interpreter_commands, private_only, staff_commands};
pub use outcome::Outcome;
pub use processed::{Elsewhere, Processed};
pub use relay::{Receiver, Route};
pub use reply::{Button, ButtonTarget, Keyboard, Reply, Venue, VoiceNote};
pub use session::{Dialog, DialogError};
pub use state::{ChatState, Flow, IntakeDraft, IntakeStep};

#[cfg(test)]
mod tests;
