//! The relay's latency across channels, through the real `faro serve` with both adapters
//! against both fakes: a person on WhatsApp and an interpreter on Telegram in one
//! conversation, `N` texts each way one at a time, each timed from the webhook call (or the
//! update queued at the fake Bot API) to the fake API of the other channel receiving the
//! relayed message. Sends are spaced by 1.1 s so that Telegram's one message a second to a
//! chat adds no wait: what is timed is the relay's own path (the conversation looked up,
//! the carrier, the other channel's send), not a queue.
//!
//! `cargo bench --bench relay_across -- [N]` (release), or `cargo test --release --bench
//! relay_across -- [N]`; N defaults to 20.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a failed step stops it"
)]

#[path = "../tests/e2e/common.rs"]
#[allow(dead_code)]
mod common;
#[path = "../tests/e2e/relay_world.rs"]
mod relay_world;

use std::time::{Duration, Instant};

use faro_bot::test_support::updates::{callback, text};
use faro_whatsapp::test_support::payloads;

use relay_world::*;

const GAP: Duration = Duration::from_millis(1100);

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn summary(what: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what}: {} messages, p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        times.len(),
        ms(percentile(&times, 50.0)),
        ms(percentile(&times, 90.0)),
        ms(percentile(&times, 99.0)),
        ms(*times.last().unwrap()),
    );
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|arg| arg.parse().ok())
        .unwrap_or(20);
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start(&runtime);
    runtime.block_on(async {
        link_on_telegram(&world, &code).await;
        ask_on_whatsapp(&world, PERSON_NUMBER).await;
        let (notice, accept) = notice(&world).await;
        let before = world.graph.sent().len();
        world.telegram.push(interp(callback(
            INTERPRETER,
            Some("fr"),
            notice.message_id(),
            &accept,
        )));
        world
            .sent_after(before, "the start", |s| {
                s.to() == PERSON_NUMBER && s.text().contains("Marie")
            })
            .await;
        tokio::time::sleep(GAP).await;

        let mut to_telegram = Vec::with_capacity(n);
        for i in 0..n {
            let said = format!("mesaj nimewo {i} pou entèprèt la");
            let payload = payloads::text(PERSON_NUMBER, &world.message_id(), &said);
            let before = world.telegram.calls().len();
            let start = Instant::now();
            world.post(&payload).await;
            let relayed = world
                .call_after(before, "a relayed text", |c| {
                    to_interpreter(c) && c.text().ends_with(&said)
                })
                .await;
            to_telegram.push(relayed.at - start);
            tokio::time::sleep(GAP).await;
        }

        let mut to_whatsapp = Vec::with_capacity(n);
        for i in 0..n {
            let said = format!("repons nimewo {i} pou moun nan");
            let before = world.graph.sent().len();
            let start = Instant::now();
            world
                .telegram
                .push(interp(text(INTERPRETER, Some("fr"), &said)));
            let relayed = world
                .sent_after(before, "a relayed text", |s| {
                    s.to() == PERSON_NUMBER && s.text().ends_with(&said)
                })
                .await;
            to_whatsapp.push(relayed.at - start);
            tokio::time::sleep(GAP).await;
        }
        summary("WhatsApp person -> Telegram interpreter", to_telegram);
        summary("Telegram interpreter -> WhatsApp person", to_whatsapp);
    });
    world.stop();
}
