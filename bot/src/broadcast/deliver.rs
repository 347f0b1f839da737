//! One outbox message: through the limiter to Telegram, then its outcome into the outbox.

use std::sync::Arc;
use std::time::Duration;

use faro_core::clock::now_unix;
use faro_core::publishing::{OutboxItem, SendFailure};
use teloxide::prelude::*;
use teloxide::types::ParseMode;
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;

use crate::limiter::{Priority, RetryAfter};
use crate::send::{describe, gone, no_preview};
use crate::shared::Shared;

use super::lease::Validity;

/// Whether a send may start now: only while this instance holds the lease and is not
/// stopping. Asked the moment the limiter grants a slot, right before the request goes out,
/// so that time spent waiting for a slot (or a 429's pause) never outlasts the lease.
#[derive(Clone)]
pub(crate) struct Gate {
    lease: Validity,
    stop: CancellationToken,
}

impl Gate {
    pub(crate) fn new(lease: Validity, stop: CancellationToken) -> Self {
        Gate { lease, stop }
    }

    fn open(&self) -> bool {
        !self.stop.is_cancelled() && self.lease.valid_now()
    }
}

/// One try at the message, as the limiter sees it.
enum Attempt {
    /// Not sent: the lease ran out or the sender is stopping. The row stays queued.
    Halted,
    Telegram(RequestError),
}

impl RetryAfter for Attempt {
    fn retry_after(&self) -> Option<Duration> {
        match self {
            Attempt::Halted => None,
            Attempt::Telegram(error) => error.retry_after(),
        }
    }
}

/// How often recording a sent message is tried before the sender gives up on it (the
/// database is gone; the message may then go out again once it is back).
const RECORD_ATTEMPTS: u32 = 8;

pub(crate) async fn deliver(shared: Arc<Shared>, gate: Gate, item: OutboxItem, text: Arc<str>) {
    // A campaign stopped (or replaced by a correction) after this row was fetched: its row is
    // cancelled, and nothing of it goes out. Asked here, in the message's own task, not by the
    // sender's loop before handing it over: one query after another there held the whole
    // broadcast to one database round trip a message (about 470 a second on a loaded machine).
    match shared.dialog.store().outbox().still_wanted(item.id).await {
        Ok(true) => {}
        Ok(false) => return,
        Err(error) => {
            // The row stays queued and is fetched again; the fetch pauses if the database
            // is really gone.
            tracing::warn!(%error, "broadcast: reading the outbox failed; trying again shortly");
            return;
        }
    }
    let chat = item.chat_id;
    let result = shared
        .limiter
        // Behind every reply: a person waiting for an answer goes first.
        .send_as(Priority::Bulk, chat, || {
            let open = gate.open();
            let request = shared
                .bot
                .send_message(ChatId(chat), text.to_string())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            async move {
                if !open {
                    return Err(Attempt::Halted);
                }
                request.send().await.map_err(Attempt::Telegram)
            }
        })
        .await;
    match result {
        // Recorded at once: until this commits, a crash would send the message again.
        Ok(_) => {
            shared
                .stats
                .count_sent(faro_core::metrics::Purpose::Broadcast);
            record_sent(&shared, &item).await;
        }
        Err(Attempt::Halted) => {}
        Err(Attempt::Telegram(error)) => {
            shared
                .stats
                .count_send_failure(faro_core::metrics::Purpose::Broadcast, &error);
            let failure = classify(&error);
            let tag = shared.hasher.tag("chat", chat);
            match &failure {
                SendFailure::Blocked => {
                    tracing::info!(chat = %tag, "broadcast: chat unreachable (blocked or deleted); unsubscribed");
                }
                SendFailure::Transient(error) => {
                    tracing::info!(chat = %tag, %error, "broadcast: message not sent; trying again later");
                }
                SendFailure::Permanent(error) => {
                    tracing::warn!(chat = %tag, %error, "broadcast: message refused; given up");
                }
            }
            record_failure(&shared, &item, &failure).await;
        }
    }
}

async fn record_sent(shared: &Shared, item: &OutboxItem) {
    let store = shared.dialog.store();
    let mut pause = Duration::from_millis(50);
    for attempt in 1..=RECORD_ATTEMPTS {
        match store.outbox().mark_sent(item.id, now_unix()).await {
            Ok(()) => return,
            Err(error) if attempt < RECORD_ATTEMPTS => {
                tracing::warn!(%error, "broadcast: recording a sent message failed; trying again");
                tokio::time::sleep(pause).await;
                pause *= 2;
            }
            Err(error) => {
                let tag = shared.hasher.tag("chat", item.chat_id);
                tracing::error!(chat = %tag, %error, "broadcast: a sent message could not be recorded and may go out again");
            }
        }
    }
}

pub(crate) async fn record_failure(shared: &Shared, item: &OutboxItem, failure: &SendFailure) {
    let store = shared.dialog.store();
    if let Err(error) = store.outbox().mark_failure(item, failure, now_unix()).await {
        // The row stays queued and due: it is simply tried again.
        tracing::warn!(%error, "broadcast: recording a failed send failed");
    }
}

/// What Telegram's refusal means for the row. teloxide keeps no HTTP status, only
/// Telegram's description, so an error it does not know is judged by that description's
/// prefix: "Bad Request" and "Forbidden" will not change by trying again; anything else (a
/// 5xx, a proxy's page, the network) might.
pub(crate) fn classify(error: &RequestError) -> SendFailure {
    if gone(error) {
        return SendFailure::Blocked;
    }
    match error {
        RequestError::RetryAfter(_)
        | RequestError::Network(_)
        | RequestError::Io(_)
        | RequestError::InvalidJson { .. } => SendFailure::Transient(describe(error)),
        // A wrong token is a configuration mistake that will be fixed; the row's attempts
        // are bounded all the same.
        RequestError::Api(ApiError::InvalidToken) => SendFailure::Transient(describe(error)),
        RequestError::Api(ApiError::Unknown(description))
            if !(description.starts_with("Bad Request")
                || description.starts_with("Forbidden")) =>
        {
            SendFailure::Transient(describe(error))
        }
        RequestError::Api(_) | RequestError::MigrateToChatId(_) => {
            SendFailure::Permanent(describe(error))
        }
    }
}
