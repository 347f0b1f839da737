//! The directory to and from pack files, so that instances and the repository can share it:
//! [`export`] writes what readers see as `<country>.toml` files that `faro check` accepts;
//! [`import`] brings a pack's changes in under one rule — an entry nobody edited here takes
//! the pack's new version, an entry a person edited keeps the edit and the pack's version
//! waits beside it as a conflict for an operator to settle (`edit::settle_conflict`).

use std::collections::BTreeMap;

use super::rows;
use crate::accounts::audit;
use crate::content::pack_toml::{entry_toml, file_toml};
use crate::content::{Directory, DirectoryEntry};
use crate::country::CountryCode;
use crate::store::{Store, StoreError};

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
    /// Entries a person edited that the pack changed too: the edit stays, the pack's version
    /// waits for an operator.
    pub conflicts: Vec<String>,
    /// Entries the pack has as it had them at the last import (or as they are here).
    pub unchanged: usize,
}

/// Brings `pack`'s entries in under the conflict rule. Entries the pack no longer has are
/// left as they are (retiring one is a person's decision).
pub async fn import(
    store: &Store,
    pack: &Directory,
    actor: &str,
    now: i64,
) -> Result<ImportReport, StoreError> {
    let mut report = ImportReport::default();
    let mut tx = store.begin().await?;
    for entry in pack.entries() {
        let text = entry_toml(entry);
        let Some(stored) = rows::get_in(&mut tx, &entry.id).await? else {
            rows::insert(&mut tx, entry, &text, Some(&text), None, now).await?;
            report.added.push(entry.id.clone());
            continue;
        };
        if stored.pack_entry.as_deref() == Some(text.as_str()) {
            report.unchanged += 1;
        } else if stored.edited_by.is_none() {
            rows::put_from_pack(&mut tx, entry, &text, now).await?;
            report.updated.push(entry.id.clone());
        } else if entry_toml(&stored.entry) == text {
            // The person made the very change the pack now brings.
            rows::set_conflict(&mut tx, &entry.id, None, now).await?;
            rows::set_pack_entry(&mut tx, &entry.id, &text).await?;
            report.unchanged += 1;
        } else if stored.conflict.as_ref().map(entry_toml).as_deref() == Some(text.as_str()) {
            // Already waiting for an operator.
            report.conflicts.push(entry.id.clone());
        } else {
            rows::set_conflict(&mut tx, &entry.id, Some(&text), now).await?;
            report.conflicts.push(entry.id.clone());
        }
    }
    let detail = format!(
        "{} added, {} updated, {} in conflict, {} unchanged",
        report.added.len(),
        report.updated.len(),
        report.conflicts.len(),
        report.unchanged
    );
    audit::record(&mut tx, actor, "directory.import", &detail, now).await?;
    rows::bump(&mut tx).await?;
    tx.commit().await?;
    Ok(report)
}
