//! The chats Faro talks with (the `chat_state` table): each chat's conversation state, its
//! language, and whether it asked for alerts and for which country. The dialog keeps the state;
//! publishing reads the subscribers from here, never from the table itself.

use sqlx::Row;

use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::{StoreError, Tx};

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
