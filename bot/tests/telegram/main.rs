//! The bot end to end against a fake Telegram Bot API on 127.0.0.1.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step fails the test"
)]

mod audio;
mod broadcast;
mod escalation;
mod flows;
mod inputs;
mod instances;
mod intake;
mod metrics;
mod places;
mod privacy;
mod rate_limit;
mod relay;
mod restart;
mod robustness;
mod support;
mod webhook;
