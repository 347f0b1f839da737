//! Malformed and unexpected updates: none stops the bot, each gets the right answer or none.

use faro_core::Locale;
use serde_json::json;

use crate::support::updates::*;
use crate::support::*;

#[tokio::test]
async fn unexpected_updates_get_the_right_answer_or_none_and_the_bot_goes_on() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;

    // Nothing to say to these.
    let silent = vec![
        json!({ "some_future_update": { "id": 1 } }),
        json!({ "message": { "message_id": 5, "date": 0 } }),
        json!({ "message": 42 }),
        json!({}),
        channel_post(-1_001_234, "/start"),
        group_text(-1_005_678, 7, "hola a todos"),
        edited_live_location(7, 14.9, -92.2),
        json!({ "message": { "message_id": 6, "date": 0, "chat": { "id": 8, "type": "private", "first_name": "B" },
                             "from": { "id": 99, "is_bot": true, "first_name": "OtherBot" }, "text": "/start" } }),
        json!({ "poll": { "id": "1", "question": "?", "options": [], "total_voter_count": 0, "is_closed": false,
                          "is_anonymous": true, "type": "regular", "allows_multiple_answers": false } }),
    ];
    let count = silent.len();
    let calls = bot.exchange(&fake, silent).await;
    assert!(messages(&calls).is_empty(), "{calls:#?}");
    assert_eq!(bot.stats.handled(), count as u64);

    // A command in a group: the bot says it works in private chats, in the sender's language.
    let calls = bot
        .send(&fake, group_text(-1_005_678, 7, "/start@FaroTestBot"))
        .await;
    let reply = only_message(&calls);
    assert_eq!(reply.chat(), -1_005_678);
    assert_eq!(reply.text(), bot.html(Locale::Es, "bot-private-only"));

    // A button on an inline message: answered, nothing sent.
    let calls = bot.send(&fake, inline_callback(7, "m")).await;
    assert_eq!(
        calls
            .iter()
            .filter(|c| c.method == "answerCallbackQuery")
            .count(),
        1
    );
    assert!(messages(&calls).is_empty());

    // Invalid or forged callback data: answered, and the person is told and given the menu.
    for data in ["", "zzz", "t:asylum:notanumber", "l:xx", &"é".repeat(40)] {
        let calls = bot.send(&fake, callback(7, Some("fa"), 555, data)).await;
        assert_eq!(
            calls
                .iter()
                .filter(|c| c.method == "answerCallbackQuery")
                .count(),
            1,
            "{data}"
        );
        assert!(
            only_message(&calls)
                .text()
                .starts_with(&bot.html(Locale::Fa, "bot-button-expired"))
        );
    }

    // A huge text: an answer within the limits.
    let calls = bot
        .send(&fake, text(7, Some("fa"), &"پناهندگی ".repeat(3000)))
        .await;
    only_message(&calls);

    // And the bot still answers normally.
    let calls = bot.send(&fake, text(7, Some("ar"), "/start")).await;
    assert!(
        only_message(&calls)
            .text()
            .contains(&bot.html(Locale::Ar, "bot-welcome"))
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_batch_with_an_update_telegram_would_never_send_is_skipped_not_retried_forever() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let mut broken = text(3, Some("es"), "/start");
    broken["update_id"] = json!("not a number");
    let before = bot.stats.handled();
    fake.push_all(vec![broken, text(4, Some("es"), "/start")]);
    // Only the readable one can be handled.
    bot.handled(before + 1).await;
    let calls = fake.calls();
    let sent = messages(&calls);
    assert_eq!(sent.len(), 1, "{calls:#?}");
    assert_eq!(sent[0].chat(), 4);
    // Later updates still arrive.
    let calls = bot.send(&fake, text(4, Some("es"), "/help")).await;
    only_message(&calls);
    bot.stop().await;
}

#[tokio::test]
async fn an_edited_text_is_read_again() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    bot.send(&fake, text(5, Some("es"), "/start")).await;
    let picker = fake.calls_of("sendMessage")[0].message_id();
    bot.send(&fake, callback(5, Some("es"), picker, "l:es"))
        .await;
    let title = &bot
        .app
        .content
        .topic("health")
        .unwrap()
        .text(Locale::Es)
        .unwrap()
        .value
        .title;
    let calls = bot.send(&fake, edited_text(5, Some("es"), title)).await;
    let found = only_message(&calls);
    assert_eq!(found.codes()[0], "t:health:0");
    bot.stop().await;
}
