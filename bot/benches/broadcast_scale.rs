//! A regional campaign's broadcast (issue 22): 100,000 subscribers. Measures, on SQLite and
//! (with `FARO_TEST_DATABASE_URL`) PostgreSQL:
//!
//! - the fill: publishing the campaign, which queues one outbox row per subscriber;
//! - the sender's batch (`OutboxRows::due`, 16 rows) with 1,000 and with 100,000 queued, beside
//!   the two maintenance `UPDATE`s every batch used to run over the whole queue;
//! - messages delivered per second against a fake Bot API that answers at once, over a window
//!   with about 100,000 queued, at 30/s and 1,000/s, and the most within any one second.
//!
//! Run: `FARO_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test cargo bench -p faro-bot
//! --bench broadcast_scale` (optional arguments: the window in seconds, then the subscribers).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/telegram/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use faro_bot::{Options, TelegramBot};
use faro_core::accounts::{NewUser, Role, User};
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::publishing::Targets;
use faro_core::store::Store;
use faro_core::store::testing::{self, TestDatabase, databases};
use faro_core::{App, Locale};
use tokio_util::sync::CancellationToken;

use support::{FakeTelegram, Setup, config};

const SMALL: i64 = 1_000;
const BATCHES: u32 = 200;

/// The two statements each batch ran before issue 22, for comparison.
const OLD_MAINTENANCE: [&str; 2] = [
    "UPDATE outbox SET status = 'expired' WHERE status = 'queued'
     AND campaign_id IN (SELECT id FROM campaigns WHERE ends_at <= $1)",
    "UPDATE outbox SET status = 'unsubscribed', last_error = 'alerts off' WHERE status = 'queued'
     AND NOT EXISTS (SELECT 1 FROM chat_state c WHERE c.chat_id = outbox.chat_id AND c.alerts = 1)",
];

async fn campaign(store: &Store, user: &User, slug: &str, country: &str) -> i64 {
    let targets = Targets {
        locales: Vec::new(),
        countries: vec![CountryCode::parse(country).unwrap()],
    };
    testing::approved_campaign(
        store,
        user,
        slug,
        targets,
        &[Locale::En, Locale::Es],
        |locale| {
            (
                format!("Alert in {}", locale.tag()),
                "A campaign's text of a realistic length: where the shelters are, which routes \
                 are dangerous this week, and that asylum can be asked for at the border without \
                 paying anyone. **Nobody may charge you for it.**"
                    .into(),
            )
        },
    )
    .await
    .unwrap()
    .id
}

/// Milliseconds per batch: the sender's read now, and the old maintenance before it.
async fn batch_cost(store: &Store) -> (f64, f64) {
    let now = now_unix() + 5;
    let started = Instant::now();
    for _ in 0..BATCHES {
        let due = store.outbox().due(now, 16).await.unwrap();
        assert_eq!(due.len(), 16);
    }
    let new = started.elapsed().as_secs_f64() * 1000.0 / f64::from(BATCHES);
    let rounds = 20;
    let started = Instant::now();
    for _ in 0..rounds {
        for sql in OLD_MAINTENANCE {
            let query = sqlx::query(sql);
            let query = if sql.contains("$1") {
                query.bind(now)
            } else {
                query
            };
            query.execute(store.pool()).await.unwrap();
        }
    }
    let old = started.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds);
    (new, old)
}

/// Delivered per second over `window` after the first second of sending, and the most
/// within any one second.
async fn deliver(database: &TestDatabase, limit: u32, window: Duration) -> (f64, usize) {
    let fake = FakeTelegram::start().await;
    let setup = Setup {
        global: limit,
        per_chat: 1,
        ..Setup::default()
    };
    let unused = tempfile::tempdir().unwrap();
    let mut config = config(&fake, &setup, unused.path());
    config.database_url = database.url.clone();
    let app = App::start(config).await.unwrap();
    let bot = TelegramBot::with_options(&app, Options::default())
        .await
        .unwrap()
        .unwrap();
    let wake = bot.broadcast_wake();
    let shutdown = CancellationToken::new();
    let task = tokio::spawn(bot.run(shutdown.clone()));
    wake.wake();
    while fake.delivered() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The first second fills the window from empty: measured from the second after.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (from, start) = (fake.delivered(), Instant::now());
    tokio::time::sleep(window).await;
    let (to, took) = (fake.delivered(), start.elapsed());
    shutdown.cancel();
    task.await.unwrap().unwrap();
    app.store.close().await;
    let mut times: Vec<Instant> = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|call| call.ok())
        .map(|call| call.at)
        .collect();
    times.sort();
    let mut most = 0;
    let mut first = 0;
    for last in 0..times.len() {
        while times[last] - times[first] >= Duration::from_secs(1) {
            first += 1;
        }
        most = most.max(last - first + 1);
    }
    ((to - from) as f64 / took.as_secs_f64(), most)
}

async fn queued(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'queued'")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

async fn run(database: &TestDatabase, window: Duration, subscribers: i64) {
    let store = &database.store;
    let now = now_unix();
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
        .unwrap();
    let started = Instant::now();
    testing::subscribe_many(store, 1, SMALL, Locale::Es, Some("GT"), now)
        .await
        .unwrap();
    testing::subscribe_many(store, 1_000_000, subscribers, Locale::Es, Some("MX"), now)
        .await
        .unwrap();
    println!(
        "  {} subscribers written in {:.1} s (setup)",
        SMALL + subscribers,
        started.elapsed().as_secs_f64()
    );

    let small = campaign(store, &user, "bench-small", "GT").await;
    testing::publish(store, &user, small).await.unwrap();
    let (new_small, old_small) = batch_cost(store).await;
    sqlx::query("UPDATE outbox SET status = 'sent' WHERE campaign_id = $1")
        .bind(small)
        .execute(store.pool())
        .await
        .unwrap();

    let large = campaign(store, &user, "bench-large", "MX").await;
    let started = Instant::now();
    let (_, filled) = testing::publish(store, &user, large).await.unwrap();
    let fill = started.elapsed().as_secs_f64();
    assert_eq!(filled as i64, subscribers);
    println!("  publishing to {filled} subscribers (the fill): {fill:.2} s");
    let (new_large, old_large) = batch_cost(store).await;
    println!("  a batch of 16, ms:   {:>8} {:>10}", "now", "before");
    println!("    {SMALL:>7} queued {new_small:>8.3} {old_small:>10.3}");
    println!("    {subscribers:>7} queued {new_large:>8.3} {old_large:>10.3}");

    println!(
        "  {:>8} {:>9} {:>12} {:>9} {:>11}",
        "limit/s", "queued", "delivered/s", "fraction", "max in 1 s"
    );
    for limit in [30, 1_000] {
        let waiting = queued(store).await;
        let (rate, most) = deliver(database, limit, window).await;
        println!(
            "  {limit:>8} {waiting:>9} {rate:>12.1} {:>9.3} {most:>11}",
            rate / f64::from(limit)
        );
    }
}

fn main() {
    let mut args = std::env::args().skip(1).filter(|arg| !arg.starts_with('-'));
    let window = Duration::from_secs(args.next().and_then(|a| a.parse().ok()).unwrap_or(20));
    let subscribers: i64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        for database in databases().await {
            println!("{}:", database.name);
            run(&database, window, subscribers).await;
        }
    });
}
