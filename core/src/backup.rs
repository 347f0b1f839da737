//! Backups of the SQLite database and putting one back, without undoing erasures.
//!
//! - `copy.rs`: `faro backup`, a consistent copy made while Faro runs (`VACUUM INTO`), marked
//!   with the time it was taken.
//! - `restore.rs`: `faro restore`, which checks a copy, carries the erasure ledger of the
//!   database it replaces into it, erases again whoever was erased after the copy was taken,
//!   and only then puts it in place.
//! - `lock.rs`: how `faro restore` knows that no `faro serve` uses the database.
//!
//! PostgreSQL is backed up with `pg_dump` (README); a database restored that way carries the
//! [`TAKEN_AT`] mark, and [`replay_after_restore`] erases again at the next start.

mod copy;
mod lock;
mod restore;

use std::path::PathBuf;

pub use copy::{Backup, backup};
pub use lock::RunningLock;
pub use restore::{Restored, restore};

use crate::erasure::ledger::{self, LedgerKey};
use crate::erasure::{Replayed, replay};
use crate::store::{Store, StoreError};

/// The `app_meta` key, in a backup, of the time it was taken (Unix seconds).
pub const TAKEN_AT: &str = "backup_taken_at";

/// An erasure that committed while the copy was being taken may carry a time a little before
/// [`TAKEN_AT`] (it waited for the write lock); erasures this much older are replayed too.
/// Replaying one more than needed erases someone who asked to be erased anyway.
pub const REPLAY_MARGIN_SECONDS: i64 = 600;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "faro backup and faro restore work on SQLite; for PostgreSQL use pg_dump and pg_restore"
    )]
    Postgres,
    #[error("the database URL names no file (an in-memory database)")]
    NoFile,
    #[error("{0} already exists: a backup never overwrites a file")]
    Exists(PathBuf),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}: the path is not valid UTF-8")]
    NotUtf8(PathBuf),
    #[error("a faro serve is using {0}; stop it before restoring")]
    Running(PathBuf),
    #[error("a restore of {0} is under way; start Faro when it has finished")]
    Restoring(PathBuf),
    #[error("{path} is not a sound SQLite database: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("{0} is not a backup made by faro backup")]
    NotABackup(PathBuf),
    #[error("{path} was made by a newer Faro (migration {found}; this one knows up to {known})")]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "{path} was taken {age_days} days ago, longer than backup_retention_days ({keep_days}): erasures since then may be forgotten"
    )]
    TooOld {
        path: PathBuf,
        age_days: i64,
        keep_days: u32,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl BackupError {
    fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
        move |source| BackupError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

impl From<sqlx::Error> for BackupError {
    fn from(error: sqlx::Error) -> Self {
        BackupError::Store(error.into())
    }
}

/// At start: when this database is a backup put back by other means than `faro restore` (a
/// PostgreSQL dump, a file copied by hand), it still carries [`TAKEN_AT`]; erases again
/// whoever its own ledger says was erased since, then drops the mark.
pub async fn replay_after_restore(store: &Store) -> Result<Option<Replayed>, StoreError> {
    let Some(taken_at) = store.meta_get(TAKEN_AT).await? else {
        return Ok(None);
    };
    let taken_at: i64 = taken_at
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("app_meta.{TAKEN_AT} is not a time")))?;
    let replayed = match LedgerKey::stored(store).await? {
        Some(key) => {
            let due = ledger::entries_since(store, taken_at - REPLAY_MARGIN_SECONDS).await?;
            replay(store, &key, &due).await?
        }
        None => Replayed::default(),
    };
    store.meta_delete(TAKEN_AT).await?;
    Ok(Some(replayed))
}

#[cfg(test)]
mod tests;
