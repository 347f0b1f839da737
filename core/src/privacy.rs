//! Keyed hashes for logs: a Telegram chat id never appears in clear, but the same chat gives
//! the same tag, so one conversation can still be followed through the log.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::store::{Store, StoreError};

const KEY_NAME: &str = "log_hash_key";

#[derive(Clone)]
pub struct LogHasher {
    key: [u8; 32],
}

impl std::fmt::Debug for LogHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LogHasher([redacted])")
    }
}

impl LogHasher {
    pub fn from_key(key: [u8; 32]) -> Self {
        LogHasher { key }
    }

    /// The instance's key, made at random on first start and kept in the database so that
    /// tags stay stable across restarts and instances.
    pub async fn load_or_create(store: &Store) -> Result<Self, StoreError> {
        Ok(LogHasher {
            key: store.instance_key(KEY_NAME).await?,
        })
    }

    /// A short tag for an identifier, such as `chat:3f9a1c0e2b7d`.
    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    pub fn tag(&self, kind: &str, id: i64) -> String {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes keys of any length");
        mac.update(kind.as_bytes());
        mac.update(&id.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        format!("{kind}:{}", hex::encode(&digest[..6]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stable_keyed_and_never_contain_the_id() {
        let a = LogHasher::from_key([1; 32]);
        let b = LogHasher::from_key([2; 32]);
        let id = 123_456_789_i64;
        assert_eq!(a.tag("chat", id), a.tag("chat", id));
        assert_ne!(a.tag("chat", id), b.tag("chat", id));
        assert_ne!(a.tag("chat", id), a.tag("chat", id + 1));
        assert!(!a.tag("chat", id).contains("123456789"));
        assert_eq!(format!("{a:?}"), "LogHasher([redacted])");
    }

    #[tokio::test]
    async fn key_survives_restarts() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/faro.db", dir.path().display());
        let first = LogHasher::load_or_create(&Store::connect(&url).await.unwrap())
            .await
            .unwrap();
        let second = LogHasher::load_or_create(&Store::connect(&url).await.unwrap())
            .await
            .unwrap();
        assert_eq!(first.tag("chat", 42), second.tag("chat", 42));
    }
}
