//! The directory to and from pack files, so that instances and the repository can share it:
//! [`export`] writes what readers see as `<country>.toml` files that `faro check` accepts;
//! [`import`] brings a pack's changes in under one rule — an entry nobody edited here takes
//! the pack's new version, an entry a person edited keeps the edit and the pack's version
//! waits beside it as a conflict for an operator to settle (`edit::settle_conflict`).

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::{PACK_AUTHOR, rows};
use crate::accounts::audit;
use crate::content::pack_toml::{entry_toml, file_toml};
use crate::content::{Directory, DirectoryEntry};
use crate::country::CountryCode;
use crate::store::{Store, StoreError, Tx};

/// The pack files for the directory now: one per country, named `<cc>.toml` in lower case as
/// in `content/directory/`, retired entries left out.
pub async fn export(store: &Store) -> Result<Vec<(String, String)>, StoreError> {
    let stored = store.directory().all().await?;
    let mut by_country: BTreeMap<CountryCode, Vec<DirectoryEntry>> = BTreeMap::new();
    for row in stored.into_iter().filter(|row| !row.is_retired()) {
        by_country
            .entry(row.entry.country)
            .or_default()
            .push(row.entry);
    }
    Ok(by_country
        .into_iter()
        .map(|(country, entries)| {
            let sorted = Directory::new(entries);
            let refs: Vec<&DirectoryEntry> = sorted.entries().iter().collect();
            let header = format!(
                "Faro directory — {country}, written by `faro directory export`.\n\
                 Entries with demo = true are SAMPLE DATA, not real contacts."
            );
            (
                format!("{}.toml", country.as_str().to_ascii_lowercase()),
                file_toml(&header, &refs),
            )
        })
        .collect())
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Entries new to this database.
    pub added: Vec<String>,
    /// Entries nobody edited here, now as the pack has them.
    pub updated: Vec<String>,
    /// Entries a person edited that the pack changed (or, at start, dropped): the edit stays,
    /// the pack's version or its dropping waits for an operator.
    pub conflicts: Vec<String>,
    /// Entries the pack has as it had them at the last import (or as they are here).
    pub unchanged: usize,
    /// Entries the pack dropped that nobody edited here, now retired (at start only).
    pub retired: Vec<String>,
}

impl ImportReport {
    fn detail(&self) -> String {
        format!(
            "{} added, {} updated, {} in conflict, {} unchanged, {} retired",
            self.added.len(),
            self.updated.len(),
            self.conflicts.len(),
            self.unchanged,
            self.retired.len()
        )
    }
}

/// Brings `pack`'s entries in under the conflict rule. Entries the pack no longer has are
/// left as they are: a folder handed to `faro directory import` may be one country's, and
/// retiring is then a person's decision (the pack the instance starts with is the whole
/// directory: see [`upgrade_at_start`]).
pub async fn import(
    store: &Store,
    pack: &Directory,
    actor: &str,
    now: i64,
) -> Result<ImportReport, StoreError> {
    let mut tx = store.begin().await?;
    let report = import_in(&mut tx, pack, now).await?;
    audit::record(&mut tx, actor, "directory.import", &report.detail(), now).await?;
    rows::bump(&mut tx).await?;
    tx.commit().await?;
    Ok(report)
}

async fn import_in(tx: &mut Tx, pack: &Directory, now: i64) -> Result<ImportReport, StoreError> {
    let mut report = ImportReport::default();
    for entry in pack.entries() {
        let text = entry_toml(entry);
        let Some(stored) = rows::get_in(tx, &entry.id).await? else {
            rows::insert(tx, entry, &text, Some(&text), None, now).await?;
            report.added.push(entry.id.clone());
            continue;
        };
        // Back in the pack: the pack's retiring is undone, a dropping conflict is moot.
        if stored.retired_by.as_deref() == Some(PACK_AUTHOR) {
            rows::set_retired(tx, &entry.id, None, now).await?;
        }
        if stored.pack_dropped_at.is_some() {
            rows::set_pack_dropped(tx, &entry.id, None, now).await?;
        }
        if stored.pack_entry.as_deref() == Some(text.as_str()) {
            report.unchanged += 1;
        } else if stored.edited_by.is_none() {
            rows::put_from_pack(tx, entry, &text, now).await?;
            report.updated.push(entry.id.clone());
        } else if entry_toml(&stored.entry) == text {
            // The person made the very change the pack now brings.
            rows::set_conflict(tx, &entry.id, None, now).await?;
            rows::set_pack_entry(tx, &entry.id, &text).await?;
            report.unchanged += 1;
        } else if stored.conflict.as_ref().map(entry_toml).as_deref() == Some(text.as_str()) {
            // Already waiting for an operator.
            report.conflicts.push(entry.id.clone());
        } else {
            rows::set_conflict(tx, &entry.id, Some(&text), now).await?;
            report.conflicts.push(entry.id.clone());
        }
    }
    Ok(report)
}

/// A fingerprint of the pack's directory: the SHA-256 of its entries in the pack's form, by
/// id. Two instances with the same pack agree on it; any change to any entry moves it.
pub fn fingerprint(pack: &Directory) -> String {
    let mut texts: Vec<(&str, String)> = pack
        .entries()
        .iter()
        .map(|entry| (entry.id.as_str(), entry_toml(entry)))
        .collect();
    texts.sort();
    let mut hash = Sha256::new();
    for (_, text) in &texts {
        hash.update(text.as_bytes());
        hash.update([0]);
    }
    hash.finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Records `pack` as the one the database took in (the seed does, in its transaction).
pub(super) async fn record_fingerprint(tx: &mut Tx, pack: &Directory) -> Result<(), StoreError> {
    sqlx::query("UPDATE directory_pack SET fingerprint = $1 WHERE only_row = 1")
        .bind(fingerprint(pack))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// At start: when the instance's pack is not the one the database last took in, brings its
/// changes in under the import's rule, and retires each entry the pack dropped that nobody
/// edited here (one a person edited gets a conflict instead: retire it or keep it). `None`
/// when there was nothing to do — the same pack as before, or another instance starting
/// together took it in first (the first to move the fingerprint holds its row until it
/// commits; the others then find it moved and do nothing).
pub async fn upgrade_at_start(
    store: &Store,
    pack: &Directory,
    now: i64,
) -> Result<Option<ImportReport>, StoreError> {
    let mut tx = store.begin().await?;
    let print = fingerprint(pack);
    let claimed = sqlx::query(
        "UPDATE directory_pack SET fingerprint = $1 WHERE only_row = 1 AND fingerprint <> $1",
    )
    .bind(&print)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        return Ok(None);
    }
    let mut report = import_in(&mut tx, pack, now).await?;
    for stored in rows::all_in(&mut tx).await? {
        let dropped = stored.pack_entry.is_some()
            && !stored.is_retired()
            && stored.pack_dropped_at.is_none()
            && pack.get(&stored.entry.id).is_none();
        if !dropped {
            continue;
        }
        if stored.edited_by.is_none() {
            rows::set_retired(&mut tx, &stored.entry.id, Some(PACK_AUTHOR), now).await?;
            report.retired.push(stored.entry.id);
        } else {
            rows::set_pack_dropped(&mut tx, &stored.entry.id, Some(now), now).await?;
            report.conflicts.push(stored.entry.id);
        }
    }
    audit::record(
        &mut tx,
        PACK_AUTHOR,
        "directory.upgrade",
        &report.detail(),
        now,
    )
    .await?;
    rows::bump(&mut tx).await?;
    tx.commit().await?;
    Ok(Some(report))
}
