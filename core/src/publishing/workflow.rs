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
use super::model::{Campaign, CampaignSlug, NewCampaign, Targets, TextInput};
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
    /// A correction published this way is not sent to anyone ([`Self::publish`] chooses).
    pub async fn take_step(
        &self,
        user: &User,
        id: i64,
        step: Step,
        now: i64,
    ) -> Result<(Campaign, Option<u64>), PublishError> {
        self.step_with(user, id, step, false, now).await
    }

    /// Publishes an approved campaign. For a correction, `resend` is the publisher's choice:
    /// send it to the chats that were sent an earlier revision (and to nobody else), or to
    /// nobody; either way the revision it replaces is stopped in the same transaction, its
    /// unsent messages cancelled, and its banner replaced by this one's. A first campaign
    /// goes to its subscribers as always, whatever `resend` says.
    pub async fn publish(
        &self,
        user: &User,
        id: i64,
        resend: bool,
        now: i64,
    ) -> Result<(Campaign, u64), PublishError> {
        let (campaign, queued) = self.step_with(user, id, Step::Publish, resend, now).await?;
        Ok((campaign, queued.unwrap_or(0)))
    }

    async fn step_with(
        &self,
        user: &User,
        id: i64,
        step: Step,
        resend: bool,
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
        let mut replaced = Vec::new();
        let queued = match step {
            Step::Publish if campaign.revision_of.is_some() => {
                let first = campaign.first_revision();
                for (old, slug) in campaign_rows::published_in_line(&mut tx, first, id).await? {
                    if campaign_rows::stop(&mut tx, old, &user.name, now).await? {
                        let cancelled = outbox::cancel(&mut tx, old).await?;
                        replaced.push(format!("{slug}, {cancelled} cancelled"));
                    }
                }
                campaign_rows::set_resend(&mut tx, id, resend).await?;
                Some(if resend {
                    outbox::fill_correction(&mut tx, &campaign, now).await?
                } else {
                    0
                })
            }
            Step::Publish => Some(outbox::fill(&mut tx, &campaign, now).await?),
            _ => None,
        };
        let detail = match queued {
            Some(queued) if !replaced.is_empty() => format!(
                "{} ({queued} messages queued; replaces {})",
                campaign.slug,
                replaced.join("; ")
            ),
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

    /// Stops a published campaign: its banner goes from every kiosk (each instance notices
    /// within `banner_check_seconds`), its queued messages are cancelled, all in one
    /// transaction with the audit row. Returns the campaign and how many were cancelled.
    pub async fn stop(
        &self,
        user: &User,
        id: i64,
        now: i64,
    ) -> Result<(Campaign, u64), PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        rules::decide_stop(&campaign, user)?;
        let mut tx = self.store.begin().await?;
        if !campaign_rows::stop(&mut tx, id, &user.name, now).await? {
            return Err(PublishError::WrongStatus("changed meanwhile", "be stopped"));
        }
        let cancelled = outbox::cancel(&mut tx, id).await?;
        let detail = format!("{} ({cancelled} queued messages cancelled)", campaign.slug);
        audit::record(&mut tx, &user.name, "campaign.stop", &detail, now).await?;
        tx.commit().await?;
        Ok((self.store.campaigns().get(id).await?, cancelled))
    }

    /// Starts a correction of a published campaign: a new draft revision with its texts,
    /// targets and window, named `<first slug>-r<revision>`, which goes through review and
    /// approval like any campaign. The published one stays until the correction is
    /// published. A line has one correction under way at a time: asking again returns it
    /// (`false`: not new).
    pub async fn correct(
        &self,
        user: &User,
        id: i64,
        now: i64,
    ) -> Result<(Campaign, bool), PublishError> {
        let campaign = self.store.campaigns().get(id).await?;
        rules::decide_correction(&campaign, user)?;
        let first = campaign.first_revision();
        let mut tx = self.store.begin().await?;
        if let Some(open) = campaign_rows::open_correction(&mut tx, first).await? {
            tx.commit().await?;
            return Ok((self.store.campaigns().get(open).await?, false));
        }
        let revision = campaign_rows::next_revision(&mut tx, first).await?;
        let first_slug = if first == campaign.id {
            campaign.slug.clone()
        } else {
            self.store.campaigns().get(first).await?.slug
        };
        let slug = correction_slug(&first_slug, revision)?;
        let Some(new) =
            campaign_rows::insert_correction(&mut tx, &campaign, &slug, revision, &user.name, now)
                .await?
        else {
            return Err(PublishError::SlugTaken(slug.to_string()));
        };
        let detail = format!("{slug} (correction of {})", campaign.slug);
        audit::record(&mut tx, &user.name, "campaign.correct", &detail, now).await?;
        tx.commit().await?;
        Ok((self.store.campaigns().get(new).await?, true))
    }
}

/// A correction's name: the first campaign's with `-r<revision>`, shortened to stay a slug.
fn correction_slug(first: &CampaignSlug, revision: i64) -> Result<CampaignSlug, PublishError> {
    let suffix = format!("-r{revision}");
    let room = 48usize.saturating_sub(suffix.len());
    let base: String = first.as_str().chars().take(room).collect();
    CampaignSlug::parse(&format!("{}{suffix}", base.trim_end_matches('-')))
}

#[cfg(test)]
mod slug_tests {
    use super::*;

    #[test]
    fn a_correction_is_named_after_the_first_campaign_within_48_characters() {
        let first = CampaignSlug::parse("comar-tapachula").unwrap();
        assert_eq!(
            correction_slug(&first, 2).unwrap().as_str(),
            "comar-tapachula-r2"
        );
        let long = CampaignSlug::parse(&format!("{}-b", "a".repeat(45))).unwrap();
        let named = correction_slug(&long, 12).unwrap();
        assert_eq!(named.as_str(), format!("{}-r12", "a".repeat(44)));
        // A cut that would end in '-' loses it.
        let dashed = CampaignSlug::parse(&format!("{}-bc", "a".repeat(43))).unwrap();
        assert_eq!(
            correction_slug(&dashed, 12).unwrap().as_str(),
            format!("{}-r12", "a".repeat(43))
        );
    }
}
