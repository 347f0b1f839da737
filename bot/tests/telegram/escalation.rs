//! When nobody answers, on a clock the test moves: the shelter's interpreter is told first;
//! after `escalate_remote_after_seconds` the remote interpreters who speak the language and
//! are available (not the one who said /away); after `escalate_staff_after_seconds` staff see
//! it in their queue and the person is told in Kreyòl what happens next.

use std::time::Duration;

use faro_core::Locale;
use faro_core::clock::{Clock, now_unix};
use faro_core::intake::{Escalation, LanguageTag, NewInterpreter, ServiceArea, Subject};

use crate::support::updates::*;
use crate::support::*;

const SHELTER: &str = "demo-tapachula-shelter-1";
const PERSON: i64 = 4_400_000_001;
const AT_SHELTER: i64 = 9101;
const REMOTE: i64 = 9102;
const REMOTE_AWAY: i64 = 9103;

async fn link(bot: &TestBot, fake: &FakeTelegram, name: &str, chat: i64, area: ServiceArea) {
    let new = NewInterpreter {
        display_name: name.into(),
        languages: vec![LanguageTag::parse("ht").unwrap()],
        areas: vec![area],
    };
    let (_, code) = bot.app.store.interpreters().add(&new).await.unwrap();
    bot.send(fake, text(chat, Some("es"), &format!("/start {}", code.0)))
        .await;
}

/// Notices with an Accept button sent to `chat` so far.
fn notices_to(fake: &FakeTelegram, chat: i64) -> usize {
    fake.calls_of("sendMessage")
        .iter()
        .filter(|c| c.chat() == chat && c.codes().iter().any(|code| code.starts_with("ra:")))
        .count()
}

/// Lets the router look (as its periodic scan would) and settle.
async fn look(bot: &TestBot) {
    bot.app.routing.wake();
    tokio::time::sleep(Duration::from_millis(300)).await;
}

#[tokio::test]
async fn nobody_at_the_shelter_accepts_so_remote_interpreters_then_staff_and_the_person_are_told() {
    let fake = FakeTelegram::start().await;
    let clock = Clock::manual(now_unix());
    let setup = Setup {
        clock: Some(clock.clone()),
        ..Setup::default()
    };
    let bot = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    link(
        &bot,
        &fake,
        "Roseline",
        AT_SHELTER,
        ServiceArea::Shelter(SHELTER.into()),
    )
    .await;
    link(&bot, &fake, "Jean", REMOTE, ServiceArea::Remote).await;
    link(&bot, &fake, "Paul", REMOTE_AWAY, ServiceArea::Remote).await;
    let calls = bot
        .send(&fake, text(REMOTE_AWAY, Some("es"), "/away"))
        .await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html(Locale::Es, "relay-away")
    );

    let calls = bot.send(&fake, text(PERSON, Some("ht"), "/start")).await;
    let mut message = only_message(&calls).message_id();
    for code in [
        "l:ht",
        "i",
        "i:y",
        "io:HT",
        "il.",
        &format!("ip:{SHELTER}"),
        "is:n",
    ] {
        let calls = bot
            .send(&fake, callback(PERSON, Some("ht"), message, code))
            .await;
        let mine: Vec<Call> = calls.into_iter().filter(|c| c.chat() == PERSON).collect();
        if let Some(last) = messages(&mine).last() {
            message = last.message_id();
        }
    }
    let requests = bot.app.store.requests();
    let request = requests
        .open_of(&Subject::Telegram(PERSON))
        .await
        .unwrap()
        .unwrap();
    // The test's clock stands where the request was made (which the real clock timed).
    clock.advance(request.created_at - clock.now());
    fake.wait_for("the shelter's interpreter told", |_| {
        notices_to(&fake, AT_SHELTER) == 1
    })
    .await;
    look(&bot).await;
    assert_eq!(notices_to(&fake, REMOTE), 0, "the shelter first");

    // Just before the limit, nothing moves.
    clock.advance(599);
    look(&bot).await;
    assert_eq!(notices_to(&fake, REMOTE), 0);
    assert_eq!(
        requests.get(request.id).await.unwrap().escalation,
        Escalation::Local
    );
    // At ten minutes the remote interpreter who is available is told; the one away is not.
    clock.advance(1);
    bot.app.routing.wake();
    fake.wait_for("the remote interpreter told", |_| {
        notices_to(&fake, REMOTE) == 1
    })
    .await;
    look(&bot).await;
    assert_eq!(notices_to(&fake, REMOTE), 1, "once");
    assert_eq!(notices_to(&fake, REMOTE_AWAY), 0, "away: not told");
    assert_eq!(
        requests.get(request.id).await.unwrap().escalation,
        Escalation::Remote
    );
    let to_person_before = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.chat() == PERSON)
        .count();

    // At the second limit, still nobody: staff see it, and the person hears what happens next.
    clock.advance(1200);
    bot.app.routing.wake();
    let told = bot.html_with(
        Locale::Ht,
        "relay-escalated",
        &[("reference", request.reference.as_str().into())],
    );
    fake.wait_for("the person told", |calls| {
        calls
            .iter()
            .any(|c| c.method == "sendMessage" && c.chat() == PERSON && c.text() == told)
    })
    .await;
    assert_eq!(
        requests.get(request.id).await.unwrap().escalation,
        Escalation::Staff
    );
    look(&bot).await;
    let to_person_after = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.chat() == PERSON)
        .count();
    assert_eq!(to_person_after, to_person_before + 1, "told once");
    bot.stop().await;
}

/// Sunday 6 December 2026, 12:00 in Mexico City (18:00 UTC).
const SUNDAY_NOON: i64 = 1_796_580_000;
/// Monday 7 December 2026, 08:59 in Mexico City.
const MONDAY_0859: i64 = 1_796_655_540;

#[tokio::test]
async fn an_interpreter_with_hours_is_told_only_within_them() {
    let fake = FakeTelegram::start().await;
    let clock = Clock::manual(SUNDAY_NOON);
    let setup = Setup {
        clock: Some(clock.clone()),
        ..Setup::default()
    };
    let bot = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    link(&bot, &fake, "Jean", REMOTE, ServiceArea::Remote).await;
    // Weekdays, office hours, on the shelters' clock (the instance's zone).
    let calls = bot
        .send(
            &fake,
            text(REMOTE, Some("es"), "/hours mon-fri 09:00-17:00"),
        )
        .await;
    let reply = only_message(&calls).text();
    assert!(reply.contains("America/Mexico_City"), "{reply}");
    assert!(reply.contains("09:00–17:00"), "{reply}");
    assert!(
        reply.contains(&bot.html(Locale::Es, "weekday-mon")),
        "in Spanish: {reply}"
    );
    // What is not hours gets the form to use, and changes nothing.
    let calls = bot
        .send(&fake, text(REMOTE, Some("es"), "/hours weekdays"))
        .await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html(Locale::Es, "relay-hours-usage")
    );

    // A Kreyòl speaker asks on Sunday: the interpreter is outside their hours.
    let calls = bot.send(&fake, text(PERSON, Some("ht"), "/start")).await;
    let mut message = only_message(&calls).message_id();
    for code in ["l:ht", "i", "i:y", "io:HT", "il.", "ip:-", "is:n"] {
        let calls = bot
            .send(&fake, callback(PERSON, Some("ht"), message, code))
            .await;
        let mine: Vec<Call> = calls.into_iter().filter(|c| c.chat() == PERSON).collect();
        if let Some(last) = messages(&mine).last() {
            message = last.message_id();
        }
    }
    assert!(
        bot.app
            .store
            .requests()
            .open_of(&Subject::Telegram(PERSON))
            .await
            .unwrap()
            .is_some()
    );
    look(&bot).await;
    assert_eq!(notices_to(&fake, REMOTE), 0, "Sunday: not told");
    // Monday, a minute before the hours: still not.
    clock.advance(MONDAY_0859 - clock.now());
    look(&bot).await;
    assert_eq!(notices_to(&fake, REMOTE), 0, "08:59: not told");
    // 09:00: the request still waiting reaches them.
    clock.advance(60);
    bot.app.routing.wake();
    fake.wait_for("the interpreter told within their hours", |_| {
        notices_to(&fake, REMOTE) == 1
    })
    .await;
    // /hours off: whenever available again, and they read so.
    let calls = bot
        .send(&fake, text(REMOTE, Some("es"), "/hours off"))
        .await;
    // (The person may hear of the escalation meanwhile: the clock moved a day.)
    let theirs: Vec<Call> = calls.into_iter().filter(|c| c.chat() == REMOTE).collect();
    assert_eq!(
        only_message(&theirs).text(),
        bot.html(Locale::Es, "relay-hours-off")
    );
    let interpreter = bot
        .app
        .store
        .interpreters()
        .by_chat(REMOTE)
        .await
        .unwrap()
        .unwrap();
    assert!(
        bot.app
            .store
            .interpreters()
            .hours(interpreter.id)
            .await
            .unwrap()
            .is_none()
    );
    bot.stop().await;
}
