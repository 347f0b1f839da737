//! Test helpers shared by this crate's tests and benchmarks and by the `faro` binary's
//! end-to-end tests: one fake Telegram Bot API for all of them. Compiled only with the
//! `test-support` feature, never into the shipped binary.

pub mod fake_api;
/// Updates in Telegram's shapes, for the bot's tests and the binary's (a WhatsApp person with
/// a Telegram interpreter).
pub mod updates;

pub use fake_api::{BOT_ID, BOT_USERNAME, Call, FakeTelegram, Scripted, TOKEN};
