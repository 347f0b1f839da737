//! Whether a `faro serve` uses a SQLite database: every server holds a shared lock on the file
//! `<database>.lock` for as long as it runs, and `faro restore` takes it exclusively. The
//! operating system drops a lock when its process ends, so a crashed server leaves none behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::BackupError;

/// A held lock on `<database>.lock`; released when dropped.
#[derive(Debug)]
pub struct RunningLock {
    _file: File,
}

impl RunningLock {
    /// For `faro serve`: shared, so several servers may use one file, but none while a restore
    /// is under way. `None` for PostgreSQL and in-memory databases.
    pub fn for_serve(database_url: &str) -> Result<Option<RunningLock>, BackupError> {
        let Some(database) = crate::store::sqlite_path(database_url) else {
            return Ok(None);
        };
        let file = open(&database)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(RunningLock { _file: file })),
            Err(TryLockError::WouldBlock) => Err(BackupError::Restoring(database)),
            Err(TryLockError::Error(source)) => Err(BackupError::Io {
                path: lock_path(&database),
                source,
            }),
        }
    }

    /// For `faro restore`: exclusive, refused while any server holds the lock.
    pub(super) fn exclusive(database: &Path) -> Result<RunningLock, BackupError> {
        let file = open(database)?;
        match file.try_lock() {
            Ok(()) => Ok(RunningLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(BackupError::Running(database.to_owned())),
            Err(TryLockError::Error(source)) => Err(BackupError::Io {
                path: lock_path(database),
                source,
            }),
        }
    }
}

fn lock_path(database: &Path) -> PathBuf {
    sibling(database, ".lock")
}

/// `<path><suffix>`: the files SQLite and Faro keep beside a database.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn open(database: &Path) -> Result<File, BackupError> {
    let path = lock_path(database);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(BackupError::io(parent))?;
    }
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(BackupError::io(&path))
}
