//! The engine with its memory: load the chat's state, decide, then keep the new state (or
//! erase everything when the person asked). Adapters call [`Dialog::process`] and render
//! the replies.

use std::sync::Arc;

use crate::erasure;
use crate::store::{Store, StoreError};

use super::context::Context;
use super::engine::handle;
use super::event::Input;
use super::reply::Reply;
use super::storage;

#[derive(Debug, thiserror::Error)]
pub enum DialogError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Clone)]
pub struct Dialog {
    context: Arc<Context>,
    store: Store,
}

impl Dialog {
    pub fn new(context: Arc<Context>, store: Store) -> Self {
        Dialog { context, store }
    }

    pub fn context(&self) -> &Context {
        &self.context
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Handles one event of one chat. Events of the same chat must be processed one at a
    /// time (the adapter queues them per chat); different chats may run in parallel.
    pub async fn process(&self, chat_id: i64, input: Input) -> Result<Vec<Reply>, DialogError> {
        let before = storage::load(&self.store, chat_id).await?;
        let outcome = handle(&self.context, before.clone().unwrap_or_default(), input);
        if outcome.erase {
            erasure::erase_chat(&self.store, chat_id).await?;
        } else if before.as_ref() != Some(&outcome.state)
            && (before.is_some() || outcome.state != Default::default())
        {
            // A chat that only ever got the default state leaves no row behind.
            storage::save(&self.store, chat_id, &outcome.state, unix_now()).await?;
        }
        Ok(outcome.replies)
    }
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
