//! Webhook notifications in Meta's documented shapes (WhatsApp Business Account `messages`
//! webhook reference: text, interactive button and list replies, location, media, statuses),
//! for the tests. Numbers are made up, in the 555 range.

use serde_json::{Value, json};

/// The business number's id the tests configure.
pub const PHONE_NUMBER_ID: &str = "106540352242922";

/// A notification carrying `message` (the fields of one message, without `from` and `id`).
pub fn message(from: &str, id: &str, mut message: Value) -> Value {
    message["from"] = json!(from);
    message["id"] = json!(id);
    message["timestamp"] = json!("1764990000");
    json!({
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "102290129340398",
            "changes": [{
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {
                        "display_phone_number": "15550783881",
                        "phone_number_id": PHONE_NUMBER_ID,
                    },
                    "contacts": [{ "profile": { "name": "Test Person" }, "wa_id": from }],
                    "messages": [message],
                },
                "field": "messages",
            }],
        }],
    })
}

pub fn text(from: &str, id: &str, body: &str) -> Value {
    message(
        from,
        id,
        json!({ "type": "text", "text": { "body": body } }),
    )
}

pub fn button_reply(from: &str, id: &str, button_id: &str, title: &str) -> Value {
    message(
        from,
        id,
        json!({
            "context": { "from": "15550783881", "id": "wamid.context" },
            "type": "interactive",
            "interactive": {
                "type": "button_reply",
                "button_reply": { "id": button_id, "title": title },
            },
        }),
    )
}

pub fn list_reply(from: &str, id: &str, row_id: &str, title: &str) -> Value {
    message(
        from,
        id,
        json!({
            "context": { "from": "15550783881", "id": "wamid.context" },
            "type": "interactive",
            "interactive": {
                "type": "list_reply",
                "list_reply": { "id": row_id, "title": title, "description": "" },
            },
        }),
    )
}

pub fn location(from: &str, id: &str, latitude: f64, longitude: f64) -> Value {
    message(
        from,
        id,
        json!({
            "type": "location",
            "location": { "latitude": latitude, "longitude": longitude },
        }),
    )
}

/// A voice note (`audio` with `voice: true`), an image or a sticker.
pub fn media(from: &str, id: &str, kind: &str) -> Value {
    let content = match kind {
        "audio" => {
            json!({ "mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": "1", "voice": true })
        }
        "image" => json!({ "mime_type": "image/jpeg", "sha256": "x", "id": "2", "caption": "" }),
        "sticker" => {
            json!({ "mime_type": "image/webp", "sha256": "x", "id": "3", "animated": false })
        }
        _ => json!({ "id": "4" }),
    };
    let mut message = json!({ "type": kind });
    message[kind] = content;
    self::message(from, id, message)
}

/// A voice note whose sound waits at the fake under `media_id` (`FakeGraph::put_media`).
pub fn voice_note(from: &str, id: &str, media_id: &str) -> Value {
    let audio = json!({ "mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": media_id, "voice": true });
    self::message(from, id, json!({ "type": "audio", "audio": audio }))
}

/// A status of a message Faro sent.
pub fn status(recipient: &str, id: &str, status: &str, error: Option<i64>) -> Value {
    let mut value = json!({
        "id": id,
        "status": status,
        "timestamp": "1764990001",
        "recipient_id": recipient,
    });
    if let Some(code) = error {
        value["errors"] = json!([{ "code": code, "title": "Re-engagement message" }]);
    }
    json!({
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "102290129340398",
            "changes": [{
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {
                        "display_phone_number": "15550783881",
                        "phone_number_id": PHONE_NUMBER_ID,
                    },
                    "statuses": [value],
                },
                "field": "messages",
            }],
        }],
    })
}

/// A tap on a template's quick-reply button, as Meta delivers it: a `button` message with the
/// payload the template was sent with and the button's text.
pub fn template_button(from: &str, id: &str, payload: &str, text: &str) -> Value {
    message(
        from,
        id,
        json!({
            "context": { "from": "15550783881", "id": "wamid.template" },
            "type": "button",
            "button": { "payload": payload, "text": text },
        }),
    )
}
