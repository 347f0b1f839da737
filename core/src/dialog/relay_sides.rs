//! The sides of a conversation as the session and the effects need them: the language each
//! side reads, and the end of a conversation when one side deletes their data.

use crate::locale::Locale;
use crate::relay::{ChatRef, Conversation, Ending};
use crate::store::{Store, StoreError};

use super::context::Context;
use super::flow::relay as texts;
use super::processed::Elsewhere;
use super::storage;

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
    ctx: &Context,
    store: &Store,
    chat: ChatRef,
    now: i64,
) -> Result<Vec<Elsewhere>, StoreError> {
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
    let mut told = Vec::new();
    for (_, other) in conversation.others(side) {
        let locale = locale_of(store, &conversation, other).await?;
        told.push(Elsewhere::Send {
            chat_id: other.chat,
            reply: texts::ended_neutral(ctx, locale, &conversation),
        });
    }
    Ok(told)
}

pub(super) fn intake_to_store(error: crate::intake::IntakeError) -> StoreError {
    match error {
        crate::intake::IntakeError::Store(error) => error,
        other => StoreError::Corrupt(other.to_string()),
    }
}
