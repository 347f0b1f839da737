//! Signing in: a name and a password checked against the stored argon2id hash, with failed
//! attempts throttled per name. The throttle is a pure rule ([`lockout`]); the tables only
//! count.

use sqlx::Row;

use super::users::{SELECT_USER, user_from_row};
use super::{AccountError, User, audit, password};
use crate::store::Store;

/// Failed sign-ins allowed per name within the window before the name is locked out.
pub const MAX_FAILURES: i64 = 5;
pub const FAILURE_WINDOW_SECONDS: i64 = 15 * 60;

/// How long a name stays locked, given its failures within the window and the oldest of them;
/// `None` when it may try now.
pub fn lockout(failures_in_window: i64, oldest_failure: i64, now: i64) -> Option<i64> {
    (failures_in_window >= MAX_FAILURES)
        .then(|| (oldest_failure + FAILURE_WINDOW_SECONDS - now).max(1))
}

/// Checks a name and password, with at most [`MAX_FAILURES`] failures per name in
/// [`FAILURE_WINDOW_SECONDS`]. Every attempt, good or bad, is audited (without the password).
pub async fn authenticate(
    store: &Store,
    name: &str,
    password: &str,
    now: i64,
) -> Result<User, AccountError> {
    let name = name.trim().to_ascii_lowercase();
    let since = now - FAILURE_WINDOW_SECONDS;
    let row = sqlx::query(
        "SELECT COUNT(*) AS failures, MIN(at) AS oldest FROM login_failures WHERE name = $1 AND at > $2",
    )
    .bind(&name)
    .bind(since)
    .fetch_one(store.pool())
    .await?;
    let failures: i64 = row.try_get("failures")?;
    let oldest: Option<i64> = row.try_get("oldest")?;
    if let Some(retry_after_seconds) = lockout(failures, oldest.unwrap_or(now), now) {
        store
            .audit_log()
            .record(&name, "signin.locked", "too many failures", now)
            .await?;
        return Err(AccountError::TooManyAttempts {
            retry_after_seconds,
        });
    }
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT_USER} WHERE name = $1"
    )))
    .bind(&name)
    .fetch_optional(store.pool())
    .await?;
    let stored = match &row {
        Some(row) => row.try_get::<String, _>("password_hash")?,
        None => password::dummy_hash().to_owned(),
    };
    let password_ok = password::verify(password, &stored);
    let user = row.as_ref().map(user_from_row).transpose()?;
    let mut tx = store.begin().await?;
    let outcome = match user {
        Some(user) if password_ok && !user.disabled => {
            sqlx::query("DELETE FROM login_failures WHERE name = $1")
                .bind(&name)
                .execute(&mut *tx)
                .await?;
            audit::record(&mut tx, &name, "signin.ok", &user.role.to_string(), now).await?;
            Ok(user)
        }
        _ => {
            sqlx::query("INSERT INTO login_failures (name, at) VALUES ($1, $2)")
                .bind(&name)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            audit::record(&mut tx, &name, "signin.failed", "", now).await?;
            Err(AccountError::WrongCredentials)
        }
    };
    tx.commit().await?;
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_locked_after_five_failures_until_the_oldest_leaves_the_window() {
        let now = 10_000;
        assert_eq!(lockout(4, now - 10, now), None);
        assert_eq!(
            lockout(5, now - 100, now),
            Some(FAILURE_WINDOW_SECONDS - 100)
        );
        assert_eq!(
            lockout(9, now - FAILURE_WINDOW_SECONDS, now),
            Some(1),
            "never zero: the caller says when to come back"
        );
    }
}
