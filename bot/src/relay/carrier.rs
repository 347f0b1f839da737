//! The bot as the carrier to Telegram chats for the other channels (`faro_core::relay::Carrier`):
//! a message from a WhatsApp side waits in the receiving chat's queue like one from here
//! (the same [`Backlog`](faro_core::relay::Backlog) bound and per-chat rate), a text under
//! the sender's role, a voice note uploaded with `sendVoice`; a notice goes as the bot's
//! own messages do. The interpreter router (`faro_core::intake::router`) reaches Telegram
//! interpreters here too: a new request's notice comes back with its message id, and is
//! edited to "taken" when someone accepts the request on any channel.

use std::sync::{Arc, Weak};

use faro_core::dialog::Reply;
use faro_core::metrics::{Channel, Purpose};
use faro_core::relay::{Carrier, Carrying, ChatRef, NotCarried, Parcel, Said};

use teloxide::types::MessageId;

use super::queues::{Carry, Relayed};
use crate::render::render;
use crate::send::{deliver, describe, edit_message, send_message};
use crate::shared::Shared;

/// Held by the other channels through `Carriers`; weak, so that the registry in the app does
/// not keep a stopped bot alive.
pub(crate) struct TelegramCarrier {
    shared: Weak<Shared>,
}

impl TelegramCarrier {
    pub(crate) fn new(shared: &Arc<Shared>) -> Self {
        TelegramCarrier {
            shared: Arc::downgrade(shared),
        }
    }
}

impl Carrier for TelegramCarrier {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    fn carry(&self, to: ChatRef, parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async move {
            let shared = self.shared.upgrade().ok_or(NotCarried::NoCarrier)?;
            let slot = shared
                .relay
                .backlog
                .enter(to)
                .map_err(|_| NotCarried::Busy)?;
            let carry = match parcel.said {
                Said::Text(text) => Carry::Text(text),
                Said::Voice(audio) => Carry::Voice(audio),
            };
            super::enqueue(
                &shared,
                to.chat,
                Relayed {
                    carry,
                    from_role: parcel.from_role,
                    _slot: slot,
                },
            );
            Ok(())
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
            deliver(&shared, to.chat, &[reply], None, purpose).await;
            Ok(())
        })
    }

    fn notify(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Carrying<'_, Result<Option<i64>, NotCarried>> {
        Box::pin(async move {
            let shared = self.shared.upgrade().ok_or(NotCarried::NoCarrier)?;
            notify(&shared, to.chat, &reply, purpose).await
        })
    }

    fn edit(
        &self,
        to: ChatRef,
        message_id: i64,
        reply: Reply,
    ) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async move {
            let shared = self.shared.upgrade().ok_or(NotCarried::NoCarrier)?;
            let message = i32::try_from(message_id).map_err(|_| NotCarried::Unreachable)?;
            for outgoing in render(&reply) {
                // An edit that fails (the message was deleted) is left alone rather than sent
                // again as a new message.
                edit_message(
                    &shared,
                    to.chat,
                    MessageId(message),
                    &outgoing,
                    Purpose::Notice,
                )
                .await;
            }
            Ok(())
        })
    }
}

/// A notice as one message (the last the reply renders to: a notice is short), counted in the
/// bot's stats either way; its id, for the router to keep if it is to turn "taken".
async fn notify(
    shared: &Shared,
    chat: i64,
    reply: &Reply,
    purpose: Purpose,
) -> Result<Option<i64>, NotCarried> {
    let Some(outgoing) = render(reply).pop() else {
        return Err(NotCarried::Unreachable);
    };
    match send_message(shared, chat, &outgoing).await {
        Ok(message) => {
            shared.stats.count_sent(purpose);
            Ok(Some(i64::from(message.id.0)))
        }
        Err(error) => {
            shared.stats.count_send_failure(purpose, &error);
            let tag = shared.hasher.tag("chat", chat);
            tracing::warn!(chat = %tag, error = %describe(&error), "interpreter not told of a request");
            Err(NotCarried::Unreachable)
        }
    }
}
