//! `faro restore`: puts a backup back in place of the SQLite database, never while a server
//! uses it, and never bringing back anyone who was erased after the backup was taken.
//!
//! The work happens on a copy beside the database (`<database>.restoring`): checked (SQLite's
//! integrity check, Faro's tables, a migration this build knows, the time it was taken within
//! `backup_retention_days`), migrated, given the erasure ledger of the database it replaces,
//! and cleared of every subject erased since it was taken. Only then does it replace the
//! database, in one rename.

use std::path::Path;

use sqlx::{ConnectOptions, Connection};

use super::lock::{RunningLock, sibling};
use super::{BackupError, REPLAY_MARGIN_SECONDS, TAKEN_AT};
use crate::erasure::ledger::{self, Entry, LedgerKey};
use crate::erasure::{Replayed, replay};
use crate::store::{Backend, Store};

/// A backup put back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub taken_at: i64,
    /// The backup's last migration, before this build's newer ones ran on it.
    pub migration: i64,
    /// Subjects erased after the backup was taken and erased again in it.
    pub replayed: Replayed,
}

/// Replaces the database of `database_url` with the backup at `backup`.
pub async fn restore(
    database_url: &str,
    backup: &Path,
    keep_days: u32,
    now: i64,
) -> Result<Restored, BackupError> {
    let database = match crate::store::sqlite_path(database_url) {
        Some(path) => path,
        None if database_url.starts_with("sqlite:") => return Err(BackupError::NoFile),
        None => return Err(BackupError::Postgres),
    };
    let _lock = RunningLock::exclusive(&database)?;
    let work = sibling(&database, ".restoring");
    remove_with_journals(&work)?;
    std::fs::copy(backup, &work).map_err(BackupError::io(backup))?;
    let result = prepare(&database, &work, backup, keep_days, now).await;
    match result {
        Ok(restored) => {
            // The database being replaced was closed cleanly (its log checkpointed); a log or
            // index left beside it must not be applied to the file that takes its place.
            remove_journals(&database)?;
            std::fs::rename(&work, &database).map_err(BackupError::io(&database))?;
            Ok(restored)
        }
        Err(error) => {
            let _ = remove_with_journals(&work);
            Err(error)
        }
    }
}

async fn prepare(
    database: &Path,
    work: &Path,
    backup: &Path,
    keep_days: u32,
    now: i64,
) -> Result<Restored, BackupError> {
    let (taken_at, migration) = inspect(work, backup).await?;
    let age_days = (now - taken_at) / 86_400;
    if now - taken_at > i64::from(keep_days) * 86_400 {
        return Err(BackupError::TooOld {
            path: backup.to_owned(),
            age_days,
            keep_days,
        });
    }
    let carried = carried_ledger(database).await?;
    let restored = Store::connect(&url_of(work)?).await?;
    let mut replayed = Replayed::default();
    if let Some((key, entries)) = carried {
        let since = taken_at - REPLAY_MARGIN_SECONDS;
        let due: Vec<Entry> = entries
            .iter()
            .filter(|entry| entry.erased_at >= since)
            .cloned()
            .collect();
        replayed = replay(&restored, &key, &due).await?;
        // The ledger goes on in the restored database, under its key, so that restoring an
        // even older backup later replays these erasures too. A backup from another instance
        // keeps its own key and ledger: rows under two keys could not be read.
        let own = LedgerKey::stored(&restored).await?;
        if own.as_ref().is_none_or(|own| *own == key) {
            key.install(&restored).await?;
            ledger::import(&restored, &entries).await?;
        }
    }
    restored.meta_delete(TAKEN_AT).await?;
    restored.close().await;
    Ok(Restored {
        taken_at,
        migration,
        replayed,
    })
}

/// The checks on the copy: a sound SQLite file, Faro's, made by `faro backup` (it knows when),
/// and migrated no further than this build knows. Returns when it was taken and its migration.
async fn inspect(work: &Path, backup: &Path) -> Result<(i64, i64), BackupError> {
    let damaged = |detail: String| BackupError::Damaged {
        path: backup.to_owned(),
        detail,
    };
    let mut copy = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(work)
        .create_if_missing(false)
        .connect()
        .await
        .map_err(|error| damaged(error.to_string()))?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut copy)
        .await
        .map_err(|error| damaged(error.to_string()))?;
    if integrity != ["ok"] {
        return Err(damaged(integrity.join("; ")));
    }
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('_sqlx_migrations', 'app_meta')",
    )
    .fetch_all(&mut copy)
    .await?;
    if tables.len() != 2 {
        return Err(BackupError::NotABackup(backup.to_owned()));
    }
    let migration: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
            .fetch_one(&mut copy)
            .await?;
    let known = crate::store::latest_migration(Backend::Sqlite);
    if migration > known {
        return Err(BackupError::TooNew {
            path: backup.to_owned(),
            found: migration,
            known,
        });
    }
    let taken_at: Option<String> = sqlx::query_scalar("SELECT value FROM app_meta WHERE key = $1")
        .bind(TAKEN_AT)
        .fetch_optional(&mut copy)
        .await?;
    copy.close().await?;
    let taken_at = taken_at
        .and_then(|value| value.parse::<i64>().ok())
        .ok_or_else(|| BackupError::NotABackup(backup.to_owned()))?;
    Ok((taken_at, migration))
}

/// The ledger of the database about to be replaced, if there is one with erasures in it.
async fn carried_ledger(database: &Path) -> Result<Option<(LedgerKey, Vec<Entry>)>, BackupError> {
    if !database.exists() {
        return Ok(None);
    }
    let current = Store::connect(&url_of(database)?).await?;
    let key = LedgerKey::stored(&current).await?;
    let entries = ledger::entries_since(&current, i64::MIN).await?;
    current.close().await;
    Ok(key.map(|key| (key, entries)))
}

fn url_of(path: &Path) -> Result<String, BackupError> {
    let text = path
        .to_str()
        .ok_or_else(|| BackupError::NotUtf8(path.to_owned()))?;
    Ok(format!("sqlite://{text}"))
}

fn remove_journals(database: &Path) -> Result<(), BackupError> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let path = sibling(database, suffix);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(BackupError::Io { path, source }),
        }
    }
    Ok(())
}

fn remove_with_journals(path: &Path) -> Result<(), BackupError> {
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => {
            return Err(BackupError::Io {
                path: path.to_owned(),
                source,
            });
        }
    }
    remove_journals(path)
}
