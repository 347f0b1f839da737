//! WhatsApp replies end to end, at Meta's default pace: signed webhook calls from many people
//! at once (each choosing a language, answered with the menu as a list), through the
//! database, the engine and the pace, to a fake Graph API on 127.0.0.1. Prints messages a
//! second against the configured limit, and each person's wait from the webhook call to
//! their reply (p50, p99).
//!
//! Run: `cargo bench -p faro-whatsapp --bench replies` (optional arguments: people, rate).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/whatsapp/support.rs"]
mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use support::{TestWa, payloads};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let people: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(400);
    let rate: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(80);
    let db = faro_core::store::testing::sqlite().await;
    let wa = TestWa::start_with_rate(&db.url, rate).await;
    let numbers: Vec<String> = (0..people).map(|n| format!("1555020{n:04}")).collect();
    // One call each, all at once, as a busy minute would bring them.
    let payloads: Vec<serde_json::Value> = numbers
        .iter()
        .enumerate()
        .map(|(index, number)| {
            payloads::list_reply(number, &format!("wamid.bench.{index}"), "l:es", "Español")
        })
        .collect();
    let start = Instant::now();
    let posted: HashMap<&str, Instant> = numbers.iter().map(|n| (n.as_str(), start)).collect();
    let calls: Vec<_> = payloads.iter().map(|payload| wa.post(payload)).collect();
    for status in futures_join(calls).await {
        assert_eq!(status, 200);
    }
    let answered_in = start.elapsed();
    let sent = wa.fake.wait_for(people).await;
    let elapsed = start.elapsed();
    let mut waits: Vec<Duration> = sent
        .iter()
        .map(|s| s.at.saturating_duration_since(posted[s.to()]))
        .collect();
    waits.sort();
    let per_second = people as f64 / elapsed.as_secs_f64();
    println!(
        "{people} people, one reply each, pace {rate}/s: {per_second:.1} messages/s ({:.0}% of the limit); \
         every webhook call answered within {:.0} ms; wait for the reply p50 {:.0} ms, p99 {:.0} ms",
        100.0 * per_second / f64::from(rate),
        answered_in.as_secs_f64() * 1000.0,
        waits[waits.len() / 2].as_secs_f64() * 1000.0,
        waits[waits.len() * 99 / 100].as_secs_f64() * 1000.0,
    );
    wa.stop().await;
}

/// The calls side by side on this runtime.
async fn futures_join<F: std::future::Future>(calls: Vec<F>) -> Vec<F::Output> {
    let mut outputs = Vec::with_capacity(calls.len());
    let mut pinned: Vec<_> = calls.into_iter().map(Box::pin).collect();
    // Polled together by a join set of local futures.
    let mut pending: Vec<Option<F::Output>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut all = true;
        for (index, call) in pinned.iter_mut().enumerate() {
            if pending[index].is_none() {
                match call.as_mut().poll(cx) {
                    std::task::Poll::Ready(output) => pending[index] = Some(output),
                    std::task::Poll::Pending => all = false,
                }
            }
        }
        if all {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    outputs.extend(pending.into_iter().map(Option::unwrap));
    outputs
}
