//! The port through which a conversation reaches a side on another channel: "carry this to
//! that chat". Each adapter implements [`Carrier`] for its own channel (the Telegram bot,
//! the WhatsApp channel); the binary registers the ones it runs in [`Carriers`], which every
//! adapter holds. An adapter carries a message to a chat of its own channel itself, and asks
//! `Carriers` for any other: no adapter knows another's crate, and core knows no channel.
//!
//! What is carried lives in memory only, for as long as it waits for the receiving chat's
//! turn (the receiving adapter's queue, bounded by [`Backlog`](super::Backlog)); it is never
//! stored nor logged, and a voice note's audio is dropped once sent.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, PoisonError, RwLock};

use super::ChatRef;
use crate::dialog::{Elsewhere, Reply};
use crate::metrics::{Channel, Purpose};

/// A carrier's answer, as a boxed future so that carriers of several adapters can sit behind
/// one `dyn Carrier`.
pub type Carrying<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What one side said, on its way to another.
#[derive(Clone)]
pub enum Said {
    Text(String),
    /// A voice note, fetched from the sender's channel to be uploaded to the receiver's.
    Voice(Audio),
}

/// A voice note's sound: Telegram's and WhatsApp's voice notes are both OGG/Opus, so it
/// crosses as it was recorded.
#[derive(Clone)]
pub struct Audio {
    pub bytes: Arc<[u8]>,
    /// As the sender's channel named it (`audio/ogg; codecs=opus`).
    pub mime_type: String,
}

impl fmt::Debug for Audio {
    // Never the sound itself, even in a debug line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Audio({} bytes, {})", self.bytes.len(), self.mime_type)
    }
}

impl fmt::Debug for Said {
    // Never the words: a debug line must not carry what a person said.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Said::Text(text) => write!(f, "Text({} chars)", text.chars().count()),
            Said::Voice(audio) => write!(f, "Voice({audio:?})"),
        }
    }
}

/// A message on its way: what was said, and how its sender is named to this receiver
/// ("Interpreter Marie", in the receiver's language) — nothing else of the sender.
#[derive(Clone, Debug)]
pub struct Parcel {
    pub from_role: String,
    pub said: Said,
}

/// Why a message or a notice could not be carried to a chat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotCarried {
    /// Too many messages already wait for that chat.
    #[error("too many relayed messages waiting for one chat")]
    Busy,
    /// A WhatsApp chat more than 24 hours after its last message: only a template may reach
    /// it until its person writes again, never a free-form message.
    #[error("outside the receiver's 24-hour window")]
    OutsideWindow,
    /// That chat's channel does not run on this instance.
    #[error("no carrier for that channel on this instance")]
    NoCarrier,
    /// That chat is no longer known (its data was deleted) or its channel refused it.
    #[error("the receiving chat cannot be reached")]
    Unreachable,
    /// That chat's channel cannot change a message once sent (WhatsApp).
    #[error("that channel cannot edit a sent message")]
    CannotEdit,
}

/// One channel's way to reach its chats, implemented by its adapter.
pub trait Carrier: Send + Sync {
    fn channel(&self) -> Channel;

    /// Queues `parcel` for `to` (a chat of this channel) and returns once it waits its turn:
    /// the sender hears at once whether it will go, not when it went.
    fn carry(&self, to: ChatRef, parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>>;

    /// Sends the engine's `reply` to `to` (a notice: a new request, a conversation started or
    /// ended), within the channel's rules; `Ok` once it is on its way.
    fn tell(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Carrying<'_, Result<(), NotCarried>>;

    /// Like [`tell`](Self::tell), for a notice that may be changed later (an interpreter's new
    /// request, which turns "taken" when someone else accepts it): the sent message's id when
    /// the channel can edit it. A channel without edits tells it and gives no id.
    fn notify(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Carrying<'_, Result<Option<i64>, NotCarried>> {
        Box::pin(async move { self.tell(to, reply, purpose).await.map(|()| None) })
    }

    /// Changes the message `message_id` (an id [`notify`](Self::notify) gave) to `reply`.
    fn edit(
        &self,
        _to: ChatRef,
        _message_id: i64,
        _reply: Reply,
    ) -> Carrying<'_, Result<(), NotCarried>> {
        Box::pin(async { Err(NotCarried::CannotEdit) })
    }
}

/// The carriers of the channels this instance runs, registered by the binary once each
/// adapter is built; every adapter holds a clone (`App::carriers`).
#[derive(Clone, Default)]
pub struct Carriers {
    by_channel: Arc<RwLock<HashMap<Channel, Arc<dyn Carrier>>>>,
}

impl fmt::Debug for Carriers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let by_channel = self
            .by_channel
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let mut channels: Vec<&str> = by_channel.keys().map(|channel| channel.as_str()).collect();
        channels.sort_unstable();
        f.debug_tuple("Carriers").field(&channels).finish()
    }
}

impl Carriers {
    /// `carrier` carries to its channel's chats from now on (replacing any before it).
    pub fn register(&self, carrier: Arc<dyn Carrier>) {
        self.by_channel
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(carrier.channel(), carrier);
    }

    fn of(&self, channel: Channel) -> Result<Arc<dyn Carrier>, NotCarried> {
        self.by_channel
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&channel)
            .cloned()
            .ok_or(NotCarried::NoCarrier)
    }

    /// Queues `parcel` for `to` with its channel's carrier.
    pub async fn carry(&self, to: ChatRef, parcel: Parcel) -> Result<(), NotCarried> {
        self.of(to.channel)?.carry(to, parcel).await
    }

    /// Whether this instance runs a carrier for `channel`: a notice for a chat of a channel
    /// it does not run is left for an instance that does (several share one database).
    pub fn reaches(&self, channel: Channel) -> bool {
        self.of(channel).is_ok()
    }

    /// Whether no channel runs here at all (a kiosk-only instance).
    pub fn is_empty(&self) -> bool {
        self.by_channel
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .is_empty()
    }

    /// Sends `reply` to `to` with its channel's carrier, and the message's id where that
    /// channel can edit it later ([`Carrier::notify`]).
    pub async fn notify(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Result<Option<i64>, NotCarried> {
        self.of(to.channel)?.notify(to, reply, purpose).await
    }

    /// Changes a message sent earlier with its channel's carrier ([`Carrier::edit`]).
    pub async fn edit(&self, to: ChatRef, message_id: i64, reply: Reply) -> Result<(), NotCarried> {
        self.of(to.channel)?.edit(to, message_id, reply).await
    }

    /// Sends `reply` to `to` with its channel's carrier.
    pub async fn tell(
        &self,
        to: ChatRef,
        reply: Reply,
        purpose: Purpose,
    ) -> Result<(), NotCarried> {
        self.of(to.channel)?.tell(to, reply, purpose).await
    }

    /// Carries one of an event's messages for another chat ([`Elsewhere`]: a person told
    /// their request was accepted, another interpreter's notice turned "taken") to that
    /// chat's channel: a new message as a notice, an edit as an edit.
    pub async fn deliver(&self, item: &Elsewhere) -> Result<(), NotCarried> {
        let to = ChatRef::of(item.chat_id());
        match item {
            Elsewhere::Send { reply, .. } => self.tell(to, reply.clone(), Purpose::Notice).await,
            Elsewhere::Edit {
                message_id, reply, ..
            } => self.edit(to, *message_id, reply.clone()).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Records what it was given.
    #[derive(Default)]
    struct Recording {
        carried: Mutex<Vec<(ChatRef, String)>>,
    }

    impl Carrier for Recording {
        fn channel(&self) -> Channel {
            Channel::WhatsApp
        }

        fn carry(&self, to: ChatRef, parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>> {
            Box::pin(async move {
                self.carried.lock().unwrap().push((to, parcel.from_role));
                Ok(())
            })
        }

        fn tell(
            &self,
            _to: ChatRef,
            _reply: Reply,
            _purpose: Purpose,
        ) -> Carrying<'_, Result<(), NotCarried>> {
            Box::pin(async { Err(NotCarried::OutsideWindow) })
        }
    }

    #[tokio::test]
    async fn a_chat_is_carried_by_its_channels_carrier_and_no_other() {
        let carriers = Carriers::default();
        let whatsapp = ChatRef::of(crate::channel::phone_chat(7));
        let telegram = ChatRef::of(42);
        let parcel = Parcel {
            from_role: "Interpreter Marie".into(),
            said: Said::Text("bonjou".into()),
        };
        assert_eq!(
            carriers.carry(whatsapp, parcel.clone()).await,
            Err(NotCarried::NoCarrier)
        );
        let recording = Arc::new(Recording::default());
        carriers.register(recording.clone());
        assert_eq!(carriers.carry(whatsapp, parcel.clone()).await, Ok(()));
        assert_eq!(
            carriers.carry(telegram, parcel).await,
            Err(NotCarried::NoCarrier)
        );
        assert_eq!(
            *recording.carried.lock().unwrap(),
            vec![(whatsapp, "Interpreter Marie".to_owned())]
        );
        assert_eq!(format!("{carriers:?}"), "Carriers([\"whatsapp\"])");
    }

    /// A channel with edits, recording what it was asked to do.
    #[derive(Default)]
    struct Editing {
        done: Mutex<Vec<String>>,
    }

    impl Carrier for Editing {
        fn channel(&self) -> Channel {
            Channel::Telegram
        }

        fn carry(&self, _to: ChatRef, _parcel: Parcel) -> Carrying<'_, Result<(), NotCarried>> {
            Box::pin(async { Ok(()) })
        }

        fn tell(
            &self,
            to: ChatRef,
            _reply: Reply,
            purpose: Purpose,
        ) -> Carrying<'_, Result<(), NotCarried>> {
            Box::pin(async move {
                let line = format!("tell {} {purpose:?}", to.chat);
                self.done.lock().unwrap().push(line);
                Ok(())
            })
        }

        fn edit(
            &self,
            to: ChatRef,
            message_id: i64,
            _reply: Reply,
        ) -> Carrying<'_, Result<(), NotCarried>> {
            Box::pin(async move {
                let line = format!("edit {} {message_id}", to.chat);
                self.done.lock().unwrap().push(line);
                Ok(())
            })
        }
    }

    #[tokio::test]
    async fn an_events_message_for_another_chat_is_sent_or_edited_by_that_chats_carrier() {
        let carriers = Carriers::default();
        let telegram = Arc::new(Editing::default());
        carriers.register(telegram.clone());
        carriers.register(Arc::new(Recording::default()));
        let reply = Reply::text(crate::rich_text::Block::text("taken"));
        let send = Elsewhere::Send {
            chat_id: 42,
            reply: reply.clone(),
        };
        let edit = Elsewhere::Edit {
            chat_id: 42,
            message_id: 7,
            reply: reply.clone(),
        };
        assert_eq!(carriers.deliver(&send).await, Ok(()));
        assert_eq!(carriers.deliver(&edit).await, Ok(()));
        assert_eq!(
            *telegram.done.lock().unwrap(),
            vec!["tell 42 Notice".to_owned(), "edit 42 7".to_owned()]
        );
        // WhatsApp has no edits: said, not sent as a new message.
        let on_whatsapp = Elsewhere::Edit {
            chat_id: crate::channel::phone_chat(3),
            message_id: 7,
            reply,
        };
        assert_eq!(
            carriers.deliver(&on_whatsapp).await,
            Err(NotCarried::CannotEdit)
        );
    }

    #[test]
    fn what_was_said_never_shows_in_a_debug_line() {
        let said = Said::Text("mwen bezwen èd".into());
        assert_eq!(format!("{said:?}"), "Text(14 chars)");
        let voice = Said::Voice(Audio {
            bytes: Arc::from(&b"OggS"[..]),
            mime_type: "audio/ogg".into(),
        });
        assert_eq!(format!("{voice:?}"), "Voice(Audio(4 bytes, audio/ogg))");
    }

    #[test]
    fn a_chat_id_names_its_channel() {
        assert_eq!(ChatRef::of(42).channel, Channel::Telegram);
        assert_eq!(ChatRef::of(-1_002_345_678_901).channel, Channel::Telegram);
        assert_eq!(
            ChatRef::of(crate::channel::phone_chat(1)).channel,
            Channel::WhatsApp
        );
    }
}
