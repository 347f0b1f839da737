//! The WhatsApp channel as the carrier to its chats (`faro_core::relay::Carrier`), for its own
//! conversations and the other channels'. WhatsApp's rule decides first: a free-form message
//! reaches a person only within 24 hours of their last message. Inside it, a relayed text
//! goes under the sender's role and a voice note as the role, then the sound uploaded to the
//! number's media (`crate::media`) as a voice note; outside it nothing free-form goes, and the sender is told why. A notice
//! with a button (an interpreter's new request) outside the window goes as the configured
//! notice template, its tap doing what the button does.

use std::sync::{Arc, Weak};

use faro_core::Locale;
use faro_core::config::WhatsAppTemplate;
use faro_core::dialog::{
    ButtonTarget, Keyboard, Reply, relayed_text, relayed_voice_label, storage,
};
use faro_core::metrics::{Channel, Purpose};
use faro_core::publishing::whatsapp_reach::WINDOW_SECONDS;
use faro_core::relay::{Carrier, Carrying, ChatRef, NotCarried, Parcel, Said};
use serde_json::{Value, json};
use unicode_segmentation::UnicodeSegmentation;

use super::queues::Relayed;
use crate::handler::deliver;
use crate::media::{OGG_OPUS, voice_note};
use crate::shared::{CHANNEL, Shared};

/// The longest text a template's body variable gets (Meta allows 1,024 characters in a
/// template's body, the template's own words included).
const TEMPLATE_VARIABLE_CHARS: usize = 600;

/// Held by the other channels through `Carriers`; weak, so that the registry in the app does
/// not keep a stopped channel alive.
pub(crate) struct WhatsAppCarrier {
    shared: Weak<Shared>,
}

impl WhatsAppCarrier {
    pub(crate) fn new(shared: &Arc<Shared>) -> Self {
        WhatsAppCarrier {
            shared: Arc::downgrade(shared),
        }
    }
}

impl Carrier for WhatsAppCarrier {
    fn channel(&self) -> Channel {
        Channel::WhatsApp
    }

    fn carry(&self, to: ChatRef, parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async move {
            let shared = self.shared.upgrade().ok_or(NotCarried::NoCarrier)?;
            carry(&shared, to, parcel).await
        })
    }

    fn tell(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async move {
            let shared = self.shared.upgrade().ok_or(NotCarried::NoCarrier)?;
            tell(&shared, to.chat, reply, purpose).await
        })
    }
}

/// Queues `parcel` for `to` if its person is within the window and its queue has room.
pub(crate) async fn carry(
    shared: &Arc<Shared>,
    to: ChatRef,
    parcel: Parcel,
) -> Result<(), NotCarried> {
    within_window(shared, to.chat).await?;
    let slot = shared
        .relay
        .backlog
        .enter(to)
        .map_err(|_| NotCarried::Busy)?;
    let relayed = Relayed {
        parcel,
        _slot: slot,
    };
    if shared.relay.push(to.chat, relayed) {
        let worker = shared.clone();
        let chat = to.chat;
        shared.relay.spawn(async move {
            while let Some(next) = worker.relay.next(chat) {
                send(&worker, chat, next.parcel).await;
            }
        });
    }
    Ok(())
}

/// Answers the chat that wrote (why its message was not passed on).
pub(crate) async fn answer(shared: &Shared, number: &str, tag: &str, reply: Reply, locale: Locale) {
    deliver(shared, number, tag, &[reply], locale, Purpose::Reply).await;
}

/// Whether `chat`'s person wrote within the last 24 hours (on the channel's clock).
async fn within_window(shared: &Shared, chat: i64) -> Result<(), NotCarried> {
    let contacts = shared.dialog.store().phone_contacts(&shared.key, CHANNEL);
    match contacts.last_inbound_at(chat).await {
        Ok(Some(last)) if shared.clock.now() - last < WINDOW_SECONDS => Ok(()),
        Ok(Some(_)) => Err(NotCarried::OutsideWindow),
        // Their data was deleted: nobody to carry to.
        Ok(None) => Err(NotCarried::Unreachable),
        Err(error) => {
            tracing::warn!(%error, "relay: a WhatsApp chat's window not read");
            Err(NotCarried::Unreachable)
        }
    }
}

/// The number of `chat` for the moment of sending, and the language it reads.
async fn address(shared: &Shared, chat: i64) -> Option<(String, Locale)> {
    let contacts = shared.dialog.store().phone_contacts(&shared.key, CHANNEL);
    let number = match contacts.number_of(chat).await {
        Ok(Some(number)) => number,
        Ok(None) => return None,
        Err(error) => {
            tracing::warn!(%error, "relay: a WhatsApp number not read");
            return None;
        }
    };
    let locale = match storage::load(shared.dialog.store(), chat).await {
        Ok(Some(state)) => state.locale.unwrap_or(Locale::SOURCE),
        _ => Locale::SOURCE,
    };
    Some((number, locale))
}

/// Sends one queued parcel to `chat`: a text under its role, or the role and then the audio.
pub(crate) async fn send(shared: &Shared, chat: i64, parcel: Parcel) {
    let tag = shared.hasher.tag("chat", chat);
    let Some((number, locale)) = address(shared, chat).await else {
        tracing::info!(chat = %tag, "relay: the other side's chat is gone");
        return;
    };
    match parcel.said {
        Said::Text(text) => {
            let reply = relayed_text(&parcel.from_role, &text);
            deliver(shared, &number, &tag, &[reply], locale, Purpose::Relay).await;
        }
        Said::Voice(audio) => {
            let label = relayed_voice_label(&parcel.from_role);
            deliver(shared, &number, &tag, &[label], locale, Purpose::Relay).await;
            // Uploaded for this one message and never kept (`Media::upload`).
            let uploaded = shared
                .media
                .upload(audio.bytes.to_vec(), OGG_OPUS, "voice.ogg")
                .await;
            let media_id = match uploaded {
                Ok(id) => id,
                Err(error) => {
                    shared.stats.count_send_failure();
                    tracing::warn!(chat = %tag, %error, "relay: a voice note not uploaded");
                    return;
                }
            };
            match crate::send::send(shared, &voice_note(&number, &media_id)).await {
                Ok(_) => {
                    shared.stats.count_sent();
                    shared
                        .metrics
                        .message_sent(Channel::WhatsApp, Purpose::Relay);
                }
                Err(error) => {
                    shared.stats.count_send_failure();
                    tracing::warn!(chat = %tag, %error, "relay: a voice note not sent");
                }
            }
        }
    }
}

/// A notice to `chat`: as it is inside the window; outside it, as the notice template when it
/// has a button for the template's tap to do, else not at all.
async fn tell(
    shared: &Shared,
    chat: i64,
    reply: Reply,
    purpose: Purpose,
) -> Result<(), NotCarried> {
    let tag = shared.hasher.tag("chat", chat);
    let window = within_window(shared, chat).await;
    let (number, locale) = address(shared, chat).await.ok_or(NotCarried::Unreachable)?;
    match window {
        Ok(()) => {
            deliver(shared, &number, &tag, &[reply], locale, purpose).await;
            Ok(())
        }
        Err(NotCarried::OutsideWindow) => {
            let (Some(template), Some(action)) = (&shared.notice_template, first_action(&reply))
            else {
                return Err(NotCarried::OutsideWindow);
            };
            let body = notice_template_body(&number, template, &reply.text.plain(), &action);
            match crate::send::send(shared, &body).await {
                Ok(_) => {
                    shared.stats.count_sent();
                    shared.metrics.message_sent(Channel::WhatsApp, purpose);
                    Ok(())
                }
                Err(error) => {
                    shared.stats.count_send_failure();
                    tracing::warn!(chat = %tag, %error, "a notice template not sent");
                    Err(NotCarried::Unreachable)
                }
            }
        }
        Err(other) => Err(other),
    }
}

/// The code of the reply's first button that does something (Accept), if any.
fn first_action(reply: &Reply) -> Option<String> {
    let Keyboard::Buttons(rows) = &reply.keyboard else {
        return None;
    };
    rows.iter()
        .flatten()
        .find_map(|button| match &button.target {
            ButtonTarget::Action(action) => Some(action.encode()),
            ButtonTarget::Link(_) => None,
        })
}

/// The notice template: the notice's text on one line (Meta refuses line breaks in a
/// variable), cut at a whole letter, and one quick-reply button carrying `action`.
pub(crate) fn notice_template_body(
    to: &str,
    template: &WhatsAppTemplate,
    text: &str,
    action: &str,
) -> Value {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut variable: String = line.graphemes(true).take(TEMPLATE_VARIABLE_CHARS).collect();
    if variable.len() < line.len() {
        variable.push('…');
    }
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "template",
        "template": {
            "name": template.name,
            "language": { "code": template.language },
            "components": [
                {
                    "type": "body",
                    "parameters": [{ "type": "text", "text": variable }],
                },
                {
                    "type": "button",
                    "sub_type": "quick_reply",
                    "index": "0",
                    "parameters": [{ "type": "payload", "payload": action }],
                },
            ],
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_template_carries_the_notice_on_one_line_and_its_button() {
        let template = WhatsAppTemplate {
            name: "faro_solicitud".into(),
            language: "es".into(),
        };
        let body = notice_template_body(
            "15550001111",
            &template,
            "Nueva solicitud\n\nKreyòl ayisyen · K7P4QM",
            "ra:12",
        );
        let components = &body["template"]["components"];
        assert_eq!(
            components[0]["parameters"][0]["text"],
            "Nueva solicitud Kreyòl ayisyen · K7P4QM"
        );
        assert_eq!(components[1]["parameters"][0]["payload"], "ra:12");
        let long = "é".repeat(2 * TEMPLATE_VARIABLE_CHARS);
        let body = notice_template_body("1", &template, &long, "ra:1");
        let variable = body["template"]["components"][0]["parameters"][0]["text"]
            .as_str()
            .unwrap();
        assert_eq!(variable.chars().count(), TEMPLATE_VARIABLE_CHARS + 1);
        assert!(variable.ends_with('…'));
    }
}
