//! The relay on WhatsApp (`faro_core::relay`): a message from a person or an interpreter in a
//! conversation goes to the other sides, whatever their channel: this channel's own
//! [`carrier`] for a WhatsApp side, the registered carrier of the other channel (the
//! Telegram bot) for the rest (`faro_core::relay::Carriers`). A text goes as it was written;
//! a voice note is fetched from the Graph API and carried as its sound. Only the sender's
//! role goes along ("Interpreter Marie"), never their number, name or chat; nothing of what
//! was said is stored or logged.

pub(crate) mod carrier;
mod fetch;
pub(crate) mod queues;

use std::sync::Arc;

use faro_core::Locale;
use faro_core::dialog::{Event, Refusal, Route};
use faro_core::metrics::Channel;
use faro_core::relay::{Parcel, Said};

use crate::incoming::AudioRef;
use crate::shared::Shared;

/// Whether `event` is something the relay carries while its chat is in a conversation:
/// typed text and media. Commands, keywords, buttons and locations stay with the engine.
pub(crate) fn carries(event: &Event) -> bool {
    matches!(
        event,
        Event::Text(_) | Event::Forwarded(_) | Event::Voice | Event::NonText
    )
}

/// The chat that wrote, as the relay answers it.
pub(crate) struct Writer<'a> {
    pub number: &'a str,
    pub tag: &'a str,
}

/// Carries `event` along `route`, or tells the writer why not.
pub(crate) async fn relay(
    shared: &Arc<Shared>,
    from: Writer<'_>,
    event: Event,
    audio: Option<AudioRef>,
    route: Route,
) {
    let said = match (event, audio) {
        (Event::Text(text) | Event::Forwarded(text), _) => Said::Text(text),
        (Event::Voice, Some(audio)) => match fetch::download(&shared.graph, &audio.id).await {
            Ok(sound) => Said::Voice(sound),
            Err(error) => {
                tracing::warn!(chat = %from.tag, %error, "relay: a voice note not fetched");
                return refuse(shared, &from, route.sender_locale, Refusal::Unreachable).await;
            }
        },
        // A photo, a sticker, a file: the writer is told that only text and voice go.
        _ => return refuse(shared, &from, route.sender_locale, Refusal::Kind).await,
    };
    for receiver in &route.to {
        let parcel = Parcel {
            from_role: receiver.from_role.clone(),
            said: said.clone(),
        };
        let carried = if receiver.chat.channel == Channel::WhatsApp {
            carrier::carry(shared, receiver.chat, parcel).await
        } else {
            shared.carriers.carry(receiver.chat, parcel).await
        };
        if let Err(not) = carried {
            tracing::info!(chat = %from.tag, channel = receiver.chat.channel.as_str(), reason = %not, "relay: not carried");
            return refuse(shared, &from, route.sender_locale, not.into()).await;
        }
    }
    tracing::debug!(chat = %from.tag, "WhatsApp message relayed");
}

async fn refuse(shared: &Shared, to: &Writer<'_>, locale: Locale, refusal: Refusal) {
    let reply = shared.dialog.relay_refusal(locale, refusal);
    carrier::answer(shared, to.number, to.tag, reply, locale).await;
}
