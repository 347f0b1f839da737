//! When nobody accepts: a waiting request is told first to the interpreters of the person's
//! shelter or city; after `escalate_remote_after_seconds` to remote interpreters who speak
//! the language too; after `escalate_staff_after_seconds` staff see that nobody answered and
//! the person is told what happens next. The router (the bot) moves each request one step at
//! a time, on the clock it was given, claiming each step in the database so that two routers
//! never take the same step twice.

use crate::config::Config;

/// How far a waiting request has been escalated (column `escalation`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Escalation {
    /// The interpreters of the shelter or city were told.
    #[default]
    Local,
    /// Remote interpreters were told too.
    Remote,
    /// Nobody accepted in time: staff and the person were told.
    Staff,
}

impl Escalation {
    pub fn column(self) -> i64 {
        match self {
            Escalation::Local => 0,
            Escalation::Remote => 1,
            Escalation::Staff => 2,
        }
    }

    pub fn from_column(value: i64) -> Self {
        match value {
            0 => Escalation::Local,
            1 => Escalation::Remote,
            _ => Escalation::Staff,
        }
    }
}

/// The two limits, in seconds from the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EscalationTimes {
    pub remote_after: i64,
    pub staff_after: i64,
}

impl EscalationTimes {
    pub fn from_config(config: &Config) -> Self {
        EscalationTimes {
            remote_after: i64::from(config.escalate_remote_after_seconds),
            staff_after: i64::from(config.escalate_staff_after_seconds),
        }
    }

    /// The step due now for a request at `stage` made at `created_at`, if any. One step at a
    /// time: a request found late (the bot was down) is told to remote interpreters first,
    /// and reaches staff at the next look.
    pub fn step_due(&self, stage: Escalation, created_at: i64, now: i64) -> Option<Escalation> {
        let waited = now - created_at;
        match stage {
            Escalation::Local if waited >= self.remote_after => Some(Escalation::Remote),
            Escalation::Remote if waited >= self.staff_after => Some(Escalation::Staff),
            _ => None,
        }
    }
}

impl Default for EscalationTimes {
    fn default() -> Self {
        EscalationTimes {
            remote_after: 600,
            staff_after: 1800,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_moves_one_step_at_a_time_when_its_limit_is_reached() {
        let times = EscalationTimes::default();
        let made = 1_800_000_000;
        assert_eq!(times.step_due(Escalation::Local, made, made + 599), None);
        assert_eq!(
            times.step_due(Escalation::Local, made, made + 600),
            Some(Escalation::Remote)
        );
        // Found late: remote interpreters first, staff at the next look.
        assert_eq!(
            times.step_due(Escalation::Local, made, made + 5000),
            Some(Escalation::Remote)
        );
        assert_eq!(times.step_due(Escalation::Remote, made, made + 1799), None);
        assert_eq!(
            times.step_due(Escalation::Remote, made, made + 1800),
            Some(Escalation::Staff)
        );
        assert_eq!(times.step_due(Escalation::Staff, made, made + 99_999), None);
        // A clock set back escalates nothing.
        assert_eq!(times.step_due(Escalation::Local, made, made - 10), None);
        for stage in [Escalation::Local, Escalation::Remote, Escalation::Staff] {
            assert_eq!(Escalation::from_column(stage.column()), stage);
        }
    }
}
