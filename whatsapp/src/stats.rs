//! Counters of the running channel, read by the tests (and `/metrics` through core's
//! families): how many messages came in, were handled, were duplicates, and the statuses.

use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Stats {
    received: AtomicU64,
    handled: AtomicU64,
    duplicates: AtomicU64,
    statuses: AtomicU64,
    sent: AtomicU64,
    send_failures: AtomicU64,
}

impl Stats {
    pub(crate) fn count_received(&self) {
        self.received.fetch_add(1, Ordering::Relaxed);
    }
    pub(crate) fn count_handled(&self) {
        self.handled.fetch_add(1, Ordering::Relaxed);
    }
    pub(crate) fn count_duplicate(&self) {
        self.duplicates.fetch_add(1, Ordering::Relaxed);
    }
    pub(crate) fn count_status(&self) {
        self.statuses.fetch_add(1, Ordering::Relaxed);
    }
    pub(crate) fn count_sent(&self) {
        self.sent.fetch_add(1, Ordering::Relaxed);
    }
    pub(crate) fn count_send_failure(&self) {
        self.send_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// Messages and statuses taken from webhook calls (after the signature check).
    pub fn received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }
    /// Of those, how many have been dealt with (answered, found duplicate, or noted).
    pub fn handled(&self) -> u64 {
        self.handled.load(Ordering::Relaxed)
    }
    pub fn duplicates(&self) -> u64 {
        self.duplicates.load(Ordering::Relaxed)
    }
    pub fn statuses(&self) -> u64 {
        self.statuses.load(Ordering::Relaxed)
    }
    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }
    pub fn send_failures(&self) -> u64 {
        self.send_failures.load(Ordering::Relaxed)
    }
}
