//! The gauges that describe the whole deployment, read from the database when a scrape asks:
//! the outbox by status and the interpreter requests waiting. Read rather than kept in memory
//! because several instances share one database: a count kept by each would see only its
//! own sends, and would start again at zero on every restart. The waiting requests are one
//! `COUNT` over `interpreter_requests_status`; the outbox's `COUNT … GROUP BY status` reads
//! the outbox's rows (the sender's index, `outbox_queued`, holds only queued ones), so a
//! scrape grows with the outbox kept: milliseconds at 100,000 rows, once per scrape.

use crate::store::{Store, StoreError};

use super::labels::OutboxStatus;

/// What one scrape read.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Counts {
    /// Rows per status, every status present (0 when none).
    pub outbox: Vec<(OutboxStatus, i64)>,
    pub requests_waiting: i64,
}

pub(super) async fn read(store: &Store) -> Result<Counts, StoreError> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM outbox GROUP BY status")
            .fetch_all(store.pool())
            .await?;
    let outbox = OutboxStatus::ALL
        .iter()
        .map(|status| {
            let count = rows
                .iter()
                .filter(|(column, _)| OutboxStatus::parse(column) == Some(*status))
                .map(|(_, count)| *count)
                .sum();
            (*status, count)
        })
        .collect();
    let requests_waiting: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM interpreter_requests WHERE status = 'waiting'")
            .fetch_one(store.pool())
            .await?;
    Ok(Counts {
        outbox,
        requests_waiting,
    })
}
