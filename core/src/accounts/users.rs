use super::sessions::SessionToken;
pub use super::user::{Preferences, User, UserId};
use super::user::{SELECT_USER, user_from_row};
use super::{AccountError, Role, audit, password};
use crate::Locale;
use crate::store::{Store, StoreError};
use crate::zone::Zone;

/// The languages operators read (DESIGN.md), the ones an account can keep. Other locales
/// reach operator pages only through a browser's wishes, falling back along their chain.
pub const OPERATOR_LOCALES: [Locale; 3] = [Locale::Es, Locale::En, Locale::Fr];

#[derive(Clone, Debug)]
pub struct NewUser {
    pub name: String,
    pub password: String,
    pub role: Role,
}

pub(super) fn valid_name(name: &str) -> bool {
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

/// The users table: the accounts of the people who run Faro.
pub struct Users<'a> {
    store: &'a Store,
}

impl Store {
    pub fn users(&self) -> Users<'_> {
        Users { store: self }
    }
}

impl Users<'_> {
    pub(super) fn store(&self) -> &Store {
        self.store
    }

    pub async fn create(&self, new: &NewUser, actor: &str, now: i64) -> Result<User, AccountError> {
        let name = new.name.trim().to_ascii_lowercase();
        if !valid_name(&name) {
            return Err(AccountError::BadName);
        }
        let hash = password::hash(&new.password, &name)?;
        let (role, country, shelter) = role_columns(&new.role);
        let mut tx = self.store.begin().await?;
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
        .fetch_one(&mut *tx)
        .await
        .map_err(StoreError::from);
        match inserted {
            Ok(_) => {}
            Err(StoreError::Duplicate(_)) => return Err(AccountError::NameTaken(name)),
            Err(error) => return Err(error.into()),
        }
        let detail = format!("{name}: {}", new.role);
        audit::record(&mut tx, actor, "user.create", &detail, now).await?;
        tx.commit().await?;
        self.by_name(&name).await
    }

    pub async fn by_name(&self, name: &str) -> Result<User, AccountError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{SELECT_USER} WHERE name = $1"
        )))
        .bind(name.trim().to_ascii_lowercase())
        .fetch_optional(self.store.pool())
        .await?
        .ok_or(AccountError::NoSuchUser)?;
        user_from_row(&row)
    }

    pub async fn all(&self) -> Result<Vec<User>, AccountError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{SELECT_USER} ORDER BY name")))
            .fetch_all(self.store.pool())
            .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// Changes a signed-in user's password: the current one must match, the new one pass
    /// [`password::check`]. Every other session of the user ends (the one in `keep`, where
    /// the change was made, goes on). Both hashes run on `work`'s bounded pool.
    pub async fn change_password(
        &self,
        work: &password::PasswordWork,
        user: &User,
        current: &str,
        new: &str,
        keep: &SessionToken,
        now: i64,
    ) -> Result<u64, AccountError> {
        password::check(new, &user.name).map_err(AccountError::WeakPassword)?;
        let admission = work.admit()?;
        let stored: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
            .bind(user.id)
            .fetch_optional(self.store.pool())
            .await?
            .ok_or(AccountError::NoSuchUser)?;
        if !work.verify(&admission, current, &stored).await? {
            self.store
                .audit_log()
                .record(
                    &user.name,
                    "password.change-refused",
                    "wrong current password",
                    now,
                )
                .await?;
            return Err(AccountError::WrongCredentials);
        }
        let hash = work.hash(&admission, new).await?;
        drop(admission);
        let mut tx = self.store.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        let ended = self
            .store
            .sessions()
            .delete_others(&mut tx, user.id, keep)
            .await?;
        let detail = format!("{ended} other sessions ended");
        audit::record(&mut tx, &user.name, "password.change", &detail, now).await?;
        tx.commit().await?;
        Ok(ended)
    }

    /// Keeps what an operator picked on their account page. Only the languages operators
    /// read ([`OPERATOR_LOCALES`]) and zones the time zone database knows are taken.
    pub async fn set_preferences(
        &self,
        user: &User,
        preferences: &Preferences,
        now: i64,
    ) -> Result<(), AccountError> {
        if let Some(language) = preferences.language
            && !OPERATOR_LOCALES.contains(&language)
        {
            return Err(AccountError::NotAnOperatorLanguage(language));
        }
        if let Some(zone) = &preferences.time_zone {
            Zone::parse(zone).map_err(|error| AccountError::UnknownZone(error.0))?;
        }
        let mut tx = self.store.begin().await?;
        sqlx::query("UPDATE users SET language = $1, time_zone = $2 WHERE id = $3")
            .bind(preferences.language.map(|locale| locale.tag()))
            .bind(preferences.time_zone.as_deref())
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
        let detail = format!(
            "language {}, time zone {}",
            preferences
                .language
                .map_or("browser", |locale| locale.tag()),
            preferences.time_zone.as_deref().unwrap_or("instance")
        );
        audit::record(&mut tx, &user.name, "account.preferences", &detail, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Disabling also ends the user's sessions and revokes their API tokens.
    pub async fn set_disabled(
        &self,
        name: &str,
        disabled: bool,
        actor: &str,
        now: i64,
    ) -> Result<(), AccountError> {
        let user = self.by_name(name).await?;
        let mut transaction = self.store.begin().await?;
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
        let action = if disabled {
            "user.disable"
        } else {
            "user.enable"
        };
        audit::record(&mut transaction, actor, action, &user.name, now).await?;
        transaction.commit().await?;
        Ok(())
    }
}
