//! The directory in the database on both databases (SQLite always, PostgreSQL when
//! FARO_TEST_DATABASE_URL is set): seeding once, edits surviving a restart, the snapshot
//! following the revision, scopes, audit rows, export and import with conflicts.

use std::path::Path;

use super::draft::{EntryDraft, FieldProblem, ShelterDraft, hours_text};
use super::edit::{self, EditError};
use super::pack_sync;
use super::*;
use crate::accounts::{Role, User};
use crate::content::ContentPack;
use crate::country::CountryCode;
use crate::store::testing;

const NOW: i64 = 1_800_000_000;
const SHELTER: &str = "demo-tapachula-shelter-1";

fn repo_pack() -> ContentPack {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (pack, diagnostics) = ContentPack::scan(&repo.join("content"));
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    pack
}

fn person(name: &str, role: Role) -> User {
    User {
        id: 1,
        name: name.into(),
        role,
        disabled: false,
        preferences: Default::default(),
    }
}

fn admin() -> User {
    person("ana-admin", Role::Admin)
}

fn focal(country: &str) -> User {
    person(
        &format!("focal-{country}"),
        Role::Publisher {
            country: CountryCode::parse(country).ok(),
        },
    )
}

fn staff(shelter: &str) -> User {
    person(
        "sam-staff",
        Role::Staff {
            shelter: shelter.into(),
        },
    )
}

fn new_hours(hours: &str) -> ShelterDraft {
    let entry = repo_pack().pack_directory().get(SHELTER).unwrap().clone();
    ShelterDraft {
        hours: hours.into(),
        ..ShelterDraft::of(&entry)
    }
}

async fn stored(store: &crate::store::Store, id: &str) -> StoredEntry {
    store.directory().get(id).await.unwrap().unwrap()
}

async fn audit_actions(store: &crate::store::Store) -> Vec<String> {
    store
        .audit_log()
        .newest(100)
        .await
        .unwrap()
        .into_iter()
        .map(|entry| format!("{} {} {}", entry.actor, entry.action, entry.detail))
        .collect()
}

#[tokio::test]
async fn the_pack_seeds_a_new_database_once_and_edits_survive_a_restart() {
    for db in testing::databases().await {
        let pack = repo_pack();
        let total = pack.pack_directory().entries().len();
        assert_eq!(
            seed(&db.store, pack.pack_directory(), NOW).await.unwrap(),
            total
        );
        assert_eq!(
            seed(&db.store, pack.pack_directory(), NOW).await.unwrap(),
            0
        );
        assert!(refresh(&pack, &db.store).await.unwrap(), "{}", db.name);
        assert!(
            !refresh(&pack, &db.store).await.unwrap(),
            "unchanged: no reload"
        );
        assert_eq!(pack.directory().entries().len(), total);

        edit::edit_shelter(
            &db.store,
            &staff(SHELTER),
            SHELTER,
            &new_hours("mon-fri 10:00-18:00"),
            NOW,
        )
        .await
        .unwrap();
        // A restart: a new connection, a fresh pack whose files still say 08:00-20:00.
        let url = db.url.clone();
        let again = crate::store::Store::connect(&url).await.unwrap();
        let restarted = repo_pack();
        assert_eq!(
            seed(&again, restarted.pack_directory(), NOW).await.unwrap(),
            0
        );
        refresh(&restarted, &again).await.unwrap();
        let shelter = restarted.directory().get(SHELTER).unwrap().clone();
        assert_eq!(
            hours_text(&shelter.hours),
            "mon-fri 10:00-18:00",
            "{}",
            db.name
        );
        assert_eq!(
            hours_text(&restarted.pack_directory().get(SHELTER).unwrap().hours),
            "mon-sun 08:00-20:00"
        );
        again.close().await;
    }
}

#[tokio::test]
async fn another_instance_sees_a_change_at_its_next_look_and_retired_entries_leave_readers() {
    for db in testing::databases().await {
        let here = repo_pack();
        let there = repo_pack();
        seed(&db.store, here.pack_directory(), NOW).await.unwrap();
        refresh(&here, &db.store).await.unwrap();
        refresh(&there, &db.store).await.unwrap();
        edit::edit_shelter(
            &db.store,
            &focal("MX"),
            SHELTER,
            &new_hours("sat 09:00-12:00"),
            NOW,
        )
        .await
        .unwrap();
        assert!(refresh(&there, &db.store).await.unwrap(), "{}", db.name);
        assert_eq!(
            hours_text(&there.directory().get(SHELTER).unwrap().hours),
            "sat 09:00-12:00"
        );
        edit::set_retired(&db.store, &admin(), SHELTER, true, NOW)
            .await
            .unwrap();
        assert!(refresh(&there, &db.store).await.unwrap());
        assert!(
            there.directory().get(SHELTER).is_none(),
            "retired: shown to nobody"
        );
        assert!(
            db.store
                .directory()
                .get(SHELTER)
                .await
                .unwrap()
                .unwrap()
                .is_retired()
        );
        edit::set_retired(&db.store, &admin(), SHELTER, false, NOW)
            .await
            .unwrap();
        refresh(&there, &db.store).await.unwrap();
        assert!(there.directory().get(SHELTER).is_some());
    }
}

#[tokio::test]
async fn every_change_is_audited_with_who_and_what() {
    for db in testing::databases().await {
        let pack = repo_pack();
        seed(&db.store, pack.pack_directory(), NOW).await.unwrap();
        edit::edit_shelter(
            &db.store,
            &staff(SHELTER),
            SHELTER,
            &new_hours("sun 24h"),
            NOW,
        )
        .await
        .unwrap();
        let entry = db.store.directory().get(SHELTER).await.unwrap().unwrap();
        let draft = EntryDraft {
            name: "Albergue Camino Seguro II".into(),
            ..EntryDraft::of(&entry.entry)
        };
        edit::edit(&db.store, &focal("MX"), SHELTER, &draft, NOW)
            .await
            .unwrap();
        let verified = edit::verify(
            &db.store,
            &admin(),
            SHELTER,
            "called on 7 Dec",
            NOW + 86_400,
        )
        .await
        .unwrap();
        assert_eq!(verified.source, "called on 7 Dec");
        assert_eq!(verified.last_verified, edit::day_of(NOW + 86_400));
        let stored = db.store.directory().get(SHELTER).await.unwrap().unwrap();
        assert_eq!(stored.verified_by.as_deref(), Some("ana-admin"));
        assert_eq!(stored.verified_at, Some(NOW + 86_400));
        assert!(stored.entry.demo, "verifying leaves the demo flag as it is");
        let new = EntryDraft {
            id: "mx-new-place".into(),
            ..EntryDraft::of(&stored.entry)
        };
        edit::create(&db.store, &focal("MX"), &new, NOW)
            .await
            .unwrap();
        edit::set_retired(&db.store, &focal("MX"), "mx-new-place", true, NOW)
            .await
            .unwrap();
        let log = audit_actions(&db.store).await;
        for expected in [
            "content-pack directory.seed 88 entries",
            "sam-staff directory.edit demo-tapachula-shelter-1: hours",
            "focal-MX directory.edit demo-tapachula-shelter-1: name",
            "ana-admin directory.verify demo-tapachula-shelter-1: called on 7 Dec",
            "focal-MX directory.create mx-new-place",
            "focal-MX directory.retire mx-new-place",
        ] {
            assert!(
                log.iter().any(|line| line == expected),
                "{expected:?} in {log:#?}"
            );
        }
    }
}

#[tokio::test]
async fn scopes_refuse_what_a_role_may_not_do_and_change_nothing() {
    for db in testing::databases().await {
        let pack = repo_pack();
        seed(&db.store, pack.pack_directory(), NOW).await.unwrap();
        let gt_entry = "gt-police-110";
        let revision = db.store.directory().revision().await.unwrap();
        let other_shelter = "demo-tapachula-shelter-2";
        let mx_entry = db
            .store
            .directory()
            .get(SHELTER)
            .await
            .unwrap()
            .unwrap()
            .entry;
        let full = EntryDraft::of(&mx_entry);
        let refused = [
            (staff(SHELTER), "edit every field"),
            (staff(other_shelter), "another shelter's hours"),
            (focal("GT"), "another country's entry"),
        ];
        for (who, what) in &refused {
            let outcome =
                if *what == "another shelter's hours" || *what == "another country's entry" {
                    edit::edit_shelter(&db.store, who, SHELTER, &new_hours("sun 24h"), NOW).await
                } else {
                    edit::edit(&db.store, who, SHELTER, &full, NOW).await
                };
            assert!(
                matches!(outcome, Err(EditError::Forbidden)),
                "{what}: {outcome:?}"
            );
        }
        assert!(matches!(
            edit::verify(&db.store, &staff(SHELTER), SHELTER, "x", NOW).await,
            Err(EditError::Forbidden)
        ));
        assert!(matches!(
            edit::set_retired(&db.store, &focal("MX"), gt_entry, true, NOW).await,
            Err(EditError::Forbidden)
        ));
        // A focal point may not move an entry of theirs to another country, nor make one there.
        let moved = EntryDraft {
            country: "GT".into(),
            lat: String::new(),
            lon: String::new(),
            ..full.clone()
        };
        assert!(matches!(
            edit::edit(&db.store, &focal("MX"), SHELTER, &moved, NOW).await,
            Err(EditError::Forbidden)
        ));
        let elsewhere = EntryDraft {
            id: "gt-new".into(),
            ..moved
        };
        assert!(matches!(
            edit::create(&db.store, &focal("MX"), &elsewhere, NOW).await,
            Err(EditError::Forbidden)
        ));
        assert_eq!(
            db.store.directory().revision().await.unwrap(),
            revision,
            "{}",
            db.name
        );
        // Bad input is refused with what is wrong, and nothing changes either.
        let outside = EntryDraft {
            lat: "14.6349".into(),
            lon: "-90.5069".into(),
            ..full.clone()
        };
        match edit::edit(&db.store, &admin(), SHELTER, &outside, NOW).await {
            Err(EditError::Invalid(problems)) => {
                assert_eq!(problems, [FieldProblem::OutsideCountry])
            }
            other => panic!("{other:?}"),
        }
        let duplicate = EntryDraft {
            id: other_shelter.into(),
            ..full.clone()
        };
        assert!(matches!(
            edit::create(&db.store, &admin(), &duplicate, NOW).await,
            Err(EditError::Exists)
        ));
        assert_eq!(db.store.directory().revision().await.unwrap(), revision);
    }
}

#[tokio::test]
async fn export_then_import_round_trips_and_a_pack_change_to_an_edited_entry_is_a_conflict() {
    for db in testing::databases().await {
        let pack = repo_pack();
        seed(&db.store, pack.pack_directory(), NOW).await.unwrap();
        // The export is a pack: read back, the same entries.
        let folder = tempfile::tempdir().unwrap();
        for (name, text) in pack_sync::export(&db.store).await.unwrap() {
            std::fs::write(folder.path().join(name), text).unwrap();
        }
        let (exported, diagnostics) = crate::content::load_directory_folder(folder.path());
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let a: Vec<String> = exported
            .entries()
            .iter()
            .map(crate::content::pack_toml::entry_toml)
            .collect();
        let b: Vec<String> = pack
            .pack_directory()
            .entries()
            .iter()
            .map(crate::content::pack_toml::entry_toml)
            .collect();
        assert_eq!(a, b, "{}", db.name);
        // Importing the same pack changes nothing.
        let report = pack_sync::import(&db.store, &exported, "cli", NOW)
            .await
            .unwrap();
        assert_eq!(report.unchanged, b.len());
        assert!(
            report.added.is_empty() && report.updated.is_empty() && report.conflicts.is_empty()
        );

        // Someone edits the shelter here; the pack changes it and an untouched entry.
        edit::edit_shelter(
            &db.store,
            &staff(SHELTER),
            SHELTER,
            &new_hours("mon-fri 10:00-18:00"),
            NOW,
        )
        .await
        .unwrap();
        let mut changed: Vec<_> = exported.entries().to_vec();
        for entry in &mut changed {
            if entry.id == SHELTER || entry.id == "gt-police-110" {
                entry.name = format!("{} (renamed)", entry.name).replace(" (renamed)", " Renamed");
            }
        }
        let mut added = changed[0].clone();
        added.id = "mx-brand-new".into();
        added.country = CountryCode::parse("MX").unwrap();
        added.location = None;
        changed.push(added);
        let report = pack_sync::import(
            &db.store,
            &crate::content::Directory::new(changed.clone()),
            "cli",
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(report.added, ["mx-brand-new"]);
        assert_eq!(report.updated, ["gt-police-110"]);
        assert_eq!(report.conflicts, [SHELTER]);
        let shelter = db.store.directory().get(SHELTER).await.unwrap().unwrap();
        assert_eq!(
            hours_text(&shelter.entry.hours),
            "mon-fri 10:00-18:00",
            "the edit stays"
        );
        assert!(!shelter.entry.name.ends_with("Renamed"));
        assert!(shelter.conflict.as_ref().unwrap().name.ends_with("Renamed"));
        // The same import again raises nothing new.
        let again = pack_sync::import(
            &db.store,
            &crate::content::Directory::new(changed),
            "cli",
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(again.conflicts, [SHELTER]);
        assert!(again.updated.is_empty() && again.added.is_empty());
        // Settled by taking the pack's version.
        edit::settle_conflict(&db.store, &focal("MX"), SHELTER, true, NOW)
            .await
            .unwrap();
        let shelter = db.store.directory().get(SHELTER).await.unwrap().unwrap();
        assert!(shelter.entry.name.ends_with("Renamed") && shelter.conflict.is_none());
        assert!(shelter.edited_by.is_none(), "as the pack has it again");
        let log = audit_actions(&db.store).await;
        assert!(
            log.iter().any(
                |l| l == "cli directory.import 1 added, 1 updated, 1 in conflict, 86 unchanged, 0 retired"
            ),
            "{log:#?}"
        );
        assert!(log.iter().any(
            |l| l == "focal-MX directory.conflict demo-tapachula-shelter-1: pack version taken"
        ));
    }
}

#[tokio::test]
async fn a_changed_pack_at_start_comes_in_once_and_what_it_dropped_retires_unless_edited() {
    const SECOND: &str = "demo-tapachula-shelter-2";
    const DROPPED: &str = "gt-bomberos-voluntarios-122";
    for db in testing::databases().await {
        let pack = repo_pack();
        seed(&db.store, pack.pack_directory(), NOW).await.unwrap();
        // The same pack at the next start: nothing to do, nothing bumped.
        let revision = db.store.directory().revision().await.unwrap();
        assert_eq!(
            pack_sync::upgrade_at_start(&db.store, pack.pack_directory(), NOW)
                .await
                .unwrap(),
            None,
            "{}",
            db.name
        );
        assert_eq!(db.store.directory().revision().await.unwrap(), revision);

        // People edit two shelters here; the new pack renames one of them and an untouched
        // entry, drops the other edited shelter and an untouched entry, and adds one.
        for shelter in [SHELTER, SECOND] {
            let entry = pack.pack_directory().get(shelter).unwrap().clone();
            let draft = ShelterDraft {
                hours: "mon-fri 10:00-18:00".into(),
                ..ShelterDraft::of(&entry)
            };
            edit::edit_shelter(&db.store, &staff(shelter), shelter, &draft, NOW)
                .await
                .unwrap();
        }
        let mut entries: Vec<_> = pack
            .pack_directory()
            .entries()
            .iter()
            .filter(|entry| entry.id != SECOND && entry.id != DROPPED)
            .cloned()
            .collect();
        for entry in &mut entries {
            if entry.id == SHELTER || entry.id == "gt-police-110" {
                entry.name.push_str(" Renamed");
            }
        }
        let mut added = entries[0].clone();
        added.id = "mx-brand-new".into();
        entries.push(added);
        let upgraded = crate::content::Directory::new(entries);

        // Two instances start together with the new pack: one of them takes it in.
        let (a, b) = tokio::join!(
            pack_sync::upgrade_at_start(&db.store, &upgraded, NOW),
            pack_sync::upgrade_at_start(&db.store, &upgraded, NOW)
        );
        let reports: Vec<_> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
        assert_eq!(reports.len(), 1, "{}: {reports:?}", db.name);
        let report = &reports[0];
        assert_eq!(report.added, ["mx-brand-new"]);
        assert_eq!(report.updated, ["gt-police-110"]);
        assert_eq!(report.retired, [DROPPED]);
        let mut conflicts = report.conflicts.clone();
        conflicts.sort();
        assert_eq!(conflicts, [SHELTER, SECOND]);
        assert!(db.store.directory().revision().await.unwrap() > revision);

        let row = |id: &'static str| stored(&db.store, id);
        let dropped = row(DROPPED).await;
        assert!(dropped.is_retired());
        assert_eq!(dropped.retired_by.as_deref(), Some(PACK_AUTHOR));
        let second = row(SECOND).await;
        assert!(!second.is_retired(), "edited here: not retired");
        assert!(second.pack_dropped_at.is_some() && second.in_conflict());
        let shelter = row(SHELTER).await;
        assert!(!shelter.entry.name.ends_with("Renamed"), "the edit stays");
        assert!(shelter.conflict.as_ref().unwrap().name.ends_with("Renamed"));
        assert!(row("gt-police-110").await.entry.name.ends_with("Renamed"));

        // Restarts with the same pack change nothing.
        let revision = db.store.directory().revision().await.unwrap();
        assert_eq!(
            pack_sync::upgrade_at_start(&db.store, &upgraded, NOW)
                .await
                .unwrap(),
            None
        );
        assert_eq!(db.store.directory().revision().await.unwrap(), revision);

        // The dropped, edited shelter is kept as this database's own: no pack raises it again.
        edit::settle_conflict(&db.store, &focal("MX"), SECOND, false, NOW)
            .await
            .unwrap();
        let second = row(SECOND).await;
        assert!(!second.in_conflict() && !second.is_retired());
        assert_eq!(second.pack_entry, None);
        let log = audit_actions(&db.store).await;
        assert!(
            log.iter().any(|l| l
                == "content-pack directory.upgrade 1 added, 1 updated, 2 in conflict, 84 unchanged, 1 retired"),
            "{log:#?}"
        );
        assert!(log.iter().any(|l| l
            == "focal-MX directory.conflict demo-tapachula-shelter-2: dropped by the pack, kept"));

        // The old pack again (a rollback): what the pack retired comes back.
        pack_sync::upgrade_at_start(&db.store, pack.pack_directory(), NOW)
            .await
            .unwrap()
            .unwrap();
        assert!(!row(DROPPED).await.is_retired());
    }
}
