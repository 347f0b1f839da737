use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use sqlx::{ConnectOptions, Connection};

use super::*;
use crate::accounts::{NewUser, Role, User};
use crate::clock::now_unix;
use crate::dialog::{ChatState, Flow, storage};
use crate::erasure::tests::{ERASED, KEPT, files_holding, fill, mentions, traces};
use crate::intake::{LanguageTag, NewDeclaration, Origin, Subject};
use crate::locale::Locale;
use crate::store::testing;

const KEEP_DAYS: u32 = 30;

/// A database in a folder of its own, as `faro serve` would have it.
struct Live {
    dir: tempfile::TempDir,
    url: String,
}

impl Live {
    fn new() -> Live {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/faro.db", dir.path().display());
        Live { dir, url }
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join("faro.db")
    }

    async fn open(&self) -> Store {
        Store::connect(&self.url).await.unwrap()
    }
}

async fn admin(store: &Store) -> User {
    store
        .users()
        .create(
            &NewUser {
                name: "admin".into(),
                password: "correct horse battery".into(),
                role: Role::Admin,
            },
            "test",
            now_unix(),
        )
        .await
        .unwrap()
}

async fn count(store: &Store, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(store.pool())
        .await
        .unwrap()
}

async fn chats_with(store: &Store, status: &'static str) -> BTreeSet<i64> {
    sqlx::query_scalar("SELECT chat_id FROM outbox WHERE status = $1")
        .bind(status)
        .fetch_all(store.pool())
        .await
        .unwrap()
        .into_iter()
        .collect()
}

/// What a broadcast sender does, message by message: take what is due, hand it over (here:
/// note the chat), mark it sent. Stops when the outbox is done or `stop` is set.
async fn send_until(store: &Store, stop: &AtomicBool, delivered: &Mutex<Vec<i64>>) {
    while !stop.load(Ordering::SeqCst) {
        let due = store.outbox().due(now_unix(), 1).await.unwrap();
        let Some(item) = due.first() else {
            return;
        };
        store.outbox().mark_sent(item.id, now_unix()).await.unwrap();
        delivered.lock().unwrap().push(item.chat_id);
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

#[tokio::test]
async fn a_backup_taken_during_a_broadcast_restores_to_one_that_finishes_it_once() {
    const SUBSCRIBERS: i64 = 120;
    let live = Live::new();
    let store = live.open().await;
    let subscriber = ChatState {
        locale: Some(Locale::En),
        alerts: true,
        country: None,
        flow: Flow::Menu,
    };
    for chat in 1..=SUBSCRIBERS {
        storage::save(&store, chat, &subscriber, now_unix())
            .await
            .unwrap();
    }
    let admin = admin(&store).await;
    let campaign = testing::approved_campaign(
        &store,
        &admin,
        "backup-during-broadcast",
        crate::publishing::Targets {
            locales: vec![],
            countries: vec![],
        },
        &[Locale::En],
        |_| ("Title".into(), "Body".into()),
    )
    .await
    .unwrap();
    let (_, queued) = testing::publish(&store, &admin, campaign.id).await.unwrap();
    assert_eq!(queued, SUBSCRIBERS as u64);

    // The sender runs; once it is well under way, the backup is taken beside it.
    let stop = Arc::new(AtomicBool::new(false));
    let delivered = Arc::new(Mutex::new(Vec::new()));
    let sender = tokio::spawn({
        let (store, stop, delivered) = (store.clone(), stop.clone(), delivered.clone());
        async move { send_until(&store, &stop, &delivered).await }
    });
    while delivered.lock().unwrap().len() < 10 {
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    let sent_before_backup: BTreeSet<i64> = delivered.lock().unwrap().iter().copied().collect();
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = elsewhere.path().join("faro-backup.db");
    backup(&store, &copy, now_unix()).await.unwrap();
    // The machine is lost right after the backup; what it sent is known from the log below.
    stop.store(true, Ordering::SeqCst);
    sender.await.unwrap();
    let sent_by_the_lost_machine: BTreeSet<i64> =
        delivered.lock().unwrap().iter().copied().collect();
    store.close().await;

    // Put back on a new machine (no database there yet).
    let new = Live::new();
    let restored = restore(&new.url, &copy, KEEP_DAYS, now_unix())
        .await
        .unwrap();
    assert_eq!(restored.replayed, Replayed::default());
    let store = new.open().await;
    let sent_in_backup = chats_with(&store, "sent").await;
    let queued_in_backup = chats_with(&store, "queued").await;
    assert!(
        !queued_in_backup.is_empty(),
        "the backup was taken while the broadcast ran"
    );
    // A consistent snapshot: everything marked sent before the backup began is sent in it, and
    // nothing is marked sent there that was not sent.
    assert!(sent_before_backup.is_subset(&sent_in_backup));
    assert!(sent_in_backup.is_subset(&sent_by_the_lost_machine));

    // The restored database's sender finishes the broadcast.
    let resumed = Mutex::new(Vec::new());
    send_until(&store, &AtomicBool::new(false), &resumed).await;
    let resumed = resumed.into_inner().unwrap();
    let resumed_set: BTreeSet<i64> = resumed.iter().copied().collect();
    assert_eq!(resumed.len(), resumed_set.len(), "nobody gets it twice");
    assert_eq!(
        resumed_set, queued_in_backup,
        "everyone still queued gets it"
    );
    assert!(
        resumed_set.is_disjoint(&sent_in_backup),
        "nobody the backup knew as sent gets it again"
    );
    let everyone: BTreeSet<i64> = (1..=SUBSCRIBERS).collect();
    let all: BTreeSet<i64> = sent_in_backup.union(&resumed_set).copied().collect();
    assert_eq!(all, everyone, "nobody is lost");
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").await,
        0
    );
}

/// A kiosk request made at a shelter's screen, and the secret its "Delete my data" carries.
async fn kiosk_request(store: &Store) -> (Subject, crate::intake::LinkSecret) {
    let subject = Subject::new_kiosk();
    let request = store
        .requests()
        .create(
            &NewDeclaration {
                subject: subject.clone(),
                locale: Locale::Ht,
                origin: Origin::Undisclosed,
                share_origin: false,
                languages: vec![LanguageTag::parse("ht").unwrap()],
                shelter_id: Some("demo-shelter".into()),
                city: None,
            },
            90,
            now_unix(),
        )
        .await
        .unwrap();
    let secret = store.requests().new_link_secret(request.id).await.unwrap();
    (subject, secret)
}

async fn rows_of_subject(store: &Store, subject: &Subject) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM declarations WHERE subject = $1")
        .bind(subject.key())
        .fetch_one(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_restore_does_not_bring_back_people_erased_after_the_backup() {
    let live = Live::new();
    let store = live.open().await;
    fill(&store, ERASED).await;
    fill(&store, KEPT).await;
    let (kiosk, secret) = kiosk_request(&store).await;
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = elsewhere.path().join("before-the-erasure.db");
    backup(&store, &copy, now_unix()).await.unwrap();

    // After the backup: the chat asks /forget, the kiosk request's person presses "Delete my data".
    crate::erasure::erase_chat(&store, ERASED, now_unix())
        .await
        .unwrap();
    store
        .declarations()
        .erase_by_secret(&secret, now_unix())
        .await
        .unwrap();
    store.close().await;

    let restored = restore(&live.url, &copy, KEEP_DAYS, now_unix())
        .await
        .unwrap();
    assert_eq!(
        restored.replayed,
        Replayed {
            chats: 1,
            kiosk_subjects: 1
        }
    );
    let store = live.open().await;
    assert_eq!(mentions(&store, ERASED).await, Vec::<String>::new());
    assert_eq!(rows_of_subject(&store, &kiosk).await, 0);
    let Subject::Kiosk(token) = &kiosk else {
        unreachable!()
    };
    assert_eq!(
        testing::tables_mentioning(&store, i64::MIN, token).await,
        Vec::<String>::new(),
        "the kiosk subject is nowhere"
    );
    assert!(!mentions(&store, KEPT).await.is_empty(), "others are back");
    // The ledger came along, so a later restore of the same backup erases them again too.
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM erasure_ledger").await,
        2
    );
    assert_eq!(store.meta_get(TAKEN_AT).await.unwrap(), None);
    store.close().await;
    assert_eq!(
        files_holding(live.dir.path(), &traces(ERASED)),
        Vec::<String>::new(),
        "nor in the files"
    );
    restore(&live.url, &copy, KEEP_DAYS, now_unix())
        .await
        .unwrap();
    let store = live.open().await;
    assert_eq!(mentions(&store, ERASED).await, Vec::<String>::new());
    assert_eq!(rows_of_subject(&store, &kiosk).await, 0);
}

#[tokio::test]
async fn erasures_before_the_backup_are_not_replayed_on_people_who_came_back() {
    let live = Live::new();
    let store = live.open().await;
    let long_ago = now_unix() - 3 * 86_400;
    crate::erasure::erase_chat(&store, ERASED, long_ago)
        .await
        .unwrap();
    // The person came back after their erasure, before the backup.
    fill(&store, ERASED).await;
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = elsewhere.path().join("later.db");
    backup(&store, &copy, now_unix()).await.unwrap();
    store.close().await;
    let restored = restore(&live.url, &copy, KEEP_DAYS, now_unix())
        .await
        .unwrap();
    assert_eq!(restored.replayed, Replayed::default());
    let store = live.open().await;
    assert!(!mentions(&store, ERASED).await.is_empty());
}

#[tokio::test]
async fn a_backup_never_overwrites_and_is_for_its_owner_only() {
    let live = Live::new();
    let store = live.open().await;
    let elsewhere = tempfile::tempdir().unwrap();
    let taken = elsewhere.path().join("taken.db");
    std::fs::write(&taken, b"something precious").unwrap();
    assert!(matches!(
        backup(&store, &taken, now_unix()).await,
        Err(BackupError::Exists(_))
    ));
    assert_eq!(std::fs::read(&taken).unwrap(), b"something precious");
    let fresh = elsewhere.path().join("fresh.db");
    let written = backup(&store, &fresh, 1_800_000_000).await.unwrap();
    assert_eq!(written.taken_at, 1_800_000_000);
    assert!(written.bytes > 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "no one but the owner reads it");
    }
    // One file, no log or index beside it.
    let names: Vec<_> = std::fs::read_dir(elsewhere.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

fn refused(result: Result<Restored, BackupError>) -> BackupError {
    match result {
        Ok(restored) => panic!("restored: {restored:?}"),
        Err(error) => error,
    }
}

async fn still_there(live: &Live) {
    let store = live.open().await;
    assert!(
        !mentions(&store, KEPT).await.is_empty(),
        "database untouched"
    );
    store.close().await;
    let restoring = live.dir.path().join("faro.db.restoring");
    assert!(!restoring.exists(), "no work file left behind");
}

#[tokio::test]
async fn a_restore_checks_the_file_and_leaves_the_database_alone_when_refused() {
    let live = Live::new();
    let store = live.open().await;
    fill(&store, KEPT).await;
    let elsewhere = tempfile::tempdir().unwrap();
    let good = elsewhere.path().join("good.db");
    let taken_at = now_unix();
    backup(&store, &good, taken_at).await.unwrap();
    store.close().await;

    // Not a database at all.
    let noise = elsewhere.path().join("noise.db");
    std::fs::write(&noise, vec![0x5a; 8192]).unwrap();
    let error = refused(restore(&live.url, &noise, KEEP_DAYS, now_unix()).await);
    assert!(matches!(error, BackupError::Damaged { .. }), "{error}");
    still_there(&live).await;

    // A SQLite database, but not Faro's.
    let other = elsewhere.path().join("other.db");
    {
        let mut connection = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&other)
            .create_if_missing(true)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE notes (text TEXT)")
            .execute(&mut connection)
            .await
            .unwrap();
        connection.close().await.unwrap();
    }
    let error = refused(restore(&live.url, &other, KEEP_DAYS, now_unix()).await);
    assert!(matches!(error, BackupError::NotABackup(_)), "{error}");
    still_there(&live).await;

    // Faro's, copied by other means: nothing says when, so the erasures since are unknown.
    let copied = elsewhere.path().join("copied.db");
    std::fs::copy(&good, &copied).unwrap();
    edit(
        &copied,
        "DELETE FROM app_meta WHERE key = 'backup_taken_at'",
    )
    .await;
    let error = refused(restore(&live.url, &copied, KEEP_DAYS, now_unix()).await);
    assert!(matches!(error, BackupError::NotABackup(_)), "{error}");
    still_there(&live).await;

    // Made by a newer Faro.
    let newer = elsewhere.path().join("newer.db");
    std::fs::copy(&good, &newer).unwrap();
    edit(
        &newer,
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (999999, 'from the future', 1, x'00', 0)",
    )
    .await;
    let error = refused(restore(&live.url, &newer, KEEP_DAYS, now_unix()).await);
    assert!(
        matches!(error, BackupError::TooNew { found: 999999, .. }),
        "{error}"
    );
    still_there(&live).await;

    // Older than the ledger remembers erasures.
    let later = taken_at + i64::from(KEEP_DAYS) * 86_400 + 60;
    let error = refused(restore(&live.url, &good, KEEP_DAYS, later).await);
    assert!(matches!(error, BackupError::TooOld { .. }), "{error}");
    still_there(&live).await;

    // While a server uses the database.
    let serving = RunningLock::for_serve(&live.url).unwrap();
    let error = refused(restore(&live.url, &good, KEEP_DAYS, now_unix()).await);
    assert!(matches!(error, BackupError::Running(_)), "{error}");
    drop(serving);
    still_there(&live).await;

    // And the good one goes in.
    restore(&live.url, &good, KEEP_DAYS, now_unix())
        .await
        .unwrap();
    still_there(&live).await;
}

async fn edit(file: &Path, sql: &'static str) {
    let mut connection = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .connect()
        .await
        .unwrap();
    sqlx::query(sql).execute(&mut connection).await.unwrap();
    connection.close().await.unwrap();
}

#[tokio::test]
async fn no_server_starts_while_a_restore_runs_and_several_may_share_a_file() {
    let live = Live::new();
    let first = RunningLock::for_serve(&live.url).unwrap();
    let second = RunningLock::for_serve(&live.url).unwrap();
    assert!(first.is_some() && second.is_some());
    drop(first);
    assert!(
        matches!(
            RunningLock::exclusive(&live.file()),
            Err(BackupError::Running(_))
        ),
        "the second server still holds it"
    );
    drop(second);
    // Every server gone: the restore gets it, and a server is refused.
    let _restoring = RunningLock::exclusive(&live.file()).unwrap();
    assert!(matches!(
        RunningLock::for_serve(&live.url),
        Err(BackupError::Restoring(_))
    ));
    assert!(
        RunningLock::for_serve("postgres://h/db").unwrap().is_none(),
        "PostgreSQL needs no lock file"
    );
}

#[tokio::test]
async fn postgres_is_backed_up_with_its_own_tools() {
    let error = refused(restore("postgres://h/db", Path::new("x"), KEEP_DAYS, 0).await);
    assert!(matches!(error, BackupError::Postgres));
    let Some(db) = testing::postgres().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        backup(&db.store, &dir.path().join("x.db"), now_unix()).await,
        Err(BackupError::Postgres)
    ));
}

/// The ledger's logic on both databases: what `pg_restore` (or a file copied by hand) brings
/// back is erased again at the next start, from the mark the backup carries.
async fn replays_at_start_what_a_restore_brought_back(store: &Store) {
    let now = now_unix();
    fill(store, ERASED).await;
    fill(store, KEPT).await;
    crate::erasure::erase_chat(store, ERASED, now)
        .await
        .unwrap();
    let entries = ledger::entries_since(store, 0).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        mentions(store, ERASED).await,
        Vec::<String>::new(),
        "the ledger holds no chat id"
    );
    // As a dump taken an hour before the erasure would put it back.
    fill(store, ERASED).await;
    store
        .meta_get_or_insert(TAKEN_AT, &(now - 3_600).to_string())
        .await
        .unwrap();
    let replayed = replay_after_restore(store).await.unwrap();
    assert_eq!(
        replayed,
        Some(Replayed {
            chats: 1,
            kiosk_subjects: 0
        })
    );
    assert_eq!(mentions(store, ERASED).await, Vec::<String>::new());
    assert!(!mentions(store, KEPT).await.is_empty());
    assert_eq!(replay_after_restore(store).await.unwrap(), None, "once");
    // Erasures are forgotten after backup_retention_days.
    crate::erasure::erase_chat(store, KEPT, now - 40 * 86_400)
        .await
        .unwrap();
    assert_eq!(ledger::purge(store, KEEP_DAYS, now).await.unwrap(), 1);
    assert_eq!(ledger::entries_since(store, 0).await.unwrap(), entries);
}

#[tokio::test]
async fn the_ledger_replays_on_both_databases() {
    for db in testing::databases().await {
        replays_at_start_what_a_restore_brought_back(&db.store).await;
    }
}
