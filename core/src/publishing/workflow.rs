//! What focal points do with campaigns, start to finish: each use case loads the campaign,
//! asks the rules ([`super::rules`], [`super::permissions`]), writes the change and its audit
//! row in one transaction, and — for a publication — fills the outbox in that same
//! transaction and wakes the sender. The admin pages and the API call these and nothing else.

use crate::accounts::{User, audit};
use crate::app::App;
use crate::locale::Locale;
use crate::signal::Signal;
use crate::store::Store;

use super::PublishError;
use super::campaign_rows;
use super::model::{Campaign, NewCampaign, Targets, TextInput};
use super::outbox;
use super::permissions::require;
use super::rules::{self, Step};

/// Publishing as one instance runs it: its database, the doorbell of its broadcast sender,
/// and whether a second person must approve.
#[derive(Clone, Copy)]
pub struct Publishing<'a> {
    pub(super) store: &'a Store,
    outbox: &'a Signal,
    second_approver: bool,
}

impl App {
    pub fn publishing(&self) -> Publishing<'_> {
        Publishing::new(
            &self.store,
            &self.outbox,
            self.config.require_second_approver,
        )
    }
}

impl<'a> Publishing<'a> {
    pub fn new(store: &'a Store, outbox: &'a Signal, second_approver: bool) -> Self {
        Publishing {
            store,
            outbox,
            second_approver,
        }
    }

    pub async fn create(
        &self,
        user: &User,
        new: &NewCampaign,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        require(user, &new.targets, "create campaigns")?;
        if new.ends_at <= new.starts_at {
            return Err(PublishError::BadWindow);
        }
        let mut tx = self.store.begin().await?;
        let id = campaign_rows::insert(&mut tx, new, &user.name, now).await?;
        audit::record(
            &mut tx,
            &user.name,
            "campaign.create",
            new.slug.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        self.store.campaigns().get(id).await
    }

    /// Changes targets and window. An approved or submitted campaign goes back to draft.
    pub async fn update(
        &self,
        user: &User,
        id: i64,
        targets: &Targets,
        starts_at: i64,
        ends_at: i64,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        require(user, &campaign.targets, "change this campaign")?;
        require(user, targets, "change this campaign")?;
        rules::editable(&campaign)?;
        if ends_at <= starts_at {
            return Err(PublishError::BadWindow);
        }
        let mut tx = self.store.begin().await?;
        if !campaign_rows::set_targets(&mut tx, id, targets, starts_at, ends_at, now).await? {
            return Err(PublishError::WrongStatus("published", "change"));
        }
        audit::record(
            &mut tx,
            &user.name,
            "campaign.update",
            campaign.slug.as_str(),
            now,
        )
        .await?;
        tx.commit().await?;
        self.store.campaigns().get(id).await
    }

    /// Sets (or replaces) one locale's text. An approved or submitted campaign goes back to
    /// draft, so what is published is always what was approved; a campaign published between
    /// the check and the write keeps its text (the write is refused in the same transaction).
    pub async fn set_text(
        &self,
        user: &User,
        id: i64,
        locale: Locale,
        input: &TextInput,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        require(user, &campaign.targets, "change this campaign")?;
        rules::editable(&campaign)?;
        input.validate()?;
        let mut tx = self.store.begin().await?;
        if !campaign_rows::back_to_draft(&mut tx, id, now).await? {
            return Err(PublishError::WrongStatus("published", "change"));
        }
        campaign_rows::put_text(&mut tx, id, locale, input, &user.name, now).await?;
        let detail = format!("{} {}", campaign.slug, locale.tag());
        audit::record(&mut tx, &user.name, "campaign.text", &detail, now).await?;
        tx.commit().await?;
        self.store.campaigns().get(id).await
    }

    /// A reviewer vouches for one locale's text (name and time recorded). This does not
    /// change the campaign's status: a review of wording is not an approval to publish.
    pub async fn mark_text_reviewed(
        &self,
        user: &User,
        id: i64,
        locale: Locale,
        now: i64,
    ) -> Result<Campaign, PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        require(user, &campaign.targets, "review this campaign")?;
        if campaign.text(locale).is_none() {
            return Err(PublishError::NoTextIn(locale));
        }
        let mut tx = self.store.begin().await?;
        campaign_rows::mark_text_reviewed(&mut tx, id, locale, &user.name, now).await?;
        let detail = format!("{} {}", campaign.slug, locale.tag());
        audit::record(&mut tx, &user.name, "campaign.review-text", &detail, now).await?;
        tx.commit().await?;
        self.store.campaigns().get(id).await
    }

    /// Takes `step` (submit, return, approve, publish). Returns the campaign and, for a
    /// publication, how many messages were queued; the broadcast sender is woken at once.
    pub async fn take_step(
        &self,
        user: &User,
        id: i64,
        step: Step,
        now: i64,
    ) -> Result<(Campaign, Option<u64>), PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        let transition = rules::decide(step, &campaign, user, self.second_approver)?;
        let mut tx = self.store.begin().await?;
        if !campaign_rows::apply(&mut tx, id, transition, &user.name, now).await? {
            // Someone else moved it a moment ago.
            return Err(PublishError::WrongStatus(
                "changed meanwhile",
                step.passive(),
            ));
        }
        let queued = match step {
            Step::Publish => Some(outbox::fill(&mut tx, &campaign, now).await?),
            _ => None,
        };
        let detail = match queued {
            Some(queued) => format!("{} ({queued} messages queued)", campaign.slug),
            None => campaign.slug.to_string(),
        };
        let action = format!("campaign.{}", step.as_str());
        audit::record(&mut tx, &user.name, &action, &detail, now).await?;
        tx.commit().await?;
        if step == Step::Publish {
            self.outbox.wake();
        }
        Ok((self.store.campaigns().get(id).await?, queued))
    }
}
