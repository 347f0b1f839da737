//! Broadcast throughput: messages delivered per second by the outbox sender against a fake
//! Bot API that answers at once, as a fraction of the configured global limit — how close
//! the sender comes to the rate it is allowed, and from which limit on its own round trips
//! (Telegram's answer, then the row's update), not the limiter, set the pace. On SQLite and, with `FARO_TEST_DATABASE_URL`, PostgreSQL.
//!
//! Run: `cargo bench -p faro-bot --bench broadcast` (optional arguments: pairs of
//! limit:messages, such as `30:600 1000:5000`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/telegram/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use faro_bot::{Options, TelegramBot};
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::dialog::{ChatState, storage};
use faro_core::publishing::Targets;
use faro_core::store::testing::{self, TestDatabase, databases};
use faro_core::{App, Locale};
use tokio_util::sync::CancellationToken;

use support::{FakeTelegram, Setup, config};

const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::Ar, Locale::ZhHans];

struct Run {
    messages: usize,
    /// From the first message's arrival to the last's.
    seconds: f64,
    /// From the wake-up to the last arrival (includes the first look at the outbox).
    total_seconds: f64,
    /// The most messages that arrived within any one second.
    most_in_a_second: usize,
}

fn most_in_a_second(mut times: Vec<Instant>) -> usize {
    times.sort();
    let mut most = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= Duration::from_secs(1) {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    most
}

/// Each run's subscribers follow their own country and its campaign targets it, so that
/// earlier runs' subscribers are left out.
const COUNTRIES: [&str; 8] = ["MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO"];

async fn run(database: &TestDatabase, index: usize, limit: u32, messages: usize) -> Run {
    let store = &database.store;
    let country = CountryCode::parse(COUNTRIES[index % COUNTRIES.len()]).expect("country");
    let first_chat = 1_000_000 * (index as i64 + 1);
    let now = now_unix();
    let user_name = format!("bench-{index}-{limit}-{messages}");
    let user = store
        .users()
        .create(
            &NewUser {
                name: user_name.clone(),
                password: "a long enough password for benchmarks".into(),
                role: Role::Admin,
            },
            "bench",
            now,
        )
        .await
        .expect("admin");
    for n in 0..messages as i64 {
        let state = ChatState {
            locale: Some(LOCALES[n as usize % LOCALES.len()]),
            alerts: true,
            country: Some(country),
            ..ChatState::default()
        };
        storage::save(store, first_chat + n, &state, now)
            .await
            .expect("subscriber");
    }
    let targets = Targets {
        locales: Vec::new(),
        countries: vec![country],
    };
    let campaign =
        testing::approved_campaign(store, &user, &user_name, targets, &LOCALES, |locale| {
            (
            format!("Alert in {}", locale.tag()),
            "A campaign's text of a realistic length: where the shelters are, which routes are \
             dangerous this week, and that asylum can be asked for at the border without paying \
             anyone. **Nobody may charge you for it.**"
                .into(),
        )
        })
        .await
        .expect("approved campaign");

    let fake = FakeTelegram::start().await;
    let setup = Setup {
        global: limit,
        per_chat: 1,
        ..Setup::default()
    };
    let unused = tempfile::tempdir().expect("temp dir");
    let mut config = config(&fake, &setup, unused.path());
    config.database_url = database.url.clone();
    let app = App::start(config).await.expect("app");
    let bot = TelegramBot::with_options(&app, Options::default())
        .await
        .expect("bot")
        .expect("token");
    let wake = bot.broadcast_wake();
    let shutdown = CancellationToken::new();
    let task = tokio::spawn(bot.run(shutdown.clone()));
    // The sender holds the lease once it has looked at the (still empty) outbox.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let (_, queued) = testing::publish(store, &user, campaign.id)
        .await
        .expect("publish");
    assert_eq!(queued as usize, messages);
    let woken = Instant::now();
    wake.wake();
    while fake.delivered() < messages {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let sent: Vec<Instant> = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|call| call.ok())
        .map(|call| call.at)
        .collect();
    let first = sent.iter().min().copied().expect("sent");
    let last = sent.iter().max().copied().expect("sent");
    shutdown.cancel();
    task.await.expect("bot task").expect("bot stops");
    app.store.close().await;
    Run {
        messages,
        seconds: (last - first).as_secs_f64(),
        total_seconds: (last - woken).as_secs_f64(),
        most_in_a_second: most_in_a_second(sent),
    }
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let mut plans: Vec<(u32, usize)> = std::env::args()
        .skip(1)
        .filter_map(|arg| {
            let (limit, messages) = arg.split_once(':')?;
            Some((limit.parse().ok()?, messages.parse().ok()?))
        })
        .collect();
    if plans.is_empty() {
        plans = vec![(30, 600), (100, 2_000), (300, 3_000), (1_000, 5_000)];
    }
    runtime.block_on(async {
        for database in databases().await {
            println!("{}:", database.name);
            println!(
                "{:>8} {:>9} {:>10} {:>12} {:>9} {:>12} {:>14}",
                "limit/s",
                "messages",
                "seconds",
                "delivered/s",
                "fraction",
                "incl. start",
                "max in 1 s"
            );
            for (index, (limit, messages)) in plans.iter().enumerate() {
                let run = run(&database, index, *limit, *messages).await;
                // n messages spaced by 1/limit span (n - 1)/limit seconds at best.
                let rate = (run.messages - 1) as f64 / run.seconds;
                let with_start = run.messages as f64 / run.total_seconds;
                println!(
                    "{:>8} {:>9} {:>10.2} {:>12.1} {:>9.3} {:>12.3} {:>14}",
                    limit,
                    run.messages,
                    run.seconds,
                    rate,
                    rate / f64::from(*limit),
                    with_start / f64::from(*limit),
                    run.most_in_a_second,
                );
            }
        }
    });
}
