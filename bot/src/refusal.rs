//! What Telegram's refusals mean for Faro: one place that says when a chat is gone for good,
//! asked by the senders (`send.rs`, the broadcast) and by the counters (`stats.rs`).

use teloxide::{ApiError, RequestError};

/// The person blocked the bot, deleted their account, or the chat is no more: nothing will
/// reach them again, so their subscription ends instead of being tried again.
pub(crate) fn gone(error: &RequestError) -> bool {
    matches!(
        error,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::ChatNotFound
                | ApiError::BotKicked
        )
    )
}
