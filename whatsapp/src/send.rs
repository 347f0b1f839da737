//! Every message to WhatsApp goes through the pace, and is tried again after a "slow down".

use std::time::Duration;

use serde_json::Value;

use crate::graph::SendError;
use crate::shared::Shared;

/// Tries after a "slow down" (1, 2 then 4 seconds later).
const SLOW_DOWN_TRIES: u32 = 3;

pub(crate) async fn send(shared: &Shared, body: &Value) -> Result<(), SendError> {
    let mut backoff = Duration::from_secs(1);
    let mut tries = 0;
    loop {
        shared.pace.wait().await;
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
