use super::*;

#[tokio::test]
async fn sqlite_file_and_folder_are_created_on_first_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/data/faro.db");
    let url = format!("sqlite://{}", path.display());
    let store = Store::connect(&url).await.unwrap();
    assert!(path.exists());
    assert_eq!(store.backend(), Backend::Sqlite);
    store.ping().await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    // A second start on the same file migrates nothing and keeps the data.
    store.meta_get_or_insert("k", "v1").await.unwrap();
    store.close().await;
    let again = Store::connect(&url).await.unwrap();
    assert_eq!(again.meta_get_or_insert("k", "v2").await.unwrap(), "v1");
}

#[tokio::test]
async fn unsupported_urls_are_refused() {
    assert!(matches!(
        Store::connect("mysql://x").await,
        Err(StoreError::UnsupportedUrl(_))
    ));
}

#[test]
fn sqlite_urls_gain_create_mode() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/x.db", dir.path().display());
    assert!(sqlite_url(&url).unwrap().ends_with("x.db?mode=rwc"));
    assert_eq!(
        sqlite_url("sqlite::memory:").unwrap(),
        "sqlite://:memory:?mode=rwc"
    );
}

/// Runs against PostgreSQL when `FARO_TEST_DATABASE_URL` is set (CI sets it).
#[tokio::test]
async fn postgres_migrates_and_answers() {
    // A fresh database of its own (testing::postgres skips or fails as configured), so that a
    // branch with other migrations never meets this one's in a shared database.
    let Some(db) = super::testing::postgres().await else {
        return;
    };
    let store = Store::connect(&db.url).await.unwrap();
    assert_eq!(store.backend(), Backend::Postgres);
    store.ping().await.unwrap();
    let value = store.meta_get_or_insert("test-key", "x").await.unwrap();
    assert!(!value.is_empty());
}

/// A database made by the December 2026 binary (`tests/fixtures/README.md` says how) upgrades
/// with every later migration and keeps its data: what an upgrade in place does at start.
#[tokio::test]
async fn a_database_made_by_the_2026_12_version_upgrades_and_keeps_its_data() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/faro-2026-12.db");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("faro.db");
    std::fs::copy(&fixture, &copy).unwrap();
    let store = Store::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    let applied: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(applied, latest_migration(Backend::Sqlite));
    assert!(applied > 16, "the fixture predates the newer migrations");
    let users: Vec<(String, String)> = sqlx::query_as("SELECT name, role FROM users ORDER BY name")
        .fetch_all(store.pool())
        .await
        .unwrap();
    assert_eq!(
        users,
        [
            ("ana".to_owned(), "admin".to_owned()),
            ("luis".to_owned(), "publisher".to_owned())
        ]
    );
    let interpreter: String = sqlx::query_scalar("SELECT display_name FROM interpreters")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(interpreter, "Marie Joseph");
    let campaign: String = sqlx::query_scalar("SELECT slug FROM campaigns")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(campaign, "smuggling-deadly-business");
    assert!(store.meta_get("sign_in_key").await.unwrap().is_some());
    // The tables the newer migrations made are there and work.
    crate::erasure::erase_chat(&store, 42, 1_800_000_000)
        .await
        .unwrap();
    let ledger: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM erasure_ledger")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(ledger, 1);
}

#[test]
fn sqlite_paths_come_from_database_urls() {
    assert_eq!(
        sqlite_path("sqlite:///var/lib/faro/faro.db?mode=rwc"),
        Some("/var/lib/faro/faro.db".into())
    );
    assert_eq!(
        sqlite_path("sqlite://data/faro.db"),
        Some("data/faro.db".into())
    );
    assert_eq!(sqlite_path("sqlite::memory:"), None);
    assert_eq!(sqlite_path("postgres://h/db"), None);
}
