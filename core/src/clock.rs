//! The time every table uses: seconds since the Unix epoch (leases need milliseconds). One
//! place, so that a test or a benchmark can see every caller and no module grows its own; a
//! task that must run on a clock the tests control takes a [`Clock`].

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Seconds since the Unix epoch, the unit of every time column.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Milliseconds since the Unix epoch (leases need finer time than the tables' seconds).
pub fn now_millis() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// The time a long-running task decides by (the interpreters' escalation): the system's, or
/// one a test sets and moves, handed in where the task is started (`App::clock`).
#[derive(Clone, Debug, Default)]
pub struct Clock(Option<Arc<AtomicI64>>);

impl Clock {
    pub fn system() -> Self {
        Clock(None)
    }

    /// A clock that stands at `start` (seconds since the epoch) until moved.
    pub fn manual(start: i64) -> Self {
        Clock(Some(Arc::new(AtomicI64::new(start))))
    }

    /// Seconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        match &self.0 {
            Some(set) => set.load(Ordering::SeqCst),
            None => now_unix(),
        }
    }

    /// Moves a manual clock forward; the system's cannot be moved.
    pub fn advance(&self, seconds: i64) {
        if let Some(set) = &self.0 {
            set.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_the_system_one_runs() {
        let clock = Clock::manual(1_800_000_000);
        assert_eq!(clock.now(), 1_800_000_000);
        clock.advance(601);
        assert_eq!(clock.clone().now(), 1_800_000_601);
        let system = Clock::system();
        system.advance(10_000);
        assert!((system.now() - now_unix()).abs() < 5);
    }
}
