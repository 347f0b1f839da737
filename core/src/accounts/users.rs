use sqlx::Row;
use sqlx::any::AnyRow;

use super::{AccountError, Role, password};
use crate::country::CountryCode;
use crate::store::Store;

pub type UserId = i64;

/// Failed sign-ins allowed per name within the window before the name is locked out.
const MAX_FAILURES: i64 = 5;
const FAILURE_WINDOW_SECONDS: i64 = 15 * 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub name: String,
    pub role: Role,
    pub disabled: bool,
}

#[derive(Clone, Debug)]
pub struct NewUser {
    pub name: String,
    pub password: String,
    pub role: Role,
}

fn valid_name(name: &str) -> bool {
    (3..=40).contains(&name.len())
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

fn role_columns(role: &Role) -> (&'static str, Option<String>, Option<String>) {
    match role {
        Role::Admin => ("admin", None, None),
        Role::Publisher { country } => ("publisher", country.map(|c| c.to_string()), None),
        Role::Staff { shelter } => ("staff", None, Some(shelter.clone())),
    }
}

pub(super) fn user_from_row(row: &AnyRow) -> Result<User, AccountError> {
    let role: String = row.try_get("role")?;
    let country: Option<String> = row.try_get("scope_country")?;
    let shelter: Option<String> = row.try_get("scope_shelter")?;
    let role = match role.as_str() {
        "admin" => Role::Admin,
        "publisher" => Role::Publisher {
            country: country.and_then(|c| CountryCode::parse(&c).ok()),
        },
        // A staff row without a shelter sees nothing rather than everything.
        _ => Role::Staff {
            shelter: shelter.unwrap_or_default(),
        },
    };
    Ok(User {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        role,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
    })
}

const SELECT_USER: &str =
    "SELECT id, name, role, scope_country, scope_shelter, disabled, password_hash FROM users";

impl Store {
    pub async fn create_user(
        &self,
        new: &NewUser,
        actor: &str,
        now: i64,
    ) -> Result<User, AccountError> {
        let name = new.name.trim().to_ascii_lowercase();
        if !valid_name(&name) {
            return Err(AccountError::BadName);
        }
        let hash = password::hash(&new.password)?;
        let (role, country, shelter) = role_columns(&new.role);
        let inserted = sqlx::query(
            "INSERT INTO users (name, password_hash, role, scope_country, scope_shelter, disabled, created_at)
             VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id",
        )
        .bind(&name)
        .bind(hash)
        .bind(role)
        .bind(country)
        .bind(shelter)
        .bind(now)
        .fetch_one(self.pool())
        .await;
        match inserted {
            Ok(_) => {}
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                return Err(AccountError::NameTaken(name));
            }
            Err(error) => return Err(error.into()),
        }
        self.audit(actor, "user.create", &format!("{name}: {}", new.role), now)
            .await?;
        self.user_by_name(&name).await
    }

    pub async fn user_by_name(&self, name: &str) -> Result<User, AccountError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{SELECT_USER} WHERE name = $1"
        )))
        .bind(name.trim().to_ascii_lowercase())
        .fetch_optional(self.pool())
        .await?
        .ok_or(AccountError::NoSuchUser)?;
        user_from_row(&row)
    }

    pub async fn users(&self) -> Result<Vec<User>, AccountError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_USER} ORDER BY name")))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// Disabling also ends the user's sessions and revokes their API tokens.
    pub async fn set_user_disabled(
        &self,
        name: &str,
        disabled: bool,
        actor: &str,
        now: i64,
    ) -> Result<(), AccountError> {
        let user = self.user_by_name(name).await?;
        let mut transaction = self.pool().begin().await?;
        sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
            .bind(i64::from(disabled))
            .bind(user.id)
            .execute(&mut *transaction)
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.id)
                .execute(&mut *transaction)
                .await?;
            sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
                .bind(user.id)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        let action = if disabled {
            "user.disable"
        } else {
            "user.enable"
        };
        self.audit(actor, action, &user.name, now).await?;
        Ok(())
    }

    /// Checks a name and password, with at most five failures per name in fifteen minutes.
    /// Every attempt, good or bad, is audited (without the password).
    pub async fn authenticate(
        &self,
        name: &str,
        password: &str,
        now: i64,
    ) -> Result<User, AccountError> {
        let name = name.trim().to_ascii_lowercase();
        let since = now - FAILURE_WINDOW_SECONDS;
        let failures: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM login_failures WHERE name = $1 AND at > $2")
                .bind(&name)
                .bind(since)
                .fetch_one(self.pool())
                .await?;
        if failures >= MAX_FAILURES {
            let oldest: i64 = sqlx::query_scalar(
                "SELECT MIN(at) FROM login_failures WHERE name = $1 AND at > $2",
            )
            .bind(&name)
            .bind(since)
            .fetch_one(self.pool())
            .await?;
            self.audit(&name, "signin.locked", "too many failures", now)
                .await?;
            return Err(AccountError::TooManyAttempts {
                retry_after_seconds: (oldest + FAILURE_WINDOW_SECONDS - now).max(1),
            });
        }
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{SELECT_USER} WHERE name = $1"
        )))
        .bind(&name)
        .fetch_optional(self.pool())
        .await?;
        let stored = match &row {
            Some(row) => row.try_get::<String, _>("password_hash")?,
            None => password::dummy_hash().to_owned(),
        };
        let password_ok = password::verify(password, &stored);
        let user = row.as_ref().map(user_from_row).transpose()?;
        match user {
            Some(user) if password_ok && !user.disabled => {
                sqlx::query("DELETE FROM login_failures WHERE name = $1")
                    .bind(&name)
                    .execute(self.pool())
                    .await?;
                self.audit(&name, "signin.ok", &user.role.to_string(), now)
                    .await?;
                Ok(user)
            }
            _ => {
                sqlx::query("INSERT INTO login_failures (name, at) VALUES ($1, $2)")
                    .bind(&name)
                    .bind(now)
                    .execute(self.pool())
                    .await?;
                self.audit(&name, "signin.failed", "", now).await?;
                Err(AccountError::WrongCredentials)
            }
        }
    }
}
