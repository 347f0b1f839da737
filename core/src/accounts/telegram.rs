//! Staff linking their Telegram to their account, as interpreters do: the staff page makes a
//! one-time code (only its hash is kept), and `/start <code>` in the bot links the chat that
//! sent it. A linked staff member can join a conversation of their shelter's requests from
//! Telegram (`/join REFERENCE`, `crate::relay`), so that the person, the interpreter and
//! they talk in one thread.

use sha2::{Digest, Sha256};

use super::AccountError;
use super::user::{SELECT_USER, User, UserId, user_from_row};
use super::users::Users;

fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(code.trim().to_ascii_lowercase().as_bytes()))
}

impl Users<'_> {
    /// A fresh one-time code for `user`, replacing any earlier one.
    pub async fn new_telegram_code(&self, user: UserId) -> Result<String, AccountError> {
        let code = hex::encode(rand::random::<[u8; 10]>());
        sqlx::query("UPDATE users SET telegram_link_code_hash = $1 WHERE id = $2")
            .bind(hash(&code))
            .bind(user)
            .execute(self.store().pool())
            .await?;
        Ok(code)
    }

    /// Links the chat that sent `code` to its account; the code then no longer works. `None`
    /// for an unknown or used code, a disabled account, or a chat another account has.
    pub async fn link_telegram(&self, code: &str, chat: i64) -> Result<Option<User>, AccountError> {
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM users WHERE telegram_chat_id = $1")
                .bind(chat)
                .fetch_optional(self.store().pool())
                .await?;
        if taken.is_some() {
            return Ok(None);
        }
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE users SET telegram_chat_id = $1, telegram_link_code_hash = NULL
             WHERE telegram_link_code_hash = $2 AND disabled = 0 RETURNING id",
        )
        .bind(chat)
        .bind(hash(code))
        .fetch_optional(self.store().pool())
        .await?;
        match id {
            Some(id) => self
                .by_telegram(chat)
                .await
                .map(|user| user.filter(|u| u.id == id)),
            None => Ok(None),
        }
    }

    /// The enabled account whose Telegram is `chat`, if any.
    pub async fn by_telegram(&self, chat: i64) -> Result<Option<User>, AccountError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{SELECT_USER} WHERE telegram_chat_id = $1 AND disabled = 0"
        )))
        .bind(chat)
        .fetch_optional(self.store().pool())
        .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    /// Whether `user` has linked a Telegram chat.
    pub async fn has_telegram(&self, user: UserId) -> Result<bool, AccountError> {
        let chat: Option<Option<i64>> =
            sqlx::query_scalar("SELECT telegram_chat_id FROM users WHERE id = $1")
                .bind(user)
                .fetch_optional(self.store().pool())
                .await?;
        Ok(chat.flatten().is_some())
    }
}
