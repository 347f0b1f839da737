//! The directory readers see: the database's entries (`crate::directory`), held in memory as
//! one snapshot that every page, the bot and the kiosk read without waiting, and that is
//! replaced whole when the database changes. Until the database is read it holds the pack's.

use std::sync::{Arc, RwLock};

use super::directory::Directory;

#[derive(Debug, Default)]
struct Snapshot {
    directory: Arc<Directory>,
    /// The database's directory revision it was read at; `None`: the pack's, never read.
    revision: Option<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct LiveDirectory {
    current: Arc<RwLock<Snapshot>>,
}

impl LiveDirectory {
    pub fn new(directory: Directory) -> Self {
        LiveDirectory {
            current: Arc::new(RwLock::new(Snapshot {
                directory: Arc::new(directory),
                revision: None,
            })),
        }
    }

    /// The current snapshot; a reader keeps it for as long as it needs, unaffected by a swap.
    pub fn get(&self) -> Arc<Directory> {
        match self.current.read() {
            Ok(current) => current.directory.clone(),
            // A writer that panicked left a whole snapshot (the swap is one assignment).
            Err(poisoned) => poisoned.into_inner().directory.clone(),
        }
    }

    /// The database revision the snapshot was read at.
    pub fn revision(&self) -> Option<i64> {
        match self.current.read() {
            Ok(current) => current.revision,
            Err(poisoned) => poisoned.into_inner().revision,
        }
    }

    pub fn set(&self, directory: Directory, revision: i64) {
        let snapshot = Snapshot {
            directory: Arc::new(directory),
            revision: Some(revision),
        };
        match self.current.write() {
            Ok(mut current) => *current = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
    }
}
