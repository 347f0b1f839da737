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
