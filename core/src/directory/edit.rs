//! Changes people make to the directory: each checks the scope (`permissions.rs`) against the
//! row read in the same transaction, writes the change, its audit row and a new revision
//! together, so every instance's readers see it within seconds and nothing changes unrecorded.

use time::{Date, OffsetDateTime};

use super::draft::{EntryDraft, FieldProblem, ShelterDraft};
use super::permissions::{DirectoryAction, may};
use super::rows::{self, StoredEntry};
use crate::accounts::{User, audit};
use crate::content::DirectoryEntry;
use crate::content::pack_toml::entry_toml;
use crate::store::{Store, StoreError, Tx};

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("this account may not change that entry")]
    Forbidden,
    #[error("no directory entry with that id")]
    NotFound,
    #[error("a directory entry with that id already exists")]
    Exists,
    #[error("the entry has {} problem(s)", .0.len())]
    Invalid(Vec<FieldProblem>),
    #[error(transparent)]
    Store(StoreError),
}

impl From<sqlx::Error> for EditError {
    fn from(error: sqlx::Error) -> Self {
        EditError::from(StoreError::from(error))
    }
}

impl From<StoreError> for EditError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Duplicate(_) => EditError::Exists,
            StoreError::NotFound => EditError::NotFound,
            other => EditError::Store(other),
        }
    }
}

/// The calendar day (UTC) of a Unix time, as `last_verified` records it.
pub fn day_of(now: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(now)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .date()
}

/// The fields that differ, named as in the pack, for the audit log.
fn changed_fields(old: &DirectoryEntry, new: &DirectoryEntry) -> String {
    let (a, b) = (EntryDraft::of(old), EntryDraft::of(new));
    let pairs: [(&str, bool); 18] = [
        ("id", a.id != b.id),
        ("kind", a.kind != b.kind),
        ("name", a.name != b.name),
        ("country", a.country != b.country),
        ("city", a.city != b.city),
        ("address", a.address != b.address),
        ("lat", a.lat != b.lat),
        ("lon", a.lon != b.lon),
        ("phones", a.phones != b.phones),
        ("short_codes", a.short_codes != b.short_codes),
        ("website", a.website != b.website),
        ("hours", a.hours != b.hours),
        ("languages", a.languages != b.languages),
        ("services", a.services != b.services),
        ("represents", a.represents != b.represents),
        ("procedures", a.procedures != b.procedures),
        ("demo", a.demo != b.demo),
        ("source", a.source != b.source),
    ];
    let changed: Vec<&str> = pairs
        .into_iter()
        .filter_map(|(name, differs)| differs.then_some(name))
        .collect();
    if changed.is_empty() {
        "nothing".to_owned()
    } else {
        changed.join(", ")
    }
}

/// The row `id`, read in `tx`, if `user` may take `action` on it.
async fn allowed(
    tx: &mut Tx,
    user: &User,
    action: DirectoryAction,
    id: &str,
) -> Result<StoredEntry, EditError> {
    let stored = rows::get_in(tx, id).await?.ok_or(EditError::NotFound)?;
    if !may(user, action, id, stored.entry.country) {
        return Err(EditError::Forbidden);
    }
    Ok(stored)
}

/// Audit row and revision, then commit.
async fn finish(
    mut tx: Tx,
    user: &User,
    action: &str,
    detail: &str,
    now: i64,
) -> Result<(), EditError> {
    audit::record(&mut tx, &user.name, action, detail, now).await?;
    rows::bump(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}

/// A new entry, last verified today by whoever makes it.
pub async fn create(
    store: &Store,
    user: &User,
    draft: &EntryDraft,
    now: i64,
) -> Result<DirectoryEntry, EditError> {
    let entry = draft.parse(day_of(now)).map_err(EditError::Invalid)?;
    if !may(user, DirectoryAction::Manage, &entry.id, entry.country) {
        return Err(EditError::Forbidden);
    }
    let mut tx = store.begin().await?;
    if rows::get_in(&mut tx, &entry.id).await?.is_some() {
        return Err(EditError::Exists);
    }
    let text = entry_toml(&entry);
    rows::insert(&mut tx, &entry, &text, None, Some(&user.name), now).await?;
    finish(tx, user, "directory.create", &entry.id, now).await?;
    Ok(entry)
}

/// Every field but the id (and `last_verified`, which only [`verify`] moves). A focal point
/// may neither edit another country's entry nor move one of theirs to another country.
pub async fn edit(
    store: &Store,
    user: &User,
    id: &str,
    draft: &EntryDraft,
    now: i64,
) -> Result<DirectoryEntry, EditError> {
    let mut tx = store.begin().await?;
    let stored = allowed(&mut tx, user, DirectoryAction::Manage, id).await?;
    let draft = EntryDraft {
        id: id.to_owned(),
        ..draft.clone()
    };
    let entry = draft
        .parse(stored.entry.last_verified)
        .map_err(EditError::Invalid)?;
    if !may(user, DirectoryAction::Manage, id, entry.country) {
        return Err(EditError::Forbidden);
    }
    rows::put_edit(&mut tx, &entry, &entry_toml(&entry), &user.name, now).await?;
    let detail = format!("{id}: {}", changed_fields(&stored.entry, &entry));
    finish(tx, user, "directory.edit", &detail, now).await?;
    Ok(entry)
}

/// A shelter's hours, services, languages and phones (its staff's part; admins and focal
/// points may use it too).
pub async fn edit_shelter(
    store: &Store,
    user: &User,
    id: &str,
    draft: &ShelterDraft,
    now: i64,
) -> Result<DirectoryEntry, EditError> {
    let mut tx = store.begin().await?;
    let stored = allowed(&mut tx, user, DirectoryAction::EditShelterFields, id).await?;
    let entry = draft.apply(&stored.entry).map_err(EditError::Invalid)?;
    rows::put_edit(&mut tx, &entry, &entry_toml(&entry), &user.name, now).await?;
    let detail = format!("{id}: {}", changed_fields(&stored.entry, &entry));
    finish(tx, user, "directory.edit", &detail, now).await?;
    Ok(entry)
}

/// Marks the entry checked today against `source`: the entry's `source` and `last_verified`
/// say what and when, the row who.
pub async fn verify(
    store: &Store,
    user: &User,
    id: &str,
    source: &str,
    now: i64,
) -> Result<DirectoryEntry, EditError> {
    let source = source.trim();
    if source.is_empty() {
        return Err(EditError::Invalid(vec![FieldProblem::Source]));
    }
    let mut tx = store.begin().await?;
    let stored = allowed(&mut tx, user, DirectoryAction::Manage, id).await?;
    let entry = DirectoryEntry {
        source: source.to_owned(),
        last_verified: day_of(now),
        ..stored.entry
    };
    rows::set_verified(&mut tx, id, &entry_toml(&entry), &user.name, now).await?;
    finish(
        tx,
        user,
        "directory.verify",
        &format!("{id}: {source}"),
        now,
    )
    .await?;
    Ok(entry)
}

/// Retires an entry (kept, shown to no reader) or brings it back.
pub async fn set_retired(
    store: &Store,
    user: &User,
    id: &str,
    retired: bool,
    now: i64,
) -> Result<(), EditError> {
    let mut tx = store.begin().await?;
    allowed(&mut tx, user, DirectoryAction::Manage, id).await?;
    let by = retired.then_some(user.name.as_str());
    rows::set_retired(&mut tx, id, by, now).await?;
    let action = if retired {
        "directory.retire"
    } else {
        "directory.restore"
    };
    finish(tx, user, action, id, now).await
}

/// Settles a conflict between a person's edit and the pack's newer version: `take_pack` puts
/// the pack's version in (and later pack changes apply again); otherwise the edit stays and
/// this pack version is not raised again.
pub async fn settle_conflict(
    store: &Store,
    user: &User,
    id: &str,
    take_pack: bool,
    now: i64,
) -> Result<(), EditError> {
    let mut tx = store.begin().await?;
    let stored = allowed(&mut tx, user, DirectoryAction::Manage, id).await?;
    if stored.pack_dropped_at.is_some() && stored.conflict.is_none() {
        // The pack dropped an entry a person edited: retire it as the pack did, or keep it
        // as this database's own (no later pack raises it again).
        if take_pack {
            rows::set_retired(&mut tx, id, Some(&user.name), now).await?;
            rows::set_pack_dropped(&mut tx, id, None, now).await?;
        } else {
            rows::forget_pack(&mut tx, id, now).await?;
        }
        let detail = format!(
            "{id}: {}",
            if take_pack {
                "dropped by the pack, retired"
            } else {
                "dropped by the pack, kept"
            }
        );
        return finish(tx, user, "directory.conflict", &detail, now).await;
    }
    let Some(pack) = stored.conflict else {
        return Err(EditError::NotFound);
    };
    let text = entry_toml(&pack);
    if take_pack {
        rows::put_from_pack(&mut tx, &pack, &text, now).await?;
        rows::clear_edited(&mut tx, id).await?;
    } else {
        rows::set_conflict(&mut tx, id, None, now).await?;
        rows::set_pack_entry(&mut tx, id, &text).await?;
    }
    let detail = format!(
        "{id}: {}",
        if take_pack {
            "pack version taken"
        } else {
            "edit kept"
        }
    );
    finish(tx, user, "directory.conflict", &detail, now).await
}
