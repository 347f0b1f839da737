//! The outbox at a regional campaign's size (issue 22), without timing anything: a
//! publication fills one row per subscriber across many statements of one transaction, and the
//! sender's batch reads along the `outbox_queued` index — no sort of the queue, no scan of it —
//! so its cost does not grow with the number queued. Both databases' own planners say so.

use sqlx::Row;

use crate::accounts::{NewUser, Role};
use crate::locale::Locale;
use crate::publishing::Targets;
use crate::publishing::outbox::DUE_SQL;
use crate::store::{Backend, Store, testing};

/// More than two of the fill's chunks, and enough rows that PostgreSQL's planner would rather
/// sort than walk an index if the index did not give the batch's order.
const SUBSCRIBERS: i64 = 2_500;

async fn published(store: &Store) -> i64 {
    let now = crate::clock::now_unix();
    let admin = store
        .users()
        .create(
            &NewUser {
                name: "scale-admin".into(),
                password: "a long enough password for tests".into(),
                role: Role::Admin,
            },
            "test",
            now,
        )
        .await
        .unwrap();
    testing::subscribe_many(store, 1_000, SUBSCRIBERS, Locale::Es, Some("MX"), now)
        .await
        .unwrap();
    let campaign = testing::approved_campaign(
        store,
        &admin,
        "scale",
        Targets::default(),
        &[Locale::En, Locale::Es],
        |locale| (format!("Alert {}", locale.tag()), "Read this.".into()),
    )
    .await
    .unwrap();
    let (_, queued) = testing::publish(store, &admin, campaign.id).await.unwrap();
    assert_eq!(queued, SUBSCRIBERS as u64, "one row per subscriber");
    campaign.id
}

/// The plan's lines, as each database explains a query.
async fn plan(store: &Store, sql: &str, now: i64, limit: i64) -> Vec<String> {
    let explain = match store.backend() {
        Backend::Sqlite => format!("EXPLAIN QUERY PLAN {sql}"),
        Backend::Postgres => format!("EXPLAIN {sql}"),
    };
    let rows = sqlx::query(sqlx::AssertSqlSafe(explain))
        .bind(now)
        .bind(limit)
        .bind("telegram")
        .fetch_all(store.pool())
        .await
        .unwrap();
    rows.iter()
        .map(|row| match store.backend() {
            Backend::Sqlite => row.try_get::<String, _>("detail").unwrap(),
            Backend::Postgres => row.try_get::<String, _>(0).unwrap(),
        })
        .collect()
}

#[tokio::test]
async fn the_batch_reads_along_the_queued_index_on_both_databases() {
    for db in testing::databases().await {
        let store = &db.store;
        published(store).await;
        if store.backend() == Backend::Postgres {
            // As autovacuum would have by the time a queue this size is worked through.
            sqlx::query("ANALYZE").execute(store.pool()).await.unwrap();
        }
        let now = crate::clock::now_unix() + 10;
        let lines = plan(store, DUE_SQL, now, 32).await;
        let text = lines.join("\n");
        assert!(text.contains("outbox_queued"), "{}: {text}", db.name);
        match store.backend() {
            Backend::Sqlite => {
                assert!(!text.contains("TEMP B-TREE"), "no sort: {text}");
                // Campaign and chat are looked up by key for each row read, never scanned.
                for line in &lines {
                    assert!(
                        !line.starts_with("SCAN") || line.contains("outbox_queued"),
                        "{text}"
                    );
                }
            }
            Backend::Postgres => {
                assert!(!text.contains("Sort"), "no sort: {text}");
                assert!(!text.contains("Seq Scan on outbox"), "{text}");
                assert!(text.starts_with("Limit"), "stops after the batch: {text}");
            }
        }
        // And the batch is what the sender wants: oldest first, `limit` of them.
        let due = store.outbox().due(now, 32).await.unwrap();
        assert_eq!(due.len(), 32, "{}", db.name);
        let ids: Vec<i64> = due.iter().map(|item| item.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        assert_eq!(ids, sorted, "{}", db.name);
    }
}

#[tokio::test]
async fn a_batch_changes_only_the_rows_it_read() {
    for db in testing::databases().await {
        let store = &db.store;
        let campaign = published(store).await;
        // Everyone turns alerts off: the old batch marked every queued row at once.
        sqlx::query("UPDATE chat_state SET alerts = 0")
            .execute(store.pool())
            .await
            .unwrap();
        let now = crate::clock::now_unix() + 10;
        assert!(store.outbox().due(now, 16).await.unwrap().is_empty());
        let progress = store.outbox().progress(campaign).await.unwrap();
        assert_eq!(
            (progress.total.queued, progress.total.failed),
            (SUBSCRIBERS - 16, 16),
            "{}: only the 16 rows read were taken out of the queue",
            db.name
        );
        // The next batches go on from there, and the queue empties.
        let mut batches = 1;
        while progress_queued(store, campaign).await > 0 {
            store.outbox().due(now, 500).await.unwrap();
            batches += 1;
            assert!(batches < 100, "{}", db.name);
        }
        assert_eq!(store.outbox().next_due().await.unwrap(), None);
    }
}

async fn progress_queued(store: &Store, campaign: i64) -> i64 {
    store
        .outbox()
        .progress(campaign)
        .await
        .unwrap()
        .total
        .queued
}
