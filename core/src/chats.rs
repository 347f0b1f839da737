//! The chats Faro talks with (the `chat_state` table): each chat's conversation state, its
//! language, and whether it asked for alerts and for which country. The dialog keeps the state;
//! publishing reads the subscribers from here, never from the table itself.

use sqlx::Row;

use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::{Store, StoreError, Tx};

/// A chat that asked for alerts: where a campaign goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscriber {
    pub chat_id: i64,
    /// The chat's language, English when it never chose one.
    pub locale: Locale,
    /// The country it chose for alerts; `None` hears about every country.
    pub country: Option<CountryCode>,
}

/// Every subscriber, by chat id, read inside `tx` (a publication fills the outbox from the
/// subscribers as they are at that moment).
pub(crate) async fn subscribers(tx: &mut Tx) -> Result<Vec<Subscriber>, StoreError> {
    let rows = sqlx::query(
        "SELECT chat_id, locale, country FROM chat_state WHERE alerts = 1 ORDER BY chat_id",
    )
    .fetch_all(&mut **tx)
    .await?;
    let mut subscribers = Vec::with_capacity(rows.len());
    for row in rows {
        let locale: Option<String> = row.try_get("locale")?;
        let country: Option<String> = row.try_get("country")?;
        subscribers.push(Subscriber {
            chat_id: row.try_get("chat_id")?,
            locale: locale
                .and_then(|tag| tag.parse::<Locale>().ok())
                .unwrap_or(Locale::SOURCE),
            country: country.and_then(|code| CountryCode::parse(&code).ok()),
        });
    }
    Ok(subscribers)
}

/// Stops alerts to a chat (it blocked the bot), inside `tx`.
pub(crate) async fn unsubscribe(tx: &mut Tx, chat_id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE chat_state SET alerts = 0 WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Deletes the state of chats that asked for no alerts and have not talked with the bot for
/// `idle_days` (their last interaction is `updated_at`, see `dialog::storage::touch`); returns
/// how many. A subscriber's state stays: it is what their alerts are sent by.
pub async fn purge_idle(store: &Store, idle_days: u32, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM chat_state WHERE alerts = 0 AND updated_at < $1")
        .bind(now - i64::from(idle_days) * 86_400)
        .execute(store.pool())
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialog::{ChatState, Flow, storage};
    use crate::store::testing;

    const NOW: i64 = 1_800_000_000;
    const DAY: i64 = 86_400;

    async fn chat(store: &Store, chat_id: i64, alerts: bool, last_seen: i64) {
        let state = ChatState {
            locale: Some(Locale::Es),
            alerts,
            country: None,
            flow: Flow::Menu,
        };
        storage::save(store, chat_id, &state, last_seen)
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn idle_chats_go_and_recent_or_subscribed_ones_stay_on_both_databases() {
        for db in testing::databases().await {
            let store = &db.store;
            chat(store, 1, false, NOW - 91 * DAY).await; // idle
            chat(store, 2, false, NOW - 89 * DAY).await; // recent
            chat(store, 3, true, NOW - 400 * DAY).await; // subscribed, however quiet
            assert_eq!(purge_idle(store, 90, NOW).await.unwrap(), 1, "{}", db.name);
            assert!(storage::load(store, 1).await.unwrap().is_none());
            assert!(storage::load(store, 2).await.unwrap().is_some());
            assert!(storage::load(store, 3).await.unwrap().is_some());
        }
    }
}
