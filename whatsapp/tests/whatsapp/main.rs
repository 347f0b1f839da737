//! The WhatsApp channel end to end: the real app and web server on 127.0.0.1 (a temporary
//! SQLite database, or PostgreSQL when FARO_TEST_DATABASE_URL is set), webhook calls in Meta's
//! shapes signed as Meta signs them, and a fake Graph API that records what is sent.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step fails the test"
)]

mod audio;
mod campaigns;
mod flows;
mod kiosk;
mod privacy;
mod relay;
mod routing;
mod support;
mod webhook;
