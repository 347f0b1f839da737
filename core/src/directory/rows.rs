//! The directory's tables (migration 0028): each entry in the pack's TOML form with who
//! edited, verified or retired it, and the revision every change bumps.

use sqlx::Row;

use crate::content::{DirectoryEntry, parse_entries};
use crate::store::{Store, StoreError, Tx};

/// One row, its entry read back through the pack's own checks.
#[derive(Clone, Debug)]
pub struct StoredEntry {
    pub entry: DirectoryEntry,
    /// The pack's text of the entry as last brought in; `None` for an entry made here.
    pub pack_entry: Option<String>,
    pub edited_by: Option<String>,
    pub edited_at: Option<i64>,
    pub verified_by: Option<String>,
    pub verified_at: Option<i64>,
    pub retired_by: Option<String>,
    pub retired_at: Option<i64>,
    /// A pack version that differs from a person's edit, waiting for an operator.
    pub conflict: Option<DirectoryEntry>,
    /// When the pack stopped carrying this entry that a person edited here: a conflict too.
    pub pack_dropped_at: Option<i64>,
    pub updated_at: i64,
}

impl StoredEntry {
    pub fn is_retired(&self) -> bool {
        self.retired_at.is_some()
    }

    /// Something from the pack waits for an operator: a newer version, or its dropping.
    pub fn in_conflict(&self) -> bool {
        self.conflict.is_some() || self.pack_dropped_at.is_some()
    }
}

/// One entry's text read back; `None` (logged) when it no longer passes the checks, so that
/// one bad row cannot take the whole directory away from readers.
fn read_one(id: &str, text: &str) -> Option<DirectoryEntry> {
    match parse_entries(text) {
        Ok(mut entries) if entries.len() == 1 => entries.pop(),
        Ok(entries) => {
            tracing::warn!(
                id,
                count = entries.len(),
                "stored directory row holds no single entry"
            );
            None
        }
        Err(errors) => {
            tracing::warn!(
                id,
                ?errors,
                "stored directory entry no longer passes the checks"
            );
            None
        }
    }
}

const COLUMNS: &str = "id, entry, pack_entry, edited_by, edited_at, verified_by, verified_at, \
                       retired_by, retired_at, conflict_entry, pack_dropped_at, updated_at";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Option<StoredEntry>, StoreError> {
    let id: String = row.try_get("id")?;
    let text: String = row.try_get("entry")?;
    let Some(entry) = read_one(&id, &text) else {
        return Ok(None);
    };
    let conflict: Option<String> = row.try_get("conflict_entry")?;
    Ok(Some(StoredEntry {
        entry,
        pack_entry: row.try_get("pack_entry")?,
        edited_by: row.try_get("edited_by")?,
        edited_at: row.try_get("edited_at")?,
        verified_by: row.try_get("verified_by")?,
        verified_at: row.try_get("verified_at")?,
        retired_by: row.try_get("retired_by")?,
        retired_at: row.try_get("retired_at")?,
        conflict: conflict.and_then(|text| read_one(&id, &text)),
        pack_dropped_at: row.try_get("pack_dropped_at")?,
        updated_at: row.try_get("updated_at")?,
    }))
}

/// The directory tables.
pub struct DirectoryRows<'a> {
    store: &'a Store,
}

impl Store {
    pub fn directory(&self) -> DirectoryRows<'_> {
        DirectoryRows { store: self }
    }
}

impl DirectoryRows<'_> {
    /// The revision every change bumps; 0 on a database never seeded.
    pub async fn revision(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT revision FROM directory_revision WHERE only_row = 1")
                .fetch_one(self.store.pool())
                .await?,
        )
    }

    /// Every row, retired ones too, by id.
    pub async fn all(&self) -> Result<Vec<StoredEntry>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM directory_entries ORDER BY id"
        )))
        .fetch_all(self.store.pool())
        .await?;
        let mut entries = Vec::with_capacity(rows.len());
        for row in &rows {
            entries.extend(from_row(row)?);
        }
        Ok(entries)
    }

    pub async fn get(&self, id: &str) -> Result<Option<StoredEntry>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM directory_entries WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(self.store.pool())
        .await?;
        match row {
            Some(row) => from_row(&row),
            None => Ok(None),
        }
    }
}

/// The same row read inside a write transaction (the check and the change see one state).
pub(super) async fn get_in(tx: &mut Tx, id: &str) -> Result<Option<StoredEntry>, StoreError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM directory_entries WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    match row {
        Some(row) => from_row(&row),
        None => Ok(None),
    }
}

/// Every row inside a write transaction.
pub(super) async fn all_in(tx: &mut Tx) -> Result<Vec<StoredEntry>, StoreError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM directory_entries ORDER BY id"
    )))
    .fetch_all(&mut **tx)
    .await?;
    let mut entries = Vec::with_capacity(rows.len());
    for row in &rows {
        entries.extend(from_row(row)?);
    }
    Ok(entries)
}

/// Marks (`Some(now)`) or clears (`None`) the pack's dropping of an entry a person edited.
pub(super) async fn set_pack_dropped(
    tx: &mut Tx,
    id: &str,
    at: Option<i64>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_entries SET pack_dropped_at = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(at)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The entry is this database's own from now on: no pack version is its origin any more.
pub(super) async fn forget_pack(tx: &mut Tx, id: &str, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE directory_entries SET pack_entry = NULL, pack_dropped_at = NULL, \
         updated_at = $2 WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves the revision on, so that every instance reloads its snapshot.
pub(super) async fn bump(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_revision SET revision = revision + 1 WHERE only_row = 1")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new row. `pack_entry` is the pack's text when the pack brought it.
pub(super) async fn insert(
    tx: &mut Tx,
    entry: &DirectoryEntry,
    text: &str,
    pack_entry: Option<&str>,
    edited_by: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO directory_entries (id, country, kind, entry, pack_entry, edited_by, edited_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&entry.id)
    .bind(entry.country.as_str())
    .bind(entry.kind.as_str())
    .bind(text)
    .bind(pack_entry)
    .bind(edited_by)
    .bind(edited_by.map(|_| now))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A person's change to what readers see: the row remembers who, so that a later pack change
/// to it is a conflict rather than applied.
pub(super) async fn put_edit(
    tx: &mut Tx,
    entry: &DirectoryEntry,
    text: &str,
    editor: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE directory_entries SET country = $2, kind = $3, entry = $4, edited_by = $5, \
         edited_at = $6, updated_at = $6 WHERE id = $1",
    )
    .bind(&entry.id)
    .bind(entry.country.as_str())
    .bind(entry.kind.as_str())
    .bind(text)
    .bind(editor)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub(super) async fn set_verified(
    tx: &mut Tx,
    id: &str,
    text: &str,
    by: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE directory_entries SET entry = $2, verified_by = $3, verified_at = $4, \
         edited_by = $3, edited_at = $4, updated_at = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(text)
    .bind(by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Retires (`by` given) or brings back (`None`) an entry.
pub(super) async fn set_retired(
    tx: &mut Tx,
    id: &str,
    by: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE directory_entries SET retired_by = $2, retired_at = $3, updated_at = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(by)
    .bind(by.map(|_| now))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The pack's new version applied as it is (nobody edited the entry here).
pub(super) async fn put_from_pack(
    tx: &mut Tx,
    entry: &DirectoryEntry,
    text: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE directory_entries SET country = $2, kind = $3, entry = $4, pack_entry = $4, \
         conflict_entry = NULL, pack_dropped_at = NULL, updated_at = $5 WHERE id = $1",
    )
    .bind(&entry.id)
    .bind(entry.country.as_str())
    .bind(entry.kind.as_str())
    .bind(text)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The pack's new version kept aside for an operator (`None`: the conflict is settled).
pub(super) async fn set_conflict(
    tx: &mut Tx,
    id: &str,
    text: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_entries SET conflict_entry = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(text)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records the pack's text as the one last brought in (after a conflict is settled).
pub(super) async fn set_pack_entry(tx: &mut Tx, id: &str, text: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_entries SET pack_entry = $2 WHERE id = $1")
        .bind(id)
        .bind(text)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The entry is as the pack has it again: a later pack change applies without asking.
pub(super) async fn clear_edited(tx: &mut Tx, id: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_entries SET edited_by = NULL, edited_at = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
