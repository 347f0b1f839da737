//! The bot end to end against a fake Telegram Bot API on 127.0.0.1.

mod broadcast;
mod flows;
mod intake;
mod privacy;
mod rate_limit;
mod restart;
mod robustness;
mod support;
mod webhook;
