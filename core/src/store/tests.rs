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
