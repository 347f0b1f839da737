//! The bot as the carrier to Telegram chats for the other channels (`faro_core::relay::Carrier`):
//! a message from a WhatsApp side waits in the receiving chat's queue like one from here
//! (the same [`Backlog`](faro_core::relay::Backlog) bound and per-chat rate), a text under
//! the sender's role, a voice note uploaded with `sendVoice`; a notice goes as the bot's
//! own messages do.

use std::sync::{Arc, Weak};

use faro_core::dialog::Reply;
use faro_core::metrics::{Channel, Purpose};
use faro_core::relay::{Carrier, Carrying, ChatRef, NotCarried, Parcel, Said};

use super::queues::{Carry, Relayed};
use crate::send::deliver;
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
}
