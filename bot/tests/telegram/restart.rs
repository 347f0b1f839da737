//! State is in the database: a new bot instance on the same database carries on.

use faro_core::Locale;

use crate::support::updates::*;
use crate::support::*;

#[tokio::test]
async fn a_conversation_survives_a_restart() {
    let fake = FakeTelegram::start().await;
    let first = TestBot::start(&fake).await;
    let data_dir = first.data_dir.clone();
    let calls = first.send(&fake, text(1, Some("en"), "/start")).await;
    let picker = only_message(&calls).message_id();
    first
        .send(&fake, callback(1, Some("en"), picker, "l:ur"))
        .await;
    let calls = first.send(&fake, text(1, Some("en"), "/forget")).await;
    let question = only_message(&calls).message_id();
    first.stop().await;

    let setup = Setup {
        data_dir: Some(data_dir),
        ..Setup::default()
    };
    let second = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    // The pending question and the language are remembered.
    let calls = second
        .send(&fake, callback(1, Some("en"), question, "f:y"))
        .await;
    assert_eq!(
        only_message(&calls).text(),
        second.html(Locale::Ur, "bot-forget-done")
    );
    second.stop().await;
}

#[tokio::test]
async fn the_language_survives_a_restart() {
    let fake = FakeTelegram::start().await;
    let first = TestBot::start(&fake).await;
    let data_dir = first.data_dir.clone();
    let calls = first.send(&fake, text(2, None, "/start")).await;
    first
        .send(
            &fake,
            callback(2, None, only_message(&calls).message_id(), "l:zh-Hans"),
        )
        .await;
    first.stop().await;

    let setup = Setup {
        data_dir: Some(data_dir),
        ..Setup::default()
    };
    let second = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    let calls = second.send(&fake, text(2, Some("en"), "/help")).await;
    assert!(
        only_message(&calls)
            .text()
            .starts_with(&second.html(Locale::ZhHans, "bot-help"))
    );
    second.stop().await;
}
