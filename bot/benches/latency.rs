//! Reply latency: how long a person waits, from their update's arrival at the fake Bot API
//! (queued for getUpdates) to the first message of the reply (`sendMessage`, or
//! `editMessageText` for a button pressed on a message) arriving there. Updates are fed at a
//! steady rate through the polling bot, the engine and SQLite, alone and during a broadcast,
//! and p50/p99 are printed per scenario.
//!
//! - `alone`: 1,000 updates/s, limits raised out of the way (the engine and SQLite set the pace).
//! - `broadcast, unthrottled`: the same while the outbox sender works through a broadcast as
//!   fast as it can (limits raised), competing for the cores and SQLite's one writer.
//! - `broadcast, Telegram's limits`: 30 messages/s overall and 1/s per chat, a broadcast that
//!   fills the 30/s, and people writing meanwhile (10 updates/s): do replies wait behind the
//!   broadcast?
//!
//! Run: `cargo bench -p faro-bot --bench latency` (optional arguments: seconds of load per
//! scenario, default 10; words that pick scenarios by name, such as `limits`).

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
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::dialog::{ChatState, storage};
use faro_core::publishing::Targets;
use faro_core::store::testing;
use serde_json::Value;

use support::updates::{callback, location, text};
use support::{FakeTelegram, Setup, TestBot};

const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::ZhHans, Locale::Ht];
/// Subscribers' chats start here, far from the chats that write.
const FIRST_SUBSCRIBER: i64 = 10_000_000;

/// The mix a person produces (as in the throughput benchmark): buttons most, some text, a
/// location. Every one of them is answered with at least one message.
fn update(step: usize, chat: i64, locale: Locale) -> Value {
    let code = Some(locale.tag());
    match step % 8 {
        0 => callback(chat, code, 1, &format!("l:{}", locale.tag())),
        1 => callback(chat, code, 1, "ts"),
        2 => callback(chat, code, 1, "t:asylum:0"),
        3 => callback(chat, code, 1, "t:asylum:1"),
        4 => text(chat, code, "asilo refugio derechos"),
        5 => location(chat, code, 14.9057, -92.2636),
        6 => callback(chat, code, 1, "c:HT"),
        _ => callback(chat, code, 1, "m"),
    }
}

struct Scenario {
    name: &'static str,
    /// Updates per second fed to the fake.
    rate: u32,
    seconds: f64,
    /// Chats that write; each writes every `chats / rate` seconds.
    chats: usize,
    global: u32,
    per_chat: u32,
    /// Subscribers of the broadcast published as the load starts (0: none).
    subscribers: usize,
}

struct Report {
    updates: usize,
    fed_per_second: f64,
    answered: usize,
    latencies: Vec<Duration>,
    broadcast_during: usize,
    broadcast_left: bool,
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

/// Subscribers to every locale in `LOCALES`, following Mexico, and a published campaign
/// for them; the sender is woken.
async fn start_broadcast(bot: &TestBot, subscribers: usize) {
    let store = &bot.app.store;
    let now = now_unix();
    let country = CountryCode::parse("MX").expect("country");
    for n in 0..subscribers {
        let state = ChatState {
            locale: Some(LOCALES[n % LOCALES.len()]),
            alerts: true,
            country: Some(country),
            ..ChatState::default()
        };
        storage::save(store, FIRST_SUBSCRIBER + n as i64, &state, now)
            .await
            .expect("subscriber");
    }
    let user = store
        .users()
        .create(
            &NewUser {
                name: "bench-admin".into(),
                password: "a long enough password for benchmarks".into(),
                role: Role::Admin,
            },
            "bench",
            now,
        )
        .await
        .expect("admin");
    let targets = Targets {
        locales: Vec::new(),
        countries: vec![country],
    };
    let campaign =
        testing::approved_campaign(store, &user, "bench-alert", targets, &LOCALES, |locale| {
            (
                format!("Alert in {}", locale.tag()),
                "Where the shelters are this week, and that asylum can be asked for at the \
                 border without paying anyone."
                    .into(),
            )
        })
        .await
        .expect("approved campaign");
    let (_, queued) = testing::publish(store, &user, campaign.id)
        .await
        .expect("publish");
    assert_eq!(queued as usize, subscribers);
    bot.app.outbox.wake();
}

fn is_broadcast(call: &support::Call) -> bool {
    call.method == "sendMessage" && call.ok() && call.chat() >= FIRST_SUBSCRIBER
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
    if scenario.subscribers > 0 {
        start_broadcast(&bot, scenario.subscribers).await;
        // The broadcast is under way before the first update arrives.
        let started = Instant::now();
        while !fake.calls().iter().any(is_broadcast) {
            assert!(started.elapsed() < Duration::from_secs(10), "no broadcast");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    let total = (f64::from(scenario.rate) * scenario.seconds) as usize;
    let tick = Duration::from_millis(10);
    let mut ticker = tokio::time::interval(tick);
    let mut arrivals: Vec<(i64, Instant)> = Vec::with_capacity(total);
    let start = Instant::now();
    let mut fed = 0;
    while fed < total {
        ticker.tick().await;
        let due =
            ((start.elapsed().as_secs_f64() * f64::from(scenario.rate)) as usize + 1).min(total);
        let batch: Vec<(i64, Value)> = (fed..due)
            .map(|n| {
                let chat = (n % scenario.chats) as i64 + 1;
                let locale = LOCALES[n % LOCALES.len()];
                (chat, update(n / scenario.chats, chat, locale))
            })
            .collect();
        fed = due;
        let now = Instant::now();
        arrivals.extend(batch.iter().map(|(chat, _)| (*chat, now)));
        fake.push_all(batch.into_iter().map(|(_, update)| update).collect());
    }
    let fed_per_second = total as f64 / start.elapsed().as_secs_f64();
    bot.handled(total as u64).await;
    let end = Instant::now();

    let calls = fake.calls();
    let mut replies: HashMap<i64, Vec<Instant>> = HashMap::new();
    for call in &calls {
        if matches!(call.method.as_str(), "sendMessage" | "editMessageText")
            && call.ok()
            && (1..=scenario.chats as i64).contains(&call.chat())
        {
            replies.entry(call.chat()).or_default().push(call.at);
        }
    }
    for times in replies.values_mut() {
        times.sort();
    }
    // A chat's updates are handled in order and each is answered before the next is taken,
    // and a chat writes again only seconds later: its update's reply is the first message
    // to it after the update arrived.
    let mut next: HashMap<i64, usize> = HashMap::new();
    let mut latencies = Vec::with_capacity(total);
    for (chat, arrived) in &arrivals {
        let times = replies.get(chat).map(Vec::as_slice).unwrap_or_default();
        let index = next.entry(*chat).or_default();
        while *index < times.len() && times[*index] < *arrived {
            *index += 1;
        }
        if let Some(at) = times.get(*index) {
            latencies.push(*at - *arrived);
            *index += 1;
        }
    }
    latencies.sort();
    let broadcast_during = calls
        .iter()
        .filter(|call| is_broadcast(call) && call.at >= start && call.at <= end)
        .count();
    let broadcast_left = scenario.subscribers > 0
        && calls.iter().filter(|c| is_broadcast(c)).count() < scenario.subscribers;
    bot.stop().await;
    Report {
        updates: total,
        fed_per_second,
        answered: latencies.len(),
        latencies,
        broadcast_during,
        broadcast_left,
    }
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let seconds = args
        .iter()
        .find_map(|a| a.parse::<f64>().ok())
        .unwrap_or(10.0);
    // Any other argument picks the scenarios whose name contains it.
    let only: Vec<&String> = args.iter().filter(|a| a.parse::<f64>().is_err()).collect();
    let raised = 1_000_000;
    let scenarios = [
        Scenario {
            name: "alone, 1,000 updates/s",
            rate: 1_000,
            seconds,
            chats: 4_000,
            global: raised,
            per_chat: raised,
            subscribers: 0,
        },
        Scenario {
            name: "broadcast unthrottled, 1,000 updates/s",
            rate: 1_000,
            seconds,
            chats: 4_000,
            global: raised,
            per_chat: raised,
            subscribers: (seconds * 2_500.0) as usize,
        },
        Scenario {
            name: "broadcast at Telegram's limits (30/s, 1/s a chat), 10 updates/s",
            rate: 10,
            seconds: seconds * 2.0,
            chats: 400,
            global: 30,
            per_chat: 1,
            subscribers: (seconds * 2.0 * 30.0 * 1.5) as usize,
        },
    ];
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        println!(
            "{:<66} {:>8} {:>9} {:>9} {:>9} {:>9} {:>9} {:>12}",
            "scenario", "updates", "fed/s", "answered", "p50 ms", "p99 ms", "max ms", "broadcast/s"
        );
        for scenario in scenarios
            .iter()
            .filter(|s| only.is_empty() || only.iter().any(|o| s.name.contains(o.as_str())))
        {
            let report = run(scenario).await;
            let broadcast = if scenario.subscribers > 0 {
                let rate = report.broadcast_during as f64 / scenario.seconds;
                format!(
                    "{rate:.0}{}",
                    if report.broadcast_left {
                        ""
                    } else {
                        " (ended)"
                    }
                )
            } else {
                "-".to_owned()
            };
            println!(
                "{:<66} {:>8} {:>9.0} {:>9} {:>9.1} {:>9.1} {:>9.1} {:>12}",
                scenario.name,
                report.updates,
                report.fed_per_second,
                report.answered,
                ms(percentile(&report.latencies, 0.5)),
                ms(percentile(&report.latencies, 0.99)),
                ms(report.latencies.last().copied().unwrap_or_default()),
                broadcast,
            );
        }
    });
}
