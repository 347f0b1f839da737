//! Fresh databases for tests: a temporary SQLite file always, and a new PostgreSQL database
//! when `FARO_TEST_DATABASE_URL` is set (scripts/test sets it; with
//! `FARO_TEST_REQUIRE_POSTGRES` set, a missing URL is an error rather than a skip).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support: a test database that cannot be made fails the test that asked"
)]

use std::str::FromStr;

use sqlx::any::AnyConnectOptions;
use sqlx::{ConnectOptions, Connection, Executor};

use super::Store;

/// A database that lives as long as this value (the SQLite file's folder, or the PostgreSQL
/// database, which is dropped on a best-effort basis when the test ends).
pub struct TestDatabase {
    pub name: &'static str,
    pub store: Store,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    /// For PostgreSQL: the server URL to drop the database through, and its name.
    drop_via: Option<(String, String)>,
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some((base, name)) = self.drop_via.take() else {
            return;
        };
        // Drop cannot be async; a short-lived thread with its own runtime does the cleanup.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                let Ok(options) = AnyConnectOptions::from_str(&base) else {
                    return;
                };
                if let Ok(mut admin) = options.connect().await {
                    let _ = admin
                        .execute(sqlx::AssertSqlSafe(format!(
                            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                        )))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

/// One SQLite database, and one PostgreSQL database when configured.
pub async fn databases() -> Vec<TestDatabase> {
    let mut all = vec![sqlite().await];
    if let Some(postgres) = postgres().await {
        all.push(postgres);
    }
    all
}

pub async fn sqlite() -> TestDatabase {
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}/faro.db", dir.path().display());
    let store = Store::connect(&url).await.expect("SQLite test database");
    TestDatabase {
        name: "sqlite",
        store,
        url,
        _dir: Some(dir),
        drop_via: None,
    }
}

pub async fn postgres() -> Option<TestDatabase> {
    sqlx::any::install_default_drivers();
    let Ok(base) = std::env::var("FARO_TEST_DATABASE_URL") else {
        assert!(
            std::env::var_os("FARO_TEST_REQUIRE_POSTGRES").is_none(),
            "FARO_TEST_REQUIRE_POSTGRES is set but FARO_TEST_DATABASE_URL is not"
        );
        return None;
    };
    let name = format!("faro_test_{}", hex::encode(rand::random::<[u8; 6]>()));
    let options = AnyConnectOptions::from_str(&base).expect("FARO_TEST_DATABASE_URL parses");
    let mut admin = options
        .connect()
        .await
        .expect("connect to FARO_TEST_DATABASE_URL");
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("create test database");
    admin.close().await.ok();
    let url = replace_database(&base, &name);
    let store = Store::connect(&url)
        .await
        .expect("PostgreSQL test database");
    Some(TestDatabase {
        name: "postgres",
        store,
        url,
        _dir: None,
        drop_via: Some((base, name)),
    })
}

/// `postgres://u@h:5432/test?x` with the database name replaced.
fn replace_database(url: &str, database: &str) -> String {
    let (without_query, query) = url
        .split_once('?')
        .map_or((url, None), |(a, b)| (a, Some(b)));
    let scheme_end = without_query.find("://").map_or(0, |i| i + 3);
    let base = match without_query[scheme_end..].find('/') {
        Some(slash) => &without_query[..scheme_end + slash],
        None => without_query,
    };
    match query {
        Some(query) => format!("{base}/{database}?{query}"),
        None => format!("{base}/{database}"),
    }
}

/// Every table of the schema (migrations' bookkeeping left out), for tests that must look
/// everywhere, such as erasure.
pub async fn all_tables(store: &Store) -> Vec<String> {
    let sql = match store.backend() {
        super::Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name"
        }
        super::Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' ORDER BY table_name"
        }
    };
    sqlx::query_scalar(sql)
        .fetch_all(store.pool())
        .await
        .expect("list tables")
}

/// The tables with a row holding `number` in an integer column or `text` inside a text column.
pub async fn tables_mentioning(store: &Store, number: i64, text: &str) -> Vec<String> {
    use sqlx::{Column, Row, ValueRef};
    let mut found = Vec::new();
    for table in all_tables(store).await {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(store.pool())
            .await
            .expect("read table");
        let mentions = rows.iter().any(|row| {
            row.columns().iter().any(|column| {
                let index = column.ordinal();
                if row
                    .try_get_raw(index)
                    .map(|value| value.is_null())
                    .unwrap_or(true)
                {
                    return false;
                }
                row.try_get::<i64, _>(index)
                    .is_ok_and(|value| value == number)
                    || row
                        .try_get::<String, _>(index)
                        .is_ok_and(|value| value.contains(text))
            })
        });
        if mentions {
            found.push(table);
        }
    }
    found
}

/// Subscribes chats `first..first + count` to alerts in `locale` (and `country`, when given)
/// with one statement, as the broadcast benchmarks and scale tests need 100,000 of them:
/// saving them one by one through the dialog's storage would take minutes.
pub async fn subscribe_many(
    store: &Store,
    first: i64,
    count: i64,
    locale: crate::locale::Locale,
    country: Option<&str>,
    now: i64,
) -> Result<u64, super::StoreError> {
    // `WHERE true`: SQLite's grammar needs it between a SELECT and an upsert's ON CONFLICT.
    let flow = serde_json::to_string(&crate::dialog::Flow::Menu)
        .map_err(|error| super::StoreError::Corrupt(error.to_string()))?;
    let done = sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $2)
         INSERT INTO chat_state (chat_id, locale, state, alerts, country, created_at, updated_at)
         SELECT $1 + i, $3, $4, 1, $5, $6, $6 FROM n WHERE true
         ON CONFLICT (chat_id) DO UPDATE SET alerts = 1, locale = excluded.locale, country = excluded.country",
    )
    .bind(first)
    .bind(count)
    .bind(locale.tag())
    .bind(flow)
    .bind(country)
    .bind(now)
    .execute(store.pool())
    .await?;
    Ok(done.rows_affected())
}

/// Publishing on a test database as an instance with `require_second_approver` set; the
/// broadcast sender's doorbell rings nobody.
pub fn publishing(store: &Store) -> crate::publishing::Publishing<'_> {
    crate::publishing::Publishing::new(store, &UNHEARD, true)
}

/// Publishing where one account may take every step (`require_second_approver = false`), as
/// the broadcast tests and benchmarks run it.
pub fn publishing_alone(store: &Store) -> crate::publishing::Publishing<'_> {
    crate::publishing::Publishing::new(store, &UNHEARD, false)
}

static UNHEARD: std::sync::LazyLock<crate::signal::Signal> =
    std::sync::LazyLock::new(crate::signal::Signal::default);

/// The campaign every broadcast test starts from: created with `targets` and a window around
/// now, a text per locale from `text_of`, then submitted and approved by `user` alone. Returns
/// the approved campaign; publish it with [`publish`].
pub async fn approved_campaign(
    store: &Store,
    user: &crate::accounts::User,
    slug: &str,
    targets: crate::publishing::Targets,
    locales: &[crate::locale::Locale],
    text_of: impl Fn(crate::locale::Locale) -> (String, String),
) -> Result<crate::publishing::Campaign, crate::publishing::PublishError> {
    use crate::publishing::{CampaignSlug, NewCampaign, Step, TextInput};
    let now = crate::clock::now_unix();
    let publishing = publishing_alone(store);
    let new = NewCampaign {
        slug: CampaignSlug::parse(slug)?,
        targets,
        starts_at: now - 60,
        ends_at: now + 86_400,
    };
    let campaign = publishing.create(user, &new, now).await?;
    for locale in locales {
        let (title, body) = text_of(*locale);
        let text = TextInput {
            title,
            body,
            translation: "original".into(),
        };
        publishing
            .set_text(user, campaign.id, *locale, &text, now)
            .await?;
    }
    publishing
        .take_step(user, campaign.id, Step::Submit, now)
        .await?;
    let (approved, _) = publishing
        .take_step(user, campaign.id, Step::Approve, now)
        .await?;
    Ok(approved)
}

/// Publishes an approved campaign as `user`; the campaign and how many messages were queued.
pub async fn publish(
    store: &Store,
    user: &crate::accounts::User,
    campaign: i64,
) -> Result<(crate::publishing::Campaign, u64), crate::publishing::PublishError> {
    let (published, queued) = publishing_alone(store)
        .take_step(
            user,
            campaign,
            crate::publishing::Step::Publish,
            crate::clock::now_unix(),
        )
        .await?;
    Ok((published, queued.unwrap_or(0)))
}

/// Submits as `user`, the way the pages and the API do (through `take_step`).
pub async fn submit(
    store: &Store,
    user: &crate::accounts::User,
    id: i64,
    now: i64,
) -> Result<crate::publishing::Campaign, crate::publishing::PublishError> {
    step(store, user, id, crate::publishing::Step::Submit, true, now).await
}

/// Returns a submitted campaign to draft as `user`.
pub async fn return_to_draft(
    store: &Store,
    user: &crate::accounts::User,
    id: i64,
    now: i64,
) -> Result<crate::publishing::Campaign, crate::publishing::PublishError> {
    step(store, user, id, crate::publishing::Step::Return, true, now).await
}

/// Approves as `user`; `second_person` is the instance's `require_second_approver`.
pub async fn approve(
    store: &Store,
    user: &crate::accounts::User,
    id: i64,
    second_person: bool,
    now: i64,
) -> Result<crate::publishing::Campaign, crate::publishing::PublishError> {
    step(
        store,
        user,
        id,
        crate::publishing::Step::Approve,
        second_person,
        now,
    )
    .await
}

/// Publishes as `user` at `now`; the campaign and how many messages were queued.
pub async fn publish_at(
    store: &Store,
    user: &crate::accounts::User,
    id: i64,
    now: i64,
) -> Result<(crate::publishing::Campaign, u64), crate::publishing::PublishError> {
    let (campaign, queued) = publishing(store)
        .take_step(user, id, crate::publishing::Step::Publish, now)
        .await?;
    Ok((campaign, queued.unwrap_or(0)))
}

async fn step(
    store: &Store,
    user: &crate::accounts::User,
    id: i64,
    step: crate::publishing::Step,
    second_person: bool,
    now: i64,
) -> Result<crate::publishing::Campaign, crate::publishing::PublishError> {
    let publishing = crate::publishing::Publishing::new(store, &UNHEARD, second_person);
    Ok(publishing.take_step(user, id, step, now).await?.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_name_is_replaced() {
        assert_eq!(
            super::replace_database("postgres://u:p@h:5432/test", "x"),
            "postgres://u:p@h:5432/x"
        );
        assert_eq!(
            super::replace_database("postgres://h/test?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(
            super::replace_database("postgres://h", "x"),
            "postgres://h/x"
        );
    }
}
