//! A broadcast survives `kill -9`: the real `faro serve` sends a campaign of 2,000 messages
//! to a fake Bot API, is killed with SIGKILL half-way, and a new process on the same
//! database takes over once the dead one's lease has run out and sends the rest. Every chat
//! gets its message; a chat gets it twice only if the process died between Telegram taking
//! the message and the outbox recording it, so the duplicates are at most the messages in
//! flight at the kill (the sender's `in_flight`, 16).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::common::{Server, signal, wait_with_timeout};
use faro_bot::test_support::{Call, FakeTelegram, TOKEN};
use faro_core::Locale;
use faro_core::accounts::{NewUser, Role};
use faro_core::dialog::{ChatState, storage};
use faro_core::publishing::Targets;
use faro_core::store::{Store, testing};

const MESSAGES: i64 = 2_000;
/// The configured global rate, as high as the bot's own broadcast test uses: the rate is held
/// all the same, and the 2,000 messages take half the time they did at 100.
const GLOBAL: usize = 200;
/// The sender's default number of messages in flight: the most a kill can duplicate.
const IN_FLIGHT: usize = 16;
/// Chat ids long enough that finding one in the log cannot be a coincidence.
const FIRST_CHAT: i64 = 7_700_000_001;
const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::Ar, Locale::En];

fn database_url(data_dir: &std::path::Path) -> String {
    format!("sqlite://{}", data_dir.join("data/faro.db").display())
}

/// 2,000 subscribers and a published campaign with a text in each of their locales; the
/// campaign's id.
async fn prepare(url: &str) -> i64 {
    let store = Store::connect(url).await.expect("database");
    let now = faro_core::clock::now_unix();
    let user = store
        .users()
        .create(
            &NewUser {
                name: "focal-admin".into(),
                password: "a long enough password for tests".into(),
                role: Role::Admin,
            },
            "test",
            now,
        )
        .await
        .expect("admin");
    for n in 0..MESSAGES {
        let state = ChatState {
            locale: Some(LOCALES[n as usize % LOCALES.len()]),
            alerts: true,
            ..ChatState::default()
        };
        storage::save(&store, FIRST_CHAT + n, &state, now)
            .await
            .expect("subscriber");
    }
    let campaign = testing::approved_campaign(
        &store,
        &user,
        "crossing-alert",
        Targets::default(),
        &LOCALES,
        |locale| {
            (
                format!("Alert {}", locale.tag()),
                format!("Text for readers of {}.", locale.tag()),
            )
        },
    )
    .await
    .expect("approved campaign");
    let (_, queued) = testing::publish(&store, &user, campaign.id)
        .await
        .expect("publish");
    assert_eq!(queued, MESSAGES as u64);
    store.close().await;
    campaign.id
}

fn wait_until(what: &str, timeout: Duration, done: impl Fn() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The most messages that arrived within any second, and the shortest time in which
/// `GLOBAL + 1` arrived.
fn measured_rate(deliveries: &[Call]) -> (usize, Duration) {
    let mut times: Vec<Instant> = deliveries.iter().map(|d| d.at).collect();
    times.sort();
    let mut most = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= Duration::from_secs(1) {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    let tightest = (GLOBAL..times.len())
        .map(|k| times[k] - times[k - GLOBAL])
        .min()
        .unwrap_or(Duration::MAX);
    (most, tightest)
}

#[test]
fn a_broadcast_killed_half_way_is_finished_by_the_next_process_without_losses() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let data_dir = tempfile::tempdir().expect("temp dir");
    let url = database_url(data_dir.path());
    let campaign = runtime.block_on(prepare(&url));
    // Served by the runtime's worker threads while this thread waits.
    let fake = runtime.block_on(FakeTelegram::start());
    let rate = GLOBAL.to_string();
    let env = [
        ("FARO_TELEGRAM_TOKEN", TOKEN),
        ("FARO_TELEGRAM_API_URL", fake.url.as_str()),
        ("FARO_SEND_RATE_GLOBAL", rate.as_str()),
    ];

    let mut first = Server::start_in(data_dir, &env);
    wait_until("half the messages", Duration::from_secs(60), || {
        fake.delivered() >= MESSAGES as usize / 2
    });
    signal(first.child.id(), "KILL");
    let status = wait_with_timeout(&mut first.child, Duration::from_secs(10));
    assert!(!status.success(), "killed, not exited: {status:?}");
    let at_kill = fake.delivered();
    let killed_at = Instant::now();
    first.wait_for_log("broadcast: sending queued messages", Duration::from_secs(5));
    let mut log = std::mem::take(&mut first.log_lines);
    let data_dir = std::mem::replace(&mut first.data_dir, tempfile::tempdir().expect("temp dir"));
    drop(first);

    let mut second = Server::start_in(data_dir, &env);
    // The dead process's lease runs out first (15 s), then the rest goes at GLOBAL a second.
    wait_until("every chat", Duration::from_secs(120), || {
        fake.chats() == MESSAGES as usize
    });
    // Anything still to come would be a duplicate: give it a moment to show.
    std::thread::sleep(Duration::from_secs(2));
    let status = second.terminate();
    assert!(status.success(), "{status:?}");
    second.wait_for_log("Faro stopped", Duration::from_secs(5));
    log.append(&mut second.log_lines);

    let deliveries: Vec<Call> = fake
        .calls_of("sendMessage")
        .into_iter()
        .filter(Call::ok)
        .collect();
    let mut per_chat: HashMap<i64, Vec<&Call>> = HashMap::new();
    for delivery in &deliveries {
        per_chat.entry(delivery.chat()).or_default().push(delivery);
    }
    assert_eq!(
        per_chat.len(),
        MESSAGES as usize,
        "every chat got the message"
    );
    for (chat, got) in &per_chat {
        let locale = LOCALES[(chat - FIRST_CHAT) as usize % LOCALES.len()];
        let expected = format!("Text for readers of {}.", locale.tag());
        assert!(got.iter().all(|d| d.text().contains(&expected)), "{chat}");
    }
    let duplicates = deliveries.len() - MESSAGES as usize;
    assert!(
        duplicates <= IN_FLIGHT,
        "{duplicates} duplicates, more than the {IN_FLIGHT} messages that can be in flight"
    );
    let resumed = deliveries
        .iter()
        .skip(at_kill)
        .map(|d| d.at)
        .min()
        .expect("the second process sent");
    let (most, tightest) = measured_rate(&deliveries);
    // Strict, as the fake measures arrivals: the limiter keeps a margin for late departures.
    assert!(
        most <= GLOBAL,
        "{most} messages arrived within one second (limit {GLOBAL}/s)"
    );
    assert!(
        tightest >= Duration::from_secs(1),
        "{} messages arrived within {tightest:?}",
        GLOBAL + 1
    );
    eprintln!(
        "kill -9 after {at_kill} of {MESSAGES}; resumed {:.1} s later; {duplicates} duplicates; \
         at most {most} within a second (limit {GLOBAL}), {} within {tightest:?} at the tightest",
        (resumed - killed_at).as_secs_f64(),
        GLOBAL + 1
    );

    // The outbox agrees: everything sent, nothing left.
    let progress = runtime.block_on(async {
        let store = Store::connect(&url).await.expect("database");
        let progress = store.outbox().progress(campaign).await.expect("progress");
        store.close().await;
        progress
    });
    assert_eq!(
        (
            progress.total.queued,
            progress.total.sent,
            progress.total.failed
        ),
        (0, MESSAGES, 0)
    );
    // No chat id reaches the log.
    for n in [0, MESSAGES / 2, MESSAGES - 1] {
        let id = (FIRST_CHAT + n).to_string();
        assert!(
            !log.iter().any(|line| line.contains(&id)),
            "chat id {id} in the log"
        );
    }
}
