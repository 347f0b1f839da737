//! Three instances on one PostgreSQL share Telegram's budget (issue 22): webhook updates from
//! many chats land on all three — a chat's second message on another instance than its first
//! — while one of them sends a broadcast, and the fake Bot API, which every instance talks to,
//! never sees more than the global limit in any one second nor two messages to one chat within
//! a second; every chat gets its replies and every subscriber the broadcast.
//!
//! The limits are lowered (10 a second in all) so that the budget binds within seconds. No
//! timing is asserted but those limits: a slow machine makes the test slower, not red.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use faro_bot::{BotError, Options, TelegramBot, broadcast};
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::publishing::Targets;
use faro_core::store::testing;
use faro_core::{App, Locale};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::support::updates::*;
use crate::support::*;

const GLOBAL: usize = 10;
const INSTANCES: usize = 3;
/// Subscribers 1..=30 get the broadcast; chats 1..=12 (subscribers too) and 101..=112 write.
const SUBSCRIBERS: i64 = 30;
const WRITERS: [std::ops::RangeInclusive<i64>; 2] = [1..=12, 101..=112];
/// Each writer's updates, each to the next instance.
const UPDATES_EACH: usize = 2;

struct Instance {
    app: App,
    hook: String,
    shutdown: CancellationToken,
    bot: JoinHandle<Result<(), BotError>>,
    server: JoinHandle<std::io::Result<()>>,
}

async fn start(fake: &FakeTelegram, database_url: &str) -> Instance {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/telegram/webhook", listener.local_addr().unwrap());
    let setup = Setup {
        webhook_url: Some(hook.clone()),
        global: GLOBAL as u32,
        per_chat: 1,
        ..Setup::default()
    };
    let unused = tempfile::tempdir().unwrap();
    let mut config = config(fake, &setup, unused.path());
    config.database_url = database_url.to_owned();
    let app = App::start(config).await.expect("the app starts");
    let options = Options {
        broadcast: broadcast::Options {
            lease_ttl: Duration::from_secs(2),
            poll_every: Duration::from_millis(100),
            in_flight: 8,
        },
        ..Options::default()
    };
    let bot = TelegramBot::with_options(&app, options)
        .await
        .unwrap()
        .unwrap();
    let shutdown = CancellationToken::new();
    let server = tokio::spawn(faro_web::serve(
        listener,
        app.clone(),
        bot.routes(),
        shutdown.clone().cancelled_owned(),
    ));
    let bot = tokio::spawn(bot.run(shutdown.clone()));
    Instance {
        app,
        hook,
        shutdown,
        bot,
        server,
    }
}

/// The most messages the fake received within any one second.
fn most_in_a_second(calls: &[&Call]) -> usize {
    let mut times: Vec<Instant> = calls.iter().map(|call| call.at).collect();
    times.sort();
    let mut most = 0;
    let mut first = 0;
    for last in 0..times.len() {
        while times[last] - times[first] >= Duration::from_secs(1) {
            first += 1;
        }
        most = most.max(last - first + 1);
    }
    most
}

#[tokio::test]
async fn three_instances_stay_within_one_budget_and_answer_everyone() {
    let Some(database) = testing::postgres().await else {
        eprintln!("skipped: FARO_TEST_DATABASE_URL is not set");
        return;
    };
    let store = &database.store;
    let now = now_unix();
    testing::subscribe_many(store, 1, SUBSCRIBERS, Locale::Es, None, now)
        .await
        .unwrap();
    let admin = store
        .users()
        .create(
            &NewUser {
                name: "budget-admin".into(),
                password: "a long enough password for tests".into(),
                role: Role::Admin,
            },
            "test",
            now,
        )
        .await
        .unwrap();
    let campaign = testing::approved_campaign(
        store,
        &admin,
        "shared-budget",
        Targets::default(),
        &[Locale::En, Locale::Es],
        |locale| {
            (
                format!("Broadcast {}", locale.tag()),
                "BROADCAST-BODY".into(),
            )
        },
    )
    .await
    .unwrap();

    let fake = FakeTelegram::start().await;
    let mut instances = Vec::new();
    for _ in 0..INSTANCES {
        instances.push(start(&fake, &database.url).await);
    }
    wait_until("every instance set its webhook", || {
        fake.calls_of("setWebhook").len() >= INSTANCES
    })
    .await;

    // The broadcast, sent by whichever instance holds the lease, while the updates arrive.
    testing::publish(store, &admin, campaign.id).await.unwrap();
    for instance in &instances {
        instance.app.outbox.wake();
    }
    let client = reqwest::Client::new();
    let secret = faro_bot::webhook_secret(TOKEN);
    let mut update_id = 1;
    for round in 0..UPDATES_EACH {
        for (index, chat) in WRITERS.iter().cloned().flatten().enumerate() {
            let instance = &instances[(index + round) % INSTANCES];
            let mut update = text(chat, Some("es"), "/start");
            update["update_id"] = update_id.into();
            update_id += 1;
            let response = client
                .post(&instance.hook)
                .header("X-Telegram-Bot-Api-Secret-Token", &secret)
                .json(&update)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
        }
    }

    let is_broadcast = |call: &Call| call.text().contains("BROADCAST-BODY");
    wait_until("every reply and the whole broadcast", || {
        let calls = fake.calls_of("sendMessage");
        let broadcast = calls.iter().filter(|c| c.ok() && is_broadcast(c)).count();
        let mut replies: HashMap<i64, usize> = HashMap::new();
        for call in calls.iter().filter(|c| c.ok() && !is_broadcast(c)) {
            *replies.entry(call.chat()).or_default() += 1;
        }
        broadcast >= SUBSCRIBERS as usize
            && WRITERS
                .iter()
                .cloned()
                .flatten()
                .all(|chat| replies.get(&chat).copied().unwrap_or(0) >= UPDATES_EACH)
    })
    .await;

    let calls = fake.calls();
    let messages: Vec<&Call> = calls
        .iter()
        .filter(|c| matches!(c.method.as_str(), "sendMessage" | "editMessageText"))
        .collect();
    let most = most_in_a_second(&messages);
    assert!(
        most <= GLOBAL,
        "{most} messages within one second from {INSTANCES} instances (limit {GLOBAL})"
    );
    let mut per_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
    for call in &messages {
        per_chat.entry(call.chat()).or_default().push(call.at);
    }
    for (chat, mut times) in per_chat {
        times.sort();
        for pair in times.windows(2) {
            let gap = pair[1] - pair[0];
            assert!(
                gap >= Duration::from_secs(1),
                "chat {chat}: two messages {gap:?} apart"
            );
        }
    }
    // Every subscriber got the broadcast once.
    let mut broadcast: Vec<i64> = messages
        .iter()
        .filter(|c| is_broadcast(c))
        .map(|c| c.chat())
        .collect();
    broadcast.sort_unstable();
    assert_eq!(broadcast, (1..=SUBSCRIBERS).collect::<Vec<_>>());

    for instance in instances {
        instance.shutdown.cancel();
        instance.bot.await.unwrap().unwrap();
        instance.server.await.unwrap().unwrap();
        instance.app.store.close().await;
    }
}

/// Waits as long as it takes (a loaded machine is slow, not wrong), up to a generous bound.
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while !done() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
