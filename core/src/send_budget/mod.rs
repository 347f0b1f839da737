//! Telegram's budget shared by several instances on one PostgreSQL (issue 22): 30 messages a
//! second in all and one a second to a chat are the bot's limits, not an instance's. Nothing
//! but the database is shared, so no other server has to run:
//!
//! - [`instances`]: each instance renews a heartbeat every [`split::BEAT`]; the live ones
//!   split `send_rate_global` evenly ([`split::share`]). A joining instance waits until every
//!   other has seen it and a second has passed before it sends ([`split::JOIN_DELAY`]); one
//!   whose view of the others is older than [`split::STALE`] sends nothing; a dead one counts
//!   until [`split::TTL_MS`] after its last heartbeat, long after it stopped. So the shares in
//!   force never add up to more than the limit, even in the second when one changes.
//! - [`chat_turns`]: a chat's turn, held by the instance sending to it and free one second
//!   after Telegram answered, taken with one atomic statement.
//!
//! The rules live here; the bot applies them (`bot/src/budget.rs`, in its limiter). On SQLite
//! — one instance by design — none of it runs. Times are the database's clock, so the hosts'
//! clocks need not agree.

pub mod chat_turns;
pub mod instances;
pub mod split;

#[cfg(test)]
mod tests;

use crate::store::Backend;

/// The database's clock in milliseconds since the epoch, in each dialect.
fn now_ms(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "CAST((julianday('now') - 2440587.5) * 86400000.0 AS BIGINT)",
        Backend::Postgres => "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)",
    }
}
