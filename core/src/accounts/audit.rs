//! The audit log: who did what, when. Detail never holds a password or a migrant's data.
//!
//! A change and its audit row are written in one transaction ([`record`]), so there is never
//! a change without its row, nor a row for a change that was rolled back.

use sqlx::Row;

use crate::store::{Store, StoreError, Tx};

/// How long an audit entry is kept: a year, then the purger deletes it.
pub const KEEP_SECONDS: i64 = 365 * 24 * 60 * 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// Writes one entry inside `tx`.
pub async fn record(
    tx: &mut Tx,
    actor: &str,
    action: &str,
    detail: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, $2, $3, $4)")
        .bind(now)
        .bind(actor)
        .bind(action)
        .bind(detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The audit log table.
pub struct AuditLog<'a> {
    store: &'a Store,
}

impl Store {
    pub fn audit_log(&self) -> AuditLog<'_> {
        AuditLog { store: self }
    }
}

impl AuditLog<'_> {
    /// One entry on its own, for events that change nothing else (a sign-in, a refusal).
    pub async fn record(
        &self,
        actor: &str,
        action: &str,
        detail: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.store.begin().await?;
        record(&mut tx, actor, action, detail, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes entries older than [`KEEP_SECONDS`]; how many.
    pub async fn purge_old(&self, now: i64) -> Result<u64, StoreError> {
        Ok(sqlx::query("DELETE FROM audit_log WHERE at <= $1")
            .bind(now - KEEP_SECONDS)
            .execute(self.store.pool())
            .await?
            .rows_affected())
    }

    /// The newest entries first.
    pub async fn newest(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.store.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: row.try_get("at")?,
                    actor: row.try_get("actor")?,
                    action: row.try_get("action")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}
