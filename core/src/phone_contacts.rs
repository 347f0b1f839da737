//! People who reach Faro from a phone number (WhatsApp): a phone number is never kept in
//! clear. It is sealed with XChaCha20-Poly1305 under a key from configuration (never in the
//! database), found again by a keyed hash, and given a chat id of its own for the engine
//! (`channel::phone_chat`). Erasure deletes the row with everything else about the chat
//! (`erasure.rs`); an idle contact without alerts goes with its chat's state (`purge_idle`).
//!
//! Nothing here logs a number, a message id (WhatsApp's carry the sender's number) or a hash
//! of either.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::store::{Store, StoreError};

/// How long a handled message id is remembered: Meta retries an unanswered webhook call for
/// up to a week.
pub const SEEN_DAYS: i64 = 7;

/// The key behind every sealed number and lookup hash, from `whatsapp_number_key`. Two keys
/// are derived from it, one per use, so a hash never reveals anything about the sealing key.
#[derive(Clone)]
pub struct NumberKey {
    seal: [u8; 32],
    lookup: [u8; 32],
}

impl std::fmt::Debug for NumberKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NumberKey([redacted])")
    }
}

impl NumberKey {
    /// 64 hex digits (32 bytes); `None` otherwise.
    pub fn parse(hex_key: &str) -> Option<NumberKey> {
        let bytes = hex::decode(hex_key.trim()).ok()?;
        let master: [u8; 32] = bytes.try_into().ok()?;
        Some(NumberKey {
            seal: derive(&master, b"faro phone number seal v1"),
            lookup: derive(&master, b"faro phone number lookup v1"),
        })
    }

    /// The keyed hash a value of `kind` is looked up by: without the key, the hash of a phone
    /// number cannot be found by trying every number.
    fn hash(&self, kind: &str, value: &str) -> String {
        let mut mac = hmac_with(&self.lookup);
        mac.update(kind.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// `number` sealed: hex of a random 24-byte nonce and the ciphertext with its tag.
    fn seal(&self, channel: &str, number: &str) -> String {
        let cipher = XChaCha20Poly1305::new((&self.seal).into());
        let nonce: [u8; 24] = rand::random();
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: number.as_bytes(),
                    aad: channel.as_bytes(),
                },
            )
            .unwrap_or_else(|_| unreachable!("sealing a short text cannot fail"));
        let mut out = nonce.to_vec();
        out.extend(sealed);
        hex::encode(out)
    }

    /// The number back; `None` when the text was not sealed with this key (a wrong key in
    /// configuration) or was altered.
    fn open(&self, channel: &str, sealed: &str) -> Option<String> {
        let bytes = hex::decode(sealed).ok()?;
        if bytes.len() < 24 {
            return None;
        }
        let (nonce, ciphertext) = bytes.split_at(24);
        let cipher = XChaCha20Poly1305::new((&self.seal).into());
        let plain = cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: channel.as_bytes(),
                },
            )
            .ok()?;
        String::from_utf8(plain).ok()
    }
}

fn hmac_with(key: &[u8; 32]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key"))
}

fn derive(master: &[u8; 32], purpose: &[u8]) -> [u8; 32] {
    let mut mac = hmac_with(master);
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

/// A number as Meta sends it (`16505551234`) and as people write it (`+1 650 555 1234`) is
/// the same person: digits only.
fn normalized(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// The phone contacts of one channel (`"whatsapp"`).
pub struct PhoneContacts<'a> {
    store: &'a Store,
    key: &'a NumberKey,
    channel: &'static str,
}

impl Store {
    pub fn phone_contacts<'a>(
        &'a self,
        key: &'a NumberKey,
        channel: &'static str,
    ) -> PhoneContacts<'a> {
        PhoneContacts {
            store: self,
            key,
            channel,
        }
    }
}

impl PhoneContacts<'_> {
    /// The chat id of the person writing from `number` (made the first time), their last
    /// message noted at `now`. `user_id`: Meta's business-scoped user id, mapped too.
    pub async fn chat_for(
        &self,
        number: &str,
        user_id: Option<&str>,
        now: i64,
    ) -> Result<i64, StoreError> {
        let number = normalized(number);
        let number_hash = self.key.hash(self.channel, &number);
        let user_hash = user_id.map(|id| self.key.hash("user", id));
        // Two tries: a fresh random chat id that happened to be taken is drawn again.
        for _ in 0..2 {
            if let Some(chat) = self.touch(&number_hash, user_hash.as_deref(), now).await? {
                return Ok(chat);
            }
            let chat_id = crate::channel::phone_chat(rand::random::<i64>());
            // ON CONFLICT: another instance may have added the same person a moment ago.
            sqlx::query(
                "INSERT INTO phone_contacts (chat_id, channel, number_hash, number_sealed, user_hash, last_inbound_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )
            .bind(chat_id)
            .bind(self.channel)
            .bind(&number_hash)
            .bind(self.key.seal(self.channel, &number))
            .bind(user_hash.clone())
            .bind(now)
            .execute(self.store.pool())
            .await?;
        }
        self.touch(&number_hash, user_hash.as_deref(), now)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The chat of a person known by their business-scoped user id only (Meta leaves the
    /// number out for people who adopted a username), if they wrote from their number before.
    pub async fn chat_for_user(&self, user_id: &str, now: i64) -> Result<Option<i64>, StoreError> {
        let user_hash = self.key.hash("user", user_id);
        let chat: Option<i64> = sqlx::query_scalar(
            "SELECT chat_id FROM phone_contacts WHERE user_hash = $1 AND channel = $2",
        )
        .bind(&user_hash)
        .bind(self.channel)
        .fetch_optional(self.store.pool())
        .await?;
        if let Some(chat) = chat {
            sqlx::query("UPDATE phone_contacts SET last_inbound_at = $1 WHERE chat_id = $2")
                .bind(now)
                .bind(chat)
                .execute(self.store.pool())
                .await?;
        }
        Ok(chat)
    }

    async fn touch(
        &self,
        number_hash: &str,
        user_hash: Option<&str>,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let chat: Option<i64> = sqlx::query_scalar(
            "SELECT chat_id FROM phone_contacts WHERE number_hash = $1 AND channel = $2",
        )
        .bind(number_hash)
        .bind(self.channel)
        .fetch_optional(self.store.pool())
        .await?;
        let Some(chat) = chat else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE phone_contacts SET last_inbound_at = $1, user_hash = COALESCE($2, user_hash) WHERE chat_id = $3",
        )
        .bind(now)
        .bind(user_hash.map(str::to_owned))
        .bind(chat)
        .execute(self.store.pool())
        .await?;
        Ok(Some(chat))
    }

    /// The number to send to, unsealed only for the moment of sending.
    pub async fn number_of(&self, chat_id: i64) -> Result<Option<String>, StoreError> {
        let sealed: Option<String> = sqlx::query_scalar(
            "SELECT number_sealed FROM phone_contacts WHERE chat_id = $1 AND channel = $2",
        )
        .bind(chat_id)
        .bind(self.channel)
        .fetch_optional(self.store.pool())
        .await?;
        match sealed {
            None => Ok(None),
            Some(sealed) => self.key.open(self.channel, &sealed).map(Some).ok_or_else(|| {
                StoreError::Corrupt(
                    "a phone number cannot be unsealed: is whatsapp_number_key the one it was sealed with?"
                        .into(),
                )
            }),
        }
    }

    /// When the person last wrote (WhatsApp's 24-hour window), if they are known.
    pub async fn last_inbound_at(&self, chat_id: i64) -> Result<Option<i64>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT last_inbound_at FROM phone_contacts WHERE chat_id = $1 AND channel = $2",
        )
        .bind(chat_id)
        .bind(self.channel)
        .fetch_optional(self.store.pool())
        .await?)
    }

    /// True the first time a message id is seen (by any instance on this database): a
    /// message delivered twice is handled once.
    pub async fn first_sighting(&self, message_id: &str, now: i64) -> Result<bool, StoreError> {
        let inserted = sqlx::query(
            "INSERT INTO phone_messages_seen (message_hash, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(self.key.hash("message", message_id))
        .bind(now)
        .execute(self.store.pool())
        .await?
        .rows_affected();
        Ok(inserted > 0)
    }

    /// Forgets message ids older than [`SEEN_DAYS`].
    pub async fn forget_old_sightings(&self, now: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM phone_messages_seen WHERE seen_at < $1")
                .bind(now - SEEN_DAYS * 86_400)
                .execute(self.store.pool())
                .await?
                .rows_affected(),
        )
    }
}

impl PhoneContacts<'_> {
    /// The keyed hash a message Faro sent is known by (Meta's id carries the number), for
    /// its statuses to find its outbox row.
    pub fn sent_message_hash(&self, message_id: &str) -> String {
        self.key.hash("sent", message_id)
    }

    /// The person agreed to alerts with the wording of `version`: recorded before any
    /// message Faro starts reaches them. Kept only while alerts are on.
    pub async fn record_opt_in(
        &self,
        chat_id: i64,
        version: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE phone_contacts SET opt_in_wording = $1, opt_in_at = $2 WHERE chat_id = $3 AND channel = $4",
        )
        .bind(version)
        .bind(now)
        .bind(chat_id)
        .bind(self.channel)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Alerts turned off: the opt-in goes.
    pub async fn clear_opt_in(&self, chat_id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE phone_contacts SET opt_in_wording = NULL, opt_in_at = NULL WHERE chat_id = $1 AND channel = $2",
        )
        .bind(chat_id)
        .bind(self.channel)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// The wording version the person agreed to, if they did.
    pub async fn opt_in(&self, chat_id: i64) -> Result<Option<String>, StoreError> {
        let wording: Option<Option<String>> = sqlx::query_scalar(
            "SELECT opt_in_wording FROM phone_contacts WHERE chat_id = $1 AND channel = $2",
        )
        .bind(chat_id)
        .bind(self.channel)
        .fetch_optional(self.store.pool())
        .await?;
        Ok(wording.flatten())
    }
}

/// Deletes the contacts (numbers) of people idle for `idle_days` whose chat keeps nothing
/// (no state: the purger deleted it, or they never chose anything). A subscriber to alerts
/// keeps their state, so their number stays while it is needed; an interpreter's linked
/// number stays while they are registered (`Interpreters::remove` erases it).
pub async fn purge_idle(store: &Store, idle_days: u32, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "DELETE FROM phone_contacts WHERE last_inbound_at < $1
         AND chat_id NOT IN (SELECT chat_id FROM chat_state)
         AND chat_id NOT IN (SELECT telegram_chat_id FROM interpreters WHERE telegram_chat_id IS NOT NULL)",
    )
    .bind(now - i64::from(idle_days) * 86_400)
    .execute(store.pool())
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests;
