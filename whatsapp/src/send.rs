//! Every message to WhatsApp goes through the pace — a reply in its lane, a broadcast
//! message in the bulk lane behind every reply — and is tried again after a "slow down".

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::graph::SendError;
use crate::media::{MediaError, voice_note};
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

/// Sends the clip at `file` to `to` as a voice note, in the reply lane: its kept media id, or
/// uploaded now. A refusal other than "slow down" or "outside the window" may mean Meta no
/// longer has a kept id, so that one is forgotten and the clip uploaded and sent once more.
pub(crate) async fn send_clip(
    shared: &Shared,
    to: &str,
    file: &Path,
) -> Result<Option<String>, MediaError> {
    let (id, fresh) = shared.media.clip_id(file).await?;
    match send(shared, &voice_note(to, &id)).await {
        Err(SendError::Refused { .. }) if !fresh => {
            shared.media.forget(&id);
            let (id, _) = shared.media.clip_id(file).await?;
            send(shared, &voice_note(to, &id))
                .await
                .map_err(MediaError::Send)
        }
        other => other.map_err(MediaError::Send),
    }
}
