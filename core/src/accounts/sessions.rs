//! Browser sessions and API tokens: random 256-bit values given to the client once; only
//! their SHA-256 is stored, so a copy of the database opens no session.

use sha2::{Digest, Sha256};

use super::users::user_from_row;
use super::{AccountError, User, UserId, audit};
use crate::store::Store;

/// Sessions last a working day at most.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

/// The secret value held by the browser (cookie) or API client.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken(pub String);

impl std::fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionToken([redacted])")
    }
}

impl SessionToken {
    /// 256 random bits in hex; also what the web pages use for other unguessable values.
    pub fn random() -> Self {
        SessionToken(hex::encode(rand::random::<[u8; 32]>()))
    }

    fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    /// Forms of this session carry it; a POST without it is refused.
    pub csrf_token: String,
    pub expires_at: i64,
}

/// Sessions and API tokens.
pub struct Sessions<'a> {
    store: &'a Store,
}

impl Store {
    pub fn sessions(&self) -> Sessions<'_> {
        Sessions { store: self }
    }
}

impl Sessions<'_> {
    pub async fn create(
        &self,
        user: UserId,
        now: i64,
    ) -> Result<(SessionToken, Session), AccountError> {
        let token = SessionToken::random();
        let csrf = hex::encode(rand::random::<[u8; 24]>());
        sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token.hash())
            .bind(user)
            .bind(&csrf)
            .bind(now)
            .bind(now + SESSION_SECONDS)
            .execute(self.store.pool())
            .await?;
        let session = self
            .get(&token, now)
            .await?
            .ok_or(AccountError::NoSuchUser)?;
        Ok((token, session))
    }

    /// The live session for a cookie value; `None` when unknown, expired or the user is disabled.
    pub async fn get(
        &self,
        token: &SessionToken,
        now: i64,
    ) -> Result<Option<Session>, AccountError> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.role, u.scope_country, u.scope_shelter, u.disabled, s.csrf_token, s.expires_at
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0",
        )
        .bind(token.hash())
        .bind(now)
        .fetch_optional(self.store.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        use sqlx::Row;
        Ok(Some(Session {
            user: user_from_row(&row)?,
            csrf_token: row.try_get("csrf_token")?,
            expires_at: row.try_get("expires_at")?,
        }))
    }

    pub async fn delete(&self, token: &SessionToken) -> Result<(), AccountError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token.hash())
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    pub async fn purge_expired(&self, now: i64) -> Result<u64, AccountError> {
        Ok(sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(self.store.pool())
            .await?
            .rows_affected())
    }

    /// A new API token for `name`; shown once, stored hashed.
    pub async fn create_api_token(
        &self,
        name: &str,
        actor: &str,
        now: i64,
    ) -> Result<SessionToken, AccountError> {
        let user = self.store.users().by_name(name).await?;
        let token = SessionToken::random();
        let mut tx = self.store.begin().await?;
        sqlx::query("INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES ($1, $2, $3)")
            .bind(token.hash())
            .bind(user.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        audit::record(&mut tx, actor, "token.create", &user.name, now).await?;
        tx.commit().await?;
        Ok(token)
    }

    pub async fn user_by_api_token(
        &self,
        token: &SessionToken,
    ) -> Result<Option<User>, AccountError> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.role, u.scope_country, u.scope_shelter, u.disabled
             FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.disabled = 0",
        )
        .bind(token.hash())
        .fetch_optional(self.store.pool())
        .await?;
        row.as_ref().map(user_from_row).transpose()
    }
}
