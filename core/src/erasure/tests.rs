use sqlx::AssertSqlSafe;

use super::*;
use crate::dialog::{ChatState, Flow, storage};
use crate::locale::Locale;
use crate::store::Backend;

/// Ids unlikely to occur by chance in any column, so finding one means a row about the chat.
pub(crate) const ERASED: i64 = 7_301_234_567_891;
pub(crate) const KEPT: i64 = 7_309_876_543_219;

pub(crate) async fn fill(store: &Store, chat_id: i64) {
    let state = ChatState {
        locale: Some(Locale::Fa),
        alerts: true,
        country: crate::country::CountryCode::parse("MX").ok(),
        flow: Flow::Menu,
    };
    storage::save(store, chat_id, &state, 1_800_000_000)
        .await
        .unwrap();
    // Features that keep rows about a chat add them here, so the search below covers them.
    let declaration = crate::intake::NewDeclaration {
        subject: crate::intake::Subject::Telegram(chat_id),
        locale: Locale::Fa,
        origin: crate::intake::Origin::Undisclosed,
        share_origin: false,
        languages: vec![crate::intake::LanguageTag::parse("fa").unwrap()],
        shelter_id: Some("demo-shelter".into()),
        city: None,
    };
    store
        .requests()
        .create(&declaration, 90, 1_800_000_000)
        .await
        .unwrap();
    // A kiosk request the person later linked to this chat is theirs too.
    let mut kiosk = declaration.clone();
    kiosk.subject = crate::intake::Subject::new_kiosk();
    let request = store
        .requests()
        .create(&kiosk, 90, 1_800_000_000)
        .await
        .unwrap();
    store
        .requests()
        .link_by_secret(
            &store.requests().new_link_secret(request.id).await.unwrap(),
            chat_id,
        )
        .await
        .unwrap()
        .expect("linked");
    // A WhatsApp person's contact (the chat id is the test's, not one of the phone range, so
    // that the search below finds it).
    sqlx::query(
        "INSERT INTO phone_contacts (chat_id, channel, number_hash, number_sealed, last_inbound_at)
         VALUES ($1, 'whatsapp', $2, 'sealed', 0)",
    )
    .bind(chat_id)
    .bind(format!("hash-{chat_id}"))
    .execute(store.pool())
    .await
    .unwrap();
    // A campaign message queued for the chat.
    sqlx::query(
        "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at, ends_at, created_by, created_at, updated_at)
         VALUES ($1, 'published', '', '', 0, 1, 'admin', 0, 0) ON CONFLICT (slug) DO NOTHING",
    )
    .bind("erasure-test")
    .execute(store.pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO outbox (campaign_id, chat_id, locale, status, attempts, next_attempt_at)
         SELECT id, $1, 'fa', 'queued', 0, 0 FROM campaigns WHERE slug = 'erasure-test'",
    )
    .bind(chat_id)
    .execute(store.pool())
    .await
    .unwrap();
}

/// Every table and column of the database, as the database itself lists them.
async fn columns(store: &Store) -> Vec<(String, String)> {
    let sql = match store.backend() {
        Backend::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        }
        Backend::Postgres => {
            "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns \
             WHERE table_schema = current_schema()"
        }
    };
    sqlx::query_as(sql).fetch_all(store.pool()).await.unwrap()
}

/// Rows anywhere in the database whose value mentions `chat_id` (as a number or inside text
/// such as `tg:<id>`).
pub(crate) async fn mentions(store: &Store, chat_id: i64) -> Vec<String> {
    let mut found = Vec::new();
    for (table, column) in columns(store).await {
        let sql =
            format!("SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $1");
        let count: i64 = sqlx::query_scalar(AssertSqlSafe(sql))
            .bind(format!("%{chat_id}%"))
            .fetch_one(store.pool())
            .await
            .unwrap();
        if count > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

async fn erases_only_that_chat_from_every_table(store: Store) {
    fill(&store, ERASED).await;
    fill(&store, KEPT).await;
    assert!(
        !mentions(&store, ERASED).await.is_empty(),
        "the test data is there"
    );
    let deleted = erase_chat(&store, ERASED, crate::clock::now_unix())
        .await
        .unwrap();
    assert!(deleted >= 1);
    assert_eq!(mentions(&store, ERASED).await, Vec::<String>::new());
    assert!(
        !mentions(&store, KEPT).await.is_empty(),
        "other chats are kept"
    );
    assert!(storage::load(&store, ERASED).await.unwrap().is_none());
    // Erasing again is harmless.
    assert_eq!(
        erase_chat(&store, ERASED, crate::clock::now_unix())
            .await
            .unwrap(),
        0
    );
    erase_chat(&store, KEPT, crate::clock::now_unix())
        .await
        .unwrap();
}

#[tokio::test]
async fn sqlite_erasure_leaves_nothing_about_the_chat() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}/faro.db", dir.path().display()))
        .await
        .unwrap();
    erases_only_that_chat_from_every_table(store).await;
}

/// The bytes that would betray the erased chat in a copy of the files: its declaration's
/// subject as text, its id as text, and its id as SQLite stores a 48-bit integer.
pub(crate) fn traces(chat_id: i64) -> Vec<Vec<u8>> {
    vec![
        format!("tg:{chat_id}").into_bytes(),
        chat_id.to_string().into_bytes(),
        chat_id.to_be_bytes()[2..].to_vec(),
    ]
}

pub(crate) fn files_holding(dir: &std::path::Path, needles: &[Vec<u8>]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap_or_default();
        for needle in needles {
            if bytes
                .windows(needle.len())
                .any(|window| window == needle.as_slice())
            {
                found.push(format!("{} holds {:?}", path.display(), needle));
            }
        }
    }
    found
}

#[tokio::test]
async fn sqlite_erasure_leaves_nothing_in_the_files_either() {
    // Not just the tables: the write-ahead log and the database file's free pages, which a copy
    // of the disk would still show.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&format!("sqlite://{}/faro.db", dir.path().display()))
        .await
        .unwrap();
    fill(&store, ERASED).await;
    fill(&store, KEPT).await;
    assert!(
        !files_holding(dir.path(), &traces(ERASED)).is_empty(),
        "the test data is on disk"
    );
    erase_chat(&store, ERASED, crate::clock::now_unix())
        .await
        .unwrap();
    assert_eq!(
        files_holding(dir.path(), &traces(ERASED)),
        Vec::<String>::new()
    );
    assert!(
        !files_holding(dir.path(), &traces(KEPT)).is_empty(),
        "the other chat is still there"
    );
    store.close().await;
}

/// Runs against PostgreSQL when `FARO_TEST_DATABASE_URL` is set (CI sets it).
#[tokio::test]
async fn postgres_erasure_leaves_nothing_about_the_chat() {
    let Some(db) = crate::store::testing::postgres().await else {
        return;
    };
    erases_only_that_chat_from_every_table(db.store.clone()).await;
}
