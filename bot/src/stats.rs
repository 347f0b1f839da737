//! Counters of the running bot, for health pages, tests and benchmarks. No per-person data.

use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Stats {
    received: AtomicU64,
    handled: AtomicU64,
    sent: AtomicU64,
    send_failures: AtomicU64,
}

impl Stats {
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
    }

    pub(crate) fn count_handled(&self) {
        self.handled.fetch_add(1, Ordering::AcqRel);
    }

    pub(crate) fn count_sent(&self) {
        self.sent.fetch_add(1, Ordering::AcqRel);
    }

    pub(crate) fn count_send_failure(&self) {
        self.send_failures.fetch_add(1, Ordering::AcqRel);
    }
}
