//! Browser sessions and API tokens: random 256-bit values given to the client once; only
//! their SHA-256 is stored, so a copy of the database opens no session. API tokens expire
//! (after [`API_TOKEN_DAYS`] unless configured otherwise) and can be revoked.

use sha2::{Digest, Sha256};

use super::user::user_from_row;
use super::{AccountError, User, UserId, audit};
use crate::store::Store;

/// Sessions last a working day at most.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

/// Days an API token lasts unless `api_token_days` says otherwise.
pub const API_TOKEN_DAYS: u32 = 90;

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

    pub(super) fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub user: User,
    /// Forms of this session carry it; a POST without it is refused.
    pub csrf_token: String,
    pub expires_at: i64,
    /// Failed sign-ins on the user's name between their previous sign-in and this one, and
    /// the last of them: what the account page tells them.
    pub failures_before: i64,
    pub last_failure_at: Option<i64>,
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
        self.create_after(user, 0, None, now).await
    }

    /// A session for a sign-in that followed `failures_before` failed attempts on the name.
    pub async fn create_after(
        &self,
        user: UserId,
        failures_before: i64,
        last_failure_at: Option<i64>,
        now: i64,
    ) -> Result<(SessionToken, Session), AccountError> {
        let token = SessionToken::random();
        let csrf = hex::encode(rand::random::<[u8; 24]>());
        sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, failures_before, last_failure_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(token.hash())
            .bind(user)
            .bind(&csrf)
            .bind(now)
            .bind(now + SESSION_SECONDS)
            .bind(failures_before)
            .bind(last_failure_at)
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
            "SELECT u.id, u.name, u.role, u.scope_country, u.scope_shelter, u.disabled, u.language, u.time_zone, s.csrf_token, s.expires_at,
                    s.failures_before, s.last_failure_at
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
            failures_before: row.try_get("failures_before")?,
            last_failure_at: row.try_get("last_failure_at")?,
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

    /// Ends every session of `user` but `keep` (after a password change).
    pub async fn delete_others(
        &self,
        tx: &mut crate::store::Tx,
        user: UserId,
        keep: &SessionToken,
    ) -> Result<u64, AccountError> {
        Ok(
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(user)
                .bind(keep.hash())
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        )
    }

    /// A new API token for `name`, valid for `days` days; shown once, stored hashed. Returns
    /// the token and when it expires.
    pub async fn create_api_token(
        &self,
        name: &str,
        actor: &str,
        days: u32,
        now: i64,
    ) -> Result<(SessionToken, i64), AccountError> {
        let user = self.store.users().by_name(name).await?;
        let token = SessionToken::random();
        let expires_at = now + i64::from(days.max(1)) * 86_400;
        let mut tx = self.store.begin().await?;
        sqlx::query("INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token.hash())
            .bind(user.id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        let detail = format!("{}: {days} days", user.name);
        audit::record(&mut tx, actor, "token.create", &detail, now).await?;
        tx.commit().await?;
        Ok((token, expires_at))
    }

    /// Revokes every API token of `name`; how many there were.
    pub async fn revoke_api_tokens(
        &self,
        name: &str,
        actor: &str,
        now: i64,
    ) -> Result<u64, AccountError> {
        let user = self.store.users().by_name(name).await?;
        let mut tx = self.store.begin().await?;
        let revoked = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let detail = format!("{}: {revoked}", user.name);
        audit::record(&mut tx, actor, "token.revoke", &detail, now).await?;
        tx.commit().await?;
        Ok(revoked)
    }

    /// The user an API token belongs to; `None` when unknown, expired, revoked or the user is
    /// disabled.
    pub async fn user_by_api_token(
        &self,
        token: &SessionToken,
        now: i64,
    ) -> Result<Option<User>, AccountError> {
        let row = sqlx::query(
            "SELECT u.id, u.name, u.role, u.scope_country, u.scope_shelter, u.disabled, u.language, u.time_zone
             FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.disabled = 0",
        )
        .bind(token.hash())
        .bind(now)
        .fetch_optional(self.store.pool())
        .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    /// Deletes expired API tokens.
    pub async fn purge_expired_api_tokens(&self, now: i64) -> Result<u64, AccountError> {
        Ok(sqlx::query("DELETE FROM api_tokens WHERE expires_at <= $1")
            .bind(now)
            .execute(self.store.pool())
            .await?
            .rows_affected())
    }
}
