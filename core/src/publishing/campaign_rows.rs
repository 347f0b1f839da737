//! Campaigns and their texts in the database: reads through [`CampaignRows`], writes as
//! functions over a transaction so that a change and its audit row land together. Nothing
//! here decides whether a change is allowed ([`super::rules`] does).

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::locale::Locale;
use crate::store::{Store, Tx};

use super::PublishError;
use super::model::{
    Campaign, CampaignSlug, CampaignStatus, CampaignText, NewCampaign, Targets, TextInput,
};
use super::rules::Transition;

const SELECT_CAMPAIGN: &str =
    "SELECT id, slug, status, target_locales, target_countries, starts_at, ends_at,
    created_by, submitted_by, approved_by, published_by, published_at, updated_at,
    stopped_by, stopped_at, revision_of, revision, resend FROM campaigns";

/// One campaign as the kiosks' banners depend on it ([`CampaignRows::banner_marks`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BannerMark {
    pub id: i64,
    pub status: String,
    pub updated_at: i64,
}

/// The campaigns table, read-only.
pub struct CampaignRows<'a> {
    store: &'a Store,
}

impl Store {
    pub fn campaigns(&self) -> CampaignRows<'_> {
        CampaignRows { store: self }
    }
}

impl CampaignRows<'_> {
    pub async fn get(&self, id: i64) -> Result<Campaign, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.store.pool())
            .await?
            .ok_or(PublishError::NoSuchCampaign)?;
        self.load(row).await
    }

    pub async fn by_slug(&self, slug: &CampaignSlug) -> Result<Campaign, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} WHERE slug = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(slug.as_str())
            .fetch_optional(self.store.pool())
            .await?
            .ok_or(PublishError::NoSuchCampaign)?;
        self.load(row).await
    }

    /// Every campaign, newest first.
    pub async fn all(&self) -> Result<Vec<Campaign>, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} ORDER BY id DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.store.pool())
            .await?;
        self.load_all(rows).await
    }

    /// Published campaigns whose window includes `now`: the kiosks' banners.
    pub async fn live(&self, now: i64) -> Result<Vec<Campaign>, PublishError> {
        let sql = format!(
            "{SELECT_CAMPAIGN} WHERE status = 'published' AND starts_at <= $1 AND ends_at > $1 ORDER BY starts_at DESC, id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .fetch_all(self.store.pool())
            .await?;
        self.load_all(rows).await
    }

    /// What the kiosks' banners depend on: each campaign inside its window that is published
    /// or was stopped, with its status and when it last changed. Instances compare it every
    /// few seconds to drop their cached pages (see `web/src/public/banner_watch.rs`); a
    /// campaign that is published, stopped, replaced, starts or ends changes it. Stopped ones
    /// are in it so that a campaign published and stopped between two looks still changes
    /// it: a kiosk may have shown its banner in between. One query over a handful of rows.
    pub async fn banner_marks(&self, now: i64) -> Result<Vec<BannerMark>, PublishError> {
        let rows = sqlx::query(
            "SELECT id, status, updated_at FROM campaigns WHERE status IN ('published', 'stopped') AND starts_at <= $1 AND ends_at > $1 ORDER BY id",
        )
        .bind(now)
        .fetch_all(self.store.pool())
        .await?;
        let mut marks = Vec::with_capacity(rows.len());
        for row in rows {
            marks.push(BannerMark {
                id: row.try_get("id")?,
                status: row.try_get("status")?,
                updated_at: row.try_get("updated_at")?,
            });
        }
        Ok(marks)
    }

    /// Every revision of the line that starts with campaign `first`, first to last.
    pub async fn revisions(&self, first: i64) -> Result<Vec<Campaign>, PublishError> {
        let sql =
            format!("{SELECT_CAMPAIGN} WHERE id = $1 OR revision_of = $1 ORDER BY revision, id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(first)
            .fetch_all(self.store.pool())
            .await?;
        self.load_all(rows).await
    }

    /// One page of campaigns, newest first, as the API lists them.
    pub async fn list(&self, filter: &ListFilter) -> Result<Vec<Campaign>, PublishError> {
        // Fixed SQL with every filter present; an absent one is a condition that holds.
        let sql = format!(
            "{SELECT_CAMPAIGN} WHERE ($1 = '' OR status = $1)
             AND ($2 = '' OR target_countries = '' OR (' ' || target_countries || ' ') LIKE $3)
             AND updated_at >= $4 AND id < $5
             ORDER BY id DESC LIMIT $6"
        );
        let country = filter.country.map(|c| c.to_string()).unwrap_or_default();
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(filter.status.map_or("", |s| s.as_str()))
            .bind(country.clone())
            .bind(format!("% {country} %"))
            .bind(filter.updated_since.unwrap_or(i64::MIN))
            .bind(filter.before.unwrap_or(i64::MAX))
            .bind(filter.limit)
            .fetch_all(self.store.pool())
            .await?;
        self.load_all(rows).await
    }

    async fn load_all(&self, rows: Vec<AnyRow>) -> Result<Vec<Campaign>, PublishError> {
        let mut all = Vec::with_capacity(rows.len());
        for row in rows {
            all.push(self.load(row).await?);
        }
        Ok(all)
    }

    async fn load(&self, row: AnyRow) -> Result<Campaign, PublishError> {
        let id: i64 = row.try_get("id")?;
        let slug: String = row.try_get("slug")?;
        let status: String = row.try_get("status")?;
        let locales: String = row.try_get("target_locales")?;
        let countries: String = row.try_get("target_countries")?;
        let text_rows = sqlx::query(
            "SELECT locale, title, body, translation, reviewed_by, reviewed_at, written_by FROM campaign_texts WHERE campaign_id = $1",
        )
        .bind(id)
        .fetch_all(self.store.pool())
        .await?;
        let mut texts = Vec::with_capacity(text_rows.len());
        for text in text_rows {
            let locale: String = text.try_get("locale")?;
            let Ok(locale) = locale.parse::<Locale>() else {
                continue;
            };
            texts.push(CampaignText {
                locale,
                title: text.try_get("title")?,
                body: text.try_get("body")?,
                translation: text.try_get("translation")?,
                reviewed_by: text.try_get("reviewed_by")?,
                reviewed_at: text.try_get("reviewed_at")?,
                written_by: text.try_get("written_by")?,
            });
        }
        texts.sort_by_key(|text| Locale::ALL.iter().position(|l| *l == text.locale));
        Ok(Campaign {
            id,
            slug: CampaignSlug::parse(&slug)?,
            status: CampaignStatus::parse(&status)?,
            targets: Targets::from_columns(&locales, &countries),
            starts_at: row.try_get("starts_at")?,
            ends_at: row.try_get("ends_at")?,
            created_by: row.try_get("created_by")?,
            submitted_by: row.try_get("submitted_by")?,
            approved_by: row.try_get("approved_by")?,
            published_by: row.try_get("published_by")?,
            published_at: row.try_get("published_at")?,
            updated_at: row.try_get("updated_at")?,
            stopped_by: row.try_get("stopped_by")?,
            stopped_at: row.try_get("stopped_at")?,
            revision_of: row.try_get("revision_of")?,
            revision: row.try_get("revision")?,
            resend: row.try_get::<i64, _>("resend")? != 0,
            texts,
        })
    }
}

/// Which campaigns [`CampaignRows::list`] returns. `None` filters nothing.
#[derive(Clone, Debug)]
pub struct ListFilter {
    pub status: Option<CampaignStatus>,
    /// Campaigns shown in this country: those that target it, and those for every country.
    pub country: Option<crate::country::CountryCode>,
    /// Changed at or after this time.
    pub updated_since: Option<i64>,
    /// Only campaigns with a smaller id (the page after one that ended with this id).
    pub before: Option<i64>,
    pub limit: i64,
}

/// A new draft; [`PublishError::SlugTaken`] when a campaign of that name exists.
pub(super) async fn insert(
    tx: &mut Tx,
    new: &NewCampaign,
    created_by: &str,
    now: i64,
) -> Result<i64, PublishError> {
    insert_if_new(tx, new, created_by, now)
        .await?
        .ok_or_else(|| PublishError::SlugTaken(new.slug.to_string()))
}

/// Like [`insert`], but a campaign already there keeps what focal points made of it.
pub(super) async fn insert_if_new(
    tx: &mut Tx,
    new: &NewCampaign,
    created_by: &str,
    now: i64,
) -> Result<Option<i64>, PublishError> {
    let inserted = sqlx::query(
        "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at, ends_at, created_by, created_at, updated_at)
         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(new.slug.as_str())
    .bind(new.targets.locales_column())
    .bind(new.targets.countries_column())
    .bind(new.starts_at)
    .bind(new.ends_at)
    .bind(created_by)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match inserted {
        Some(row) => Some(row.try_get("id")?),
        None => None,
    })
}

/// New targets and window, and back to draft. False when the campaign was published in the
/// meantime (then nothing changed).
pub(super) async fn set_targets(
    tx: &mut Tx,
    id: i64,
    targets: &Targets,
    starts_at: i64,
    ends_at: i64,
    now: i64,
) -> Result<bool, PublishError> {
    let changed = sqlx::query(
        "UPDATE campaigns SET target_locales = $1, target_countries = $2, starts_at = $3, ends_at = $4,
            status = 'draft', submitted_by = NULL, approved_by = NULL, updated_at = $5
         WHERE id = $6 AND status NOT IN ('published', 'stopped')",
    )
    .bind(targets.locales_column())
    .bind(targets.countries_column())
    .bind(starts_at)
    .bind(ends_at)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Sends a campaign back to draft after a change to its texts. False when it was published in
/// the meantime: the caller then rolls the change back.
pub(super) async fn back_to_draft(tx: &mut Tx, id: i64, now: i64) -> Result<bool, PublishError> {
    let changed = sqlx::query(
        "UPDATE campaigns SET status = 'draft', submitted_by = NULL, approved_by = NULL, updated_at = $1
         WHERE id = $2 AND status NOT IN ('published', 'stopped')",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Sets (or replaces) one locale's text, recording who wrote it; a replaced text loses its
/// reviewer's mark.
pub(super) async fn put_text(
    tx: &mut Tx,
    id: i64,
    locale: Locale,
    input: &TextInput,
    writer: &str,
    now: i64,
) -> Result<(), PublishError> {
    sqlx::query(
        "INSERT INTO campaign_texts (campaign_id, locale, title, body, translation, reviewed_by, reviewed_at, updated_at, written_by)
         VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7)
         ON CONFLICT (campaign_id, locale) DO UPDATE SET title = excluded.title, body = excluded.body,
            translation = excluded.translation, reviewed_by = NULL, reviewed_at = NULL, updated_at = excluded.updated_at,
            written_by = excluded.written_by",
    )
    .bind(id)
    .bind(locale.tag())
    .bind(input.title.trim())
    .bind(input.body.trim())
    .bind(&input.translation)
    .bind(now)
    .bind(writer)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A text exactly as the pack brings it (its translation status included).
pub(super) async fn put_pack_text(
    tx: &mut Tx,
    id: i64,
    text: &crate::content::PackCampaignText,
    writer: &str,
    now: i64,
) -> Result<(), PublishError> {
    sqlx::query(
        "INSERT INTO campaign_texts (campaign_id, locale, title, body, translation, updated_at, written_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(text.locale.tag())
    .bind(&text.title)
    .bind(&text.body)
    .bind(&text.translation)
    .bind(now)
    .bind(writer)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A reviewer's name and time on one locale's text; an original stays original.
pub(super) async fn mark_text_reviewed(
    tx: &mut Tx,
    id: i64,
    locale: Locale,
    reviewer: &str,
    now: i64,
) -> Result<(), PublishError> {
    sqlx::query(
        "UPDATE campaign_texts SET translation = CASE WHEN translation = 'original' THEN 'original' ELSE 'reviewed' END,
            reviewed_by = $1, reviewed_at = $2 WHERE campaign_id = $3 AND locale = $4",
    )
    .bind(reviewer)
    .bind(now)
    .bind(id)
    .bind(locale.tag())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves the campaign as `transition` says, recording who took the step — only if it is still
/// in the status the decision was made on. False when someone else moved it first.
pub(super) async fn apply(
    tx: &mut Tx,
    id: i64,
    transition: Transition,
    actor: &str,
    now: i64,
) -> Result<bool, PublishError> {
    use super::rules::Step;
    // Each step records its actor in its own column; the SQL is one of four fixed statements.
    let query = match transition.step {
        Step::Submit => sqlx::query(
            "UPDATE campaigns SET status = $1, submitted_by = $2, updated_at = $3 WHERE id = $4 AND status = $5",
        )
        .bind(transition.to.as_str())
        .bind(actor),
        Step::Approve => sqlx::query(
            "UPDATE campaigns SET status = $1, approved_by = $2, updated_at = $3 WHERE id = $4 AND status = $5",
        )
        .bind(transition.to.as_str())
        .bind(actor),
        Step::Publish => sqlx::query(
            "UPDATE campaigns SET status = $1, published_by = $2, published_at = $3, updated_at = $3 WHERE id = $4 AND status = $5",
        )
        .bind(transition.to.as_str())
        .bind(actor),
        // Returned to its author: the submission is undone; who returned it is in the audit log.
        Step::Return => sqlx::query(
            "UPDATE campaigns SET status = $1, submitted_by = NULL, updated_at = $2 WHERE id = $3 AND status = $4",
        )
        .bind(transition.to.as_str()),
    };
    let moved = query
        .bind(now)
        .bind(id)
        .bind(transition.from.as_str())
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(moved == 1)
}

/// A published campaign stopped by `actor`. False when it was no longer published (stopped
/// or replaced a moment ago): nothing changed.
pub(super) async fn stop(
    tx: &mut Tx,
    id: i64,
    actor: &str,
    now: i64,
) -> Result<bool, PublishError> {
    let changed = sqlx::query(
        "UPDATE campaigns SET status = 'stopped', stopped_by = $1, stopped_at = $2, updated_at = $2
         WHERE id = $3 AND status = 'published'",
    )
    .bind(actor)
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// The published revisions of line `first` other than `except`: the ones a correction
/// being published replaces.
pub(super) async fn published_in_line(
    tx: &mut Tx,
    first: i64,
    except: i64,
) -> Result<Vec<(i64, String)>, PublishError> {
    let rows = sqlx::query(
        "SELECT id, slug FROM campaigns WHERE (id = $1 OR revision_of = $1) AND id <> $2 AND status = 'published'",
    )
    .bind(first)
    .bind(except)
    .fetch_all(&mut **tx)
    .await?;
    let mut found = Vec::with_capacity(rows.len());
    for row in rows {
        found.push((row.try_get("id")?, row.try_get("slug")?));
    }
    Ok(found)
}

/// The correction of line `first` still on its way (draft, review or approved), if any:
/// a line has one at a time.
pub(super) async fn open_correction(tx: &mut Tx, first: i64) -> Result<Option<i64>, PublishError> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM campaigns WHERE revision_of = $1 AND status IN ('draft', 'review', 'approved') ORDER BY id DESC LIMIT 1",
    )
    .bind(first)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id)
}

/// The next revision number of line `first`.
pub(super) async fn next_revision(tx: &mut Tx, first: i64) -> Result<i64, PublishError> {
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(revision) FROM campaigns WHERE id = $1 OR revision_of = $1")
            .bind(first)
            .fetch_one(&mut **tx)
            .await?;
    Ok(last.unwrap_or(1) + 1)
}

/// A correction of `of`: a new draft in its line with `of`'s targets, window and texts (their
/// writers and reviewers kept, so the second-approver rule still sees who wrote them).
/// `None` when a campaign named `slug` exists.
pub(super) async fn insert_correction(
    tx: &mut Tx,
    of: &Campaign,
    slug: &CampaignSlug,
    revision: i64,
    created_by: &str,
    now: i64,
) -> Result<Option<i64>, PublishError> {
    let inserted = sqlx::query(
        "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at, ends_at, created_by, created_at, updated_at, revision_of, revision)
         VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7, $8, $9) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(slug.as_str())
    .bind(of.targets.locales_column())
    .bind(of.targets.countries_column())
    .bind(of.starts_at)
    .bind(of.ends_at)
    .bind(created_by)
    .bind(now)
    .bind(of.first_revision())
    .bind(revision)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = inserted else {
        return Ok(None);
    };
    let id: i64 = row.try_get("id")?;
    sqlx::query(
        "INSERT INTO campaign_texts (campaign_id, locale, title, body, translation, reviewed_by, reviewed_at, updated_at, written_by)
         SELECT $1, locale, title, body, translation, reviewed_by, reviewed_at, $2, written_by FROM campaign_texts WHERE campaign_id = $3",
    )
    .bind(id)
    .bind(now)
    .bind(of.id)
    .execute(&mut **tx)
    .await?;
    Ok(Some(id))
}

/// Records whether a correction being published goes to earlier revisions' recipients.
pub(super) async fn set_resend(tx: &mut Tx, id: i64, resend: bool) -> Result<(), PublishError> {
    sqlx::query("UPDATE campaigns SET resend = $1 WHERE id = $2")
        .bind(i64::from(resend))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
