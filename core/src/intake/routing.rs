//! Telling interpreters about requests. Whoever creates a request (the bot, a kiosk page)
//! wakes the router; the router — run by the bot, the only channel that reaches
//! interpreters — looks for waiting requests nobody has been told about and tells the
//! interpreters `Interpreters::for_request` finds. A notice is claimed in the database before it is
//! sent, so two routers (two instances, or a wake-up racing the periodic scan) never tell
//! the same interpreter twice.

/// The doorbell from request creators to the router. Ringing it with no router listening
/// (the bot is off) does nothing, and the request waits in the staff queue.
pub type RoutingSignal = crate::signal::Signal;

/// How far back the router looks for requests nobody was told about: older ones are left to
/// the staff queue rather than sent to an interpreter linked much later.
pub const ROUTE_WITHIN_SECONDS: i64 = 7 * 86_400;

/// An interpreter gets at most one message about new requests per this many seconds; what
/// comes in between waits and goes out together ("new requests waiting: 3") when it ends.
pub const NOTICE_WINDOW_SECONDS: i64 = 10 * 60;

/// Whether an interpreter last told at `last_sent` may be told again at `now`.
pub fn notice_due(last_sent: Option<i64>, now: i64) -> bool {
    last_sent.is_none_or(|last| now - last >= NOTICE_WINDOW_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_per_window() {
        let now = 1_800_000_000;
        assert!(notice_due(None, now));
        assert!(!notice_due(Some(now), now));
        assert!(!notice_due(Some(now - NOTICE_WINDOW_SECONDS + 1), now));
        assert!(notice_due(Some(now - NOTICE_WINDOW_SECONDS), now));
        // A clock that went back holds the notice rather than sending twice.
        assert!(!notice_due(Some(now + 5), now));
    }
}
