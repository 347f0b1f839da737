//! The limiter end to end: a 429 from the Bot API makes the bot wait its `retry_after` and
//! try again; one chat gets at most one message a second.

use std::time::Duration;

use faro_core::Locale;

use crate::support::updates::*;
use crate::support::*;

#[tokio::test]
async fn a_429_makes_the_bot_wait_retry_after_then_deliver() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    fake.throttle_sends(1, 1);
    let calls = bot.send(&fake, text(1, Some("fa"), "/start")).await;
    let sends: Vec<_> = calls.iter().filter(|c| c.method == "sendMessage").collect();
    assert_eq!(sends.len(), 2, "refused once, then sent");
    assert!(!sends[0].ok());
    assert_eq!(sends[0].response["parameters"]["retry_after"], 1);
    assert!(sends[1].ok());
    assert_eq!(sends[1].text(), sends[0].text());
    assert!(
        sends[1]
            .text()
            .contains(&bot.html(Locale::Fa, "bot-welcome"))
    );
    let waited = sends[1].at - sends[0].at;
    assert!(
        waited >= Duration::from_millis(950),
        "waited only {waited:?}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn one_chat_gets_at_most_one_message_a_second() {
    let fake = FakeTelegram::start().await;
    let setup = Setup {
        per_chat: 1,
        global: 30,
        ..Setup::default()
    };
    let bot = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    // A deep link to a topic for a new person: a welcome, then the topic.
    let calls = bot.send(&fake, text(2, None, "/start es_t-asylum")).await;
    let sent = messages(&calls);
    assert_eq!(sent.len(), 2);
    let gap = sent[1].at - sent[0].at;
    assert!(gap >= Duration::from_millis(900), "{gap:?}");
    bot.stop().await;
}
