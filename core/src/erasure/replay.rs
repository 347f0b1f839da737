//! Erasing again, in a restored copy of the database, the subjects that the ledger says were
//! erased: every chat id and subject key found in the copy is hashed with the ledger's key and
//! looked up, since the ledger cannot be read backwards.

use std::collections::HashSet;

use super::ledger::{Entry, LedgerKey};
use crate::intake::Subject;
use crate::store::{Store, StoreError};

/// What a replay erased again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    /// Telegram chats erased again.
    pub chats: u64,
    /// Kiosk subjects (a kiosk's interpreter request) erased again.
    pub kiosk_subjects: u64,
}

impl Replayed {
    pub fn total(&self) -> u64 {
        self.chats + self.kiosk_subjects
    }
}

/// Every column where a chat id is kept, as one list of the chats the database knows.
const CHAT_IDS: &str = "SELECT chat_id FROM chat_state \
     UNION SELECT chat_id FROM outbox \
     UNION SELECT chat_id FROM link_attempts \
     UNION SELECT notify_chat_id FROM interpreter_requests WHERE notify_chat_id IS NOT NULL";

/// Every subject key declarations and pending kiosk forms are kept under.
const SUBJECTS: &str = "SELECT subject FROM declarations \
     UNION SELECT subject FROM kiosk_forms WHERE subject IS NOT NULL";

/// Erases in `store` every subject whose hash under `key` is among `entries`, without writing
/// to the ledger (the entries are its record). Each subject goes in its own transaction, with
/// the same deletions as the erasure the person asked for.
pub async fn replay(
    store: &Store,
    key: &LedgerKey,
    entries: &[Entry],
) -> Result<Replayed, StoreError> {
    let mut replayed = Replayed::default();
    if entries.is_empty() {
        return Ok(replayed);
    }
    let erased: HashSet<&str> = entries.iter().map(|e| e.subject_hash.as_str()).collect();
    let now = crate::clock::now_unix();

    let mut chats: Vec<i64> = sqlx::query_scalar(CHAT_IDS).fetch_all(store.pool()).await?;
    let subjects: Vec<String> = sqlx::query_scalar(SUBJECTS).fetch_all(store.pool()).await?;
    // A chat known only through its declarations (`tg:<id>`).
    chats.extend(subjects.iter().filter_map(|subject| {
        subject
            .strip_prefix("tg:")
            .and_then(|id| id.parse::<i64>().ok())
    }));
    chats.sort_unstable();
    chats.dedup();
    for chat in chats {
        if !erased.contains(key.hash(&Subject::Telegram(chat).key()).as_str()) {
            continue;
        }
        let mut transaction = store.begin().await?;
        super::erase_chat_rows(&mut transaction, chat, now).await?;
        transaction.commit().await?;
        replayed.chats += 1;
    }
    for subject in subjects {
        let Some(token) = subject.strip_prefix("kiosk:") else {
            continue;
        };
        if !erased.contains(key.hash(&subject).as_str()) {
            continue;
        }
        let mut transaction = store.begin().await?;
        crate::intake::erase_subject_rows(&mut transaction, &Subject::Kiosk(token.to_owned()), now)
            .await?;
        transaction.commit().await?;
        replayed.kiosk_subjects += 1;
    }
    if replayed.total() > 0 {
        store.scrub().await;
    }
    Ok(replayed)
}
