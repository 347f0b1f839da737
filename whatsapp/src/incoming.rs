//! A webhook notification as what it means to Faro: messages from people, as the engine's
//! events, and the statuses of messages sent. The sender's number is carried only to be
//! looked up (sealed) and answered; profile names are never read.

use faro_core::dialog::{Event, Input};

use crate::keywords::Keywords;
use crate::payload::{Message, Notification, Value};

#[derive(Debug, PartialEq)]
pub enum Incoming {
    Message {
        /// Meta's message id, for handling each message once (it carries the number: never
        /// logged or kept in clear).
        id: String,
        from: Sender,
        input: Input,
        /// A voice note's media id at Meta, for the relay to fetch (never logged).
        audio: Option<AudioRef>,
    },
    Status {
        /// Meta's id of the message sent (carries the number: never logged or kept in clear).
        id: String,
        status: String,
        error: Option<i64>,
    },
}

/// Where a voice note waits at Meta.
#[derive(Clone, Debug, PartialEq)]
pub struct AudioRef {
    pub id: String,
    pub mime_type: String,
}

#[derive(Debug, PartialEq)]
pub enum Sender {
    Number {
        number: String,
        user_id: Option<String>,
    },
    /// Someone known by a business-scoped user id only (a username instead of a number).
    User(String),
}

/// The messages and statuses of `notification` meant for `phone_number_id`, in order.
pub fn classify(
    notification: &Notification,
    phone_number_id: &str,
    keywords: &Keywords,
) -> Vec<Incoming> {
    if notification.object != "whatsapp_business_account" {
        return Vec::new();
    }
    let mut found = Vec::new();
    for change in notification.entry.iter().flat_map(|entry| &entry.changes) {
        if change.field != "messages" {
            continue;
        }
        let Some(value) = &change.value else {
            continue;
        };
        // Another number of the same Meta app is not this instance's to answer.
        if value
            .metadata
            .as_ref()
            .is_some_and(|metadata| metadata.phone_number_id != phone_number_id)
        {
            continue;
        }
        for message in &value.messages {
            let Some(event) = event(message, keywords) else {
                continue;
            };
            let Some(from) = sender(message, value) else {
                continue;
            };
            let audio = message
                .audio
                .as_ref()
                .filter(|audio| !audio.id.is_empty())
                .map(|audio| AudioRef {
                    id: audio.id.clone(),
                    mime_type: audio.mime_type.clone(),
                });
            found.push(Incoming::Message {
                id: message.id.clone(),
                from,
                input: Input::new(event),
                audio,
            });
        }
        for status in &value.statuses {
            found.push(Incoming::Status {
                id: status.id.clone(),
                status: status.status.clone(),
                error: status.errors.first().and_then(|error| error.code),
            });
        }
    }
    found
}

fn sender(message: &Message, value: &Value) -> Option<Sender> {
    let user_id = message.from_user_id.clone().or_else(|| {
        value
            .contacts
            .iter()
            .find_map(|contact| contact.user_id.clone())
    });
    match (&message.from, user_id) {
        (Some(number), user_id) if !number.is_empty() => Some(Sender::Number {
            number: number.clone(),
            user_id,
        }),
        (_, Some(user_id)) => Some(Sender::User(user_id)),
        _ => None,
    }
}

/// What the message is to the engine; `None` for what needs no answer (a reaction, a
/// message Meta could not deliver to the business).
fn event(message: &Message, keywords: &Keywords) -> Option<Event> {
    Some(match message.kind.as_str() {
        "text" => {
            let body = message.text.as_ref().map_or("", |text| text.body.as_str());
            // A slash command typed out is read as on Telegram (`/start CODE` from a link).
            let command = (!body.trim_start().starts_with('/'))
                .then(|| keywords.command(body))
                .flatten();
            match command {
                Some(command) => Event::Command(command),
                None => Event::from_text(body),
            }
        }
        "interactive" => {
            let interactive = message.interactive.as_ref()?;
            let reply = match interactive.kind.as_str() {
                "button_reply" => interactive.button_reply.as_ref(),
                "list_reply" => interactive.list_reply.as_ref(),
                _ => None,
            };
            match reply {
                Some(reply) => Event::Button(reply.id.clone()),
                // A form (nfm_reply) or a product: nothing Faro sent.
                None => Event::NonText,
            }
        }
        // A template's quick-reply button.
        "button" => Event::Button(message.button.as_ref()?.payload.clone()),
        "location" => {
            let location = message.location.as_ref()?;
            Event::Location {
                lat: location.latitude,
                lon: location.longitude,
            }
        }
        // The person opened the chat for the first time: the welcome, as /start on Telegram.
        "request_welcome" => Event::Start { payload: None },
        "reaction" | "system" | "errors" => return None,
        // A voice note (or any audio): pointed to an interpreter, as on Telegram.
        "audio" => Event::Voice,
        // Images, stickers, video, documents, contacts…
        _ => Event::NonText,
    })
}

#[cfg(test)]
mod tests;
