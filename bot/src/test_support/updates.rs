//! Updates in the shapes Telegram sends them (Bot API 7+); `update_id` is added by the fake.

use std::sync::atomic::{AtomicI64, Ordering};

use serde_json::{Value, json};

use super::fake_api::{BOT_ID, BOT_USERNAME};

const DATE: i64 = 1_767_225_600;

fn next_message_id() -> i64 {
    static NEXT: AtomicI64 = AtomicI64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

pub fn user(id: i64, language: Option<&str>) -> Value {
    let mut user =
        json!({ "id": id, "is_bot": false, "first_name": "Ana", "username": "ana_test" });
    if let Some(code) = language {
        user["language_code"] = json!(code);
    }
    user
}

pub fn private_chat(id: i64) -> Value {
    json!({ "id": id, "first_name": "Ana", "username": "ana_test", "type": "private" })
}

/// A message from the person in their private chat with the bot, with `content` merged in.
pub fn message(chat: i64, language: Option<&str>, content: Value) -> Value {
    let mut message = json!({
        "message_id": next_message_id(),
        "from": user(chat, language),
        "chat": private_chat(chat),
        "date": DATE,
    });
    merge(&mut message, content);
    message
}

fn merge(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}

fn text_content(text: &str) -> Value {
    let mut content = json!({ "text": text });
    if text.starts_with('/') {
        let length = text
            .split_whitespace()
            .next()
            .unwrap_or(text)
            .encode_utf16()
            .count();
        content["entities"] = json!([{ "offset": 0, "length": length, "type": "bot_command" }]);
    }
    content
}

pub fn text(chat: i64, language: Option<&str>, text: &str) -> Value {
    json!({ "message": message(chat, language, text_content(text)) })
}

pub fn edited_text(chat: i64, language: Option<&str>, text: &str) -> Value {
    let mut edited = message(chat, language, text_content(text));
    edited["edit_date"] = json!(DATE + 30);
    json!({ "edited_message": edited })
}

pub fn location(chat: i64, language: Option<&str>, lat: f64, lon: f64) -> Value {
    json!({ "message": message(chat, language, json!({
        "location": { "latitude": lat, "longitude": lon, "horizontal_accuracy": 15.0 }
    })) })
}

pub fn edited_live_location(chat: i64, lat: f64, lon: f64) -> Value {
    let mut edited = message(
        chat,
        None,
        json!({
            "location": { "latitude": lat, "longitude": lon, "live_period": 900 }
        }),
    );
    edited["edit_date"] = json!(DATE + 60);
    json!({ "edited_message": edited })
}

pub fn sticker(chat: i64, language: Option<&str>) -> Value {
    json!({ "message": message(chat, language, json!({
        "sticker": {
            "file_id": "CAACAgIAAxkBAAIBZ2VmZ2hpamtsbW5vcHFyc3R1dnd4eXo",
            "file_unique_id": "AgADZ2VmZ2hp",
            "type": "regular",
            "width": 512, "height": 512,
            "is_animated": false, "is_video": false,
            "emoji": "👍"
        }
    })) })
}

pub fn photo(chat: i64, language: Option<&str>) -> Value {
    json!({ "message": message(chat, language, json!({
        "photo": [
            { "file_id": "AgACAgEAAxkBAAIBaGVmZ2hp-small", "file_unique_id": "AQADsmall", "width": 90, "height": 67, "file_size": 1203 },
            { "file_id": "AgACAgEAAxkBAAIBaGVmZ2hp-large", "file_unique_id": "AQADlarge", "width": 1280, "height": 960, "file_size": 90511 }
        ]
    })) })
}

/// A photo with a question written under it.
pub fn photo_with_caption(chat: i64, language: Option<&str>, caption: &str) -> Value {
    let mut update = photo(chat, language);
    update["message"]["caption"] = json!(caption);
    update
}

/// A text the person forwards from another chat, as Bot API 7 shapes it (`forward_origin`).
pub fn forwarded_text(chat: i64, language: Option<&str>, text: &str) -> Value {
    json!({ "message": message(chat, language, json!({
        "text": text,
        "forward_origin": {
            "type": "user",
            "sender_user": { "id": 555_000_111, "is_bot": false, "first_name": "Coyote" },
            "date": DATE - 3600
        }
    })) })
}

pub fn voice(chat: i64, language: Option<&str>) -> Value {
    json!({ "message": message(chat, language, json!({
        "voice": { "file_id": "AwACAgEAAxkBAAIBaWVmZ2hp", "file_unique_id": "AgADvoice", "duration": 4, "mime_type": "audio/ogg", "file_size": 8123 }
    })) })
}

/// A press on an inline button of the bot's message `message_id`.
pub fn callback(chat: i64, language: Option<&str>, message_id: i64, data: &str) -> Value {
    json!({ "callback_query": {
        "id": format!("cb-{}", next_message_id()),
        "from": user(chat, language),
        "message": {
            "message_id": message_id,
            "from": { "id": BOT_ID, "is_bot": true, "first_name": "Faro", "username": BOT_USERNAME },
            "chat": private_chat(chat),
            "date": DATE,
            "text": "…"
        },
        "chat_instance": "-4819254103581720000",
        "data": data
    } })
}

/// A press on a button of a message sent through inline mode: no chat, no message.
pub fn inline_callback(user_id: i64, data: &str) -> Value {
    json!({ "callback_query": {
        "id": format!("cb-{}", next_message_id()),
        "from": user(user_id, Some("en")),
        "inline_message_id": "AAAAAK0sAAAvWlWL4aYgyTn5Bfk",
        "chat_instance": "-4819254103581720001",
        "data": data
    } })
}

pub fn group_text(group: i64, from: i64, text: &str) -> Value {
    let mut message = json!({
        "message_id": next_message_id(),
        "from": user(from, Some("es")),
        "chat": { "id": group, "title": "Refugio", "type": "supergroup" },
        "date": DATE,
    });
    merge(&mut message, text_content(text));
    json!({ "message": message })
}

pub fn channel_post(channel: i64, text: &str) -> Value {
    json!({ "channel_post": {
        "message_id": next_message_id(),
        "sender_chat": { "id": channel, "title": "Noticias", "type": "channel" },
        "chat": { "id": channel, "title": "Noticias", "type": "channel" },
        "date": DATE,
        "text": text
    } })
}
