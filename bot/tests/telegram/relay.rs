//! The relay end to end against the fake Bot API: a Haitian Creole speaker asks for an
//! interpreter in the bot; a remote interpreter, linked by code, accepts; texts and voice
//! notes cross both ways, copied and never forwarded, each side shown only a role and the
//! interpreter's label; nothing of what was said is left in any table or in the log; the
//! person's "delete my data" ends it for the interpreter with a neutral notice.

use std::io::Write;
use std::sync::{Arc, Mutex};

use faro_core::Locale;
use faro_core::intake::{LanguageTag, NewInterpreter, Request, ServiceArea, Subject};
use faro_core::store::testing::tables_mentioning;
use serde_json::{Value, json};

use crate::support::updates::*;
use crate::support::*;

const PERSON: i64 = 5_550_001_234;
const INTERPRETER: i64 = 7_770_009_876;
/// Who Telegram says each one is: none of it may reach the other side.
const PERSON_NAME: &str = "Wilner";
const PERSON_USERNAME: &str = "wilner_pap";
const INTERPRETER_NAME: &str = "Roseline";
const INTERPRETER_USERNAME: &str = "roseline_tr";
const REGISTERED_NAME: &str = "Roseline Jean-Louis";

/// `update` as sent by someone with this name and username.
fn from(mut update: Value, first_name: &str, username: &str) -> Value {
    let name = |person: &mut Value| {
        person["first_name"] = json!(first_name);
        person["username"] = json!(username);
    };
    if let Some(message) = update.get_mut("message") {
        name(&mut message["from"]);
        name(&mut message["chat"]);
    }
    if let Some(query) = update.get_mut("callback_query") {
        name(&mut query["from"]);
        name(&mut query["message"]["chat"]);
    }
    update
}

fn person(update: Value) -> Value {
    from(update, PERSON_NAME, PERSON_USERNAME)
}

fn interp(update: Value) -> Value {
    from(update, INTERPRETER_NAME, INTERPRETER_USERNAME)
}

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A remote interpreter for Kreyòl, linked by code, reading French.
async fn link_remote_interpreter(bot: &TestBot, fake: &FakeTelegram) {
    let new = NewInterpreter {
        display_name: REGISTERED_NAME.into(),
        languages: vec![LanguageTag::parse("ht").unwrap()],
        areas: vec![ServiceArea::Remote],
    };
    let (_, code) = bot.app.store.interpreters().add(&new).await.unwrap();
    let calls = bot
        .send(fake, interp(text(INTERPRETER, Some("fr"), "/start")))
        .await;
    let picker = only_message(&calls).message_id();
    bot.send(
        fake,
        interp(callback(INTERPRETER, Some("fr"), picker, "l:fr")),
    )
    .await;
    let calls = bot
        .send(
            fake,
            interp(text(INTERPRETER, Some("fr"), &format!("/start {}", code.0))),
        )
        .await;
    assert!(only_message(&calls).text().contains(&bot.html_with(
        Locale::Fr,
        "interpreter-linked",
        &[("name", REGISTERED_NAME.into())]
    )));
}

/// The person asks for an interpreter in Kreyòl, without saying where they are.
async fn ask(bot: &TestBot, fake: &FakeTelegram) -> Request {
    let calls = bot
        .send(fake, person(text(PERSON, Some("ht"), "/start")))
        .await;
    let mut message = only_message(&calls).message_id();
    for code in ["l:ht", "i", "i:y", "io:HT", "il.", "ip:-", "is:n"] {
        let calls = bot
            .send(fake, person(callback(PERSON, Some("ht"), message, code)))
            .await;
        let mine: Vec<Call> = calls.into_iter().filter(|c| c.chat() == PERSON).collect();
        if let Some(last) = messages(&mine).last() {
            message = last.message_id();
        }
    }
    bot.app
        .store
        .requests()
        .open_of(&Subject::Telegram(PERSON))
        .await
        .unwrap()
        .expect("the request is made")
}

/// What `chat` could read of every call to it: texts, captions and buttons.
fn readable_by(calls: &[Call], chat: i64) -> String {
    calls
        .iter()
        .filter(|c| c.chat() == chat && c.method != "getUpdates")
        .map(|c| {
            format!(
                "{}\n{}\n{}\n",
                c.text(),
                c.caption(),
                c.body["reply_markup"]
            )
        })
        .collect()
}

/// Waits for the `n`-th call that `check` accepts and returns it.
async fn nth(fake: &FakeTelegram, what: &str, n: usize, check: impl Fn(&Call) -> bool) -> Call {
    let calls = fake
        .wait_for(what, |calls| calls.iter().filter(|c| check(c)).count() >= n)
        .await;
    calls.into_iter().filter(|c| check(c)).nth(n - 1).unwrap()
}

#[tokio::test]
async fn a_kreyol_speaker_and_a_remote_interpreter_talk_through_the_bot_and_nothing_is_kept() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // The test runtime runs every task on this thread, so this catches the bot's logs too.
    let _guard = tracing::subscriber::set_default(subscriber);

    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    let calls = bot
        .send(&fake, interp(text(INTERPRETER, Some("fr"), "/label Marie")))
        .await;
    let interpreter_role = bot.html_with(
        Locale::Fr,
        "relay-role-interpreter",
        &[("label", "Marie".into())],
    );
    assert!(only_message(&calls).text().contains(&interpreter_role));

    let request = ask(&bot, &fake).await;
    let reference = request.reference.as_str().to_owned();
    // The notice of this request (by its reference): the routing task sends it after the
    // request is made, later than that on a loaded machine.
    let notice = nth(&fake, "the notice", 1, |c| {
        c.method == "sendMessage"
            && c.chat() == INTERPRETER
            && !c.codes().is_empty()
            && c.text().contains(reference.as_str())
    })
    .await;
    let calls = bot
        .send(
            &fake,
            interp(callback(
                INTERPRETER,
                Some("fr"),
                notice.message_id(),
                &format!("ra:{}", request.id),
            )),
        )
        .await;
    let started = messages(&calls);
    let to_interpreter = started.iter().find(|c| c.chat() == INTERPRETER).unwrap();
    assert!(
        to_interpreter.text().contains(
            &bot.html_with(
                Locale::Fr,
                "relay-started-interpreter",
                &[
                    ("reference", reference.as_str().into()),
                    (
                        "language",
                        bot.app
                            .translations
                            .language_name(Locale::Fr, "ht")
                            .unwrap()
                            .into()
                    ),
                    ("role", interpreter_role.as_str().into()),
                ]
            )
        ),
        "{}",
        to_interpreter.text()
    );
    let role_for_person = bot.html_with(
        Locale::Ht,
        "relay-role-interpreter",
        &[("label", "Marie".into())],
    );
    let to_person = started.iter().find(|c| c.chat() == PERSON).unwrap();
    assert_eq!(
        to_person.text(),
        bot.html_with(
            Locale::Ht,
            "relay-started-person",
            &[
                ("role", role_for_person.as_str().into()),
                ("reference", reference.as_str().into())
            ]
        )
    );
    let person_role = bot.html_with(
        Locale::Fr,
        "relay-role-person",
        &[("reference", reference.as_str().into())],
    );

    // Texts both ways, each under the sender's role only.
    let said_by_person = "Mwen bezwen èd pou dosye azil mwen <demen>";
    bot.send(&fake, person(text(PERSON, Some("ht"), said_by_person)))
        .await;
    let relayed = nth(&fake, "the person's text", 1, |c| {
        c.method == "sendMessage" && c.chat() == INTERPRETER && c.text().contains("dosye azil")
    })
    .await;
    assert_eq!(
        relayed.text(),
        format!(
            "<b>{person_role}</b>\n\n{}",
            faro_bot::render::escape_html(said_by_person)
        )
    );
    let said_by_interpreter = "Bonjou, mwen la pou ede w ak dosye a";
    bot.send(
        &fake,
        interp(text(INTERPRETER, Some("fr"), said_by_interpreter)),
    )
    .await;
    let relayed = nth(&fake, "the interpreter's text", 1, |c| {
        c.method == "sendMessage" && c.chat() == PERSON && c.text().contains(said_by_interpreter)
    })
    .await;
    assert_eq!(
        relayed.text(),
        format!("<b>{role_for_person}</b>\n\n{said_by_interpreter}")
    );

    // Voice notes both ways: copied, with the role as caption.
    let voice_note = person(voice(PERSON, Some("ht")));
    let voice_id = voice_note["message"]["message_id"].as_i64().unwrap();
    bot.send(&fake, voice_note).await;
    let copied = nth(&fake, "the person's voice note", 1, |c| {
        c.method == "copyMessage" && c.chat() == INTERPRETER
    })
    .await;
    assert_eq!(copied.body["from_chat_id"], json!(PERSON));
    assert_eq!(copied.body["message_id"], json!(voice_id));
    assert_eq!(copied.caption(), format!("<b>{person_role}</b>"));
    bot.send(&fake, interp(voice(INTERPRETER, Some("fr"))))
        .await;
    let copied = nth(&fake, "the interpreter's voice note", 1, |c| {
        c.method == "copyMessage" && c.chat() == PERSON
    })
    .await;
    assert_eq!(copied.caption(), format!("<b>{role_for_person}</b>"));

    // A photo is not passed on: the sender hears so, in their language.
    let calls = bot.send(&fake, person(photo(PERSON, Some("ht")))).await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html(Locale::Ht, "relay-only-text-voice")
    );
    assert_eq!(only_message(&calls).chat(), PERSON);
    // Nor is a photo's caption without its photo.
    let captioned = photo_with_caption(PERSON, Some("ht"), "Gade papye sa a");
    let calls = bot.send(&fake, person(captioned)).await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html(Locale::Ht, "relay-only-text-voice")
    );

    // Neither side read anything of who the other is.
    let calls = fake.calls();
    assert!(calls.iter().all(|c| c.method != "forwardMessage"));
    let interpreter_read = readable_by(&calls, INTERPRETER);
    for secret in [PERSON.to_string().as_str(), PERSON_NAME, PERSON_USERNAME] {
        assert!(
            !interpreter_read.contains(secret),
            "{secret} reached the interpreter"
        );
    }
    let person_read = readable_by(&calls, PERSON);
    for secret in [
        INTERPRETER.to_string().as_str(),
        INTERPRETER_NAME,
        INTERPRETER_USERNAME,
        REGISTERED_NAME,
    ] {
        assert!(!person_read.contains(secret), "{secret} reached the person");
    }

    // "Delete my data": the interpreter hears that it ended, and nothing of why.
    let calls = bot
        .send(&fake, person(text(PERSON, Some("ht"), "/forget")))
        .await;
    let confirm = only_message(&calls).message_id();
    let calls = bot
        .send(&fake, person(callback(PERSON, Some("ht"), confirm, "f:y")))
        .await;
    let neutral = messages(&calls)
        .into_iter()
        .find(|c| c.chat() == INTERPRETER)
        .expect("the interpreter is told");
    assert_eq!(
        neutral.text(),
        bot.html_with(
            Locale::Fr,
            "relay-ended-neutral",
            &[("reference", reference.as_str().into())]
        )
    );
    // The interpreter's next words reach no one.
    let calls = bot
        .send(
            &fake,
            interp(text(INTERPRETER, Some("fr"), "Ou la toujou?")),
        )
        .await;
    assert!(calls.iter().all(|c| c.chat() != PERSON), "{calls:#?}");
    let data_dir = bot.data_dir.clone();
    bot.stop().await;

    // What was said is nowhere: not in any table, not in the log.
    let store = faro_core::store::Store::connect(&format!(
        "sqlite://{}/faro.db",
        data_dir.path().display()
    ))
    .await
    .unwrap();
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    for said in ["dosye azil", "mwen la pou ede w", "Ou la toujou"] {
        assert_eq!(
            tables_mentioning(&store, i64::MIN + 11, said).await,
            Vec::<String>::new(),
            "{said}"
        );
        assert!(!log.contains(said), "{said} in the log");
    }
    for who in [
        PERSON.to_string().as_str(),
        INTERPRETER.to_string().as_str(),
        PERSON_USERNAME,
        INTERPRETER_USERNAME,
    ] {
        assert!(!log.contains(who), "{who} in the log");
    }
    store.close().await;
}

#[tokio::test]
async fn the_interpreter_ends_the_conversation_and_the_person_talks_to_the_bot_again() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    let request = ask(&bot, &fake).await;
    let reference = request.reference.as_str().to_owned();
    // The notice of this request (by its reference): the routing task sends it after the
    // request is made, later than that on a loaded machine.
    let notice = nth(&fake, "the notice", 1, |c| {
        c.method == "sendMessage"
            && c.chat() == INTERPRETER
            && !c.codes().is_empty()
            && c.text().contains(reference.as_str())
    })
    .await;
    bot.send(
        &fake,
        interp(callback(
            INTERPRETER,
            Some("fr"),
            notice.message_id(),
            &format!("ra:{}", request.id),
        )),
    )
    .await;
    let calls = bot
        .send(&fake, interp(text(INTERPRETER, Some("fr"), "/end")))
        .await;
    let sent = messages(&calls);
    let to_person = sent.iter().find(|c| c.chat() == PERSON).unwrap();
    assert_eq!(
        to_person.text(),
        bot.html_with(
            Locale::Ht,
            "relay-ended-other",
            &[(
                "role",
                bot.plain(Locale::Ht, "relay-role-interpreter-unnamed")
                    .as_str()
                    .into()
            )]
        )
    );
    let to_interpreter = sent.iter().find(|c| c.chat() == INTERPRETER).unwrap();
    assert!(
        to_interpreter
            .text()
            .starts_with(&bot.html(Locale::Fr, "relay-ended-you"))
    );
    // What the person types now is a question for the bot, not for the interpreter.
    let calls = bot
        .send(&fake, person(text(PERSON, Some("ht"), "azil")))
        .await;
    assert!(calls.iter().all(|c| c.chat() != INTERPRETER), "{calls:#?}");
    assert!(!messages(&calls).is_empty());
    bot.stop().await;
}
