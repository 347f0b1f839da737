//! The sign-in throttle, as pure rules: how long a client must wait after failed sign-ins.
//!
//! Failures are counted per (name, address) pair and per address, never per name alone, so a
//! stranger's wrong guesses slow down only the stranger: the account holder, signing in from
//! another address, is let through. Each count allows a few free failures, then asks for a
//! pause that doubles with every further failure, up to [`MAX_DELAY_SECONDS`]. A count is
//! forgotten a day after its last failure ([`FORGET_AFTER_SECONDS`]).
//!
//! Failures per name are counted too, but only to tell the account holder at their next
//! sign-in; they never hold anyone back.

/// The longest pause asked for.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;

/// A count whose last failure is this old starts again from zero (and its row is purged).
pub const FORGET_AFTER_SECONDS: i64 = 24 * 60 * 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Failures allowed before the first pause.
    pub free: i64,
    /// The first pause; each further failure doubles it.
    pub first_delay_seconds: i64,
}

/// One name from one address: five tries, then one minute, two, four… up to fifteen.
pub const PAIR: Rule = Rule {
    free: 5,
    first_delay_seconds: 60,
};

/// Any names from one address (a shelter's staff share one behind NAT, so it is wider):
/// twenty tries, then the same doubling pauses. Spraying many names from one address stops
/// here.
pub const ADDRESS: Rule = Rule {
    free: 20,
    first_delay_seconds: 60,
};

/// A stored count: failures so far, and when the last one was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub failures: i64,
    pub last_at: i64,
}

impl Rule {
    /// The pause after `failures` failures (zero while they are free).
    pub fn delay(self, failures: i64) -> i64 {
        if failures < self.free {
            return 0;
        }
        let doublings = u32::try_from(failures - self.free)
            .unwrap_or(u32::MAX)
            .min(30);
        self.first_delay_seconds
            .saturating_mul(1_i64 << doublings)
            .min(MAX_DELAY_SECONDS)
    }

    /// Seconds to wait before the next attempt is even looked at; `None` when it may try now.
    pub fn wait(self, count: Option<Count>, now: i64) -> Option<i64> {
        let count = count.filter(|count| !forgotten(*count, now))?;
        let until = count.last_at + self.delay(count.failures);
        (until > now).then(|| until - now)
    }
}

/// Whether a count is old enough to start again.
pub fn forgotten(count: Count, now: i64) -> bool {
    count.last_at <= now - FORGET_AFTER_SECONDS
}

/// Whether the failure that brought a count to `failures` started a pause: the moment to write
/// one audit entry for the whole pause, instead of one per refused attempt.
pub fn starts_a_pause(rule: Rule, failures: i64) -> bool {
    rule.delay(failures) > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_start_after_the_free_failures_and_double_up_to_the_cap() {
        assert_eq!(PAIR.delay(0), 0);
        assert_eq!(PAIR.delay(4), 0);
        assert_eq!(PAIR.delay(5), 60);
        assert_eq!(PAIR.delay(6), 120);
        assert_eq!(PAIR.delay(7), 240);
        assert_eq!(PAIR.delay(9), MAX_DELAY_SECONDS);
        assert_eq!(PAIR.delay(i64::MAX), MAX_DELAY_SECONDS);
        assert_eq!(ADDRESS.delay(19), 0);
        assert_eq!(ADDRESS.delay(20), 60);
    }

    #[test]
    fn the_wait_runs_from_the_last_failure_and_old_counts_are_forgotten() {
        let now = 1_000_000;
        assert_eq!(PAIR.wait(None, now), None);
        let four = Count {
            failures: 4,
            last_at: now - 1,
        };
        assert_eq!(PAIR.wait(Some(four), now), None);
        let five = Count {
            failures: 5,
            last_at: now - 10,
        };
        assert_eq!(PAIR.wait(Some(five), now), Some(50));
        assert_eq!(PAIR.wait(Some(five), now + 50), None, "over once it ran");
        let many = Count {
            failures: 50,
            last_at: now - FORGET_AFTER_SECONDS,
        };
        assert_eq!(PAIR.wait(Some(many), now), None, "a day later, forgotten");
        assert!(starts_a_pause(PAIR, 5));
        assert!(!starts_a_pause(PAIR, 4));
    }
}
