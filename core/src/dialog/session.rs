//! The engine with its memory: load the chat's state, decide, carry out the effect the engine
//! named, then keep the new state (or erase everything when the person asked). Adapters call
//! [`Dialog::process`] and render the replies.

use std::sync::Arc;

use crate::erasure;
use crate::intake::RoutingSignal;
use crate::metrics::Metrics;
use crate::relay::ChatRef;
use crate::store::{Store, StoreError};

use super::context::Context;
use super::engine::handle;
use super::event::Input;
use super::processed::Processed;
use super::run_effect::{self, Io};
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
    routing: RoutingSignal,
    metrics: Metrics,
}

impl Dialog {
    pub fn new(context: Arc<Context>, store: Store) -> Self {
        Dialog {
            context,
            store,
            routing: RoutingSignal::default(),
            metrics: Metrics::default(),
        }
    }

    /// Counts what the conversations do (an interpreter accepting a request) in `metrics`.
    pub fn with_metrics(mut self, metrics: Metrics) -> Self {
        self.metrics = metrics;
        self
    }

    /// Rings `routing` whenever a request is made, so interpreters are told.
    pub fn with_routing(mut self, routing: RoutingSignal) -> Self {
        self.routing = routing;
        self
    }

    pub fn routing(&self) -> &RoutingSignal {
        &self.routing
    }

    pub fn context(&self) -> &Context {
        &self.context
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Handles one event of one chat. Events of the same chat must be processed one at a
    /// time (the adapter queues them per chat); different chats may run in parallel.
    pub async fn process(&self, chat_id: i64, input: Input) -> Result<Processed, DialogError> {
        // A review made on any instance reaches the bot's readers within the board's refresh;
        // a database that cannot be read leaves the last snapshot.
        if let Err(error) = self.context.reviews.refresh_if_old(&self.store).await {
            tracing::warn!(%error, "reading the translation reviews");
        }
        let (before, seen_at) = match storage::load_seen(&self.store, chat_id).await? {
            Some((state, seen_at)) => (Some(state), Some(seen_at)),
            None => (None, None),
        };
        let mut outcome = handle(&self.context, before.clone().unwrap_or_default(), input);
        let mut processed = Processed {
            replies: std::mem::take(&mut outcome.replies),
            elsewhere: Vec::new(),
        };
        if let Some(effect) = outcome.effect.take() {
            let io = Io {
                ctx: &self.context,
                store: &self.store,
                routing: &self.routing,
                metrics: &self.metrics,
            };
            let done =
                run_effect::run(&io, chat_id, &outcome.state, outcome.locale, effect).await?;
            let limits = &self.context.limits;
            processed
                .replies
                .extend(done.replies.into_iter().map(|reply| reply.fit(limits)));
            processed.elsewhere = done
                .elsewhere
                .into_iter()
                .map(|elsewhere| elsewhere.fit(limits))
                .collect();
        }
        if outcome.erase {
            let now = crate::clock::now_unix();
            // A conversation under way ends first, so the other side hears that it ended.
            let told = super::relay_sides::end_on_erasure(
                &self.context,
                &self.store,
                ChatRef::of(chat_id),
                now,
            )
            .await?;
            processed
                .elsewhere
                .extend(told.into_iter().map(|told| told.fit(&self.context.limits)));
            erasure::erase_chat(&self.store, chat_id, now).await?;
        } else if before.as_ref() != Some(&outcome.state)
            && (before.is_some() || outcome.state != Default::default())
        {
            // A chat that only ever got the default state leaves no row behind.
            storage::save(&self.store, chat_id, &outcome.state, unix_now()).await?;
        } else if let Some(seen_at) = seen_at {
            // The chat talked without changing its state: it is not idle (the purger deletes
            // the state of chats idle for `retention_days`).
            let now = unix_now();
            if now - seen_at >= storage::TOUCH_AFTER_SECONDS {
                storage::touch(&self.store, chat_id, now).await?;
            }
        }
        Ok(processed)
    }
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
