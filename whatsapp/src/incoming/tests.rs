use std::path::PathBuf;

use faro_core::dialog::Command;
use faro_core::i18n::Translations;
use serde_json::json;

use super::*;
use crate::test_support::payloads::{self, PHONE_NUMBER_ID};

const FROM: &str = "15550001234";

fn keywords() -> Keywords {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../translations");
    Keywords::load(&Translations::load(&dir).unwrap())
}

fn one(payload: serde_json::Value) -> Vec<Incoming> {
    let notification: Notification = serde_json::from_value(payload).unwrap();
    classify(&notification, PHONE_NUMBER_ID, &keywords())
}

fn event_of(payload: serde_json::Value) -> Event {
    match one(payload).pop() {
        Some(Incoming::Message { input, .. }) => input.event,
        other => panic!("{other:?}"),
    }
}

#[test]
fn text_is_free_text_or_a_keyword() {
    let found = one(payloads::text(FROM, "wamid.1", "asilo en México"));
    assert_eq!(
        found,
        vec![Incoming::Message {
            id: "wamid.1".into(),
            from: Sender::Number {
                number: FROM.into(),
                user_id: None
            },
            input: Input::new(Event::Text("asilo en México".into())),
            audio: None,
        }]
    );
    assert_eq!(
        event_of(payloads::text(FROM, "2", "STOP")),
        Event::Command(Command::Stop)
    );
    assert_eq!(
        event_of(payloads::text(FROM, "3", "توقف")),
        Event::Command(Command::Stop)
    );
    assert_eq!(
        event_of(payloads::text(FROM, "4", "Borrar mis datos")),
        Event::Command(Command::Forget)
    );
    assert_eq!(
        event_of(payloads::text(FROM, "5", "/start")),
        Event::Start { payload: None }
    );
}

#[test]
fn button_and_list_replies_are_button_presses() {
    assert_eq!(
        event_of(payloads::button_reply(FROM, "1", "m", "Menu")),
        Event::Button("m".into())
    );
    assert_eq!(
        event_of(payloads::list_reply(FROM, "1", "l:fa", "فارسی")),
        Event::Button("l:fa".into())
    );
}

#[test]
fn a_location_is_a_location() {
    assert_eq!(
        event_of(payloads::location(FROM, "1", 14.9, -92.26)),
        Event::Location {
            lat: 14.9,
            lon: -92.26
        }
    );
}

#[test]
fn voice_images_stickers_and_the_rest_are_not_text() {
    assert_eq!(
        event_of(payloads::media(FROM, "1", "audio")),
        Event::Voice,
        "a voice note is pointed to an interpreter"
    );
    for kind in [
        "image",
        "sticker",
        "video",
        "document",
        "contacts",
        "unsupported",
    ] {
        assert_eq!(
            event_of(payloads::media(FROM, "1", kind)),
            Event::NonText,
            "{kind}"
        );
    }
}

#[test]
fn reactions_need_no_answer() {
    let payload = payloads::message(
        FROM,
        "1",
        json!({ "type": "reaction", "reaction": { "message_id": "wamid.x", "emoji": "👍" } }),
    );
    assert_eq!(one(payload), vec![]);
}

#[test]
fn statuses_are_read_with_their_error_code() {
    assert_eq!(
        one(payloads::status(FROM, "wamid.9", "failed", Some(131047))),
        vec![Incoming::Status {
            id: "wamid.9".into(),
            status: "failed".into(),
            error: Some(131047)
        }]
    );
    assert_eq!(
        one(payloads::status(FROM, "wamid.9", "read", None)),
        vec![Incoming::Status {
            id: "wamid.9".into(),
            status: "read".into(),
            error: None
        }]
    );
}

#[test]
fn another_number_or_another_kind_of_notification_is_not_ours() {
    let mut payload = payloads::text(FROM, "1", "hola");
    payload["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = json!("999");
    assert_eq!(one(payload), vec![]);
    let mut payload = payloads::text(FROM, "1", "hola");
    payload["object"] = json!("page");
    assert_eq!(one(payload), vec![]);
}

#[test]
fn a_business_scoped_user_id_is_mapped_and_stands_in_for_a_missing_number() {
    let mut payload = payloads::text(FROM, "1", "hola");
    payload["entry"][0]["changes"][0]["value"]["contacts"][0]["user_id"] = json!("MX.123");
    let Some(Incoming::Message { from, .. }) = one(payload).pop() else {
        panic!()
    };
    assert_eq!(
        from,
        Sender::Number {
            number: FROM.into(),
            user_id: Some("MX.123".into())
        }
    );
    let mut payload = payloads::text(FROM, "1", "hola");
    let message = &mut payload["entry"][0]["changes"][0]["value"]["messages"][0];
    message.as_object_mut().unwrap().remove("from");
    message["from_user_id"] = json!("MX.123");
    let Some(Incoming::Message { from, .. }) = one(payload).pop() else {
        panic!()
    };
    assert_eq!(from, Sender::User("MX.123".into()));
}

#[test]
fn a_voice_note_keeps_where_its_audio_waits_for_the_relay() {
    let found = one(payloads::media(FROM, "wamid.9", "audio"));
    let Some(Incoming::Message { input, audio, .. }) = found.into_iter().next() else {
        panic!("no message");
    };
    assert_eq!(input.event, Event::Voice);
    assert_eq!(
        audio,
        Some(AudioRef {
            id: "1".into(),
            mime_type: "audio/ogg; codecs=opus".into()
        })
    );
    let Some(Incoming::Message { audio, .. }) =
        one(payloads::media(FROM, "wamid.10", "image")).pop()
    else {
        panic!("no message");
    };
    assert_eq!(audio, None);
}
