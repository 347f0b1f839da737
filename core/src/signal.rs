//! A doorbell between parts of one instance: whoever has news rings it, whoever works on
//! that news wakes up. Cheap to clone; a ring with nobody waiting is kept for the next wait,
//! and one ring wakes one waiter (each signal has one worker: the interpreter router, the
//! broadcast sender). Waiters also look on their own now and then, so a lost ring (another
//! instance made the news) only delays the work.

use std::sync::Arc;

use tokio::sync::Notify;

#[derive(Clone, Debug, Default)]
pub struct Signal(Arc<Notify>);

impl Signal {
    pub fn wake(&self) {
        self.0.notify_one();
    }

    /// Resolves at the next [`wake`](Self::wake) (or at once if one came since the last call).
    pub async fn woken(&self) {
        self.0.notified().await;
    }
}
