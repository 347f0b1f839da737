//! The `chat_state` table: one row per chat, the same queries on SQLite and PostgreSQL.

use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::{Store, StoreError};

use super::state::{ChatState, Flow};

/// The chat's state, or `None` for a chat never seen (or erased). Values a newer or older
/// version wrote that this one cannot read are dropped rather than refused: the person sees
/// the menu again instead of an error.
pub async fn load(store: &Store, chat_id: i64) -> Result<Option<ChatState>, StoreError> {
    Ok(load_seen(store, chat_id).await?.map(|(state, _)| state))
}

/// A `chat_state` row: locale, flow, alerts, country, last interaction.
type StateRow = (Option<String>, String, i64, Option<String>, i64);

/// The chat's state and when it was last saved or [`touch`]ed: its last interaction, to within
/// [`TOUCH_AFTER_SECONDS`].
pub async fn load_seen(
    store: &Store,
    chat_id: i64,
) -> Result<Option<(ChatState, i64)>, StoreError> {
    let row: Option<StateRow> = sqlx::query_as(
        "SELECT locale, state, alerts, country, updated_at FROM chat_state WHERE chat_id = $1",
    )
    .bind(chat_id)
    .fetch_optional(store.pool())
    .await?;
    let Some((locale, flow, alerts, country, seen_at)) = row else {
        return Ok(None);
    };
    let flow = serde_json::from_str::<Flow>(&flow).unwrap_or_else(|error| {
        tracing::warn!(%error, "stored conversation state unreadable; starting from the menu");
        Flow::Idle
    });
    let state = ChatState {
        locale: locale.and_then(|tag| tag.parse::<Locale>().ok()),
        alerts: alerts != 0,
        country: country.and_then(|code| CountryCode::parse(&code).ok()),
        flow,
    };
    Ok(Some((state, seen_at)))
}

/// How stale `updated_at` may grow while a chat keeps talking without changing its state:
/// idle chats are judged in days (`retention_days`), so one write a day per chat is enough.
pub const TOUCH_AFTER_SECONDS: i64 = 86_400;

/// Marks an interaction that left the state as it was, so the chat does not count as idle.
pub async fn touch(store: &Store, chat_id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE chat_state SET updated_at = $1 WHERE chat_id = $2")
        .bind(now)
        .bind(chat_id)
        .execute(store.pool())
        .await?;
    Ok(())
}

pub async fn save(
    store: &Store,
    chat_id: i64,
    state: &ChatState,
    now: i64,
) -> Result<(), StoreError> {
    let flow = serde_json::to_string(&state.flow)
        .map_err(|error| StoreError::Corrupt(format!("conversation state: {error}")))?;
    sqlx::query(
        "INSERT INTO chat_state (chat_id, locale, state, alerts, country, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (chat_id) DO UPDATE SET locale = excluded.locale, state = excluded.state, \
         alerts = excluded.alerts, country = excluded.country, updated_at = excluded.updated_at",
    )
    .bind(chat_id)
    .bind(state.locale.map(|locale| locale.tag().to_owned()))
    .bind(flow)
    .bind(i64::from(state.alerts))
    .bind(state.country.map(|country| country.to_string()))
    .bind(now)
    .bind(now)
    .execute(store.pool())
    .await?;
    Ok(())
}
