//! End-to-end tests of the real `faro` binary, one module per command, all in one test
//! binary so that it is linked once (`cargo test --test e2e`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a failed step fails the test"
)]

mod broadcast;
mod check;
mod common;
mod kiosk_setup;
mod langid;
mod metrics;
mod operations;
mod operators;
mod relay_across;
mod relay_world;
mod routing_across;
mod serve;
