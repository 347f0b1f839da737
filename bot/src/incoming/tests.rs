use faro_core::dialog::Command;
use serde_json::{Value, json};

use super::*;

fn update(kind: &str, body: Value) -> Update {
    let mut update = json!({ "update_id": 1 });
    update[kind] = body;
    // From text, as teloxide and the webhook read updates: teloxide's `UpdateKind` needs
    // borrowed keys, which `from_value` cannot lend.
    serde_json::from_str(&update.to_string()).unwrap()
}

fn private_message(content: Value) -> Value {
    let mut message = json!({
        "message_id": 3,
        "date": 0,
        "from": { "id": 42, "is_bot": false, "first_name": "Ana", "language_code": "fa-IR" },
        "chat": { "id": 42, "type": "private", "first_name": "Ana" },
    });
    message
        .as_object_mut()
        .unwrap()
        .extend(content.as_object().unwrap().clone());
    message
}

#[test]
fn a_private_text_becomes_text_or_a_command_with_the_apps_language() {
    let incoming = classify(&update(
        "message",
        private_message(json!({ "text": "/start fa_t-asylum" })),
    ));
    assert_eq!(
        incoming,
        Incoming::Chat {
            chat: 42,
            input: Input::new(Event::Start {
                payload: Some("fa_t-asylum".into())
            })
            .with_client_locale(Some(Locale::Fa)),
            callback: None,
            original: Some(Original {
                id: MessageId(3),
                kind: OriginalKind::Text,
                voice_file: None,
            }),
        }
    );
    let incoming = classify(&update(
        "message",
        private_message(json!({ "text": "/stop" })),
    ));
    assert!(matches!(
        incoming,
        Incoming::Chat {
            input: Input {
                event: Event::Command(Command::Stop),
                ..
            },
            ..
        }
    ));
}

#[test]
fn locations_and_media_are_events_and_live_location_edits_are_not() {
    let location = json!({ "location": { "latitude": 14.9, "longitude": -92.2 } });
    let incoming = classify(&update("message", private_message(location.clone())));
    assert!(matches!(
        incoming,
        Incoming::Chat {
            input: Input {
                event: Event::Location { .. },
                ..
            },
            ..
        }
    ));
    let moved = classify(&update("edited_message", private_message(location)));
    assert_eq!(moved, Incoming::Ignored("live location update"));
    let sticker = json!({ "sticker": { "file_id": "x", "file_unique_id": "y", "type": "regular",
        "width": 1, "height": 1, "is_animated": false, "is_video": false } });
    let incoming = classify(&update("message", private_message(sticker)));
    assert!(matches!(
        incoming,
        Incoming::Chat {
            input: Input {
                event: Event::NonText,
                ..
            },
            ..
        }
    ));
}

#[test]
fn a_button_press_carries_its_data_the_query_and_the_message() {
    let query = json!({
        "id": "q1",
        "from": { "id": 42, "is_bot": false, "first_name": "Ana", "language_code": "ar" },
        "message": { "message_id": 77, "date": 0, "chat": { "id": 42, "type": "private", "first_name": "Ana" }, "text": "…" },
        "chat_instance": "1",
        "data": "ts"
    });
    let incoming = classify(&update("callback_query", query));
    let Incoming::Chat {
        chat,
        input,
        callback,
        original: None,
    } = incoming
    else {
        panic!("{incoming:?}")
    };
    assert_eq!(chat, 42);
    assert_eq!(input.event, Event::Button("ts".into()));
    assert_eq!(input.client_locale, Some(Locale::Ar));
    let callback = callback.unwrap();
    assert_eq!(callback.id.0, "q1");
    assert_eq!(callback.message, Some(MessageId(77)));
}

#[test]
fn groups_get_an_answer_to_commands_only_and_channels_none() {
    let group = |text: &str| {
        json!({ "message_id": 1, "date": 0,
            "from": { "id": 5, "is_bot": false, "first_name": "B", "language_code": "es" },
            "chat": { "id": -100, "type": "group", "title": "G" }, "text": text })
    };
    assert_eq!(
        classify(&update("message", group("/help"))),
        Incoming::GroupCommand {
            chat: -100,
            client: Some(Locale::Es)
        }
    );
    assert_eq!(
        classify(&update("message", group("hola"))),
        Incoming::Ignored("message outside a private chat")
    );
    let post = json!({ "message_id": 1, "date": 0, "chat": { "id": -1001, "type": "channel", "title": "C" }, "text": "/start" });
    assert_eq!(
        classify(&update("channel_post", post)),
        Incoming::Ignored("channel post")
    );
}

#[test]
fn unreadable_updates_are_ignored() {
    assert_eq!(
        classify(&update("message", json!({ "nonsense": true }))),
        Incoming::Ignored("unreadable update")
    );
    assert_eq!(
        classify(&update("future_kind", json!({}))),
        Incoming::Ignored("unreadable update")
    );
}

#[test]
fn a_new_message_can_be_relayed_and_an_edit_cannot() {
    let voice = json!({ "voice": { "file_id": "AwACAgEAAxkBAAIBaWVmZ2hp", "file_unique_id": "AgADvoice",
        "duration": 4, "mime_type": "audio/ogg", "file_size": 8123 } });
    let incoming = classify(&update("message", private_message(voice)));
    let Incoming::Chat {
        input, original, ..
    } = incoming
    else {
        panic!("a voice note in a private chat is for the bot: {incoming:?}")
    };
    assert_eq!(input.event, Event::Voice);
    assert_eq!(
        original,
        Some(Original {
            id: MessageId(3),
            kind: OriginalKind::Voice,
            voice_file: Some("AwACAgEAAxkBAAIBaWVmZ2hp".into()),
        })
    );
    let edited = classify(&update(
        "edited_message",
        private_message(json!({ "text": "fixed" })),
    ));
    assert!(matches!(edited, Incoming::Chat { original: None, .. }));
}

#[test]
fn a_photos_caption_is_read_as_text_and_a_forward_is_recognised() {
    let photo = json!({
        "photo": [{ "file_id": "AgACAgEAAxkBAAIBaGVmZ2hp", "file_unique_id": "AQAD", "width": 90, "height": 67 }],
        "caption": "¿Dónde puedo dormir?"
    });
    let Incoming::Chat {
        input, original, ..
    } = classify(&update("message", private_message(photo)))
    else {
        panic!("a photo in a private chat is for the bot")
    };
    assert_eq!(input.event, Event::Text("¿Dónde puedo dormir?".into()));
    assert_eq!(original.map(|o| o.kind), Some(OriginalKind::Other));

    let forwarded = json!({
        "text": "Cruce garantizado",
        "forward_origin": { "type": "hidden_user", "sender_user_name": "X", "date": 1_767_225_000 }
    });
    let Incoming::Chat { input, .. } = classify(&update("message", private_message(forwarded)))
    else {
        panic!("a forwarded text in a private chat is for the bot")
    };
    assert_eq!(input.event, Event::Forwarded("Cruce garantizado".into()));
}
