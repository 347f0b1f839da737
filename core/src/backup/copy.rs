//! `faro backup`: a consistent copy of the SQLite database, made while Faro runs. `VACUUM INTO`
//! reads one snapshot (a read transaction, which in WAL mode blocks no writer) and writes it as
//! a compact new file; the copy is then marked with the time it was taken, which a restore
//! needs to know which erasures came after it.

use std::path::{Path, PathBuf};

use sqlx::{ConnectOptions, Connection};

use super::{BackupError, TAKEN_AT};
use crate::store::{Backend, Store};

/// A backup written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub bytes: u64,
    /// When the snapshot was taken (Unix seconds).
    pub taken_at: i64,
}

/// Copies the database behind `store` to `target`, which must not exist. The file is readable
/// by its owner only: it holds everything the database holds.
pub async fn backup(store: &Store, target: &Path, now: i64) -> Result<Backup, BackupError> {
    if store.backend() != Backend::Sqlite {
        return Err(BackupError::Postgres);
    }
    let target_text = target
        .to_str()
        .ok_or_else(|| BackupError::NotUtf8(target.to_owned()))?;
    // Reserving the name first refuses an existing file (VACUUM INTO writes into an empty one).
    create_private(target)?;
    let written = async {
        sqlx::query("VACUUM INTO $1")
            .bind(target_text)
            .execute(store.pool())
            .await?;
        mark_taken(target, now).await
    }
    .await;
    if let Err(error) = written {
        // Half a backup must not pass for one.
        let _ = std::fs::remove_file(target);
        return Err(error);
    }
    let bytes = std::fs::metadata(target)
        .map_err(BackupError::io(target))?
        .len();
    Ok(Backup {
        path: target.to_owned(),
        bytes,
        taken_at: now,
    })
}

fn create_private(target: &Path) -> Result<(), BackupError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(target) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(BackupError::Exists(target.to_owned()))
        }
        Err(source) => Err(BackupError::Io {
            path: target.to_owned(),
            source,
        }),
    }
}

/// Writes [`TAKEN_AT`] into the copy, leaving it a single file (rollback journal, no WAL).
async fn mark_taken(target: &Path, now: i64) -> Result<(), BackupError> {
    let mut copy = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(target)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Delete)
        .connect()
        .await?;
    sqlx::query(
        "INSERT INTO app_meta (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(TAKEN_AT)
    .bind(now.to_string())
    .execute(&mut copy)
    .await?;
    copy.close().await?;
    Ok(())
}
