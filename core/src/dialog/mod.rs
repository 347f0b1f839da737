//! The conversation engine: (state, event) -> (state, replies), with no Telegram in it.
//!
//! - [`handle`] is the pure heart: a [`ChatState`] and an [`Input`] in, an [`Outcome`] out
//!   (the next state and the [`Reply`]s to send). It reads a [`Context`] (content, UI strings,
//!   the language detector, settings) and never does I/O.
//! - [`Dialog`] wraps it with the database: load the chat's state, handle, save (or erase).
//! - Replies are channel-agnostic: text as Telegram-safe HTML, buttons that carry short
//!   [`Action`] codes (at most 64 bytes), links, a location request.
//!
//! Adding a flow (the interpreter intake, say): a variant in [`Flow`] for what it remembers,
//! a variant in [`Action`] with its code, a file in `flow/`, a line in `engine::on_action`,
//! and its entry in the menu (`flow/menu.rs`, `items`).

mod action;
mod context;
mod effect;
mod engine;
mod event;
mod flow;
mod pages;
mod render;
mod reply;
mod say;
mod search;
mod session;
mod state;
pub mod storage;

pub use action::{Action, MAX_ACTION_BYTES};
pub use context::{Context, Settings};
pub use effect::{Effect, Elsewhere, IntakeAnswers, Processed};
pub use engine::{Outcome, handle};
pub use event::{Command, Event, Input};
pub use flow::intake::interpreter_notice;
pub use flow::start::{commands, failure, private_only};
pub use reply::{Button, ButtonTarget, Keyboard, Reply};
pub use say::utf16_len;
pub use session::{Dialog, DialogError};
pub use state::{ChatState, Flow, IntakeDraft, IntakeStep};

#[cfg(test)]
mod tests;
