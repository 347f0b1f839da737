//! The outbox: one row per campaign and subscribed chat, filled when a campaign is published
//! and worked through by the bot's one sender. A row is `queued` until Telegram has taken the
//! message (`sent`), refused it for good (`failed`), the chat blocked the bot
//! (`unsubscribed`), the campaign ended first (`expired`), or it was stopped or replaced by
//! a correction first (`cancelled`). Its rate is the bot's: the
//! sender (`bot/src/broadcast/`) sends through the bot's one limiter (`bot/src/limiter.rs`),
//! at `send_rate_global` and `send_rate_per_chat` (`config.rs`).

use std::collections::BTreeMap;

use sqlx::Row;

use crate::intake::stats::Cell;
use crate::locale::Locale;
use crate::store::{Store, StoreError, Tx};

use super::PublishError;
use super::model::Campaign;

/// Rows written per INSERT when filling (bounded so that no statement grows without limit:
/// three parameters a row, far below SQLite's 32,766 and PostgreSQL's 65,535).
const FILL_CHUNK: usize = 1_000;

/// The sender's batch: see [`OutboxRows::due`]. `tests::the_batch_reads_along_the_queued_index`
/// checks both databases' plans for it.
pub(crate) const DUE_SQL: &str =
    "SELECT o.id, o.campaign_id, o.chat_id, o.locale, o.attempts, c.ends_at, s.alerts
     FROM outbox o
     JOIN campaigns c ON c.id = o.campaign_id
     LEFT JOIN chat_state s ON s.chat_id = o.chat_id
     WHERE o.status = 'queued' AND o.channel = $3 AND o.next_attempt_at <= $1
     ORDER BY o.next_attempt_at, o.id LIMIT $2";

/// The channel an outbox row goes out on: each has its own sender, reading only its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutboxChannel {
    Telegram,
    WhatsApp,
}

impl OutboxChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxChannel::Telegram => "telegram",
            OutboxChannel::WhatsApp => "whatsapp",
        }
    }

    /// The channel of `chat_id` (WhatsApp chats have ids of their own).
    pub fn of(chat_id: i64) -> OutboxChannel {
        if crate::channel::is_phone_chat(chat_id) {
            OutboxChannel::WhatsApp
        } else {
            OutboxChannel::Telegram
        }
    }
}

/// How a WhatsApp message went out (the row's `via`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Free-form text, inside the 24-hour window.
    Text,
    /// An approved template in the reader's language, outside the window.
    Template,
    /// A template in a bridge language (no Meta template language for the reader's); the
    /// campaign follows in their own language when they tap its button.
    Bridge,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Text => "text",
            Via::Template => "template",
            Via::Bridge => "bridge",
        }
    }
}

/// Attempts at one message before it counts as failed.
pub const MAX_ATTEMPTS: i64 = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub campaign_id: i64,
    pub chat_id: i64,
    pub locale: Locale,
    pub attempts: i64,
}

/// Why a message was not delivered, as the sender saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// Worth trying again later (network, Telegram's 5xx, a 429 beyond patience).
    Transient(String),
    /// Telegram will never take it (a malformed request, a chat that does not exist).
    Permanent(String),
    /// The person blocked the bot or deleted their account: stop sending them anything.
    Blocked,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleProgress {
    pub locale: Option<Locale>,
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    /// Not sent because the campaign was stopped or replaced first.
    pub cancelled: i64,
}

/// A campaign's delivery, per locale and in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub per_locale: Vec<LocaleProgress>,
    pub total: LocaleProgress,
}

/// A campaign's delivery as publishers see it: counts per locale are a strong proxy for who
/// the subscribers are (two Tigrinya readers), so they go through the figures' method
/// ([`crate::intake::stats::table`]): locales with fewer than five messages in all are summed
/// into one "other" row, counts under five show as `<5`, a second count is hidden where one
/// could be worked out from a total, and counts shown are rounded to five.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownProgress {
    /// A locale's tag (or "unknown", or [`crate::intake::stats::OTHER`]) and its queued, sent,
    /// failed and cancelled counts.
    pub rows: Vec<(String, [Cell; 4])>,
    pub total: [Cell; 4],
}

impl Progress {
    pub fn shown(&self) -> ShownProgress {
        let columns = ["queued", "sent", "failed", "cancelled"].map(str::to_owned);
        let mut counts = BTreeMap::new();
        for row in &self.per_locale {
            let tag = row.locale.map_or("unknown", |l| l.tag()).to_owned();
            for (column, count) in
                columns
                    .iter()
                    .zip([row.queued, row.sent, row.failed, row.cancelled])
            {
                *counts.entry((tag.clone(), column.clone())).or_insert(0) +=
                    u64::try_from(count).unwrap_or(0);
            }
        }
        let table = crate::intake::stats::table("delivery", &columns, &counts);
        let four = |cells: &[Cell]| [cells[0], cells[1], cells[2], cells[3]];
        ShownProgress {
            rows: table
                .row_labels
                .iter()
                .zip(&table.cells)
                .map(|(label, cells)| (label.clone(), four(cells)))
                .collect(),
            total: four(&table.column_totals),
        }
    }
}

/// Queues the campaign for every subscriber it targets, inside the publication's transaction:
/// the reader's own text, else the nearest along their fallback chain.
pub(super) async fn fill(tx: &mut Tx, campaign: &Campaign, now: i64) -> Result<u64, PublishError> {
    let mut rows: Vec<(i64, Locale)> = Vec::new();
    for subscriber in crate::chats::subscribers(tx).await? {
        // WhatsApp subscribers too: their rows name their channel, and the WhatsApp sender
        // sends them (as text within the 24-hour window, else as a template).
        if !campaign.targets.includes_locale(subscriber.locale)
            || !campaign.targets.includes_country(subscriber.country)
        {
            continue;
        }
        let Some(text) = campaign.text_for(subscriber.locale) else {
            continue;
        };
        rows.push((subscriber.chat_id, text.locale));
    }
    let first_attempt = now.max(campaign.starts_at);
    let mut queued = 0;
    // Many rows per statement, all in the publication's transaction: 100,000 subscribers are
    // 100 statements, in seconds (BENCHMARKS.md), not 100,000 round trips.
    for chunk in rows.chunks(FILL_CHUNK) {
        let mut sql = String::from(
            "INSERT INTO outbox (campaign_id, chat_id, locale, channel, status, attempts, next_attempt_at) VALUES ",
        );
        for index in 0..chunk.len() {
            let base = index * 3;
            if index > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "($1, ${}, ${}, ${}, 'queued', 0, $2)",
                base + 3,
                base + 4,
                base + 5
            ));
        }
        sql.push_str(" ON CONFLICT (campaign_id, chat_id) DO NOTHING");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(campaign.id)
            .bind(first_attempt);
        for (chat, locale) in chunk {
            query = query
                .bind(*chat)
                .bind(locale.tag())
                .bind(OutboxChannel::of(*chat).as_str());
        }
        queued += query.execute(&mut **tx).await?.rows_affected();
    }
    Ok(queued)
}

/// The outbox table: what the broadcast sender works through.
pub struct OutboxRows<'a> {
    store: &'a Store,
}

impl Store {
    pub fn outbox(&self) -> OutboxRows<'_> {
        OutboxRows { store: self }
    }
}

impl OutboxRows<'_> {
    /// Queued messages whose time has come, oldest first. Among the rows read, those of
    /// campaigns that have ended are marked expired, and those to chats that turned alerts off
    /// unsubscribed, instead of being returned — so fewer than `limit` may come back while more
    /// are due.
    ///
    /// Bounded work whatever the queue's size (issue 22): one read of at most `limit` rows
    /// along the `outbox_queued` index (only queued rows, already in this order), each joined
    /// to its campaign and chat by key, and at most two `UPDATE`s of the rows read. It used to
    /// run two `UPDATE`s over every queued row for each batch: a 100,000-message broadcast
    /// read its whole queue every 16 messages.
    pub async fn due(&self, now: i64, limit: i64) -> Result<Vec<OutboxItem>, StoreError> {
        self.due_on(OutboxChannel::Telegram, now, limit).await
    }

    /// [`due`](Self::due) for one channel's sender.
    pub async fn due_on(
        &self,
        channel: OutboxChannel,
        now: i64,
        limit: i64,
    ) -> Result<Vec<OutboxItem>, StoreError> {
        let rows = sqlx::query(DUE_SQL)
            .bind(now)
            .bind(limit)
            .bind(channel.as_str())
            .fetch_all(self.store.pool())
            .await?;
        let mut items = Vec::with_capacity(rows.len());
        let mut expired = Vec::new();
        let mut alerts_off = Vec::new();
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let ends_at: i64 = row.try_get("ends_at")?;
            let alerts: Option<i64> = row.try_get("alerts")?;
            if ends_at <= now {
                expired.push(id);
                continue;
            }
            // Someone who turned alerts off (or /stop, or erased their chat) since
            // publication gets nothing more.
            if alerts != Some(1) {
                alerts_off.push(id);
                continue;
            }
            let locale: String = row.try_get("locale")?;
            items.push(OutboxItem {
                id,
                campaign_id: row.try_get("campaign_id")?,
                chat_id: row.try_get("chat_id")?,
                locale: locale.parse().unwrap_or(Locale::SOURCE),
                attempts: row.try_get("attempts")?,
            });
        }
        self.set_status(&expired, "expired", None).await?;
        self.set_status(&alerts_off, "unsubscribed", Some("alerts off"))
            .await?;
        Ok(items)
    }

    /// Takes queued rows, by id, out of the queue with `status` (a handful: the rows of one
    /// batch).
    async fn set_status(
        &self,
        ids: &[i64],
        status: &'static str,
        error: Option<&'static str>,
    ) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let list = (0..ids.len())
            .map(|index| format!("${}", index + 3))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "UPDATE outbox SET status = $1, last_error = $2 WHERE status = 'queued' AND id IN ({list})"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(status)
            .bind(error);
        for id in ids {
            query = query.bind(*id);
        }
        query.execute(self.store.pool()).await?;
        Ok(())
    }

    /// When the next queued message falls due, if any (so the sender can sleep until then).
    pub async fn next_due(&self) -> Result<Option<i64>, StoreError> {
        self.next_due_on(OutboxChannel::Telegram).await
    }

    /// [`next_due`](Self::next_due) for one channel's sender.
    pub async fn next_due_on(&self, channel: OutboxChannel) -> Result<Option<i64>, StoreError> {
        let next: Option<i64> = sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'queued' AND channel = $1",
        )
        .bind(channel.as_str())
        .fetch_one(self.store.pool())
        .await?;
        Ok(next)
    }

    pub async fn mark_sent(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Records a failed attempt: tried again later with exponential backoff (a transient
    /// error, up to [`MAX_ATTEMPTS`]), failed for good, or — when the person blocked the
    /// bot — unsubscribed from alerts at once.
    pub async fn mark_failure(
        &self,
        item: &OutboxItem,
        failure: &SendFailure,
        now: i64,
    ) -> Result<(), StoreError> {
        let attempts = item.attempts + 1;
        match failure {
            SendFailure::Transient(error) if attempts < MAX_ATTEMPTS => {
                sqlx::query(
                    "UPDATE outbox SET attempts = $1, next_attempt_at = $2, last_error = $3 WHERE id = $4",
                )
                .bind(attempts)
                .bind(now + backoff_seconds(attempts))
                .bind(error)
                .bind(item.id)
                .execute(self.store.pool())
                .await?;
            }
            SendFailure::Transient(error) | SendFailure::Permanent(error) => {
                sqlx::query(
                    "UPDATE outbox SET status = 'failed', attempts = $1, last_error = $2 WHERE id = $3",
                )
                .bind(attempts)
                .bind(error)
                .bind(item.id)
                .execute(self.store.pool())
                .await?;
            }
            SendFailure::Blocked => {
                let mut transaction = self.store.begin().await?;
                sqlx::query(
                    "UPDATE outbox SET status = 'unsubscribed', attempts = $1, last_error = 'blocked' WHERE id = $2",
                )
                .bind(attempts)
                .bind(item.id)
                .execute(&mut *transaction)
                .await?;
                // Nothing else queued for this chat goes out either.
                sqlx::query(
                    "UPDATE outbox SET status = 'unsubscribed', last_error = 'blocked' WHERE chat_id = $1 AND status = 'queued'",
                )
                .bind(item.chat_id)
                .execute(&mut *transaction)
                .await?;
                crate::chats::unsubscribe(&mut transaction, item.chat_id).await?;
                transaction.commit().await?;
            }
        }
        Ok(())
    }

    /// Queued, sent, cancelled and failed (failed, unsubscribed and expired together) per
    /// locale.
    pub async fn progress(&self, campaign_id: i64) -> Result<Progress, StoreError> {
        let rows = sqlx::query(
            "SELECT locale, status, COUNT(*) AS count FROM outbox WHERE campaign_id = $1 GROUP BY locale, status ORDER BY locale",
        )
        .bind(campaign_id)
        .fetch_all(self.store.pool())
        .await?;
        let mut progress = Progress::default();
        for row in rows {
            let locale: String = row.try_get("locale")?;
            let status: String = row.try_get("status")?;
            let count: i64 = row.try_get("count")?;
            let locale = locale.parse::<Locale>().ok();
            let entry = match progress
                .per_locale
                .iter_mut()
                .position(|p| p.locale == locale)
            {
                Some(index) => &mut progress.per_locale[index],
                None => {
                    progress.per_locale.push(LocaleProgress {
                        locale,
                        ..LocaleProgress::default()
                    });
                    progress.per_locale.last_mut().ok_or(StoreError::NotFound)?
                }
            };
            add(entry, &status, count);
            add(&mut progress.total, &status, count);
        }
        progress.per_locale.sort_by_key(|p| {
            p.locale
                .and_then(|l| Locale::ALL.iter().position(|x| *x == l))
        });
        Ok(progress)
    }
}

fn add(progress: &mut LocaleProgress, status: &str, count: i64) {
    match status {
        "queued" => progress.queued += count,
        "sent" => progress.sent += count,
        "cancelled" => progress.cancelled += count,
        _ => progress.failed += count,
    }
}

/// Cancels a stopped or replaced campaign's messages not sent yet, inside the stop's
/// transaction; returns how many. A message the sender has already handed to Telegram is
/// beyond recall; [`OutboxRows::still_wanted`] narrows that to the one in flight.
pub(super) async fn cancel(tx: &mut Tx, campaign_id: i64) -> Result<u64, PublishError> {
    let cancelled = sqlx::query(
        "UPDATE outbox SET status = 'cancelled', last_error = 'campaign stopped' WHERE campaign_id = $1 AND status = 'queued'",
    )
    .bind(campaign_id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(cancelled)
}

/// Queues a correction for the chats that were sent an earlier revision of its line (and
/// for no one else), each in the locale of the text they got, else along its fallback
/// chain. Chats that turned alerts off since are skipped by the sender as for any campaign.
pub(super) async fn fill_correction(
    tx: &mut Tx,
    correction: &Campaign,
    now: i64,
) -> Result<u64, PublishError> {
    let rows = sqlx::query(
        "SELECT chat_id, MIN(locale) AS locale FROM outbox WHERE status = 'sent' AND campaign_id IN
            (SELECT id FROM campaigns WHERE (id = $1 OR revision_of = $1) AND id <> $2)
         GROUP BY chat_id ORDER BY chat_id",
    )
    .bind(correction.first_revision())
    .bind(correction.id)
    .fetch_all(&mut **tx)
    .await?;
    let first_attempt = now.max(correction.starts_at);
    let mut queued = 0;
    for row in rows {
        let chat: i64 = row.try_get("chat_id")?;
        let locale: String = row.try_get("locale")?;
        let locale = locale.parse::<Locale>().unwrap_or(Locale::SOURCE);
        let Some(text) = correction.text_for(locale) else {
            continue;
        };
        queued += sqlx::query(
            "INSERT INTO outbox (campaign_id, chat_id, locale, channel, status, attempts, next_attempt_at)
             VALUES ($1, $2, $3, $5, 'queued', 0, $4) ON CONFLICT (campaign_id, chat_id) DO NOTHING",
        )
        .bind(correction.id)
        .bind(chat)
        .bind(text.locale.tag())
        .bind(first_attempt)
        .bind(OutboxChannel::of(chat).as_str())
        .execute(&mut **tx)
        .await?
        .rows_affected();
    }
    Ok(queued)
}

impl OutboxRows<'_> {
    /// Whether a message taken from [`OutboxRows::due`] should still go out: its row still
    /// queued and its campaign still published. The sender asks right before sending, so a
    /// campaign stopped while its batch waited for the rate limiter sends nothing more.
    pub async fn still_wanted(&self, id: i64) -> Result<bool, StoreError> {
        let wanted: Option<i64> = sqlx::query_scalar(
            "SELECT o.id FROM outbox o JOIN campaigns c ON c.id = o.campaign_id
             WHERE o.id = $1 AND o.status = 'queued' AND c.status = 'published'",
        )
        .bind(id)
        .fetch_optional(self.store.pool())
        .await?;
        Ok(wanted.is_some())
    }
}

/// A delivery status a channel reported for a message it had taken (WhatsApp's webhook).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    Delivered,
    Read,
    /// Accepted, then not delivered: the row fails with this reason (an error code).
    Failed(String),
}

impl OutboxRows<'_> {
    /// Records a WhatsApp message taken by Meta: how it went, and a keyed hash of Meta's id
    /// for its statuses.
    pub async fn mark_sent_via(
        &self,
        id: i64,
        now: i64,
        via: Via,
        message_hash: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, last_error = NULL,
             via = $2, message_hash = $3 WHERE id = $4",
        )
        .bind(now)
        .bind(via.as_str())
        .bind(message_hash.map(str::to_owned))
        .bind(id)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Leaves a queued row for later (`until`): WhatsApp's daily limit of people reached
    /// outside the window is used up, or the person's pair rate asks for a pause.
    pub async fn postpone(&self, id: i64, until: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET next_attempt_at = $1 WHERE id = $2 AND status = 'queued'")
            .bind(until)
            .bind(id)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// A status for the message whose id hashes to `message_hash`: delivered and read are
    /// noted (never going back from read to delivered), a failure fails the row with its
    /// reason. True when a row was found.
    pub async fn delivery(
        &self,
        message_hash: &str,
        delivery: &Delivery,
    ) -> Result<bool, StoreError> {
        let done = match delivery {
            Delivery::Delivered => sqlx::query(
                "UPDATE outbox SET delivery = 'delivered' WHERE message_hash = $1 AND status = 'sent'
                 AND delivery IS NULL",
            )
            .bind(message_hash)
            .execute(self.store.pool())
            .await?
            .rows_affected(),
            Delivery::Read => sqlx::query(
                "UPDATE outbox SET delivery = 'read' WHERE message_hash = $1 AND status = 'sent'",
            )
            .bind(message_hash)
            .execute(self.store.pool())
            .await?
            .rows_affected(),
            Delivery::Failed(reason) => sqlx::query(
                "UPDATE outbox SET status = 'failed', last_error = $2 WHERE message_hash = $1",
            )
            .bind(message_hash)
            .bind(reason)
            .execute(self.store.pool())
            .await?
            .rows_affected(),
        };
        if done > 0 {
            return Ok(true);
        }
        // A delivered status after read, or a repeated one: the row is there all the same.
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM outbox WHERE message_hash = $1")
                .bind(message_hash)
                .fetch_optional(self.store.pool())
                .await?;
        Ok(found.is_some())
    }

    /// How many different people were sent a template (outside the 24-hour window) since
    /// `since`, and when the oldest of those sends was: WhatsApp's daily limit counts
    /// unique people over a rolling 24 hours.
    pub async fn reached_outside_window(
        &self,
        since: i64,
    ) -> Result<(i64, Option<i64>), StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(DISTINCT chat_id) AS people, MIN(sent_at) AS oldest FROM outbox
             WHERE via IN ('template', 'bridge') AND sent_at >= $1",
        )
        .bind(since)
        .fetch_one(self.store.pool())
        .await?;
        Ok((row.try_get("people")?, row.try_get("oldest")?))
    }

    /// Whether `chat_id` was sent a template outside the window since `since` (reaching them
    /// again costs nothing more of the daily limit).
    pub async fn reached_since(&self, chat_id: i64, since: i64) -> Result<bool, StoreError> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM outbox WHERE chat_id = $1 AND via IN ('template', 'bridge')
             AND sent_at >= $2 LIMIT 1",
        )
        .bind(chat_id)
        .bind(since)
        .fetch_optional(self.store.pool())
        .await?;
        Ok(found.is_some())
    }

    /// The locale of the text `chat_id` is owed of `campaign_id`, when a template went to
    /// them for it and the campaign is still live: their tap on its button asks for it.
    pub async fn owed_after_template(
        &self,
        campaign_id: i64,
        chat_id: i64,
        now: i64,
    ) -> Result<Option<Locale>, StoreError> {
        let locale: Option<String> = sqlx::query_scalar(
            "SELECT o.locale FROM outbox o JOIN campaigns c ON c.id = o.campaign_id
             WHERE o.campaign_id = $1 AND o.chat_id = $2 AND o.status = 'sent'
             AND o.via IN ('template', 'bridge') AND c.status = 'published' AND c.ends_at > $3",
        )
        .bind(campaign_id)
        .bind(chat_id)
        .bind(now)
        .fetch_optional(self.store.pool())
        .await?;
        Ok(locale.and_then(|tag| tag.parse().ok()))
    }

    /// The campaign's text followed the template: the row counts as read.
    pub async fn mark_opened(&self, campaign_id: i64, chat_id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET delivery = 'read' WHERE campaign_id = $1 AND chat_id = $2 AND status = 'sent'",
        )
        .bind(campaign_id)
        .bind(chat_id)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }
}

/// 2, 4, 8 … seconds, at most ten minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 10) as u32;
    (1_i64 << exponent).min(600)
}

#[cfg(test)]
mod shown_tests {
    use super::*;

    fn row(locale: Locale, queued: i64, sent: i64) -> LocaleProgress {
        LocaleProgress {
            locale: Some(locale),
            queued,
            sent,
            failed: 0,
            cancelled: 0,
        }
    }

    #[test]
    fn small_locales_are_folded_and_small_counts_suppressed_like_the_figures() {
        let progress = Progress {
            per_locale: vec![
                row(Locale::Es, 0, 120),
                row(Locale::Ti, 0, 2),
                row(Locale::Fa, 3, 40),
            ],
            total: row(Locale::Es, 3, 162),
        };
        let shown = progress.shown();
        let labels: Vec<&str> = shown.rows.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, vec!["es", "fa", "other"], "no row says Tigrinya");
        let other = &shown.rows[2].1;
        assert_eq!(other[1], Cell::Small, "two sent in Tigrinya: <5");
        assert!(
            shown
                .rows
                .iter()
                .all(|(_, cells)| cells.iter().all(|cell| match cell {
                    Cell::Shown(n) => n % 5 == 0,
                    _ => true,
                })),
            "{shown:?}"
        );
        // The sent column's total is shown, so a second sent count is hidden with the "<5".
        assert!(shown.total[1] != Cell::Small);
        let hidden_sent = shown.rows.iter().filter(|(_, c)| c[1].is_hidden()).count();
        assert!(hidden_sent >= 2, "{shown:?}");
    }
}
