//! Expiry and erasure of declarations. Deleting a declaration deletes its languages, its
//! request and the interpreters' notices of it (ON DELETE CASCADE).

use super::{IntakeError, Subject};
use crate::store::{Store, StoreError, Tx};

/// Declarations whose request was followed from a Telegram chat (`$1`, the chat id as text).
pub(crate) const LINKED_TO_CHAT: &str = "d.id IN (SELECT declaration_id FROM interpreter_requests WHERE CAST(notify_chat_id AS TEXT) = $1)";

/// Self-declarations, for expiry and erasure.
pub struct Declarations<'a> {
    store: &'a Store,
}

impl Store {
    pub fn declarations(&self) -> Declarations<'_> {
        Declarations { store: self }
    }
}

impl Declarations<'_> {
    /// Deletes every declaration whose time is up; returns how many.
    pub async fn purge_expired(&self, now: i64) -> Result<u64, IntakeError> {
        let done = sqlx::query("DELETE FROM declarations WHERE expires_at <= $1")
            .bind(now)
            .execute(self.store.pool())
            .await?;
        if done.rows_affected() > 0 {
            self.store.scrub().await;
        }
        Ok(done.rows_affected())
    }

    /// Deletes everything declared by `subject`, including requests linked to its chat, and
    /// takes it out of the figures of the quarter under way. The erasure goes into the ledger
    /// (as a keyed hash) so that a restored backup does not bring the subject back.
    pub async fn erase(&self, subject: &Subject, now: i64) -> Result<u64, IntakeError> {
        let key = crate::erasure::ledger::LedgerKey::load_or_create(self.store).await?;
        let mut transaction = self.store.begin().await?;
        crate::erasure::ledger::record(&mut transaction, &key, &subject.key(), now).await?;
        let deleted = erase_subject_rows(&mut transaction, subject, now).await?;
        transaction.commit().await?;
        self.store.scrub().await;
        Ok(deleted)
    }

    /// "Delete my data" at a kiosk, given the request's secret: erases the kiosk subject that
    /// made the request. Says nothing about whether the secret was known: the caller answers
    /// the same either way.
    pub async fn erase_by_secret(
        &self,
        secret: &super::LinkSecret,
        now: i64,
    ) -> Result<(), IntakeError> {
        let subject: Option<String> = sqlx::query_scalar(
            "SELECT d.subject FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id
             WHERE r.link_secret_hash = $1",
        )
        .bind(secret.hash())
        .fetch_optional(self.store.pool())
        .await?;
        let Some(token) = subject
            .as_deref()
            .and_then(|key| key.strip_prefix("kiosk:"))
        else {
            return Ok(());
        };
        self.erase(&Subject::Kiosk(token.to_owned()), now).await?;
        Ok(())
    }
}

/// Every row declared by `subject`, inside `transaction`; nothing written to the ledger.
pub(crate) async fn erase_subject_rows(
    transaction: &mut Tx,
    subject: &Subject,
    now: i64,
) -> Result<u64, StoreError> {
    super::stats::unrecord(transaction, "d.subject = $1", &subject.key(), now).await?;
    if let Subject::Telegram(chat) = subject {
        super::stats::unrecord(transaction, LINKED_TO_CHAT, &chat.to_string(), now).await?;
    }
    let mut deleted = sqlx::query("DELETE FROM declarations WHERE subject = $1")
        .bind(subject.key())
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    if let Subject::Telegram(chat) = subject {
        deleted += sqlx::query(
            "DELETE FROM declarations WHERE id IN (SELECT declaration_id FROM interpreter_requests WHERE notify_chat_id = $1)",
        )
        .bind(*chat)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    }
    // The kiosk forms still pending for the subject: a step or result page issued before
    // this moment is refused after it, and nothing records who was erased.
    deleted += sqlx::query("DELETE FROM kiosk_forms WHERE subject = $1")
        .bind(subject.key())
        .execute(&mut **transaction)
        .await?
        .rows_affected();
    Ok(deleted)
}

/// How often the purger looks for expired declarations, sessions, tokens, sign-in failure
/// counts and audit entries.
pub const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// How long the purger keeps what the configuration bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keep {
    /// Days a chat without alerts keeps its state after its last interaction
    /// (`retention_days`, as for declarations).
    pub idle_chat_days: u32,
    /// Days an erasure stays in the ledger (`backup_retention_days`).
    pub erasure_ledger_days: u32,
}

impl Keep {
    pub fn from_config(config: &crate::config::Config) -> Self {
        Keep {
            idle_chat_days: config.retention_days,
            erasure_ledger_days: config.backup_retention_days,
        }
    }
}

/// Deletes expired declarations (and the state of idle chats, expired staff sessions, API
/// tokens, sign-in failure counts, year-old audit entries and erasures older than any backup
/// that may be restored) now and then every `every`, until `shutdown` resolves. A database
/// error is logged and tried again next time: the task must outlive a database restart.
pub async fn run_purger(
    store: Store,
    every: std::time::Duration,
    keep: Keep,
    shutdown: impl std::future::Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            _ = ticks.tick() => {}
        }
        let now = crate::clock::now_unix();
        match store.declarations().purge_expired(now).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "expired declarations deleted"),
            Err(error) => {
                tracing::warn!(%error, "purging expired declarations failed; will try again")
            }
        }
        if let Err(error) = store.kiosk_forms().purge_expired(now).await {
            tracing::warn!(%error, "purging expired kiosk forms failed; will try again");
        }
        if let Err(error) = store.sessions().purge_expired(now).await {
            tracing::warn!(%error, "purging expired sessions failed; will try again");
        }
        if let Err(error) = store.sessions().purge_expired_api_tokens(now).await {
            tracing::warn!(%error, "purging expired API tokens failed; will try again");
        }
        // Sign-in failure counts are forgotten a day after their last failure, audit entries
        // after a year: neither table grows without end.
        if let Err(error) = crate::accounts::sign_in::purge_failures(&store, now).await {
            tracing::warn!(%error, "purging sign-in failure counts failed; will try again");
        }
        if let Err(error) = store.audit_log().purge_old(now).await {
            tracing::warn!(%error, "purging old audit entries failed; will try again");
        }
        match crate::chats::purge_idle(&store, keep.idle_chat_days, now).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "state of idle chats deleted"),
            Err(error) => tracing::warn!(%error, "purging idle chats failed; will try again"),
        }
        // A WhatsApp number is kept only while its chat keeps something (issue 19).
        match crate::phone_contacts::purge_idle(&store, keep.idle_chat_days, now).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "idle phone contacts deleted"),
            Err(error) => {
                tracing::warn!(%error, "purging idle phone contacts failed; will try again")
            }
        }
        if let Err(error) =
            crate::erasure::ledger::purge(&store, keep.erasure_ledger_days, now).await
        {
            tracing::warn!(%error, "purging the erasure ledger failed; will try again");
        }
        // Whatever an erasure could not scrub from the write-ahead log at the time.
        store.scrub().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::{LanguageTag, NewDeclaration, Origin};
    use crate::locale::Locale;

    #[tokio::test]
    async fn the_purger_deletes_what_expired_and_stops_on_shutdown() {
        let db = crate::store::testing::sqlite().await;
        let store = db.store.clone();
        let old = crate::clock::now_unix() - 100 * 86_400;
        let new = NewDeclaration {
            subject: Subject::Telegram(77),
            locale: Locale::Es,
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![LanguageTag::parse("es").unwrap()],
            shelter_id: None,
            city: None,
        };
        let request = store.requests().create(&new, 90, old).await.unwrap();
        // A year-old audit entry and a day-old sign-in failure count go too (LOW-1).
        let now = crate::clock::now_unix();
        store
            .audit_log()
            .record(
                "cli",
                "user.create",
                "old",
                now - crate::accounts::audit::KEEP_SECONDS - 1,
            )
            .await
            .unwrap();
        sqlx::query("INSERT INTO login_failures (key_hash, failures, first_at, last_at) VALUES ('pair:old', 3, $1, $1)")
            .bind(now - crate::accounts::throttle::FORGET_AFTER_SECONDS - 1)
            .execute(store.pool())
            .await
            .unwrap();
        let leftovers = || async {
            let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
                .fetch_one(store.pool())
                .await
                .unwrap();
            let failures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_failures")
                .fetch_one(store.pool())
                .await
                .unwrap();
            audit + failures
        };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(run_purger(
            store.clone(),
            std::time::Duration::from_secs(3600),
            Keep {
                idle_chat_days: 90,
                erasure_ledger_days: 30,
            },
            async {
                let _ = stopped.await;
            },
        ));
        // The first tick is immediate; wait until it has run.
        for _ in 0..200 {
            if store.requests().get(request.id).await.is_err() && leftovers().await == 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert!(
            store.requests().get(request.id).await.is_err(),
            "expired request deleted"
        );
        assert_eq!(
            leftovers().await,
            0,
            "old audit entry and failure count purged"
        );
        stop.send(()).unwrap();
        task.await.unwrap();
    }
}
