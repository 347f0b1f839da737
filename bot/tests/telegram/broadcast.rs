//! Broadcasts end to end: campaigns published in the database, the bot's sender working
//! through the outbox against the fake Bot API, which measures what it receives — every chat
//! once, in its locale, never faster than the configured rates — and answers some chats with
//! 429, 403, 500 or 400. Two instances on one database send one at a time, and the survivor
//! takes over when the holder of the lease dies. Every test runs on SQLite and, when
//! `FARO_TEST_DATABASE_URL` is set, on PostgreSQL.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use faro_bot::render::campaign_html;
use faro_bot::{BotError, Options, TelegramBot, broadcast};
use faro_core::accounts::{NewUser, Role, User};
use faro_core::clock::{now_millis, now_unix};
use faro_core::dialog::{ChatState, storage};
use faro_core::publishing::{Campaign, LocaleProgress, Progress, Targets, lease::SENDER};
use faro_core::store::Store;
use faro_core::store::testing::{self, TestDatabase, databases};
use faro_core::{App, Locale};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::support::fake_api::Scripted;
use crate::support::*;

/// One bot instance on a given database.
struct Instance {
    app: App,
    wake: broadcast::Wake,
    shutdown: CancellationToken,
    task: JoinHandle<Result<(), BotError>>,
}

impl Instance {
    async fn start(
        fake: &FakeTelegram,
        database_url: &str,
        global: u32,
        per_chat: u32,
        sender: broadcast::Options,
    ) -> Instance {
        let setup = Setup {
            global,
            per_chat,
            ..Setup::default()
        };
        let unused = tempfile::tempdir().expect("temp dir");
        let mut config = config(fake, &setup, unused.path());
        config.database_url = database_url.to_owned();
        let app = App::start(config).await.expect("the app starts");
        let options = Options {
            poll_timeout: Duration::from_secs(5),
            broadcast: sender,
            ..Options::default()
        };
        let bot = TelegramBot::with_options(&app, options)
            .await
            .expect("the bot is built")
            .expect("a token is configured");
        let wake = bot.broadcast_wake();
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(bot.run(shutdown.clone()));
        Instance {
            app,
            wake,
            shutdown,
            task,
        }
    }

    async fn stop(self) {
        self.shutdown.cancel();
        self.task
            .await
            .expect("bot task")
            .expect("bot stops cleanly");
        self.app.store.close().await;
    }

    /// Dies without a word: the task is dropped wherever it is, the lease is not released.
    async fn kill(self) {
        self.task.abort();
        let _ = self.task.await;
        self.app.store.close().await;
    }
}

/// Short times, so that a takeover happens within a test.
fn quick() -> broadcast::Options {
    broadcast::Options {
        lease_ttl: Duration::from_secs(2),
        poll_every: Duration::from_millis(100),
        in_flight: 8,
    }
}

async fn admin(store: &Store) -> User {
    let new = NewUser {
        name: "focal-admin".into(),
        password: "a long enough password for tests".into(),
        role: Role::Admin,
    };
    store
        .users()
        .create(&new, "test", now_unix())
        .await
        .expect("admin account")
}

/// Subscribes chats `first..first + count`, their locales taken in turn from `locales`.
async fn subscribe(
    store: &Store,
    first: i64,
    count: i64,
    locales: &[Locale],
) -> Vec<(i64, Locale)> {
    let mut chats = Vec::new();
    for n in 0..count {
        let chat = first + n;
        let locale = locales[n as usize % locales.len()];
        let state = ChatState {
            locale: Some(locale),
            alerts: true,
            ..ChatState::default()
        };
        storage::save(store, chat, &state, now_unix())
            .await
            .expect("subscriber saved");
        chats.push((chat, locale));
    }
    chats
}

/// Creates, approves and publishes a campaign with a text in each of `locales`.
async fn publish(store: &Store, user: &User, slug: &str, locales: &[Locale]) -> (Campaign, u64) {
    let campaign =
        testing::approved_campaign(store, user, slug, Targets::default(), locales, |locale| {
            (
                format!("{slug} — {}", locale.tag()),
                format!(
                    "Message of **{slug}** for readers of {}: <never raw html> & more.",
                    locale.tag()
                ),
            )
        })
        .await
        .expect("approved");
    testing::publish(store, user, campaign.id)
        .await
        .expect("published")
}

/// A campaign for the readers of one locale only; its id.
async fn publish_for(store: &Store, user: &User, slug: &str, locale: Locale) -> i64 {
    let targets = Targets {
        locales: vec![locale],
        countries: Vec::new(),
    };
    let campaign = testing::approved_campaign(store, user, slug, targets, &[locale], |locale| {
        (
            format!("{slug} ({})", locale.tag()),
            "Only for some.".into(),
        )
    })
    .await
    .expect("approved");
    testing::publish(store, user, campaign.id)
        .await
        .expect("publish")
        .0
        .id
}

/// Waits until nothing of the campaigns is queued; their progress.
async fn worked_through(store: &Store, campaigns: &[i64], within: Duration) -> Vec<Progress> {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        let mut all = Vec::new();
        for id in campaigns {
            all.push(store.outbox().progress(*id).await.expect("progress"));
        }
        if all.iter().all(|progress| progress.total.queued == 0) {
            return all;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "outbox not worked through: {all:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The messages the fake took (answered with a message), in order of arrival.
fn delivered(fake: &FakeTelegram) -> Vec<Call> {
    fake.calls_of("sendMessage")
        .into_iter()
        .filter(Call::ok)
        .collect()
}

/// The rate as the fake saw it: the most messages that arrived within any second, and the
/// shortest time in which `limit + 1` arrived.
fn measured_rate(calls: &[Call], limit: u32) -> (usize, Option<Duration>) {
    let mut times: Vec<Instant> = calls.iter().map(|call| call.at).collect();
    times.sort();
    let mut most = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= Duration::from_secs(1) {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    let n = limit as usize;
    let tightest = (n..times.len()).map(|k| times[k] - times[k - n]).min();
    (most, tightest)
}

/// Asserts the limit as the fake measured it; returns a line for the test's output.
fn assert_rate(calls: &[Call], limit: u32, name: &str) -> String {
    let (most, tightest) = measured_rate(calls, limit);
    // Strict, as the fake measures arrivals: the limiter keeps a margin for late departures.
    assert!(
        most <= limit as usize,
        "{name}: {most} messages arrived within one second (limit {limit}/s)"
    );
    if let Some(tightest) = tightest {
        assert!(
            tightest >= Duration::from_secs(1),
            "{name}: {} messages arrived within {tightest:?} (limit {limit}/s)",
            limit + 1
        );
    }
    format!(
        "at most {most} within a second (limit {limit}); {} took at least {tightest:?}",
        limit + 1
    )
}

/// The shortest time between two calls to the same chat.
fn closest_per_chat(calls: &[Call]) -> Option<Duration> {
    let mut last: HashMap<i64, Instant> = HashMap::new();
    let mut closest: Option<Duration> = None;
    let mut sorted: Vec<&Call> = calls.iter().collect();
    sorted.sort_by_key(|call| call.at);
    for call in sorted {
        if let Some(previous) = last.insert(call.chat(), call.at) {
            let gap = call.at - previous;
            closest = Some(closest.map_or(gap, |c| c.min(gap)));
        }
    }
    closest
}

fn per_locale(progress: &Progress) -> BTreeMap<String, (i64, i64, i64)> {
    progress
        .per_locale
        .iter()
        .map(
            |LocaleProgress {
                 locale,
                 queued,
                 sent,
                 failed,
                 ..
             }| {
                (
                    locale.map_or("?".into(), |l| l.tag().to_owned()),
                    (*queued, *sent, *failed),
                )
            },
        )
        .collect()
}

const TEXTS: [Locale; 6] = [
    Locale::En,
    Locale::Es,
    Locale::Fr,
    Locale::Fa,
    Locale::Ar,
    Locale::ZhHans,
];
/// Subscribers' locales: most have a text of their own; ht readers get French and ps
/// readers Persian, along their fallback chains.
const READERS: [Locale; 8] = [
    Locale::En,
    Locale::Es,
    Locale::Fa,
    Locale::Ar,
    Locale::ZhHans,
    Locale::Fr,
    Locale::Ht,
    Locale::Ps,
];

#[tokio::test]
async fn two_thousand_subscribers_get_one_message_each_in_their_language_within_the_rate() {
    for database in databases().await {
        two_thousand(&database).await;
    }
}

async fn two_thousand(database: &TestDatabase) {
    const GLOBAL: u32 = 200;
    let store = &database.store;
    let user = admin(store).await;
    let chats = subscribe(store, 10_000, 2_000, &READERS).await;
    let fake = FakeTelegram::start().await;
    let bot = Instance::start(
        &fake,
        &database.url,
        GLOBAL,
        1,
        broadcast::Options::default(),
    )
    .await;
    let (campaign, queued) = publish(store, &user, "road-safety", &TEXTS).await;
    assert_eq!(queued, 2_000);
    bot.wake.wake();
    let progress = worked_through(store, &[campaign.id], Duration::from_secs(60)).await;

    let sent = delivered(&fake);
    assert_eq!(
        sent.len(),
        2_000,
        "{}: one message per subscriber",
        database.name
    );
    let by_chat: HashMap<i64, &Call> = sent.iter().map(|call| (call.chat(), call)).collect();
    assert_eq!(by_chat.len(), 2_000, "{}: no chat twice", database.name);
    for (chat, locale) in &chats {
        let call = by_chat[chat];
        let text = campaign.text_for(*locale).expect("a text along the chain");
        assert_eq!(call.text(), campaign_html(text, &bot.app.translations));
        assert_eq!(call.body["parse_mode"], "HTML");
        assert_eq!(call.body["link_preview_options"]["is_disabled"], true);
        assert!(call.body.get("reply_markup").is_none(), "no buttons");
    }
    // Spot checks that the right-to-left texts went to their readers.
    let fa_reader = chats
        .iter()
        .find(|(_, l)| *l == Locale::Ps)
        .expect("a ps reader");
    assert!(by_chat[&fa_reader.0].text().contains("readers of fa"));
    let rate = assert_rate(&sent, GLOBAL, database.name);

    let counts = per_locale(&progress[0]);
    // ht readers count under fr, ps readers under fa: the text they got.
    let expected: BTreeMap<String, (i64, i64, i64)> = [
        ("en", 250),
        ("es", 250),
        ("fr", 500),
        ("fa", 500),
        ("ar", 250),
        ("zh-Hans", 250),
    ]
    .into_iter()
    .map(|(tag, n)| (tag.to_owned(), (0, n, 0)))
    .collect();
    assert_eq!(counts, expected, "{}", database.name);
    assert_eq!(
        (progress[0].total.sent, progress[0].total.failed),
        (2_000, 0)
    );
    eprintln!("{}: 2000 messages, {rate}", database.name);
    bot.stop().await;
}

#[tokio::test]
async fn telegrams_default_rates_hold_across_campaigns() {
    for database in databases().await {
        let store = &database.store;
        let user = admin(store).await;
        // 50 chats, one in five reading Persian.
        subscribe(
            store,
            500,
            50,
            &[Locale::Fa, Locale::Es, Locale::Es, Locale::Es, Locale::Es],
        )
        .await;
        let fake = FakeTelegram::start().await;
        // Telegram's limits: 30 a second in all, 1 a second to one chat.
        let bot = Instance::start(&fake, &database.url, 30, 1, broadcast::Options::default()).await;
        // One campaign for everyone (the global limit binds), then three for the ten
        // Persian readers only (the per-chat limit binds).
        let mut ids = vec![
            publish(store, &user, "for-everyone", &[Locale::Es, Locale::Fa])
                .await
                .0
                .id,
        ];
        for slug in ["second-alert", "third-alert", "fourth-alert"] {
            ids.push(publish_for(store, &user, slug, Locale::Fa).await);
        }
        bot.wake.wake();
        worked_through(store, &ids, Duration::from_secs(60)).await;
        let sent = delivered(&fake);
        assert_eq!(sent.len(), 80, "{}", database.name);
        let rate = assert_rate(&sent, 30, database.name);
        // The fa readers get four messages in a row, a second apart at least.
        let closest = closest_per_chat(&sent).expect("chats got several");
        assert!(
            closest >= Duration::from_secs(1),
            "{}: two messages to one chat {closest:?} apart",
            database.name
        );
        eprintln!(
            "{}: {rate}; per chat at least {closest:?} apart",
            database.name
        );
        bot.stop().await;
    }
}

#[tokio::test]
async fn refusals_are_handled_by_kind() {
    for database in databases().await {
        refusals(&database).await;
    }
}

async fn refusals(database: &TestDatabase) {
    let store = &database.store;
    let user = admin(store).await;
    let fake = FakeTelegram::start().await;
    let [slow, blocked, flaky, refused, fine] = [71, 72, 73, 74, 75];
    subscribe(store, slow, 5, &[Locale::Es]).await;
    fake.script_chat(slow, &[Scripted::RetryAfter(2)]);
    fake.script_chat(blocked, &[Scripted::Blocked]);
    fake.script_chat(flaky, &[Scripted::ServerError]);
    fake.script_chat(refused, &[Scripted::BadRequest]);
    let bot = Instance::start(&fake, &database.url, 1000, 1000, quick()).await;
    let (campaign, _) = publish(store, &user, "refusals", &[Locale::Es]).await;
    bot.wake.wake();
    // teloxide waits 10 s after a 5xx before it returns; the outbox's backoff comes on top.
    let progress = worked_through(store, &[campaign.id], Duration::from_secs(60)).await;

    let calls = fake.calls_of("sendMessage");
    let to = |chat: i64| -> Vec<&Call> { calls.iter().filter(|c| c.chat() == chat).collect() };
    // 429: nothing more to that chat before retry_after, then delivered.
    let slow_calls = to(slow);
    assert_eq!(slow_calls.len(), 2, "{}", database.name);
    assert!(!slow_calls[0].ok() && slow_calls[1].ok());
    let waited = slow_calls[1].at - slow_calls[0].at;
    assert!(
        waited >= Duration::from_secs(2),
        "{}: waited {waited:?}",
        database.name
    );
    // 403: tried once, and the person is unsubscribed.
    assert_eq!(to(blocked).len(), 1, "{}", database.name);
    let state = storage::load(store, blocked)
        .await
        .unwrap()
        .expect("chat state");
    assert!(
        !state.alerts,
        "{}: blocked chat still subscribed",
        database.name
    );
    // 500: tried again later, and delivered.
    let flaky_calls = to(flaky);
    assert_eq!(flaky_calls.len(), 2, "{}", database.name);
    assert!(!flaky_calls[0].ok() && flaky_calls[1].ok());
    // 400: given up at once, the subscription kept.
    assert_eq!(to(refused).len(), 1, "{}", database.name);
    let state = storage::load(store, refused)
        .await
        .unwrap()
        .expect("chat state");
    assert!(state.alerts);
    assert_eq!(to(fine).len(), 1);
    assert_eq!(
        per_locale(&progress[0]),
        BTreeMap::from([("es".to_owned(), (0, 3, 2))]),
        "{}",
        database.name
    );
    // Nothing more goes out for them later.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(fake.calls_of("sendMessage").len(), calls.len());
    // Counted for /metrics: three delivered (the 429 was waited out, not a failure); the
    // 403 as blocked, the 500 and the 400 as Telegram's errors.
    let text = bot.app.metrics.encode().unwrap();
    for (series, count) in [
        (
            "faro_messages_sent_total{channel=\"telegram\",purpose=\"broadcast\"}",
            3,
        ),
        (
            "faro_send_errors_total{channel=\"telegram\",purpose=\"broadcast\",kind=\"blocked\"}",
            1,
        ),
        (
            "faro_send_errors_total{channel=\"telegram\",purpose=\"broadcast\",kind=\"telegram_error\"}",
            2,
        ),
        (
            "faro_send_errors_total{channel=\"telegram\",purpose=\"broadcast\",kind=\"rate_limited\"}",
            0,
        ),
    ] {
        assert!(
            text.contains(&format!("\n{series} {count}\n")),
            "{}: {series} is not {count}:\n{text}",
            database.name
        );
    }
    bot.stop().await;
}

#[tokio::test]
async fn two_instances_send_one_at_a_time_and_the_survivor_takes_over() {
    for database in databases().await {
        takeover(&database).await;
    }
}

async fn takeover(database: &TestDatabase) {
    const GLOBAL: u32 = 50;
    const CHATS: usize = 300;
    let store = &database.store;
    let user = admin(store).await;
    subscribe(
        store,
        1,
        CHATS as i64,
        &[Locale::Fa, Locale::Ar, Locale::En],
    )
    .await;
    // One fake API per instance, so that the fakes tell who sent what.
    let fakes = [FakeTelegram::start().await, FakeTelegram::start().await];
    let first = Instance::start(&fakes[0], &database.url, GLOBAL, 1, quick()).await;
    let second = Instance::start(&fakes[1], &database.url, GLOBAL, 1, quick()).await;
    let (campaign, _) = publish(
        store,
        &user,
        "takeover",
        &[Locale::Fa, Locale::Ar, Locale::En],
    )
    .await;
    first.wake.wake();
    second.wake.wake();

    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while fakes[0].delivered() + fakes[1].delivered() < CHATS / 3 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{}: no progress",
            database.name
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let holder = usize::from(fakes[0].delivered() == 0);
    let other = 1 - holder;
    assert_eq!(
        fakes[other].delivered(),
        0,
        "{}: both instances sent at once",
        database.name
    );
    assert!(
        store
            .leases()
            .holder(SENDER, now_millis())
            .await
            .unwrap()
            .is_some()
    );

    // The holder loses its network (what it sends now never arrives) and dies.
    fakes[holder].hang_sends();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while fakes[holder].hung_sends() == 0 {
        assert!(tokio::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let [first, second] = if holder == 0 {
        [first, second]
    } else {
        [second, first]
    };
    let died = Instant::now();
    first.kill().await;

    worked_through(store, &[campaign.id], Duration::from_secs(60)).await;
    let before = delivered(&fakes[holder]);
    let after = delivered(&fakes[other]);
    let mut chats: Vec<i64> = before.iter().chain(&after).map(Call::chat).collect();
    assert_eq!(chats.len(), CHATS, "{}: messages in all", database.name);
    chats.sort_unstable();
    chats.dedup();
    assert_eq!(chats.len(), CHATS, "{}: a chat got two", database.name);
    let last_before = before.iter().map(|c| c.at).max().expect("the holder sent");
    let first_after = after.iter().map(|c| c.at).min().expect("the survivor sent");
    assert!(
        first_after > last_before,
        "{}: the two overlapped",
        database.name
    );
    // The survivor waited for the dead holder's lease to run out.
    assert!(
        first_after - died >= Duration::from_secs(1),
        "{}: took over {:?} after the death",
        database.name,
        first_after - died
    );
    let all: Vec<Call> = before.iter().chain(&after).cloned().collect();
    let rate = assert_rate(&all, GLOBAL, database.name);
    eprintln!(
        "{}: {} sent before the death, {} after; takeover {:?} after it; {rate}",
        database.name,
        before.len(),
        after.len(),
        first_after - died
    );
    second.stop().await;
}

#[tokio::test]
async fn a_clean_stop_releases_the_lease() {
    for database in databases().await {
        let fake = FakeTelegram::start().await;
        let bot = Instance::start(&fake, &database.url, 30, 1, quick()).await;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while database
            .store
            .leases()
            .holder(SENDER, now_millis())
            .await
            .unwrap()
            .is_none()
        {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{}: lease never taken",
                database.name
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        bot.stop().await;
        assert_eq!(
            database
                .store
                .leases()
                .holder(SENDER, now_millis())
                .await
                .unwrap(),
            None,
            "{}",
            database.name
        );
    }
}
