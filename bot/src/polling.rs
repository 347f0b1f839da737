//! Long polling: ask Telegram for updates, hand them to the chat queues, repeat; back off on
//! errors; on shutdown, confirm what was taken so a restart does not see it again.

use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, Update};
use teloxide::{ApiError, RequestError};
use tokio_util::sync::CancellationToken;

use crate::queue::ChatQueues;
use crate::send::describe;
use crate::shared::Shared;

/// The updates the bot uses; Telegram sends no others.
pub(crate) fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
    ]
}

pub(crate) async fn poll(
    shared: &Shared,
    queues: &Arc<ChatQueues>,
    timeout: Duration,
    shutdown: &CancellationToken,
) {
    let mut offset: i32 = 0;
    let mut failures: u32 = 0;
    loop {
        let request = shared
            .bot
            .get_updates()
            .offset(offset)
            .timeout(u32::try_from(timeout.as_secs()).unwrap_or(10))
            .allowed_updates(allowed_updates())
            .send();
        let result = tokio::select! {
            _ = shutdown.cancelled() => break,
            result = request => result,
        };
        let pause = match result {
            Ok(updates) => {
                failures = 0;
                for update in updates {
                    offset = offset.max(update.id.as_offset());
                    queues.push(update).await;
                }
                continue;
            }
            Err(RequestError::RetryAfter(seconds)) => seconds.duration(),
            Err(RequestError::InvalidJson { raw, .. }) if salvage(&raw, offset).is_some() => {
                if let Some((updates, next)) = salvage(&raw, offset) {
                    tracing::warn!("an update Telegram sent cannot be read; it was skipped");
                    offset = next;
                    for update in updates {
                        queues.push(update).await;
                    }
                }
                continue;
            }
            Err(error) => {
                failures = failures.saturating_add(1);
                if matches!(
                    error,
                    RequestError::Api(ApiError::TerminatedByOtherGetUpdates)
                ) {
                    tracing::error!(
                        "another process is polling with this token; run one instance, or use webhook mode (FARO_TELEGRAM_WEBHOOK_URL) for several"
                    );
                } else {
                    tracing::warn!(error = %describe(&error), failures, "getUpdates failed");
                }
                // 1, 2, 4 … seconds, at most 30.
                Duration::from_secs(1 << failures.min(5).saturating_sub(1))
                    .min(Duration::from_secs(30))
            }
        };
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(pause) => {}
        }
    }
    if offset != 0 {
        let confirm = shared
            .bot
            .get_updates()
            .offset(offset)
            .limit(1)
            .timeout(0)
            .send();
        if let Err(error) = tokio::time::timeout(Duration::from_secs(5), confirm).await {
            tracing::debug!(%error, "could not confirm the last updates");
        }
    }
}

/// A batch that did not parse as a whole (an update without a usable `update_id`): the
/// updates that parse on their own, and the offset past every id seen, so that the bad one
/// is not fetched again and again. `None` when no id is usable.
fn salvage(raw: &str, offset: i32) -> Option<(Vec<Update>, i32)> {
    let response: serde_json::Value = serde_json::from_str(raw).ok()?;
    let batch = response.get("result")?.as_array()?;
    let next = batch
        .iter()
        .filter_map(|item| item.get("update_id")?.as_u64())
        .filter_map(|id| i32::try_from(id).ok()?.checked_add(1))
        .max()
        .filter(|next| *next > offset)?;
    let updates = batch
        .iter()
        // Through text: teloxide's `UpdateKind` needs borrowed keys, which a `Value` cannot lend.
        .filter_map(|item| serde_json::from_str::<Update>(&item.to_string()).ok())
        .collect();
    Some((updates, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_with_a_broken_update_keeps_the_good_ones_and_moves_past_all() {
        let raw = r#"{"ok":true,"result":[
            {"update_id":"seven","message":{}},
            {"update_id":8,"message":{"message_id":1,"date":0,"chat":{"id":1,"type":"private","first_name":"A"},"text":"hi"}}
        ]}"#;
        let (updates, next) = salvage(raw, 0).unwrap();
        assert_eq!(updates.len(), 1);
        assert!(matches!(
            updates[0].kind,
            teloxide::types::UpdateKind::Message(_)
        ));
        assert_eq!(next, 9);
        assert!(salvage(raw, 9).is_none(), "nothing new");
        assert!(salvage(r#"{"ok":true,"result":[{"x":1}]}"#, 0).is_none());
        assert!(salvage("not json", 0).is_none());
    }
}
