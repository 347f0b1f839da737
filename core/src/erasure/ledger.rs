//! The erasure ledger: what a restored backup needs to erase again the people who asked to be
//! erased after it was taken, without keeping who they were. A row holds the keyed hash (HMAC
//! with the instance's `erasure_ledger_key`) of an erased subject's key (`tg:<chat id>`,
//! `kiosk:<token>`) and when it was erased; only someone who already knows a subject can tell
//! whether it is there. Rows last `backup_retention_days`, as long as a backup that may still
//! be restored (older backups are refused).

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::store::{Store, StoreError, Tx};

/// The `app_meta` key of the ledger's HMAC key. Its own key, not the log's: a hash in the
/// ledger must not match a tag in the logs.
pub const KEY_NAME: &str = "erasure_ledger_key";

/// The ledger's key, as a value that never prints.
#[derive(Clone, PartialEq, Eq)]
pub struct LedgerKey([u8; 32]);

impl std::fmt::Debug for LedgerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LedgerKey([redacted])")
    }
}

impl LedgerKey {
    /// The instance's key, made on first use and shared by every instance on the database.
    pub async fn load_or_create(store: &Store) -> Result<Self, StoreError> {
        Ok(LedgerKey(store.instance_key(KEY_NAME).await?))
    }

    /// The key stored in this database, if one was ever made.
    pub async fn stored(store: &Store) -> Result<Option<Self>, StoreError> {
        if store.meta_get(KEY_NAME).await?.is_none() {
            return Ok(None);
        }
        Self::load_or_create(store).await.map(Some)
    }

    /// Keeps this key in `store` (in place of any other), so that the rows carried over with it
    /// stay readable there.
    pub async fn install(&self, store: &Store) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO app_meta (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(KEY_NAME)
        .bind(hex::encode(self.0))
        .execute(store.pool())
        .await?;
        Ok(())
    }

    /// The hash a subject key is recorded under.
    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    pub fn hash(&self, subject_key: &str) -> String {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(b"erased:");
        mac.update(subject_key.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// One erasure as the ledger keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub subject_hash: String,
    pub erased_at: i64,
}

/// Records, inside the erasure's own transaction, that `subject_key` was erased at `now`; a
/// second erasure of the same subject moves its time forward.
pub(crate) async fn record(
    tx: &mut Tx,
    key: &LedgerKey,
    subject_key: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO erasure_ledger (subject_hash, erased_at) VALUES ($1, $2) \
         ON CONFLICT (subject_hash) DO UPDATE SET erased_at = excluded.erased_at",
    )
    .bind(key.hash(subject_key))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Erasures at or after `since`.
pub async fn entries_since(store: &Store, since: i64) -> Result<Vec<Entry>, StoreError> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT subject_hash, erased_at FROM erasure_ledger WHERE erased_at >= $1 ORDER BY erased_at",
    )
    .bind(since)
    .fetch_all(store.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(subject_hash, erased_at)| Entry {
            subject_hash,
            erased_at,
        })
        .collect())
}

/// Adds `entries` (from another copy of the database, under the same key), keeping the later
/// time where both have a subject.
pub async fn import(store: &Store, entries: &[Entry]) -> Result<(), StoreError> {
    let mut tx = store.begin().await?;
    for entry in entries {
        sqlx::query(
            "INSERT INTO erasure_ledger (subject_hash, erased_at) VALUES ($1, $2) \
             ON CONFLICT (subject_hash) DO UPDATE SET erased_at = CASE \
             WHEN excluded.erased_at > erasure_ledger.erased_at THEN excluded.erased_at \
             ELSE erasure_ledger.erased_at END",
        )
        .bind(&entry.subject_hash)
        .bind(entry.erased_at)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Forgets erasures older than `keep_days` (no backup that old may be restored); returns how
/// many went.
pub async fn purge(store: &Store, keep_days: u32, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM erasure_ledger WHERE erased_at < $1")
        .bind(now - i64::from(keep_days) * 86_400)
        .execute(store.pool())
        .await?;
    Ok(done.rows_affected())
}
