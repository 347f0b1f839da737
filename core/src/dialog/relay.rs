//! The relay as adapters reach it: where a chat's message goes while it is in a conversation,
//! and what the engine says around it (`flow/relay.rs`). The message itself never comes in
//! here: the adapter carries it from one chat to the other.

use crate::locale::Locale;
use crate::relay::{ChatRef, Conversation, Ending};
use crate::store::{Store, StoreError};

use super::flow::relay::{self as texts, Refusal};
use super::processed::Elsewhere;
use super::reply::Reply;
use super::say::Say;
use super::session::{Dialog, DialogError};
use super::storage;

/// Where a message from a chat in a conversation goes, and how its sender is named there.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub request_id: i64,
    pub to: ChatRef,
    /// The sender as the receiver reads it ("Interpreter Marie"), in the receiver's language.
    pub from_role: String,
    /// The sender's own language, for what the relay tells them.
    pub sender_locale: Locale,
}

impl Dialog {
    /// Where `from`'s messages go while it is in a conversation; `None` when it is not.
    pub async fn relay_route(&self, from: ChatRef) -> Result<Option<Route>, DialogError> {
        let found = self
            .store()
            .conversations()
            .of_chat(from)
            .await
            .map_err(store_error)?;
        let Some((conversation, side)) = found else {
            return Ok(None);
        };
        let to = conversation.other(side);
        let to_locale = locale_of(self.store(), &conversation, to).await?;
        let sender_locale = locale_of(self.store(), &conversation, from).await?;
        let from_role = texts::role(Say::new(self.context(), to_locale), &conversation, side);
        Ok(Some(Route {
            request_id: conversation.request_id,
            to,
            from_role,
            sender_locale,
        }))
    }

    /// What the sender is told when their message was not passed on.
    pub fn relay_refusal(&self, locale: Locale, refusal: Refusal) -> Reply {
        texts::refusal(self.context(), locale, refusal).fit(&self.context().limits)
    }
}

/// The language `chat` reads: the one it chose in the bot, else the person's request's, else
/// English.
pub(super) async fn locale_of(
    store: &Store,
    conversation: &Conversation,
    chat: ChatRef,
) -> Result<Locale, StoreError> {
    let chosen = storage::load(store, chat.chat)
        .await?
        .and_then(|state| state.locale);
    Ok(chosen.unwrap_or(if chat == conversation.person {
        conversation.person_locale
    } else {
        Locale::SOURCE
    }))
}

/// Ends `chat`'s conversation, if any, because it deleted its data: the other side is told
/// that it ended and nothing of why.
pub(super) async fn end_on_erasure(
    dialog: &Dialog,
    chat: ChatRef,
    now: i64,
) -> Result<Vec<Elsewhere>, StoreError> {
    let store = dialog.store();
    let Some((conversation, side)) = store
        .conversations()
        .of_chat(chat)
        .await
        .map_err(intake_to_store)?
    else {
        return Ok(Vec::new());
    };
    if !store
        .conversations()
        .end(conversation.request_id, Ending::Erased, now)
        .await
        .map_err(intake_to_store)?
    {
        return Ok(Vec::new());
    }
    let other = conversation.other(side);
    let locale = locale_of(store, &conversation, other).await?;
    Ok(vec![Elsewhere::Send {
        chat_id: other.chat,
        reply: texts::ended_neutral(dialog.context(), locale, &conversation),
    }])
}

fn store_error(error: crate::intake::IntakeError) -> DialogError {
    DialogError::Store(intake_to_store(error))
}

pub(super) fn intake_to_store(error: crate::intake::IntakeError) -> StoreError {
    match error {
        crate::intake::IntakeError::Store(error) => error,
        other => StoreError::Corrupt(other.to_string()),
    }
}
