//! "Delete my data": one function that removes every row about a Telegram chat from every
//! table. Each feature that keeps rows about a chat adds its deletion here, in the same
//! transaction, and to the test that looks in every table. The erasure is also written to the
//! ledger (`ledger.rs`, as a keyed hash), so that restoring an older backup erases the chat
//! again (`replay.rs`).

pub mod ledger;
mod replay;

pub use replay::{Replayed, replay};

use crate::store::{Store, StoreError, Tx};

/// Deletes everything kept about `chat_id`; returns how many rows went. What the chat declared
/// leaves the figures of the quarter under way too (a closed quarter's figures stay as
/// published: they hold no one).
pub async fn erase_chat(store: &Store, chat_id: i64, now: i64) -> Result<u64, StoreError> {
    let key = ledger::LedgerKey::load_or_create(store).await?;
    let mut transaction = store.begin().await?;
    let subject = crate::intake::Subject::Telegram(chat_id).key();
    ledger::record(&mut transaction, &key, &subject, now).await?;
    let deleted = erase_chat_rows(&mut transaction, chat_id, now).await?;
    transaction.commit().await?;
    store.scrub().await;
    Ok(deleted)
}

/// Every row about `chat_id`, inside `transaction`; nothing written to the ledger.
pub(crate) async fn erase_chat_rows(
    transaction: &mut Tx,
    chat_id: i64,
    now: i64,
) -> Result<u64, StoreError> {
    let subject = crate::intake::Subject::Telegram(chat_id).key();
    crate::intake::stats::unrecord(transaction, "d.subject = $1", &subject, now).await?;
    crate::intake::stats::unrecord(
        transaction,
        crate::intake::LINKED_TO_CHAT,
        &chat_id.to_string(),
        now,
    )
    .await?;
    let mut deleted = 0;
    // The bot's conversation state: language, flow, alerts subscription and its country.
    deleted += sqlx::query("DELETE FROM chat_state WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    // Self-declarations and interpreter requests: those made in this chat and kiosk requests
    // later linked to it. Languages, requests and notices go with them (ON DELETE CASCADE).
    deleted += sqlx::query("DELETE FROM declarations WHERE subject = $1")
        .bind(&subject)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    deleted += sqlx::query(
        "DELETE FROM declarations WHERE id IN (SELECT declaration_id FROM interpreter_requests WHERE notify_chat_id = $1)",
    )
    .bind(chat_id)
    .execute(&mut **transaction)
    .await?
    .rows_affected();
    // Its attempts at linking a kiosk request (the limit on guesses).
    deleted += sqlx::query("DELETE FROM link_attempts WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    // Its turn between instances (several instances: `send_budget::chat_turns`).
    deleted += sqlx::query("DELETE FROM chat_turns WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    // A WhatsApp person's sealed number and its lookup hashes (phone_contacts.rs).
    deleted += sqlx::query("DELETE FROM phone_contacts WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    // Campaign messages queued or sent to the chat.
    deleted += sqlx::query("DELETE FROM outbox WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    // An interpreter who linked this WhatsApp number: the link points at a number that is
    // gone, so it goes too (a new code links them again). A Telegram chat's link stays: the
    // chat id is all it needs.
    if crate::channel::is_phone_chat(chat_id) {
        deleted += sqlx::query(
            "UPDATE interpreters SET telegram_chat_id = NULL WHERE telegram_chat_id = $1",
        )
        .bind(chat_id)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    }
    Ok(deleted)
}

#[cfg(test)]
pub(crate) mod tests;
