//! The instances sharing one database, each with a heartbeat ([`super::split::TTL_MS`] after
//! its last, it counts as dead).

use crate::store::{Store, StoreError};

use super::split::TTL_MS;

/// Rows of instances dead this long are deleted (they no longer count long before).
const FORGET_AFTER_MS: i64 = 10 * TTL_MS;

pub struct Instances<'a> {
    store: &'a Store,
}

impl Store {
    pub fn instances(&self) -> Instances<'_> {
        Instances { store: self }
    }
}

impl Instances<'_> {
    /// Registers `id` or renews its heartbeat, and counts the live instances, `id` included.
    /// The count is read after the heartbeat is written, so of two instances starting at once
    /// at least one counts the other.
    pub async fn beat(&self, id: &str) -> Result<usize, StoreError> {
        let now = super::now_ms(self.store.backend());
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO instances (id, heartbeat_ms) VALUES ($1, {now})
             ON CONFLICT (id) DO UPDATE SET heartbeat_ms = excluded.heartbeat_ms"
        )))
        .bind(id)
        .execute(self.store.pool())
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM instances WHERE heartbeat_ms < {now} - $1"
        )))
        .bind(FORGET_AFTER_MS)
        .execute(self.store.pool())
        .await?;
        let live: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM instances WHERE heartbeat_ms > {now} - $1"
        )))
        .bind(TTL_MS)
        .fetch_one(self.store.pool())
        .await?;
        Ok(usize::try_from(live).unwrap_or(1).max(1))
    }

    /// A clean stop, once this instance sends nothing more: it counts for `linger_ms` longer
    /// (its last messages are still in Telegram's window), then the others share its part.
    pub async fn leave(&self, id: &str, linger_ms: i64) -> Result<(), StoreError> {
        let now = super::now_ms(self.store.backend());
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE instances SET heartbeat_ms = {now} - $1 + $2 WHERE id = $3"
        )))
        .bind(TTL_MS)
        .bind(linger_ms)
        .bind(id)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }
}
