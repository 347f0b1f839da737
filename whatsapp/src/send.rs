//! Every message to WhatsApp goes through the pace — a reply in its lane, a broadcast
//! message in the bulk lane behind every reply — and is tried again after a "slow down".

use std::time::Duration;

use serde_json::Value;

use crate::graph::SendError;
use crate::shared::Shared;

/// Tries after a "slow down" (1, 2 then 4 seconds later).
const SLOW_DOWN_TRIES: u32 = 3;

/// A reply (or a notice to someone waiting): ahead of every broadcast message.
pub(crate) async fn send(shared: &Shared, body: &Value) -> Result<Option<String>, SendError> {
    send_in(shared, None, body).await
}

/// A broadcast message to `chat`: in the bulk lane, spaced by the person's pair rate.
pub(crate) async fn send_bulk(
    shared: &Shared,
    chat: i64,
    body: &Value,
) -> Result<Option<String>, SendError> {
    send_in(shared, Some(chat), body).await
}

async fn send_in(
    shared: &Shared,
    bulk_to: Option<i64>,
    body: &Value,
) -> Result<Option<String>, SendError> {
    let mut backoff = Duration::from_secs(1);
    let mut tries = 0;
    loop {
        match bulk_to {
            Some(chat) => shared.pace.wait_bulk(chat).await,
            None => shared.pace.wait().await,
        }
        match shared.graph.send(body).await {
            Err(SendError::SlowDown(code)) if tries < SLOW_DOWN_TRIES => {
                tracing::info!(code, ?backoff, "WhatsApp asks to slow down; trying again");
                tokio::time::sleep(backoff).await;
                backoff *= 2;
                tries += 1;
            }
            other => return other,
        }
    }
}
