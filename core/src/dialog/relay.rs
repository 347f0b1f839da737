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

fn store_error(error: crate::intake::IntakeError) -> DialogError {
    DialogError::Store(intake_to_store(error))
}
