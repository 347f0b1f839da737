//! The relay across channels, through the real `faro serve` with both adapters running, the
//! Telegram bot against the fake Bot API and the WhatsApp channel against the fake Graph API
//! (its webhook called signed, in Meta's shapes). A Haitian Creole speaker on WhatsApp asks
//! for an interpreter; a remote interpreter on Telegram accepts; texts and voice notes cross
//! both ways, each side seeing only a role; nothing of either side's identity crosses; after
//! the end, no table and no log line holds what was said or the number. "Delete my data" on
//! WhatsApp ends it for the interpreter with the neutral notice. And the reverse: an
//! interpreter linked from WhatsApp takes a Telegram person's request and they talk.

use faro_bot::test_support::updates::{callback, text, voice};
use faro_core::Locale;
use faro_core::i18n::Translations;
use faro_core::store::{Store, testing::tables_mentioning};
use faro_whatsapp::test_support::payloads;
use serde_json::json;

use crate::common::repo_root;
use crate::relay_world::*;

#[test]
fn a_kreyol_speaker_on_whatsapp_and_a_telegram_interpreter_talk_and_nothing_is_kept() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start(&runtime);
    let said_by_person = "Mwen bezwen èd pou dosye azil mwen, sa pi ijan";
    let said_by_interpreter = "Bonjou, mwen la pou ede w ak dosye a";
    let (person_chat, reference) = runtime.block_on(async {
        link_on_telegram(&world, &code).await;
        ask_on_whatsapp(&world, PERSON_NUMBER).await;
        let (notice, accept) = notice(&world).await;
        // The notice names the language and a reference, never the person.
        assert!(!notice.text().contains(PERSON_NUMBER));

        // Accepted on Telegram: the person on WhatsApp hears it, under the label only.
        let before = world.graph.sent().len();
        world.telegram.push(interp(callback(
            INTERPRETER,
            Some("fr"),
            notice.message_id(),
            &accept,
        )));
        let started = world
            .sent_after(before, "the start, for the person", |s| {
                s.to() == PERSON_NUMBER && s.text().contains("Marie")
            })
            .await;
        assert!(started.text().contains("/end"), "{}", started.text());
        let store = Store::connect(&world.url).await.unwrap();
        let (person_chat, reference): (i64, String) = sqlx::query_as(
            "SELECT notify_chat_id, reference FROM interpreter_requests WHERE status = 'accepted'",
        )
        .fetch_one(store.pool())
        .await
        .unwrap();
        store.close().await;
        assert!(faro_core::channel::is_phone_chat(person_chat));

        // A text from WhatsApp reaches Telegram under the person's role.
        let payload = payloads::text(PERSON_NUMBER, &world.message_id(), said_by_person);
        let before = world.telegram.calls().len();
        world.post(&payload).await;
        let relayed = world
            .call_after(before, "the person's text", |c| {
                to_interpreter(c) && c.text().contains("dosye azil")
            })
            .await;
        assert!(relayed.text().starts_with("<b>"), "{}", relayed.text());
        assert!(relayed.text().contains(&reference), "{}", relayed.text());
        assert!(relayed.text().ends_with(said_by_person));

        // A text from Telegram reaches WhatsApp under the interpreter's label.
        let before = world.graph.sent().len();
        world
            .telegram
            .push(interp(text(INTERPRETER, Some("fr"), said_by_interpreter)));
        let relayed = world
            .sent_after(before, "the interpreter's text", |s| {
                s.to() == PERSON_NUMBER && s.text().contains(said_by_interpreter)
            })
            .await;
        assert_eq!(relayed.kind(), "text");
        assert!(relayed.text().starts_with('*') && relayed.text().contains("Marie"));

        // A voice note from WhatsApp: fetched from the Graph API, uploaded to Telegram with
        // the role as its caption.
        world.graph.put_media(
            "wa-voice-7731",
            PERSON_VOICE.to_vec(),
            "audio/ogg; codecs=opus",
        );
        let before = world.telegram.calls().len();
        world
            .post(&payloads::voice_note(
                PERSON_NUMBER,
                &world.message_id(),
                "wa-voice-7731",
            ))
            .await;
        let voice_note = world
            .call_after(before, "the person's voice note", |c| {
                to_interpreter(c) && c.method == "sendVoice"
            })
            .await;
        assert_eq!(voice_note.files.len(), 1);
        assert_eq!(voice_note.files[0].bytes, PERSON_VOICE);
        assert!(voice_note.caption().contains(&reference));
        assert_eq!(world.graph.fetched(), vec!["wa-voice-7731".to_owned()]);

        // A voice note from Telegram: fetched with getFile, uploaded to the Graph API and sent
        // as a voice note after the label.
        world
            .telegram
            .put_file("interp-voice-1", INTERPRETER_VOICE.to_vec());
        let mut recorded = interp(voice(INTERPRETER, Some("fr")));
        recorded["message"]["voice"]["file_id"] = json!("interp-voice-1");
        let before = world.graph.sent().len();
        world.telegram.push(recorded);
        let audio = world
            .sent_after(before, "the interpreter's voice note", |s| {
                s.to() == PERSON_NUMBER && s.kind() == "audio"
            })
            .await;
        let upload = world.graph.uploads().pop().expect("an upload");
        assert_eq!(upload.bytes, INTERPRETER_VOICE);
        assert_eq!(audio.body["audio"]["id"], json!(upload.id));
        let label = world
            .sent_after(before, "the label before it", |s| {
                s.to() == PERSON_NUMBER && s.kind() == "text" && s.text().contains("Marie")
            })
            .await;
        assert!(label.at <= audio.at);
        assert_eq!(
            world.telegram.downloaded(),
            vec!["voice/interp-voice-1.oga".to_owned()]
        );

        // The interpreter ends it: the person hears who ended it.
        let before = world.graph.sent().len();
        world
            .telegram
            .push(interp(text(INTERPRETER, Some("fr"), "/end")));
        let ended = world
            .sent_after(before, "the end, for the person", |s| {
                s.to() == PERSON_NUMBER && s.text().contains("Marie")
            })
            .await;
        assert!(!ended.text().contains(said_by_interpreter));
        (person_chat, reference)
    });

    // Nothing of either side's identity reached the other.
    let interpreter_read = readable_by_interpreter(&world.telegram.calls());
    for secret in [
        PERSON_NUMBER,
        "37001234",
        "Test Person",
        &person_chat.to_string(),
    ] {
        assert!(
            !interpreter_read.contains(secret),
            "{secret} reached the interpreter"
        );
    }
    let person_read = readable_by(&world.graph.sent(), PERSON_NUMBER);
    for secret in [
        INTERPRETER.to_string().as_str(),
        INTERPRETER_NAME,
        INTERPRETER_USERNAME,
        REGISTERED_NAME,
    ] {
        assert!(!person_read.contains(secret), "{secret} reached the person");
    }
    assert!(person_read.contains(&reference));

    // No table holds what was said or the number; no log line either.
    let url = world.url.clone();
    let log = world.stop();
    runtime.block_on(async {
        let store = Store::connect(&url).await.unwrap();
        for said in [
            said_by_person,
            said_by_interpreter,
            PERSON_NUMBER,
            "37001234",
        ] {
            let found = tables_mentioning(&store, i64::MIN, said).await;
            assert!(found.is_empty(), "{said:?} kept in {found:?}");
        }
        store.close().await;
    });
    for secret in [
        said_by_person,
        said_by_interpreter,
        "dosye azil",
        PERSON_NUMBER,
        "37001234",
        &person_chat.to_string(),
        &INTERPRETER.to_string(),
        "wa-voice-7731",
        "interp-voice-1",
    ] {
        let lines: Vec<&String> = log.iter().filter(|line| line.contains(secret)).collect();
        assert!(lines.is_empty(), "{secret:?} in the log: {lines:#?}");
    }
}

#[test]
fn delete_my_data_on_whatsapp_ends_the_conversation_for_the_telegram_interpreter() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start(&runtime);
    let translations = Translations::load(&repo_root().join("translations")).unwrap();
    let number = "50937005678";
    runtime.block_on(async {
        link_on_telegram(&world, &code).await;
        ask_on_whatsapp(&world, number).await;
        let (notice, accept) = notice(&world).await;
        let before = world.graph.sent().len();
        world.telegram.push(interp(callback(
            INTERPRETER,
            Some("fr"),
            notice.message_id(),
            &accept,
        )));
        world
            .sent_after(before, "the start", |s| {
                s.to() == number && s.text().contains("Marie")
            })
            .await;

        // "Delete my data" in Kreyòl, then yes: the interpreter reads only that it ended.
        let ask = payloads::text(number, &world.message_id(), "efase done mwen");
        world
            .whatsapp(&ask, "the question", |s| s.to() == number)
            .await;
        let before = world.telegram.calls().len();
        world
            .post(&payloads::button_reply(
                number,
                &world.message_id(),
                "f:y",
                "…",
            ))
            .await;
        let told = world
            .call_after(before, "the neutral ending", |c| {
                to_interpreter(c) && c.method == "sendMessage"
            })
            .await;
        let neutral = translations.text(Locale::Fr, "relay-ended-neutral");
        let opening = neutral.split('{').next().unwrap().trim();
        assert!(told.text().contains(opening), "{}", told.text());
        assert!(!told.text().contains(number));

        // Everything about the person is gone: no number, no contact, no open conversation.
        let store = Store::connect(&world.url).await.unwrap();
        let contacts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM phone_contacts")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(contacts, 0);
        for kept in [number, "37005678"] {
            assert!(tables_mentioning(&store, i64::MIN, kept).await.is_empty());
        }
        store.close().await;
    });
    let log = world.stop();
    assert!(!log.iter().any(|line| line.contains("37005678")));
}

#[test]
fn an_interpreter_linked_on_whatsapp_takes_a_telegram_persons_request_and_they_talk() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start(&runtime);
    let interpreter_number = "5215512340000";
    let person: i64 = 5_550_009_876;
    let said_by_person = "M ap chèche yon avoka pou azil";
    let said_by_interpreter = "Mwen konprann, n ap chèche ansanm";
    runtime.block_on(async {
        // The interpreter links their WhatsApp number with the code, and hears about the
        // window.
        let link = payloads::text(
            interpreter_number,
            &world.message_id(),
            &format!("/start {}", code.0),
        );
        let linked = world
            .whatsapp(&link, "linked", |s| s.to() == interpreter_number)
            .await;
        assert!(linked.text().contains(REGISTERED_NAME), "{}", linked.text());
        assert!(linked.text().contains("WhatsApp") && linked.text().contains("24"));

        // A person on Telegram asks, in Kreyòl, for an interpreter in Kreyòl.
        let picker = world
            .telegram(text(person, Some("ht"), "/start"), "the picker", |c| {
                c.chat() == person && c.method == "sendMessage"
            })
            .await;
        let mut message = picker.message_id();
        for code in ["l:ht", "i", "i:y", "io:HT", "il.", "ip:-", "is:n"] {
            let answer = world
                .telegram(callback(person, Some("ht"), message, code), code, |c| {
                    c.chat() == person
                        && matches!(c.method.as_str(), "sendMessage" | "editMessageText")
                })
                .await;
            message = answer.message_id();
        }

        // The notice reaches the interpreter on WhatsApp, with its Accept button.
        let notice = world
            .sent_after(0, "the notice on WhatsApp", |s| {
                s.to() == interpreter_number && s.ids().iter().any(|id| id.starts_with("ra:"))
            })
            .await;
        let accept = notice
            .ids()
            .into_iter()
            .find(|id| id.starts_with("ra:"))
            .unwrap();
        let before = world.telegram.calls().len();
        world
            .post(&payloads::button_reply(
                interpreter_number,
                &world.message_id(),
                &accept,
                "…",
            ))
            .await;
        world
            .call_after(before, "the start, for the person", |c| {
                c.chat() == person && c.method == "sendMessage" && c.text().contains("/end")
            })
            .await;

        // Texts both ways.
        let before = world.graph.sent().len();
        world
            .telegram
            .push(text(person, Some("ht"), said_by_person));
        let relayed = world
            .sent_after(before, "the person's text", |s| {
                s.to() == interpreter_number && s.text().contains(said_by_person)
            })
            .await;
        assert!(relayed.text().starts_with('*'));
        let before = world.telegram.calls().len();
        world
            .post(&payloads::text(
                interpreter_number,
                &world.message_id(),
                said_by_interpreter,
            ))
            .await;
        let relayed = world
            .call_after(before, "the interpreter's text", |c| {
                c.chat() == person && c.text().contains(said_by_interpreter)
            })
            .await;
        assert!(relayed.text().starts_with("<b>"));
        assert!(!relayed.text().contains(interpreter_number));
        assert!(!relayed.text().contains(REGISTERED_NAME));
    });
    let read: String = world
        .telegram
        .calls()
        .iter()
        .filter(|c| c.chat() == person)
        .map(|c| format!("{}{}", c.text(), c.body["reply_markup"]))
        .collect();
    assert!(!read.contains(interpreter_number) && !read.contains("12340000"));
    let log = world.stop();
    for secret in [interpreter_number, said_by_person, said_by_interpreter] {
        assert!(
            !log.iter().any(|line| line.contains(secret)),
            "{secret} in the log"
        );
    }
}
