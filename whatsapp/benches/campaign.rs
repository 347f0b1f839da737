//! Replies during a campaign: a 10,000-message WhatsApp campaign goes out at Meta's pace
//! (80 a second) through a fake Graph API on 127.0.0.1 while people write in, one every
//! quarter of a second; each one's wait from the webhook call to their reply is measured,
//! with the campaign's messages a second against the pace. Replies take the pace's reply lane
//! (`whatsapp/src/pace.rs`), so they wait for one bulk slot, not for the campaign.
//!
//! Run: `cargo bench -p faro-whatsapp --bench campaign` (optional arguments: campaign size,
//! rate, people writing: `-- 10000 80 40`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/whatsapp/support.rs"]
mod support;

use std::time::{Duration, Instant};

use faro_core::Locale;
use faro_core::accounts::{NewUser, Role};
use faro_core::clock::now_unix;
use faro_core::dialog::{ChatState, storage};
use faro_core::phone_contacts::NumberKey;
use faro_core::publishing::Targets;
use faro_core::store::testing;
use support::{NUMBER_KEY, TestWa, payloads};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let size: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let rate: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(80);
    let writers: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(40);
    let db = testing::sqlite().await;
    let wa = TestWa::start_configured(&db.url, rate, |config| {
        config.whatsapp_daily_limit = 1_000_000;
    })
    .await;
    let store = wa.app.store.clone();
    let key = NumberKey::parse(NUMBER_KEY).unwrap();
    let contacts = store.phone_contacts(&key, "whatsapp");
    let now = now_unix();
    for n in 0..size {
        let chat = contacts
            .chat_for(&format!("1555{n:07}"), None, now)
            .await
            .unwrap();
        let state = ChatState {
            locale: Some(Locale::Es),
            alerts: true,
            ..ChatState::default()
        };
        storage::save(&store, chat, &state, now).await.unwrap();
        contacts.record_opt_in(chat, "es:bench", now).await.unwrap();
    }
    let admin = store
        .users()
        .create(
            &NewUser {
                name: "bench-admin".into(),
                password: "a long enough password for benches".into(),
                role: Role::Admin,
            },
            "bench",
            now,
        )
        .await
        .unwrap();
    let campaign = testing::approved_campaign(
        &store,
        &admin,
        "bench-campaign",
        Targets::default(),
        &[Locale::Es],
        |_| ("Aviso".into(), "Un mensaje para todos.".into()),
    )
    .await
    .unwrap();
    let start = Instant::now();
    testing::publish(&store, &admin, campaign.id).await.unwrap();
    // Once the campaign is well under way, people write in.
    while wa.fake.sent().len() < size / 10 {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut waits = Vec::new();
    for n in 0..writers {
        let number = format!("1555990{n:04}");
        let posted = Instant::now();
        let payload = payloads::list_reply(&number, &format!("wamid.w.{n}"), "l:es", "Español");
        assert_eq!(wa.post(&payload).await, 200);
        let answered = loop {
            if let Some(reply) = wa.fake.sent().iter().rev().find(|s| s.to() == number) {
                break reply.at;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        waits.push(answered.saturating_duration_since(posted));
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let during = wa.fake.sent().len();
    assert!(
        during < size,
        "the people wrote during the campaign ({during} sent)"
    );
    // The fake's own wait gives up after 30 s; the campaign takes minutes at 80 a second.
    let deadline = Instant::now() + Duration::from_secs(1800);
    let sent = loop {
        let sent = wa.fake.sent();
        if sent.len() >= size + writers || Instant::now() > deadline {
            break sent;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let campaign_sent: Vec<_> = sent
        .iter()
        .filter(|s| !s.to().starts_with("1555990"))
        .collect();
    let first = campaign_sent.first().unwrap().at;
    let last = campaign_sent.last().unwrap().at;
    let per_second = campaign_sent.len() as f64 / last.duration_since(first).as_secs_f64();
    waits.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "campaign of {size} at {rate}/s: {per_second:.1} messages/s ({:.2} of the pace), {:.0} s from publication; \
         {writers} people writing during it: reply wait p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms (one slot is {:.1} ms)",
        per_second / f64::from(rate),
        start.elapsed().as_secs_f64(),
        ms(waits[waits.len() / 2]),
        ms(waits[waits.len() * 99 / 100]),
        ms(*waits.last().unwrap()),
        1000.0 / f64::from(rate),
    );
    wa.stop().await;
}
