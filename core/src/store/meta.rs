//! Instance settings and secrets kept in `app_meta`: made on first start, shared by every
//! instance on the same database.

use super::{Store, StoreError};

impl Store {
    pub async fn meta_get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value: Option<String> = sqlx::query_scalar("SELECT value FROM app_meta WHERE key = $1")
            .bind(key)
            .fetch_optional(self.pool())
            .await?;
        Ok(value)
    }

    pub async fn meta_delete(&self, key: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM app_meta WHERE key = $1")
            .bind(key)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Stores `value` unless the key already has one, and returns the value that is kept, so
    /// that two instances starting at once agree on it.
    pub async fn meta_get_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
        sqlx::query(
            "INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(value)
        .execute(self.pool())
        .await?;
        self.meta_get(key).await?.ok_or(StoreError::NotFound)
    }

    /// The instance's 32-byte secret called `name` (an HMAC key): made at random the first
    /// time any instance asks, then the same for every instance on this database and across
    /// restarts.
    pub async fn instance_key(&self, name: &str) -> Result<[u8; 32], StoreError> {
        let stored = match self.meta_get(name).await? {
            Some(stored) => stored,
            None => {
                let fresh: [u8; 32] = rand::random();
                self.meta_get_or_insert(name, &hex::encode(fresh)).await?
            }
        };
        let mut key = [0u8; 32];
        match hex::decode(&stored) {
            Ok(bytes) if bytes.len() == key.len() => key.copy_from_slice(&bytes),
            _ => {
                return Err(StoreError::Corrupt(format!(
                    "app_meta.{name} is not 32 hex bytes"
                )));
            }
        }
        Ok(key)
    }
}
