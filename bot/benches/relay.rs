//! The relay (issue 20): latency from a person's message arriving at the fake Bot API
//! (queued for getUpdates) to its relayed copy (`sendMessage` to the interpreter) arriving
//! there, and relayed messages per second, through the polling bot, the route lookup in
//! SQLite and the per-chat queues.
//!
//! - `raised limits`: pairs in conversation, the people writing at a steady rate, limits out
//!   of the way: what the relay itself costs.
//! - `Telegram's limits`: 30 messages/s overall and 1/s per chat; every person sends a burst of
//!   messages at once (as someone typing several short lines): all are carried, in order, and
//!   no chat gets more than one a second, nor the bot more than 30 in any second.
//!
//! Run: `cargo bench -p faro-bot --bench relay` (optional: seconds of load, default 10).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a failure to set up should stop it loudly"
)]

#[path = "../tests/telegram/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::intake::{
    LanguageTag, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject,
};
use serde_json::Value;

use support::updates::text;
use support::{FakeTelegram, Setup, TestBot};

const FIRST_PERSON: i64 = 1_000_000;
const FIRST_INTERPRETER: i64 = 2_000_000;

struct Scenario {
    name: &'static str,
    pairs: usize,
    /// Messages each person sends.
    each: usize,
    /// Messages per second fed in all; 0: each person's at once.
    rate: u32,
    global: u32,
    per_chat: u32,
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `pairs` people in a conversation, each with their own interpreter.
async fn conversations(bot: &TestBot, pairs: usize) {
    let store = &bot.app.store;
    let now = now_unix();
    for n in 0..pairs as i64 {
        let (interpreter, code) = store
            .interpreters()
            .add(&NewInterpreter {
                display_name: format!("Interpreter {n}"),
                languages: vec![LanguageTag::parse("ht").unwrap()],
                areas: vec![ServiceArea::Remote],
            })
            .await
            .unwrap();
        store
            .interpreters()
            .link(&code.0, FIRST_INTERPRETER + n)
            .await
            .unwrap();
        let request = store
            .requests()
            .create(
                &NewDeclaration {
                    subject: Subject::Telegram(FIRST_PERSON + n),
                    locale: Locale::Ht,
                    origin: Origin::Undisclosed,
                    share_origin: false,
                    languages: vec![LanguageTag::parse("ht").unwrap()],
                    shelter_id: None,
                    city: None,
                },
                90,
                now,
            )
            .await
            .unwrap();
        store
            .requests()
            .accept(request.id, interpreter, now)
            .await
            .unwrap();
        store
            .conversations()
            .start(request.id, now)
            .await
            .unwrap()
            .expect("a conversation");
    }
}

struct Report {
    sent: usize,
    carried: usize,
    latencies: Vec<Duration>,
    per_second: f64,
    max_chat_second: usize,
    max_global_second: usize,
    in_order: bool,
}

async fn run(scenario: &Scenario) -> Report {
    let fake = FakeTelegram::start().await;
    let setup = Setup {
        global: scenario.global,
        per_chat: scenario.per_chat,
        ..Setup::default()
    };
    let bot = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    conversations(&bot, scenario.pairs).await;
    let total = scenario.pairs * scenario.each;
    let message = |n: usize| {
        let pair = n % scenario.pairs;
        let person = FIRST_PERSON + pair as i64;
        (pair, text(person, Some("ht"), &format!("mesaj m{n}x")))
    };
    let mut arrivals: Vec<Instant> = Vec::with_capacity(total);
    let start = Instant::now();
    if scenario.rate == 0 {
        let batch: Vec<Value> = (0..total).map(|n| message(n).1).collect();
        arrivals.extend(std::iter::repeat_n(Instant::now(), total));
        fake.push_all(batch);
    } else {
        let mut ticker = tokio::time::interval(Duration::from_millis(10));
        let mut fed = 0;
        while fed < total {
            ticker.tick().await;
            let due = ((start.elapsed().as_secs_f64() * f64::from(scenario.rate)) as usize + 1)
                .min(total);
            let batch: Vec<Value> = (fed..due).map(|n| message(n).1).collect();
            let now = Instant::now();
            arrivals.extend(std::iter::repeat_n(now, due - fed));
            fed = due;
            fake.push_all(batch);
        }
    }
    bot.handled(total as u64).await;
    let relayed = |calls: &[support::Call]| -> Vec<(usize, i64, Instant)> {
        calls
            .iter()
            .filter(|c| c.method == "sendMessage" && c.ok() && c.chat() >= FIRST_INTERPRETER)
            .filter_map(|c| {
                let text = c.text();
                let at = text.rfind(" m")? + 2;
                let n: usize = text[at..].split('x').next()?.parse().ok()?;
                Some((n, c.chat(), c.at))
            })
            .collect()
    };
    // Every message carried, within a bound (at 1/s a chat, `each` seconds and some).
    let deadline = Instant::now() + Duration::from_secs(scenario.each as u64 * 3 + 60);
    let mut carried = relayed(&fake.calls());
    while carried.len() < total && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
        carried = relayed(&fake.calls());
    }
    let mut latencies: Vec<Duration> = carried
        .iter()
        .map(|(n, _, at)| *at - arrivals[*n])
        .collect();
    latencies.sort();
    let first = carried.iter().map(|c| c.2).min().unwrap_or(start);
    let last = carried.iter().map(|c| c.2).max().unwrap_or(start);
    let span = (last - first).as_secs_f64().max(0.001);
    // The most in any one second (a window sliding over the sends).
    let most_within_a_second = |times: &mut Vec<Instant>| {
        times.sort();
        let mut most = 0;
        let mut from = 0;
        for to in 0..times.len() {
            while times[to] - times[from] >= Duration::from_secs(1) {
                from += 1;
            }
            most = most.max(to - from + 1);
        }
        most
    };
    let mut by_chat: HashMap<i64, Vec<(usize, Instant)>> = HashMap::new();
    for (n, chat, at) in &carried {
        by_chat.entry(*chat).or_default().push((*n, *at));
    }
    let mut in_order = true;
    let mut max_chat_second = 0;
    for sends in by_chat.values_mut() {
        sends.sort_by_key(|(_, at)| *at);
        in_order &= sends.windows(2).all(|w| w[0].0 < w[1].0);
        let mut times: Vec<Instant> = sends.iter().map(|(_, at)| *at).collect();
        max_chat_second = max_chat_second.max(most_within_a_second(&mut times));
    }
    let mut all: Vec<Instant> = carried.iter().map(|c| c.2).collect();
    let max_global_second = most_within_a_second(&mut all);
    bot.stop().await;
    Report {
        sent: total,
        carried: carried.len(),
        latencies,
        per_second: carried.len() as f64 / span,
        max_chat_second,
        max_global_second,
        in_order,
    }
}

fn main() {
    let seconds = std::env::args()
        .skip(1)
        .find_map(|a| a.parse::<f64>().ok())
        .unwrap_or(10.0);
    let raised = 1_000_000;
    let scenarios = [
        Scenario {
            name: "raised limits, 200 pairs, 100 messages/s",
            pairs: 200,
            each: (seconds * 100.0 / 200.0).ceil() as usize,
            rate: 100,
            global: raised,
            per_chat: raised,
        },
        Scenario {
            name: "raised limits, 200 pairs, 500 messages/s",
            pairs: 200,
            each: (seconds * 500.0 / 200.0).ceil() as usize,
            rate: 500,
            global: raised,
            per_chat: raised,
        },
        Scenario {
            name: "Telegram's limits (30/s, 1/s a chat), 60 pairs, 5 at once each",
            pairs: 60,
            each: 5,
            rate: 0,
            global: 30,
            per_chat: 1,
        },
    ];
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        println!(
            "{:<64} {:>6} {:>7} {:>8} {:>8} {:>8} {:>9} {:>10} {:>11} {:>8}",
            "scenario",
            "sent",
            "carried",
            "p50 ms",
            "p99 ms",
            "max ms",
            "carried/s",
            "max chat/s",
            "max all/s",
            "in order"
        );
        for scenario in &scenarios {
            let report = run(scenario).await;
            println!(
                "{:<64} {:>6} {:>7} {:>8.1} {:>8.1} {:>8.1} {:>9.1} {:>10} {:>11} {:>8}",
                scenario.name,
                report.sent,
                report.carried,
                ms(percentile(&report.latencies, 0.5)),
                ms(percentile(&report.latencies, 0.99)),
                ms(report.latencies.last().copied().unwrap_or_default()),
                report.per_second,
                report.max_chat_second,
                report.max_global_second,
                report.in_order,
            );
        }
    });
}
