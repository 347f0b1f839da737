//! "I need an interpreter" end to end: a person answers the questions, linked interpreters
//! are told with an Accept button, the first to tap gets the request, the others' notices
//! change to "taken" and the person hears of it in their language. A kiosk request made
//! while the bot runs is announced too.

use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::intake::{
    LanguageTag, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject,
};

use crate::support::updates::*;
use crate::support::*;

const SHELTER: &str = "demo-tapachula-shelter-1";

async fn link_interpreter(bot: &TestBot, fake: &FakeTelegram, name: &str, chat: i64) {
    let new = NewInterpreter {
        display_name: name.into(),
        languages: vec![LanguageTag::parse("ht").unwrap()],
        areas: vec![ServiceArea::Shelter(SHELTER.into())],
    };
    let (_, code) = bot.app.store.interpreters().add(&new).await.unwrap();
    let calls = bot
        .send(fake, text(chat, Some("es"), &format!("/start {}", code.0)))
        .await;
    let linked = only_message(&calls);
    assert!(
        linked.text().contains(&bot.html_with(
            Locale::Es,
            "interpreter-linked",
            &[("name", name.into())]
        )),
        "{}",
        linked.text()
    );
}

/// Taps `code` on the last message the chat got; returns the calls it caused in that chat
/// (interpreters' notices may go out at the same moment).
async fn tap(bot: &TestBot, fake: &FakeTelegram, chat: i64, message: i64, code: &str) -> Vec<Call> {
    bot.send(fake, callback(chat, Some("ht"), message, code))
        .await
        .into_iter()
        .filter(|call| call.method == "answerCallbackQuery" || call.chat() == chat)
        .collect()
}

#[tokio::test]
async fn interpreters_are_told_and_the_first_to_accept_gets_the_request() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_interpreter(&bot, &fake, "Roseline", 9001).await;
    link_interpreter(&bot, &fake, "Jean", 9002).await;

    let person = 42;
    let calls = bot.send(&fake, text(person, Some("ht"), "/start")).await;
    let mut message = only_message(&calls).message_id();
    for code in ["l:ht", "i", "i:y", "io:HT", "il.", &format!("ip:{SHELTER}")] {
        let calls = tap(&bot, &fake, person, message, code).await;
        message = only_message(&calls).message_id();
    }
    let calls = tap(&bot, &fake, person, message, "is:n").await;
    let done = only_message(&calls);
    let reference = bot
        .app
        .store
        .requests()
        .open_of(&Subject::Telegram(person))
        .await
        .unwrap()
        .expect("the request is stored");
    assert!(
        done.text().contains(&bot.html_with(
            Locale::Ht,
            "intake-created",
            &[("reference", reference.reference.as_str().into())]
        )),
        "{}",
        done.text()
    );

    // Both interpreters get a notice with an Accept button, once each.
    let notices = fake
        .wait_for("two notices", |calls| {
            calls
                .iter()
                .filter(|c| {
                    c.method == "sendMessage" && c.codes().iter().any(|d| d.starts_with("ra:"))
                })
                .count()
                >= 2
        })
        .await;
    let notices: Vec<_> = notices
        .iter()
        .filter(|c| c.method == "sendMessage" && c.codes().iter().any(|d| d.starts_with("ra:")))
        .collect();
    assert_eq!(notices.len(), 2, "{notices:#?}");
    let mut told: Vec<i64> = notices.iter().map(|c| c.chat()).collect();
    told.sort();
    assert_eq!(told, vec![9001, 9002]);
    for notice in &notices {
        check_message(notice);
        assert!(notice.text().contains(reference.reference.as_str()));
        assert_eq!(
            notice.labels(),
            vec![bot.plain(Locale::Es, "interpreter-accept")]
        );
    }
    let accept = notices[0].codes()[0].clone();
    let (winner, loser) = if notices[0].chat() == 9001 {
        (9001, 9002)
    } else {
        (9002, 9001)
    };
    let losers_notice = notices[1].message_id();
    let scrape = || async { bot.app.metrics.scrape(&bot.app.store).await.unwrap() };
    let waiting = scrape().await;
    assert!(
        waiting.contains("\nfaro_interpreter_requests_waiting 1\n"),
        "{waiting}"
    );
    assert!(
        waiting.contains("\nfaro_interpreter_request_accept_seconds_count 0\n"),
        "{waiting}"
    );

    let calls = bot
        .send(
            &fake,
            callback(winner, Some("es"), notices[0].message_id(), &accept),
        )
        .await;
    let sent = messages(&calls);
    let to_winner = sent
        .iter()
        .find(|c| c.chat() == winner)
        .expect("winner told");
    assert!(to_winner.text().contains(&bot.html_with(
        Locale::Es,
        "interpreter-accepted",
        &[("reference", reference.reference.as_str().into())]
    )));
    let to_person = sent
        .iter()
        .find(|c| c.chat() == person)
        .expect("person told");
    // The person follows the request here: they talk through the bot from now on.
    assert_eq!(
        to_person.text(),
        bot.html_with(
            Locale::Ht,
            "relay-started-person",
            &[
                (
                    "role",
                    bot.plain(Locale::Ht, "relay-role-interpreter-unnamed")
                        .as_str()
                        .into()
                ),
                ("reference", reference.reference.as_str().into())
            ]
        )
    );
    let edited = sent
        .iter()
        .find(|c| c.chat() == loser)
        .expect("the other notice changes");
    assert_eq!(edited.method, "editMessageText");
    assert_eq!(edited.message_id(), losers_notice);
    assert_eq!(edited.text(), bot.html(Locale::Es, "interpreter-taken"));

    // The loser's old button, tapped anyway.
    let calls = bot
        .send(&fake, callback(loser, Some("es"), losers_notice, &accept))
        .await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html(Locale::Es, "interpreter-taken")
    );
    // For /metrics: nothing waits now, and one acceptance was timed (the loser's tap is
    // none); the interpreters' notices and the person's news went out as notices.
    let accepted = scrape().await;
    assert!(
        accepted.contains("\nfaro_interpreter_requests_waiting 0\n"),
        "{accepted}"
    );
    assert!(
        accepted.contains("\nfaro_interpreter_request_accept_seconds_count 1\n"),
        "{accepted}"
    );
    let notices_sent = accepted
        .lines()
        .find_map(|line| {
            line.strip_prefix("faro_messages_sent_total{channel=\"telegram\",purpose=\"notice\"} ")
        })
        .and_then(|value| value.parse::<u64>().ok());
    assert!(notices_sent >= Some(4), "{accepted}");
    bot.stop().await;
}

#[tokio::test]
async fn a_kiosk_request_is_announced_by_the_running_bot() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_interpreter(&bot, &fake, "Roseline", 9001).await;
    let new = NewDeclaration {
        subject: Subject::new_kiosk(),
        locale: Locale::Ht,
        origin: Origin::Undisclosed,
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: Some(SHELTER.into()),
        city: None,
    };
    let request = bot
        .app
        .store
        .requests()
        .create(&new, 90, now_unix())
        .await
        .unwrap();
    // What the kiosk does after making a request.
    bot.app.routing.wake();
    let calls = fake
        .wait_for("the notice", |calls| {
            calls
                .iter()
                .any(|c| c.method == "sendMessage" && c.text().contains(request.reference.as_str()))
        })
        .await;
    let notice = calls
        .iter()
        .find(|c| c.method == "sendMessage" && c.text().contains(request.reference.as_str()))
        .unwrap();
    assert_eq!(notice.chat(), 9001);
    assert_eq!(notice.codes(), vec![format!("ra:{}", request.id)]);
    // Woken again (or the periodic scan): nobody is told twice.
    bot.app.routing.wake();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let told = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.text().contains(request.reference.as_str()))
        .count();
    assert_eq!(told, 1);
    bot.stop().await;
}

/// What a chat was shown: the text and the buttons, without the chat's id.
fn shown(call: &Call) -> (String, String) {
    (
        call.text().to_owned(),
        call.body["reply_markup"].to_string(),
    )
}

#[tokio::test]
async fn only_the_qr_codes_secret_links_a_kiosk_request_and_guesses_learn_nothing() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let new = NewDeclaration {
        subject: Subject::new_kiosk(),
        locale: Locale::Ht,
        origin: Origin::Undisclosed,
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: Some(SHELTER.into()),
        city: None,
    };
    let requests = bot.app.store.requests();
    let request = requests.create(&new, 90, now_unix()).await.unwrap();
    let secret = requests.new_link_secret(request.id).await.unwrap();
    let start = |chat: i64, payload: String| {
        let (bot, fake) = (&bot, &fake);
        async move {
            let calls = bot
                .send(fake, text(chat, Some("ht"), &format!("/start {payload}")))
                .await;
            shown(only_message(&calls))
        }
    };
    // The answer to a bare /start in Kreyòl.
    let neutral = start(601, "ht".into()).await;
    // A made-up secret, and a wrong one of the right form: the same answer, nothing linked.
    assert_eq!(
        start(602, format!("ht_k-{}", "7".repeat(32))).await,
        neutral
    );
    let wrong = faro_core::intake::LinkSecret::random();
    assert_eq!(
        start(603, format!("ht_k-{}", wrong.as_str())).await,
        neutral
    );
    // The reference read off the screen: the same answer whether or not it exists.
    let known = start(604, format!("ht_r-{}", request.reference.as_str())).await;
    let unknown = start(605, "ht_r-334679".into()).await;
    assert_eq!(known, unknown);
    assert_eq!(requests.get(request.id).await.unwrap().notify_chat_id, None);
    // Five tries an hour per chat; the sixth, even with the right secret, is neutral.
    for _ in 0..faro_core::intake::LINK_ATTEMPTS {
        let guess = faro_core::intake::LinkSecret::random();
        assert_eq!(
            start(606, format!("ht_k-{}", guess.as_str())).await,
            neutral
        );
    }
    assert_eq!(
        start(606, format!("ht_k-{}", secret.as_str())).await,
        neutral
    );
    assert_eq!(requests.get(request.id).await.unwrap().notify_chat_id, None);
    // The person, with the QR code's secret: linked, and told about their request.
    let (linked, _) = start(607, format!("ht_k-{}", secret.as_str())).await;
    assert!(linked.contains(request.reference.as_str()), "{linked}");
    assert_eq!(
        requests.get(request.id).await.unwrap().notify_chat_id,
        Some(607)
    );
    // Someone who copied the QR code later: the neutral answer, and the request stays.
    assert_eq!(
        start(608, format!("ht_k-{}", secret.as_str())).await,
        neutral
    );
    assert_eq!(
        requests.get(request.id).await.unwrap().notify_chat_id,
        Some(607)
    );
    bot.stop().await;
}

#[tokio::test]
async fn an_interpreter_gets_one_message_per_window_however_many_requests_come() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_interpreter(&bot, &fake, "Roseline", 9001).await;
    let new = NewDeclaration {
        subject: Subject::new_kiosk(),
        locale: Locale::Ht,
        origin: Origin::Undisclosed,
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: Some(SHELTER.into()),
        city: None,
    };
    let requests = bot.app.store.requests();
    let notices_to_her = |fake: &FakeTelegram| {
        fake.calls_of("sendMessage")
            .into_iter()
            .filter(|c| c.chat() == 9001 && !c.codes().is_empty())
            .count()
    };
    let before = notices_to_her(&fake);
    // A flood: the first request is announced at once, the next ones are held.
    let mut made = Vec::new();
    for _ in 0..4 {
        let mut one = new.clone();
        one.subject = Subject::new_kiosk();
        made.push(requests.create(&one, 90, now_unix()).await.unwrap());
        bot.app.routing.wake();
    }
    let first = made[0].reference.as_str().to_owned();
    fake.wait_for("the first notice", |calls| {
        calls
            .iter()
            .any(|c| c.method == "sendMessage" && c.text().contains(&first))
    })
    .await;
    // Every request has been seen by the router (claimed for her) before we count.
    for request in &made {
        for _ in 0..200 {
            if !requests.notices(request.id).await.unwrap().is_empty() {
                break;
            }
            bot.app.routing.wake();
            tokio::task::yield_now().await;
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert!(!requests.notices(request.id).await.unwrap().is_empty());
    }
    bot.app.routing.wake();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        notices_to_her(&fake) - before,
        1,
        "one message in the window"
    );
    // The window ends (as if ten minutes had passed): the three held go out in one message.
    let (her, _, message) = requests.notices(made[0].id).await.unwrap()[0];
    requests
        .mark_sent(
            &[made[0].id],
            her,
            message,
            now_unix() - faro_core::intake::NOTICE_WINDOW_SECONDS - 1,
        )
        .await
        .unwrap();
    bot.app.routing.wake();
    let calls = fake
        .wait_for("the batch", |calls| {
            calls
                .iter()
                .any(|c| c.method == "sendMessage" && c.chat() == 9001 && c.codes().len() == 3)
        })
        .await;
    let batch = calls
        .iter()
        .find(|c| c.method == "sendMessage" && c.chat() == 9001 && c.codes().len() == 3)
        .unwrap();
    assert!(
        batch.text().contains(&bot.html_with(
            Locale::Es,
            "interpreter-new-requests",
            &[("count", 3.into())]
        )),
        "{}",
        batch.text()
    );
    for request in &made[1..] {
        assert!(batch.text().contains(request.reference.as_str()));
        assert!(batch.codes().contains(&format!("ra:{}", request.id)));
    }
    bot.app.routing.wake();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(notices_to_her(&fake) - before, 2, "nothing more");
    bot.stop().await;
}
