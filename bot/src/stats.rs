//! Counters of the running bot, for health pages, tests and benchmarks, and the same events
//! counted for `/metrics` (`faro_core::metrics`, channel `telegram`). No per-person data.

use std::sync::atomic::{AtomicU64, Ordering};

use faro_core::metrics::{Channel, Metrics, Purpose, SendErrorKind};
use teloxide::RequestError;

#[derive(Debug, Default)]
pub struct Stats {
    received: AtomicU64,
    handled: AtomicU64,
    sent: AtomicU64,
    send_failures: AtomicU64,
    metrics: Metrics,
}

impl Stats {
    /// Counting into the instance's `metrics` as well.
    pub(crate) fn new(metrics: Metrics) -> Self {
        Stats {
            metrics,
            ..Stats::default()
        }
    }

    /// Updates taken from Telegram (polling or webhook).
    pub fn received(&self) -> u64 {
        self.received.load(Ordering::Acquire)
    }

    /// Updates fully handled: answered, ignored, or failed and logged.
    pub fn handled(&self) -> u64 {
        self.handled.load(Ordering::Acquire)
    }

    /// Messages sent or edited.
    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Acquire)
    }

    pub fn send_failures(&self) -> u64 {
        self.send_failures.load(Ordering::Acquire)
    }

    pub(crate) fn count_received(&self) {
        self.received.fetch_add(1, Ordering::AcqRel);
        self.metrics.update_received(Channel::Telegram);
    }

    pub(crate) fn count_handled(&self) {
        self.handled.fetch_add(1, Ordering::AcqRel);
    }

    pub(crate) fn count_sent(&self, purpose: Purpose) {
        self.sent.fetch_add(1, Ordering::AcqRel);
        self.metrics.message_sent(Channel::Telegram, purpose);
    }

    pub(crate) fn count_send_failure(&self, purpose: Purpose, error: &RequestError) {
        self.send_failures.fetch_add(1, Ordering::AcqRel);
        self.metrics
            .send_failed(Channel::Telegram, purpose, kind_of(error));
    }
}

/// The kind of a send that failed for good (the limiter has already waited out the 429s it
/// could), from teloxide's error; the description Telegram gave stays out of the metrics.
fn kind_of(error: &RequestError) -> SendErrorKind {
    if crate::refusal::gone(error) {
        return SendErrorKind::Blocked;
    }
    match error {
        RequestError::RetryAfter(_) => SendErrorKind::RateLimited,
        RequestError::Network(_) | RequestError::Io(_) => SendErrorKind::Network,
        RequestError::Api(_)
        | RequestError::MigrateToChatId(_)
        | RequestError::InvalidJson { .. } => SendErrorKind::TelegramError,
    }
}

#[cfg(test)]
mod tests {
    use teloxide::ApiError;
    use teloxide::types::Seconds;

    use super::*;

    #[test]
    fn each_teloxide_error_has_its_kind() {
        assert_eq!(
            kind_of(&RequestError::Api(ApiError::BotBlocked)),
            SendErrorKind::Blocked
        );
        assert_eq!(
            kind_of(&RequestError::Api(ApiError::ChatNotFound)),
            SendErrorKind::Blocked
        );
        assert_eq!(
            kind_of(&RequestError::RetryAfter(Seconds::from_seconds(3))),
            SendErrorKind::RateLimited
        );
        assert_eq!(
            kind_of(&RequestError::Io(std::sync::Arc::new(
                std::io::Error::other("reset")
            ))),
            SendErrorKind::Network
        );
        assert_eq!(
            kind_of(&RequestError::Api(ApiError::Unknown(
                "Bad Request: message text is empty".into()
            ))),
            SendErrorKind::TelegramError
        );
    }
}
