//! Campaigns and their texts in the database, and the steps from draft to published. Every
//! change is checked against the account's role and written to the audit log.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::accounts::User;
use crate::content::markdown::to_html;
use crate::locale::Locale;
use crate::store::Store;

use super::permissions::require;
use super::{CampaignSlug, CampaignStatus, MAX_BODY_CHARS, MAX_TITLE_CHARS, PublishError, Targets};

#[derive(Clone, Debug, PartialEq)]
pub struct Campaign {
    pub id: i64,
    pub slug: CampaignSlug,
    pub status: CampaignStatus,
    pub targets: Targets,
    pub starts_at: i64,
    pub ends_at: i64,
    pub created_by: String,
    pub submitted_by: Option<String>,
    pub approved_by: Option<String>,
    pub published_by: Option<String>,
    pub published_at: Option<i64>,
    pub updated_at: i64,
    /// In the order of `Locale::ALL`.
    pub texts: Vec<CampaignText>,
}

impl Campaign {
    pub fn text(&self, locale: Locale) -> Option<&CampaignText> {
        self.texts.iter().find(|text| text.locale == locale)
    }

    /// The text a reader of `locale` gets: theirs, else along its fallback chain.
    pub fn text_for(&self, locale: Locale) -> Option<&CampaignText> {
        locale.chain().find_map(|locale| self.text(locale))
    }

    /// The locales a campaign targets that have no text of their own (they get a fallback).
    pub fn missing_locales(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|l| self.targets.includes_locale(*l) && self.text(*l).is_none())
            .collect()
    }

    /// Shown on kiosks and sent now: published and within its window.
    pub fn is_live(&self, now: i64) -> bool {
        self.status == CampaignStatus::Published && self.starts_at <= now && now < self.ends_at
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignText {
    pub locale: Locale,
    pub title: String,
    /// Markdown as the focal point wrote it.
    pub body: String,
    /// `original`, `machine` or `reviewed`.
    pub translation: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct NewCampaign {
    pub slug: CampaignSlug,
    pub targets: Targets,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// A locale's text as a focal point submits it.
#[derive(Clone, Debug)]
pub struct TextInput {
    pub title: String,
    pub body: String,
    /// `original` or `machine`; `reviewed` only through [`Store::mark_campaign_text_reviewed`].
    pub translation: String,
}

impl TextInput {
    fn validate(&self) -> Result<(), PublishError> {
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS || title.contains('\n') {
            return Err(PublishError::BadTitle);
        }
        let body = self.body.trim();
        // A body that sanitises to nothing (only raw HTML, say) is as empty as no body.
        if body.is_empty()
            || body.chars().count() > MAX_BODY_CHARS
            || to_html(body).trim().is_empty()
        {
            return Err(PublishError::BadBody);
        }
        if !matches!(self.translation.as_str(), "original" | "machine") {
            return Err(PublishError::BadBody);
        }
        Ok(())
    }
}

const SELECT_CAMPAIGN: &str =
    "SELECT id, slug, status, target_locales, target_countries, starts_at, ends_at,
    created_by, submitted_by, approved_by, published_by, published_at, updated_at FROM campaigns";

impl Store {
    pub async fn create_campaign(
        &self,
        user: &User,
        new: &NewCampaign,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        require(user, &new.targets, "create campaigns")?;
        if new.ends_at <= new.starts_at {
            return Err(PublishError::BadWindow);
        }
        let inserted = sqlx::query(
            "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at, ends_at, created_by, created_at, updated_at)
             VALUES ($1, 'draft', $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(new.slug.as_str())
        .bind(new.targets.locales_column())
        .bind(new.targets.countries_column())
        .bind(new.starts_at)
        .bind(new.ends_at)
        .bind(&user.name)
        .bind(now)
        .fetch_one(self.pool())
        .await;
        let id: i64 = match inserted {
            Ok(row) => row.try_get("id")?,
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                return Err(PublishError::SlugTaken(new.slug.to_string()));
            }
            Err(error) => return Err(error.into()),
        };
        self.audit(&user.name, "campaign.create", new.slug.as_str(), now)
            .await?;
        self.campaign(id).await
    }

    pub async fn campaign(&self, id: i64) -> Result<Campaign, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(PublishError::NoSuchCampaign)?;
        self.campaign_from_row(row).await
    }

    pub async fn campaign_by_slug(&self, slug: &CampaignSlug) -> Result<Campaign, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} WHERE slug = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(slug.as_str())
            .fetch_optional(self.pool())
            .await?
            .ok_or(PublishError::NoSuchCampaign)?;
        self.campaign_from_row(row).await
    }

    /// Every campaign, newest first.
    pub async fn campaigns(&self) -> Result<Vec<Campaign>, PublishError> {
        let sql = format!("{SELECT_CAMPAIGN} ORDER BY id DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(self.pool())
            .await?;
        let mut all = Vec::with_capacity(rows.len());
        for row in rows {
            all.push(self.campaign_from_row(row).await?);
        }
        Ok(all)
    }

    /// Published campaigns whose window includes `now`: the kiosks' banners.
    pub async fn live_campaigns(&self, now: i64) -> Result<Vec<Campaign>, PublishError> {
        let sql = format!(
            "{SELECT_CAMPAIGN} WHERE status = 'published' AND starts_at <= $1 AND ends_at > $1 ORDER BY starts_at DESC, id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .fetch_all(self.pool())
            .await?;
        let mut live = Vec::with_capacity(rows.len());
        for row in rows {
            live.push(self.campaign_from_row(row).await?);
        }
        Ok(live)
    }

    async fn campaign_from_row(&self, row: AnyRow) -> Result<Campaign, PublishError> {
        let id: i64 = row.try_get("id")?;
        let slug: String = row.try_get("slug")?;
        let status: String = row.try_get("status")?;
        let locales: String = row.try_get("target_locales")?;
        let countries: String = row.try_get("target_countries")?;
        let text_rows = sqlx::query(
            "SELECT locale, title, body, translation, reviewed_by, reviewed_at FROM campaign_texts WHERE campaign_id = $1",
        )
        .bind(id)
        .fetch_all(self.pool())
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
            texts,
        })
    }

    /// Changes targets and window. An approved or submitted campaign goes back to draft.
    pub async fn update_campaign(
        &self,
        user: &User,
        id: i64,
        targets: &Targets,
        starts_at: i64,
        ends_at: i64,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "change this campaign")?;
        require(user, targets, "change this campaign")?;
        editable(&campaign)?;
        if ends_at <= starts_at {
            return Err(PublishError::BadWindow);
        }
        sqlx::query(
            "UPDATE campaigns SET target_locales = $1, target_countries = $2, starts_at = $3, ends_at = $4,
                status = 'draft', submitted_by = NULL, approved_by = NULL, updated_at = $5 WHERE id = $6",
        )
        .bind(targets.locales_column())
        .bind(targets.countries_column())
        .bind(starts_at)
        .bind(ends_at)
        .bind(now)
        .bind(id)
        .execute(self.pool())
        .await?;
        self.audit(&user.name, "campaign.update", campaign.slug.as_str(), now)
            .await?;
        self.campaign(id).await
    }

    /// Sets (or replaces) one locale's text. An approved or submitted campaign goes back to
    /// draft, so what is published is always what was approved.
    pub async fn set_campaign_text(
        &self,
        user: &User,
        id: i64,
        locale: Locale,
        input: &TextInput,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "change this campaign")?;
        editable(&campaign)?;
        input.validate()?;
        let mut transaction = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO campaign_texts (campaign_id, locale, title, body, translation, reviewed_by, reviewed_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6)
             ON CONFLICT (campaign_id, locale) DO UPDATE SET title = excluded.title, body = excluded.body,
                translation = excluded.translation, reviewed_by = NULL, reviewed_at = NULL, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(locale.tag())
        .bind(input.title.trim())
        .bind(input.body.trim())
        .bind(&input.translation)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        sqlx::query(
            "UPDATE campaigns SET status = 'draft', submitted_by = NULL, approved_by = NULL, updated_at = $1 WHERE id = $2",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        let detail = format!("{} {}", campaign.slug, locale.tag());
        self.audit(&user.name, "campaign.text", &detail, now)
            .await?;
        self.campaign(id).await
    }

    /// A reviewer vouches for one locale's text (name and time recorded). This does not
    /// change the campaign's status: a review of wording is not an approval to publish.
    pub async fn mark_campaign_text_reviewed(
        &self,
        user: &User,
        id: i64,
        locale: Locale,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "review this campaign")?;
        if campaign.text(locale).is_none() {
            return Err(PublishError::NoTextIn(locale));
        }
        sqlx::query(
            "UPDATE campaign_texts SET translation = CASE WHEN translation = 'original' THEN 'original' ELSE 'reviewed' END,
                reviewed_by = $1, reviewed_at = $2 WHERE campaign_id = $3 AND locale = $4",
        )
        .bind(&user.name)
        .bind(now)
        .bind(id)
        .bind(locale.tag())
        .execute(self.pool())
        .await?;
        let detail = format!("{} {}", campaign.slug, locale.tag());
        self.audit(&user.name, "campaign.review-text", &detail, now)
            .await?;
        self.campaign(id).await
    }

    /// Draft → review.
    pub async fn submit_campaign(
        &self,
        user: &User,
        id: i64,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "submit this campaign")?;
        if campaign.texts.is_empty() {
            return Err(PublishError::NoText);
        }
        self.step(
            &campaign,
            user,
            CampaignStatus::Draft,
            "review",
            "submitted_by",
            "be submitted",
            now,
        )
        .await?;
        self.audit(&user.name, "campaign.submit", campaign.slug.as_str(), now)
            .await?;
        self.campaign(id).await
    }

    /// Review → draft, with the reviewer's reason in the audit log.
    pub async fn return_campaign(
        &self,
        user: &User,
        id: i64,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "return this campaign")?;
        if campaign.status != CampaignStatus::Review {
            return Err(PublishError::WrongStatus(
                campaign.status.as_str(),
                "be returned",
            ));
        }
        sqlx::query(
            "UPDATE campaigns SET status = 'draft', submitted_by = NULL, updated_at = $1 WHERE id = $2 AND status = 'review'",
        )
        .bind(now)
        .bind(id)
        .execute(self.pool())
        .await?;
        self.audit(&user.name, "campaign.return", campaign.slug.as_str(), now)
            .await?;
        self.campaign(id).await
    }

    /// Review → approved. With `second_person`, whoever submitted cannot approve.
    pub async fn approve_campaign(
        &self,
        user: &User,
        id: i64,
        second_person: bool,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "approve this campaign")?;
        if second_person
            && campaign.status == CampaignStatus::Review
            && campaign.submitted_by.as_deref() == Some(user.name.as_str())
        {
            return Err(PublishError::SecondApproverRequired);
        }
        self.step(
            &campaign,
            user,
            CampaignStatus::Review,
            "approved",
            "approved_by",
            "be approved",
            now,
        )
        .await?;
        self.audit(&user.name, "campaign.approve", campaign.slug.as_str(), now)
            .await?;
        self.campaign(id).await
    }

    /// Approved → published: fills the outbox for the subscribers it targets, in the same
    /// transaction, and returns the campaign with how many messages were queued.
    pub async fn publish_campaign(
        &self,
        user: &User,
        id: i64,
        now: i64,
    ) -> Result<(Campaign, u64), PublishError> {
        let campaign = self.campaign(id).await?;
        require(user, &campaign.targets, "publish this campaign")?;
        if campaign.status != CampaignStatus::Approved {
            return Err(PublishError::WrongStatus(
                campaign.status.as_str(),
                "be published",
            ));
        }
        let mut transaction = self.pool().begin().await?;
        let moved = sqlx::query(
            "UPDATE campaigns SET status = 'published', published_by = $1, published_at = $2, updated_at = $2
             WHERE id = $3 AND status = 'approved'",
        )
        .bind(&user.name)
        .bind(now)
        .bind(id)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if moved != 1 {
            // Someone else published it a moment ago.
            return Err(PublishError::WrongStatus("published", "be published"));
        }
        let queued = super::outbox::fill(&mut transaction, &campaign, now).await?;
        transaction.commit().await?;
        let detail = format!("{} ({queued} messages queued)", campaign.slug);
        self.audit(&user.name, "campaign.publish", &detail, now)
            .await?;
        Ok((self.campaign(id).await?, queued))
    }

    /// One status step, only from `from`, recording who took it.
    #[allow(clippy::too_many_arguments)]
    async fn step(
        &self,
        campaign: &Campaign,
        user: &User,
        from: CampaignStatus,
        to: &'static str,
        by_column: &'static str,
        what: &'static str,
        now: i64,
    ) -> Result<(), PublishError> {
        if campaign.status != from {
            return Err(PublishError::WrongStatus(campaign.status.as_str(), what));
        }
        let sql = format!(
            "UPDATE campaigns SET status = $1, {by_column} = $2, updated_at = $3 WHERE id = $4 AND status = $5"
        );
        let moved = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(to)
            .bind(&user.name)
            .bind(now)
            .bind(campaign.id)
            .bind(from.as_str())
            .execute(self.pool())
            .await?
            .rows_affected();
        if moved == 1 {
            Ok(())
        } else {
            Err(PublishError::WrongStatus("changed meanwhile", what))
        }
    }
}

/// A step of a campaign's way from draft to published, as the web pages and the API name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Submit,
    Return,
    Approve,
    Publish,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Submit, Step::Return, Step::Approve, Step::Publish];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Return => "return",
            Step::Approve => "approve",
            Step::Publish => "publish",
        }
    }
}

impl Store {
    /// Takes `step`; `second_person` is the instance's `require_second_approver`. Returns
    /// the campaign and, for a publication, how many messages were queued.
    pub async fn take_step(
        &self,
        user: &User,
        id: i64,
        step: Step,
        second_person: bool,
        now: i64,
    ) -> Result<(Campaign, Option<u64>), PublishError> {
        match step {
            Step::Submit => Ok((self.submit_campaign(user, id, now).await?, None)),
            Step::Return => Ok((self.return_campaign(user, id, now).await?, None)),
            Step::Approve => Ok((
                self.approve_campaign(user, id, second_person, now).await?,
                None,
            )),
            Step::Publish => {
                let (campaign, queued) = self.publish_campaign(user, id, now).await?;
                Ok((campaign, Some(queued)))
            }
        }
    }
}

/// Published campaigns are what subscribers already received: they cannot change.
fn editable(campaign: &Campaign) -> Result<(), PublishError> {
    if campaign.status == CampaignStatus::Published {
        Err(PublishError::WrongStatus("published", "change"))
    } else {
        Ok(())
    }
}
