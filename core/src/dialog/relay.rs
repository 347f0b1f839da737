//! The relay as adapters reach it: where a chat's message goes while it is in a conversation,
//! and what the engine says around it (`flow/relay.rs`). The message itself never comes in
//! here: the adapter carries it from one chat to the other.

use crate::locale::Locale;
use crate::relay::ChatRef;

use super::flow::relay::{self as texts, Refusal};
use super::relay_sides::{intake_to_store, locale_of};
use super::reply::Reply;
use super::say::Say;
use super::session::{Dialog, DialogError};

/// Where a message from a chat in a conversation goes (the other sides: two, or three with
/// staff who joined), and how its sender is named to each.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub request_id: i64,
    pub to: Vec<Receiver>,
    /// The sender's own language, for what the relay tells them.
    pub sender_locale: Locale,
}

/// One side a message goes to.
#[derive(Clone, Debug, PartialEq)]
pub struct Receiver {
    pub chat: ChatRef,
    /// The sender as this receiver reads it ("Interpreter Marie"), in their language.
    pub from_role: String,
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
        let mut to = Vec::new();
        for (_, chat) in conversation.others(side) {
            let locale = locale_of(self.store(), &conversation, chat).await?;
            to.push(Receiver {
                chat,
                from_role: texts::role(Say::new(self.context(), locale), &conversation, side),
            });
        }
        let sender_locale = locale_of(self.store(), &conversation, from).await?;
        Ok(Some(Route {
            request_id: conversation.request_id,
            to,
            sender_locale,
        }))
    }

    /// Conversations staff ended from their queue (done or cancelled while it was under
    /// way): each side, once, reads that it ended, in its language and nothing of why.
    /// Claimed in the database, so that several routers never tell a side twice.
    pub async fn staff_endings(&self, now: i64) -> Result<Vec<(ChatRef, Reply)>, DialogError> {
        let ended = self
            .store()
            .conversations()
            .staff_endings(now)
            .await
            .map_err(store_error)?;
        let mut told = Vec::new();
        for conversation in ended {
            for (_, chat) in conversation.sides() {
                let locale = locale_of(self.store(), &conversation, chat).await?;
                let reply = texts::ended_neutral(self.context(), locale, &conversation)
                    .fit(&self.context().limits);
                told.push((chat, reply));
            }
        }
        Ok(told)
    }

    /// What the sender is told when their message was not passed on.
    pub fn relay_refusal(&self, locale: Locale, refusal: Refusal) -> Reply {
        texts::refusal(self.context(), locale, refusal).fit(&self.context().limits)
    }
}

fn store_error(error: crate::intake::IntakeError) -> DialogError {
    DialogError::Store(intake_to_store(error))
}
