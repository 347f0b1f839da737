//! Signing in: a name and a password checked against the stored argon2id hash.
//!
//! In order, each step cheaper than the next and none writing before the password is checked:
//! 1. the throttle ([`super::throttle`]): a client that failed too often, for this name from
//!    its address or for any name from its address, is asked to wait — without a hash and
//!    without a row written, so a flood of refused attempts costs one read each;
//! 2. a place in the hashing queue ([`PasswordWork::admit`]), or a refusal at once;
//! 3. the hash, off the async workers.
//!
//! A failure adds one to three counts (pair, address, and the name's when it is an account);
//! a success clears the pair's count and hands the name's to the account holder
//! ([`Authenticated::failures_before`]) — the stranger's guesses never lock them out, but they
//! are told. Counts are keyed by an HMAC of the name and address with an instance key, so no
//! attempted name (a password typed into the name field, say) is ever stored.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::Row;

use super::password::{self, PasswordWork};
use super::throttle::{self, ADDRESS, Count, PAIR};
use super::user::{SELECT_USER, user_from_row};
use super::{AccountError, User, audit};
use crate::store::{Backend, Store, StoreError, Tx};

/// The instance key (in `app_meta`) the counts' keys are made with.
const KEY_NAME: &str = "sign_in_key";

/// One sign-in attempt. `address` is the client's address as the web server sees it (an IPv6
/// client's /64), or any fixed text when there is none.
#[derive(Clone, Copy, Debug)]
pub struct Attempt<'a> {
    pub name: &'a str,
    pub password: &'a str,
    pub address: &'a str,
}

/// A successful sign-in, and what the account holder should be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authenticated {
    pub user: User,
    /// Failed attempts on this name (from anywhere) since the previous successful sign-in.
    pub failures_before: i64,
    pub last_failure_at: Option<i64>,
}

/// The keys of the three counts an attempt touches.
struct Keys {
    pair: String,
    address: String,
    name: String,
}

impl Keys {
    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    fn new(key: &[u8; 32], name: &str, address: &str) -> Keys {
        let tag = |kind: &str, parts: &[&str]| {
            let mut mac =
                Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
            mac.update(kind.as_bytes());
            for part in parts {
                mac.update(&[0]);
                mac.update(part.as_bytes());
            }
            format!("{kind}:{}", hex::encode(mac.finalize().into_bytes()))
        };
        Keys {
            pair: tag("pair", &[name, address]),
            address: tag("address", &[address]),
            name: tag("name", &[name]),
        }
    }

    /// How an attempted name that is no account appears in the audit log: a short tag, so
    /// repeated guesses can be told apart without the guess being kept.
    fn unknown_actor(&self) -> String {
        format!("?{}", &self.name["name:".len().."name:".len() + 12])
    }
}

fn normalized(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

async fn keys(store: &Store, name: &str, address: &str) -> Result<Keys, StoreError> {
    let key = store.instance_key(KEY_NAME).await?;
    Ok(Keys::new(&key, name, address))
}

async fn counts(store: &Store, keys: &Keys) -> Result<(Option<Count>, Option<Count>), StoreError> {
    let rows = sqlx::query(
        "SELECT key_hash, failures, last_at FROM login_failures WHERE key_hash = $1 OR key_hash = $2",
    )
    .bind(&keys.pair)
    .bind(&keys.address)
    .fetch_all(store.pool())
    .await?;
    let (mut pair, mut address) = (None, None);
    for row in rows {
        let key: String = row.try_get("key_hash")?;
        let count = Count {
            failures: row.try_get("failures")?,
            last_at: row.try_get("last_at")?,
        };
        if key == keys.pair {
            pair = Some(count);
        } else {
            address = Some(count);
        }
    }
    Ok((pair, address))
}

/// Adds one failure to a count (starting again if it was forgotten); the new number.
async fn add_failure(tx: &mut Tx, key: &str, now: i64) -> Result<i64, StoreError> {
    let failures: i64 = sqlx::query_scalar(
        "INSERT INTO login_failures (key_hash, failures, first_at, last_at) VALUES ($1, 1, $2, $2)
         ON CONFLICT (key_hash) DO UPDATE SET
             failures = CASE WHEN login_failures.last_at <= $3 THEN 1 ELSE login_failures.failures + 1 END,
             first_at = CASE WHEN login_failures.last_at <= $3 THEN $2 ELSE login_failures.first_at END,
             last_at = $2
         RETURNING failures",
    )
    .bind(key)
    .bind(now)
    .bind(now - throttle::FORGET_AFTER_SECONDS)
    .fetch_one(&mut **tx)
    .await?;
    Ok(failures)
}

/// Checks a name and password from a client address, throttled as the module says. Every
/// attempt that reaches the password check is audited (never with the password, and with a
/// tag instead of the name when it is no account); refused ones write nothing but one entry
/// per pause.
pub async fn authenticate(
    store: &Store,
    work: &PasswordWork,
    attempt: Attempt<'_>,
    now: i64,
) -> Result<Authenticated, AccountError> {
    let name = normalized(attempt.name);
    let keys = keys(store, &name, attempt.address).await?;
    let (pair, address) = counts(store, &keys).await?;
    let wait = PAIR.wait(pair, now).max(ADDRESS.wait(address, now));
    if let Some(retry_after_seconds) = wait {
        return Err(AccountError::TooManyAttempts {
            retry_after_seconds,
        });
    }
    let admission = work.admit()?;
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
    let password_ok = work.verify(&admission, attempt.password, &stored).await?;
    drop(admission);
    let user = row.as_ref().map(user_from_row).transpose()?;
    let mut tx = store.begin().await?;
    let outcome = match user {
        Some(user) if password_ok && !user.disabled => {
            let told = sqlx::query(
                "SELECT failures, last_at FROM login_failures WHERE key_hash = $1 AND last_at > $2",
            )
            .bind(&keys.name)
            .bind(now - throttle::FORGET_AFTER_SECONDS)
            .fetch_optional(&mut *tx)
            .await?;
            let (failures_before, last_failure_at) = match told {
                Some(row) => (row.try_get("failures")?, Some(row.try_get("last_at")?)),
                None => (0, None),
            };
            sqlx::query("DELETE FROM login_failures WHERE key_hash = $1 OR key_hash = $2")
                .bind(&keys.pair)
                .bind(&keys.name)
                .execute(&mut *tx)
                .await?;
            let mut detail = user.role.to_string();
            if failures_before > 0 {
                detail.push_str(&format!("; {failures_before} failed attempts before"));
            }
            audit::record(&mut tx, &name, "signin.ok", &detail, now).await?;
            Ok(Authenticated {
                user,
                failures_before,
                last_failure_at,
            })
        }
        user => {
            let pair_failures = add_failure(&mut tx, &keys.pair, now).await?;
            let address_failures = add_failure(&mut tx, &keys.address, now).await?;
            let actor = match &user {
                Some(_) => {
                    add_failure(&mut tx, &keys.name, now).await?;
                    name.clone()
                }
                None => keys.unknown_actor(),
            };
            audit::record(&mut tx, &actor, "signin.failed", "", now).await?;
            for (rule, failures, what) in [
                (PAIR, pair_failures, "this name from one address"),
                (ADDRESS, address_failures, "any name from one address"),
            ] {
                if throttle::starts_a_pause(rule, failures) {
                    let detail = format!(
                        "{failures} failures for {what}; next attempt in {} s",
                        rule.delay(failures)
                    );
                    audit::record(&mut tx, &actor, "signin.paused", &detail, now).await?;
                }
            }
            Err(AccountError::WrongCredentials)
        }
    };
    tx.commit().await?;
    outcome
}

/// Deletes counts whose last failure is older than [`throttle::FORGET_AFTER_SECONDS`].
pub async fn purge_failures(store: &Store, now: i64) -> Result<u64, StoreError> {
    Ok(
        sqlx::query("DELETE FROM login_failures WHERE last_at <= $1")
            .bind(now - throttle::FORGET_AFTER_SECONDS)
            .execute(store.pool())
            .await?
            .rows_affected(),
    )
}

/// Once, after migration 0010: the failures kept with names in clear (`login_failures_clear`)
/// become `name` counts under hashed keys, and the clear table is dropped. Does nothing when
/// it is gone.
pub async fn hash_clear_failures(store: &Store) -> Result<(), StoreError> {
    let exists = match store.backend() {
        Backend::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'login_failures_clear'"
        }
        Backend::Postgres => {
            "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'login_failures_clear'"
        }
    };
    let found: i64 = sqlx::query_scalar(exists).fetch_one(store.pool()).await?;
    if found == 0 {
        return Ok(());
    }
    let key = store.instance_key(KEY_NAME).await?;
    let mut tx = store.begin().await?;
    let rows = sqlx::query(
        "SELECT name, COUNT(*) AS failures, MIN(at) AS first_at, MAX(at) AS last_at
         FROM login_failures_clear GROUP BY name",
    )
    .fetch_all(&mut *tx)
    .await?;
    for row in rows {
        let name: String = row.try_get("name")?;
        let keys = Keys::new(&key, &normalized(&name), "");
        sqlx::query(
            "INSERT INTO login_failures (key_hash, failures, first_at, last_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (key_hash) DO NOTHING",
        )
        .bind(&keys.name)
        .bind(row.try_get::<i64, _>("failures")?)
        .bind(row.try_get::<i64, _>("first_at")?)
        .bind(row.try_get::<i64, _>("last_at")?)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("DROP TABLE login_failures_clear")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_keyed_hashes_that_never_contain_the_name_or_address() {
        let keys = Keys::new(&[7; 32], "admin2", "203.0.113.9");
        let other = Keys::new(&[8; 32], "admin2", "203.0.113.9");
        for key in [&keys.pair, &keys.address, &keys.name] {
            assert!(!key.contains("admin2") && !key.contains("203.0.113"));
        }
        assert_ne!(keys.name, other.name, "another instance, other keys");
        assert_ne!(
            keys.pair,
            Keys::new(&[7; 32], "admin2", "198.51.100.1").pair
        );
        assert_eq!(
            keys.name,
            Keys::new(&[7; 32], "admin2", "198.51.100.1").name
        );
        assert!(keys.unknown_actor().starts_with('?'));
        assert_eq!(keys.unknown_actor().len(), 13);
    }
}
