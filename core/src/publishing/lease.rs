//! A lease in the database: of several instances sharing one database (webhook mode behind a
//! load balancer), the one holding the lease is the only one sending broadcasts, so
//! Telegram's limits hold across all of them. The holder renews it well before it expires;
//! if the holder dies, the lease runs out and another instance takes it over.

use crate::store::{Store, StoreError};

/// The broadcast sender's lease.
pub const SENDER: &str = "broadcast-sender";
/// The WhatsApp broadcast sender's lease (its limits are Meta's, apart from Telegram's).
pub const WHATSAPP_SENDER: &str = "whatsapp-broadcast-sender";

/// The leases table.
pub struct Leases<'a> {
    store: &'a Store,
}

impl Store {
    pub fn leases(&self) -> Leases<'_> {
        Leases { store: self }
    }
}

impl Leases<'_> {
    /// Takes or renews the lease `name` for `holder` until `now_ms + ttl_ms`. True when
    /// `holder` has it now; false when another holder's lease is still running.
    pub async fn try_take(
        &self,
        name: &str,
        holder: &str,
        ttl_ms: i64,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        // One statement, so two instances racing for a free lease cannot both win: the
        // conflict clause only overwrites a lease that is ours or has run out.
        let taken = sqlx::query(
            "INSERT INTO leases (name, holder, expires_at_ms) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at_ms = excluded.expires_at_ms
             WHERE leases.holder = excluded.holder OR leases.expires_at_ms <= $4",
        )
        .bind(name)
        .bind(holder)
        .bind(now_ms + ttl_ms)
        .bind(now_ms)
        .execute(self.store.pool())
        .await?
        .rows_affected();
        Ok(taken == 1)
    }

    /// Gives the lease up (a clean shutdown), so another instance need not wait for it to run
    /// out.
    pub async fn release(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// Who holds the lease now, if anyone.
    pub async fn holder(&self, name: &str, now_ms: i64) -> Result<Option<String>, StoreError> {
        let holder: Option<String> =
            sqlx::query_scalar("SELECT holder FROM leases WHERE name = $1 AND expires_at_ms > $2")
                .bind(name)
                .bind(now_ms)
                .fetch_optional(self.store.pool())
                .await?;
        Ok(holder)
    }
}
