//! A chat's turn across instances: Telegram allows one message a second to a chat, whichever
//! instance sends it. The instance about to send takes the chat's row with one atomic
//! statement (`INSERT … ON CONFLICT DO UPDATE … WHERE` the row is free), holds it while the
//! message waits and goes, and gives it back free one second after Telegram answered. Measured
//! from the answer, not from the request, the second holds however late the request arrived.

use crate::store::{Store, StoreError};

use super::split::{CHAT_MARGIN_MS, HOLD_MS};

/// Rows free for this long are swept (the chat's next message simply inserts a new one).
const SWEEP_AFTER_MS: i64 = 60_000;

/// The answer to asking for a chat's turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Turn {
    /// This instance holds it: send, then [`ChatTurns::give_back`].
    Taken,
    /// Another message to the chat is being sent, or was less than a second ago: ask again
    /// after at most this many milliseconds.
    Busy { wait_ms: i64 },
}

pub struct ChatTurns<'a> {
    store: &'a Store,
}

impl Store {
    pub fn chat_turns(&self) -> ChatTurns<'_> {
        ChatTurns { store: self }
    }
}

impl ChatTurns<'_> {
    /// Takes the chat's turn for `holder` if it is free.
    pub async fn take(&self, chat: i64, holder: &str) -> Result<Turn, StoreError> {
        let now = super::now_ms(self.store.backend());
        let taken = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO chat_turns (chat_id, holder, free_at_ms) VALUES ($1, $2, {now} + $3)
             ON CONFLICT (chat_id) DO UPDATE SET holder = excluded.holder, free_at_ms = excluded.free_at_ms
             WHERE chat_turns.free_at_ms <= {now}"
        )))
        .bind(chat)
        .bind(holder)
        .bind(HOLD_MS)
        .execute(self.store.pool())
        .await?
        .rows_affected();
        if taken == 1 {
            return Ok(Turn::Taken);
        }
        let wait: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT free_at_ms - {now} FROM chat_turns WHERE chat_id = $1"
        )))
        .bind(chat)
        .fetch_optional(self.store.pool())
        .await?;
        // Gone meanwhile (swept, erased): free now.
        Ok(Turn::Busy {
            wait_ms: wait.unwrap_or(0).max(0),
        })
    }

    /// Telegram has answered `holder`'s message: the chat is free again `interval_ms` (its
    /// one second) from now.
    pub async fn give_back(
        &self,
        chat: i64,
        holder: &str,
        interval_ms: i64,
    ) -> Result<(), StoreError> {
        let now = super::now_ms(self.store.backend());
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE chat_turns SET free_at_ms = {now} + $1 WHERE chat_id = $2 AND holder = $3"
        )))
        .bind(interval_ms + CHAT_MARGIN_MS)
        .bind(chat)
        .bind(holder)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Deletes the rows of chats free for a minute; how many.
    pub async fn sweep(&self) -> Result<u64, StoreError> {
        let now = super::now_ms(self.store.backend());
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM chat_turns WHERE free_at_ms < {now} - $1"
        )))
        .bind(SWEEP_AFTER_MS)
        .execute(self.store.pool())
        .await?;
        Ok(done.rows_affected())
    }
}
