//! The directory as live data: the pack's entries seed a new database, and from then on the
//! database is the truth — edited in the browser by the people who know the places
//! (`edit.rs`, scopes in `permissions.rs`), shared with packs by `faro directory export` and
//! `import` (`pack_sync.rs`). Readers (pages, the bot, the kiosk) read an in-memory snapshot
//! (`content::LiveDirectory`) that [`refresh`] replaces when the database's revision moves.

pub mod draft;
pub mod edit;
pub mod geo;
pub mod pack_sync;
pub mod permissions;
mod rows;

pub use draft::{EntryDraft, FieldProblem, ShelterDraft};
pub use edit::EditError;
pub use rows::{DirectoryRows, StoredEntry};

use crate::accounts::audit;
use crate::content::pack_toml::entry_toml;
use crate::content::{ContentPack, Directory};
use crate::store::{Store, StoreError};

/// Who the audit log names for what the pack brought.
pub const PACK_AUTHOR: &str = "content-pack";

/// On a database never seeded (revision 0), brings in the pack's entries as they are; returns
/// how many. Afterwards it does nothing: the database is the truth. Several instances starting
/// together seed once: the first to move the revision off 0 holds its row until it commits, and
/// the others then find it moved.
pub async fn seed(store: &Store, pack: &Directory, now: i64) -> Result<usize, StoreError> {
    let mut tx = store.begin().await?;
    let claimed = sqlx::query(
        "UPDATE directory_revision SET revision = revision + 1 WHERE only_row = 1 AND revision = 0",
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        return Ok(0);
    }
    for entry in pack.entries() {
        let text = entry_toml(entry);
        rows::insert(&mut tx, entry, &text, Some(&text), None, now).await?;
    }
    pack_sync::record_fingerprint(&mut tx, pack).await?;
    let count = pack.entries().len();
    audit::record(
        &mut tx,
        PACK_AUTHOR,
        "directory.seed",
        &format!("{count} entries"),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(count)
}

/// Reads the database's directory into `content`'s snapshot when its revision moved since the
/// last read; true when it did. Retired entries are left out: readers never see them.
pub async fn refresh(content: &ContentPack, store: &Store) -> Result<bool, StoreError> {
    let live = content.live_directory();
    // The revision is read before the rows: a change landing in between makes the next look
    // read again, never miss it.
    let revision = store.directory().revision().await?;
    if live.revision() == Some(revision) {
        return Ok(false);
    }
    let entries = store
        .directory()
        .all()
        .await?
        .into_iter()
        .filter(|stored| !stored.is_retired())
        .map(|stored| stored.entry)
        .collect();
    live.set(Directory::new(entries), revision);
    Ok(true)
}

/// The directory readers see now, read straight from the database (for the operators'
/// commands, which hold no snapshot); a database never seeded is seeded from `pack` first.
pub async fn current(store: &Store, pack: &Directory, now: i64) -> Result<Directory, StoreError> {
    seed(store, pack, now).await?;
    let entries = store
        .directory()
        .all()
        .await?
        .into_iter()
        .filter(|stored| !stored.is_retired())
        .map(|stored| stored.entry)
        .collect();
    Ok(Directory::new(entries))
}

#[cfg(test)]
mod tests;
