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
    ask_as(bot, fake, PERSON).await
}

/// `chat` asks for an interpreter in Kreyòl, without saying where they are.
async fn ask_as(bot: &TestBot, fake: &FakeTelegram, chat: i64) -> Request {
    ask_at(bot, fake, chat, "ip:-").await
}

/// `chat` asks for an interpreter in Kreyòl, at the place `place` (a button's code).
async fn ask_at(bot: &TestBot, fake: &FakeTelegram, chat: i64, place: &str) -> Request {
    let calls = bot
        .send(fake, person(text(chat, Some("ht"), "/start")))
        .await;
    let mut message = only_message(&calls).message_id();
    for code in ["l:ht", "i", "i:y", "io:HT", "il.", place, "is:n"] {
        let calls = bot
            .send(fake, person(callback(chat, Some("ht"), message, code)))
            .await;
        let mine: Vec<Call> = calls.into_iter().filter(|c| c.chat() == chat).collect();
        if let Some(last) = messages(&mine).last() {
            message = last.message_id();
        }
    }
    bot.app
        .store
        .requests()
        .open_of(&Subject::Telegram(chat))
        .await
        .unwrap()
        .expect("the request is made")
}

/// The interpreter accepts `request` with a notice's Accept button (the first notice's
/// message: a later request's notice may be held for the interpreter's next message); what
/// the bot answered them.
async fn accept(bot: &TestBot, fake: &FakeTelegram, request: &Request) -> Vec<Call> {
    let notice = nth(fake, "a notice", 1, |c| {
        c.method == "sendMessage" && c.chat() == INTERPRETER && !c.codes().is_empty()
    })
    .await;
    bot.send(
        fake,
        interp(callback(
            INTERPRETER,
            Some("fr"),
            notice.message_id(),
            &format!("ra:{}", request.id),
        )),
    )
    .await
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

#[tokio::test]
async fn a_linked_interpreter_gets_their_own_command_menu_in_their_language() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let context = faro_core::dialog::Context::from_app(&bot.app, faro_bot::render::TELEGRAM);
    // Everyone's menu has /status and /end, and none of the interpreters' commands.
    for call in fake.calls_of("setMyCommands") {
        let names: Vec<&str> = call.body["commands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|command| command["command"].as_str().unwrap())
            .collect();
        assert!(
            names.contains(&"status") && names.contains(&"end"),
            "{names:?}"
        );
        assert!(
            !names.contains(&"hours") && !names.contains(&"available"),
            "{names:?}"
        );
    }
    link_remote_interpreter(&bot, &fake).await;
    let scope = json!({ "type": "chat", "chat_id": INTERPRETER });
    fake.wait_for("the interpreter's menu", |calls| {
        calls
            .iter()
            .any(|c| c.method == "setMyCommands" && c.body["scope"] == scope)
    })
    .await;
    let call = fake
        .calls_of("setMyCommands")
        .into_iter()
        .rfind(|c| c.body["scope"] == scope)
        .unwrap();
    let expected: Vec<Value> = faro_core::dialog::interpreter_commands(&context, Locale::Fr)
        .into_iter()
        .map(|(command, description)| json!({ "command": command, "description": description }))
        .collect();
    assert_eq!(call.body["commands"], Value::Array(expected));
    // Only their chat: nobody else's menu changed.
    assert!(
        fake.calls_of("setMyCommands")
            .iter()
            .filter(|c| c.body.get("scope").is_some_and(|s| s["type"] == "chat"))
            .all(|c| c.body["scope"] == scope)
    );
    bot.stop().await;
}

#[tokio::test]
async fn staff_marking_a_request_done_mid_conversation_tells_both_sides_once() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    let request = ask(&bot, &fake).await;
    let reference = request.reference.as_str().to_owned();
    accept(&bot, &fake, &request).await;
    assert!(
        bot.app
            .store
            .conversations()
            .open(request.id)
            .await
            .unwrap()
            .is_some()
    );
    // Done from the staff queue (which wakes the router as this does).
    bot.app
        .store
        .requests()
        .set_status(
            request.id,
            faro_core::intake::RequestStatus::Done,
            faro_core::clock::now_unix(),
        )
        .await
        .unwrap();
    bot.app.routing.wake();
    let ended = |locale| {
        bot.html_with(
            locale,
            "relay-ended-neutral",
            &[("reference", reference.as_str().into())],
        )
    };
    let (to_person, to_interpreter) = (ended(Locale::Ht), ended(Locale::Fr));
    let told = |calls: &[Call]| {
        let count = |chat: i64, text: &str| {
            calls
                .iter()
                .filter(|c| c.method == "sendMessage" && c.chat() == chat && c.text() == text)
                .count()
        };
        (
            count(PERSON, &to_person),
            count(INTERPRETER, &to_interpreter),
        )
    };
    fake.wait_for("both sides told", |calls| told(calls) == (1, 1))
        .await;
    // Another look tells nobody again.
    bot.app.routing.wake();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(told(&fake.calls()), (1, 1));
    // The person's words now go to the bot, not to the interpreter.
    let calls = bot
        .send(&fake, person(text(PERSON, Some("ht"), "azil")))
        .await;
    assert!(calls.iter().all(|c| c.chat() != INTERPRETER), "{calls:#?}");
    bot.stop().await;
}

#[tokio::test]
async fn an_interpreter_in_two_conversations_is_told_where_they_write_and_changes_it_with_to() {
    const SECOND: i64 = 5_550_002_468;
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    let first = ask(&bot, &fake).await;
    accept(&bot, &fake, &first).await;
    let second = ask_as(&bot, &fake, SECOND).await;
    let calls = accept(&bot, &fake, &second).await;
    let (first_ref, second_ref) = (first.reference.as_str(), second.reference.as_str());
    // Accepting the second says that both are open and that writing goes to the latest.
    let several = bot.html_with(
        Locale::Fr,
        "relay-several",
        &[
            (
                "references",
                format!("{second_ref}, {first_ref}").as_str().into(),
            ),
            ("reference", second_ref.into()),
            ("other", first_ref.into()),
        ],
    );
    let reply = messages(&calls)
        .into_iter()
        .find(|c| c.chat() == INTERPRETER)
        .unwrap();
    assert!(reply.text().contains(&several), "{}", reply.text());
    let said_to = |calls: &[Call], chat: i64, words: &str| {
        calls
            .iter()
            .any(|c| c.method == "sendMessage" && c.chat() == chat && c.text().contains(words))
    };
    bot.send(
        &fake,
        interp(text(INTERPRETER, Some("fr"), "Bonjou dezyèm")),
    )
    .await;
    fake.wait_for("to the latest", |calls| {
        said_to(calls, SECOND, "Bonjou dezyèm")
    })
    .await;
    // /to the first: what they write goes there now.
    let calls = bot
        .send(
            &fake,
            interp(text(
                INTERPRETER,
                Some("fr"),
                &format!("/to {}", first_ref.to_lowercase()),
            )),
        )
        .await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html_with(
            Locale::Fr,
            "relay-to-set",
            &[("reference", first_ref.into())]
        )
    );
    bot.send(
        &fake,
        interp(text(INTERPRETER, Some("fr"), "Bonjou premye")),
    )
    .await;
    fake.wait_for("to the first", |calls| {
        said_to(calls, PERSON, "Bonjou premye")
    })
    .await;
    assert!(!said_to(&fake.calls(), SECOND, "Bonjou premye"));
    // A reference that is not theirs: which are open.
    let calls = bot
        .send(&fake, interp(text(INTERPRETER, Some("fr"), "/to ZZZZZZ")))
        .await;
    assert_eq!(
        only_message(&calls).text(),
        bot.html_with(
            Locale::Fr,
            "relay-to-unknown",
            &[(
                "references",
                format!("{second_ref}, {first_ref}").as_str().into()
            )]
        )
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_kiosk_person_joins_from_their_phone_after_acceptance_and_they_talk() {
    const PHONE: i64 = 5_550_003_579;
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    // Asked at a kiosk: nobody's chat follows it yet.
    let new = faro_core::intake::NewDeclaration {
        subject: Subject::new_kiosk(),
        locale: Locale::Ht,
        origin: faro_core::intake::Origin::Undisclosed,
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: None,
        city: None,
    };
    let requests = bot.app.store.requests();
    let request = requests
        .create(&new, 90, faro_core::clock::now_unix())
        .await
        .unwrap();
    let secret = requests.new_link_secret(request.id).await.unwrap();
    bot.app.routing.wake();
    let calls = accept(&bot, &fake, &request).await;
    // Accepted, and no conversation yet: nobody to talk to.
    assert!(calls.iter().all(|c| c.chat() != PHONE));
    let reference = request.reference.as_str();
    let started_for_interpreter = bot.html_with(
        Locale::Fr,
        "relay-started-interpreter",
        &[
            ("reference", reference.into()),
            (
                "language",
                bot.app
                    .translations
                    .language_name(Locale::Fr, "ht")
                    .unwrap()
                    .into(),
            ),
            (
                "role",
                bot.plain(Locale::Fr, "relay-role-interpreter-unnamed")
                    .as_str()
                    .into(),
            ),
        ],
    );
    assert!(
        messages(&calls)
            .iter()
            .all(|c| !c.text().contains(&started_for_interpreter))
    );

    // The person scans the kiosk's QR code with their phone: the conversation starts.
    let calls = bot
        .send(
            &fake,
            person(text(
                PHONE,
                Some("ht"),
                &format!("/start ht_k-{}", secret.as_str()),
            )),
        )
        .await;
    let to_phone = messages(&calls)
        .into_iter()
        .find(|c| c.chat() == PHONE)
        .unwrap();
    assert_eq!(
        to_phone.text(),
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
                ("reference", reference.into()),
            ],
        )
    );
    fake.wait_for("the interpreter told", |calls| {
        calls.iter().any(|c| {
            c.method == "sendMessage"
                && c.chat() == INTERPRETER
                && c.text().contains(&started_for_interpreter)
        })
    })
    .await;
    // What the person writes now reaches the interpreter, under the person's role only.
    bot.send(&fake, person(text(PHONE, Some("ht"), "Mwen nan kay la")))
        .await;
    let relayed = nth(&fake, "the person's words", 1, |c| {
        c.method == "sendMessage" && c.chat() == INTERPRETER && c.text().contains("Mwen nan kay la")
    })
    .await;
    assert!(!relayed.text().contains(&PHONE.to_string()));
    // Opening the QR code again changes nothing: it says where it stands.
    let calls = bot
        .send(
            &fake,
            person(text(
                PHONE,
                Some("ht"),
                &format!("/start ht_k-{}", secret.as_str()),
            )),
        )
        .await;
    assert!(
        only_message(&calls).text().contains(reference),
        "{}",
        only_message(&calls).text()
    );
    bot.stop().await;
}

#[tokio::test]
async fn shelter_staff_link_their_telegram_and_join_so_the_three_talk_in_one_thread() {
    use faro_core::accounts::{NewUser, Role};
    const SHELTER: &str = "demo-tapachula-shelter-1";
    const STAFF: i64 = 6_660_001_111;
    const OTHER_STAFF: i64 = 6_660_002_222;
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    link_remote_interpreter(&bot, &fake).await;
    let request = ask_at(&bot, &fake, PERSON, &format!("ip:{SHELTER}")).await;
    let reference = request.reference.as_str().to_owned();
    accept(&bot, &fake, &request).await;

    let users = bot.app.store.users();
    let now = faro_core::clock::now_unix();
    let mut codes = Vec::new();
    for (name, shelter) in [("desk.staff", SHELTER), ("far.staff", "demo-other-shelter")] {
        let user = users
            .create(
                &NewUser {
                    name: name.into(),
                    password: "a long enough password".into(),
                    role: Role::Staff {
                        shelter: shelter.into(),
                    },
                },
                "test",
                now,
            )
            .await
            .unwrap();
        codes.push(users.new_telegram_code(user.id).await.unwrap());
    }
    // Each links their Telegram with the code the staff page made.
    for (chat, code, name) in [
        (STAFF, &codes[0], "desk.staff"),
        (OTHER_STAFF, &codes[1], "far.staff"),
    ] {
        let calls = bot
            .send(&fake, text(chat, Some("es"), &format!("/start {code}")))
            .await;
        assert!(
            only_message(&calls).text().contains(&bot.html_with(
                Locale::Es,
                "relay-staff-linked",
                &[("name", name.into())]
            )),
            "{}",
            only_message(&calls).text()
        );
    }
    // Their menu has /join.
    let scope = json!({ "type": "chat", "chat_id": STAFF });
    let menu = fake
        .calls_of("setMyCommands")
        .into_iter()
        .rfind(|c| c.body["scope"] == scope)
        .expect("the staff's menu");
    assert!(menu.body["commands"].to_string().contains("\"join\""));

    // Staff of another shelter cannot join; nor can anyone with an unknown reference.
    for (chat, what) in [
        (OTHER_STAFF, format!("/join {reference}")),
        (STAFF, "/join 999999".to_owned()),
    ] {
        let calls = bot.send(&fake, text(chat, Some("es"), &what)).await;
        assert!(
            only_message(&calls)
                .text()
                .starts_with(&bot.html(Locale::Es, "relay-join-failed")),
            "{what}"
        );
    }
    // The shelter's staff join: the person and the interpreter hear it, each in their language.
    let calls = bot
        .send(
            &fake,
            text(
                STAFF,
                Some("es"),
                &format!("/join {}", reference.to_lowercase()),
            ),
        )
        .await;
    let sent = messages(&calls);
    let staff_role = |locale| bot.plain(locale, "relay-role-staff");
    assert_eq!(
        sent.iter().find(|c| c.chat() == STAFF).unwrap().text(),
        bot.html_with(
            Locale::Es,
            "relay-joined-you",
            &[
                ("reference", reference.as_str().into()),
                ("role", staff_role(Locale::Es).as_str().into())
            ]
        )
    );
    for (chat, locale) in [(PERSON, Locale::Ht), (INTERPRETER, Locale::Fr)] {
        assert_eq!(
            sent.iter().find(|c| c.chat() == chat).unwrap().text(),
            bot.html_with(
                locale,
                "relay-joined-other",
                &[("role", staff_role(locale).as_str().into())]
            )
        );
    }
    // What each writes reaches the two others, under a role only.
    let got = |calls: &[Call], chat: i64, words: &str| {
        calls
            .iter()
            .find(|c| c.method == "sendMessage" && c.chat() == chat && c.text().contains(words))
            .map(|c| c.text().to_owned())
    };
    bot.send(&fake, person(text(PERSON, Some("ht"), "Mwen bezwen èd")))
        .await;
    let calls = fake
        .wait_for("the person's words to both", |calls| {
            got(calls, STAFF, "Mwen bezwen èd").is_some()
                && got(calls, INTERPRETER, "Mwen bezwen èd").is_some()
        })
        .await;
    let person_role = bot
        .app
        .translations
        .format(
            Locale::Es,
            "relay-role-person",
            &[("reference", reference.as_str().into())],
        )
        .text;
    assert!(
        got(&calls, STAFF, "Mwen bezwen èd")
            .unwrap()
            .contains(&person_role)
    );
    bot.send(&fake, text(STAFF, Some("es"), "Estamos en la recepción"))
        .await;
    let calls = fake
        .wait_for("the staff's words to both", |calls| {
            got(calls, PERSON, "Estamos en la recepción").is_some()
                && got(calls, INTERPRETER, "Estamos en la recepción").is_some()
        })
        .await;
    assert!(
        got(&calls, PERSON, "Estamos en la recepción")
            .unwrap()
            .contains(&staff_role(Locale::Ht))
    );
    // Nothing the staff read carries the person's or the interpreter's identity, nor theirs
    // the staff's.
    let staff_read = readable_by(&calls, STAFF);
    for secret in [
        PERSON.to_string().as_str(),
        PERSON_NAME,
        PERSON_USERNAME,
        INTERPRETER.to_string().as_str(),
        INTERPRETER_NAME,
        INTERPRETER_USERNAME,
        REGISTERED_NAME,
    ] {
        assert!(!staff_read.contains(secret), "{secret} shown to staff");
    }
    for chat in [PERSON, INTERPRETER] {
        let read = readable_by(&calls, chat);
        assert!(!read.contains(&STAFF.to_string()) && !read.contains("desk.staff"));
    }
    bot.stop().await;
}
