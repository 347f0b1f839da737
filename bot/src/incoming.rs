//! Telegram updates as the engine's events: what happened, in which chat, and what Telegram
//! knows of the person's language. Everything else about the person (names, usernames,
//! phone numbers) is left here and never reaches the engine or the database.

use faro_core::Locale;
use faro_core::dialog::{Event, Input};
use teloxide::types::{CallbackQueryId, Message, MessageId, MessageKind, Update, UpdateKind, User};

#[derive(Debug, PartialEq)]
pub enum Incoming {
    /// Something for the engine, in a private chat.
    Chat {
        chat: i64,
        input: Input,
        /// Set for a button press: the query to answer and the message the button was on.
        callback: Option<Callback>,
        /// Set for a new message (not an edit, not a button): what the relay may copy to
        /// the other side of a conversation. Its text is in `input`.
        original: Option<Original>,
    },
    /// A command in a group or channel: the bot says it works in private chats only.
    GroupCommand { chat: i64, client: Option<Locale> },
    /// A button pressed somewhere the bot does not talk (an inline message, a group): only
    /// the query is answered, so the person's app stops waiting.
    AnswerOnly(CallbackQueryId),
    /// Nothing to answer; the reason is for the log.
    Ignored(&'static str),
}

/// A message as the person sent it, for the relay to copy (never to forward).
#[derive(Clone, Debug, PartialEq)]
pub struct Original {
    pub id: MessageId,
    pub kind: OriginalKind,
    /// A voice note's file, for the relay to fetch (`getFile`) when the other side is on
    /// another channel, where a copy cannot go.
    pub voice_file: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OriginalKind {
    Text,
    Voice,
    /// A photo, sticker, file, location…: not relayed.
    Other,
}

#[derive(Debug, PartialEq)]
pub struct Callback {
    pub id: CallbackQueryId,
    pub message: Option<MessageId>,
}

impl Incoming {
    /// The chat whose updates must be handled one at a time, if any.
    pub fn chat(&self) -> Option<i64> {
        match self {
            Incoming::Chat { chat, .. } | Incoming::GroupCommand { chat, .. } => Some(*chat),
            Incoming::AnswerOnly(_) | Incoming::Ignored(_) => None,
        }
    }
}

pub fn classify(update: &Update) -> Incoming {
    match &update.kind {
        UpdateKind::Message(message) => from_message(message, false),
        UpdateKind::EditedMessage(message) => from_message(message, true),
        UpdateKind::CallbackQuery(query) => {
            let Some(message) = &query.message else {
                return Incoming::AnswerOnly(query.id.clone());
            };
            if !message.chat().is_private() || query.from.is_bot {
                return Incoming::AnswerOnly(query.id.clone());
            }
            Incoming::Chat {
                chat: message.chat().id.0,
                input: Input::new(Event::Button(query.data.clone().unwrap_or_default()))
                    .with_client_locale(client_locale(Some(&query.from))),
                callback: Some(Callback {
                    id: query.id.clone(),
                    message: Some(message.id()),
                }),
                original: None,
            }
        }
        UpdateKind::ChannelPost(_) | UpdateKind::EditedChannelPost(_) => {
            Incoming::Ignored("channel post")
        }
        UpdateKind::Error(_) => Incoming::Ignored("unreadable update"),
        _ => Incoming::Ignored("update kind the bot does not use"),
    }
}

fn from_message(message: &Message, edited: bool) -> Incoming {
    let client = client_locale(message.from.as_ref());
    if message.from.as_ref().is_some_and(|user| user.is_bot) || message.via_bot.is_some() {
        return Incoming::Ignored("message from a bot");
    }
    if !message.chat.is_private() {
        let command = message.text().is_some_and(|text| text.starts_with('/'));
        return if command && !edited {
            Incoming::GroupCommand {
                chat: message.chat.id.0,
                client,
            }
        } else {
            Incoming::Ignored("message outside a private chat")
        };
    }
    if !matches!(message.kind, MessageKind::Common(_)) {
        return Incoming::Ignored("service message");
    }
    let event = if let Some(text) = message.text() {
        if message.forward_origin().is_some() {
            // Someone else's words, often an offer the person wants to check.
            Event::Forwarded(text.to_owned())
        } else {
            // An edited text is read again: people fix a typo in what they searched for.
            Event::from_text(text)
        }
    } else if message.voice().is_some() && !edited {
        Event::Voice
    } else if let Some(caption) = message.caption().filter(|c| !c.trim().is_empty()) {
        // A photo with a question written under it: the question is answered.
        Event::Text(caption.to_owned())
    } else if let Some(location) = message.location() {
        if edited {
            // A live location moving: the answer was given when it was first shared.
            return Incoming::Ignored("live location update");
        }
        Event::Location {
            lat: location.latitude,
            lon: location.longitude,
        }
    } else if edited {
        return Incoming::Ignored("edited message without text");
    } else {
        Event::NonText
    };
    let kind = if message.text().is_some() {
        OriginalKind::Text
    } else if message.voice().is_some() {
        OriginalKind::Voice
    } else {
        OriginalKind::Other
    };
    Incoming::Chat {
        chat: message.chat.id.0,
        input: Input::new(event).with_client_locale(client),
        callback: None,
        original: (!edited).then(|| Original {
            id: message.id,
            kind,
            voice_file: message.voice().map(|voice| voice.file.id.to_string()),
        }),
    }
}

fn client_locale(user: Option<&User>) -> Option<Locale> {
    user.and_then(|user| user.language_code.as_deref())
        .and_then(Locale::from_language_code)
}

#[cfg(test)]
mod tests;
