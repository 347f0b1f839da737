//! The rules of a campaign's way from draft to published, as pure functions: who may take a
//! step, from which status, to which, and the second-approver rule. The storage applies what
//! these decide; it never decides.

use crate::accounts::{Role, User};

use super::PublishError;
use super::model::{Campaign, CampaignStatus};
use super::permissions::{may_handle, may_publish, require};

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

    /// What the step does, in the words of a refusal ("the campaign is draft, so it cannot be
    /// approved").
    pub(super) fn passive(self) -> &'static str {
        match self {
            Step::Submit => "be submitted",
            Step::Return => "be returned",
            Step::Approve => "be approved",
            Step::Publish => "be published",
        }
    }

    /// What the account would do, in the words of a refusal ("this account may not approve
    /// this campaign").
    fn action(self) -> &'static str {
        match self {
            Step::Submit => "submit this campaign",
            Step::Return => "return this campaign",
            Step::Approve => "approve this campaign",
            Step::Publish => "publish this campaign",
        }
    }
}

/// An allowed step: the status it leaves and the one it reaches. The storage moves the
/// campaign only if it is still `from`, so two people acting at once cannot both win.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    pub step: Step,
    pub from: CampaignStatus,
    pub to: CampaignStatus,
}

/// Whether `actor` may take `step` on `campaign` now. `second_approver` is the instance's
/// `require_second_approver`: then whoever submitted a campaign cannot also approve it.
pub fn decide(
    step: Step,
    campaign: &Campaign,
    actor: &User,
    second_approver: bool,
) -> Result<Transition, PublishError> {
    require(actor, &campaign.targets, step.action())?;
    let (from, to) = match step {
        Step::Submit => {
            if campaign.texts.is_empty() {
                return Err(PublishError::NoText);
            }
            (CampaignStatus::Draft, CampaignStatus::Review)
        }
        Step::Return => (CampaignStatus::Review, CampaignStatus::Draft),
        Step::Approve => {
            if second_approver && needs_second_person(campaign, actor) {
                return Err(PublishError::SecondApproverRequired);
            }
            (CampaignStatus::Review, CampaignStatus::Approved)
        }
        Step::Publish => (CampaignStatus::Approved, CampaignStatus::Published),
    };
    if campaign.status != from {
        return Err(PublishError::WrongStatus(
            campaign.status.as_str(),
            step.passive(),
        ));
    }
    Ok(Transition { step, from, to })
}

/// The second-approver rule: whoever approves a campaign neither submitted it nor wrote any of
/// its texts, so that four eyes have read what goes out.
fn needs_second_person(campaign: &Campaign, actor: &User) -> bool {
    let name = Some(actor.name.as_str());
    campaign.status == CampaignStatus::Review
        && (campaign.submitted_by.as_deref() == name
            || campaign
                .texts
                .iter()
                .any(|text| text.written_by.as_deref() == name))
}

/// Whether a campaign's texts, targets or window may still change. Published campaigns are what
/// subscribers already received; any other change sends the campaign back to draft, so that
/// what is published is always what was approved.
/// A stopped campaign is what some subscribers received too, and stays as it was: a
/// correction is a new revision.
pub fn editable(campaign: &Campaign) -> Result<(), PublishError> {
    match campaign.status {
        CampaignStatus::Published | CampaignStatus::Stopped => Err(PublishError::WrongStatus(
            campaign.status.as_str(),
            "change",
        )),
        _ => Ok(()),
    }
}

/// Whether `actor` may stop `campaign` now: a published campaign, stopped by whoever
/// published it (still a publisher whose scope covers it) or by an admin. Another publisher
/// may write a correction instead, which a second person approves.
pub fn decide_stop(campaign: &Campaign, actor: &User) -> Result<(), PublishError> {
    if !may_publish(actor) {
        return Err(PublishError::Forbidden("stop this campaign"));
    }
    let admin = matches!(actor.role, Role::Admin);
    let its_publisher = campaign.published_by.as_deref() == Some(actor.name.as_str())
        && may_handle(actor, &campaign.targets);
    if !admin && !its_publisher {
        return Err(PublishError::OnlyPublisherOrAdmin);
    }
    if campaign.status != CampaignStatus::Published {
        return Err(PublishError::WrongStatus(
            campaign.status.as_str(),
            "be stopped",
        ));
    }
    Ok(())
}

/// Whether `actor` may start a correction of `campaign`: a published campaign, by anyone who
/// may work on it. The correction is a new revision that needs review and approval like any
/// campaign ([`decide`]), so starting one publishes nothing.
pub fn decide_correction(campaign: &Campaign, actor: &User) -> Result<(), PublishError> {
    require(actor, &campaign.targets, "correct this campaign")?;
    if campaign.status != CampaignStatus::Published {
        return Err(PublishError::WrongStatus(
            campaign.status.as_str(),
            "be corrected",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Role;
    use crate::country::CountryCode;
    use crate::locale::Locale;
    use crate::publishing::{CampaignSlug, CampaignText, Targets};

    fn user(name: &str, role: Role) -> User {
        User {
            id: 1,
            name: name.into(),
            role,
            disabled: false,
            preferences: Default::default(),
        }
    }

    fn campaign(
        status: CampaignStatus,
        submitted_by: Option<&str>,
        countries: &[&str],
    ) -> Campaign {
        Campaign {
            id: 1,
            slug: CampaignSlug::parse("rule-test").unwrap(),
            status,
            targets: Targets {
                locales: vec![],
                countries: countries
                    .iter()
                    .map(|c| CountryCode::parse(c).unwrap())
                    .collect(),
            },
            starts_at: 0,
            ends_at: 10,
            created_by: "author".into(),
            submitted_by: submitted_by.map(str::to_owned),
            approved_by: None,
            published_by: None,
            published_at: None,
            updated_at: 0,
            stopped_by: None,
            stopped_at: None,
            revision_of: None,
            revision: 1,
            resend: false,
            texts: vec![CampaignText {
                locale: Locale::En,
                title: "t".into(),
                body: "b".into(),
                translation: "original".into(),
                reviewed_by: None,
                reviewed_at: None,
                written_by: Some("author".into()),
            }],
        }
    }

    #[test]
    fn each_step_leaves_one_status_for_the_next() {
        let admin = user("admin", Role::Admin);
        let cases = [
            (Step::Submit, CampaignStatus::Draft, CampaignStatus::Review),
            (Step::Return, CampaignStatus::Review, CampaignStatus::Draft),
            (
                Step::Approve,
                CampaignStatus::Review,
                CampaignStatus::Approved,
            ),
            (
                Step::Publish,
                CampaignStatus::Approved,
                CampaignStatus::Published,
            ),
        ];
        for (step, from, to) in cases {
            let decided = decide(step, &campaign(from, None, &[]), &admin, true).unwrap();
            assert_eq!((decided.from, decided.to), (from, to), "{step:?}");
            for other in [
                CampaignStatus::Draft,
                CampaignStatus::Review,
                CampaignStatus::Approved,
                CampaignStatus::Published,
            ] {
                if other != from {
                    assert!(
                        matches!(
                            decide(step, &campaign(other, None, &[]), &admin, true),
                            Err(PublishError::WrongStatus(..))
                        ),
                        "{step:?} from {other:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn whoever_submitted_cannot_approve_when_a_second_approver_is_required() {
        let alice = user("alice", Role::Publisher { country: None });
        let bob = user("bob", Role::Publisher { country: None });
        let submitted = campaign(CampaignStatus::Review, Some("alice"), &[]);
        assert!(matches!(
            decide(Step::Approve, &submitted, &alice, true),
            Err(PublishError::SecondApproverRequired)
        ));
        assert!(decide(Step::Approve, &submitted, &bob, true).is_ok());
        assert!(
            decide(Step::Approve, &submitted, &alice, false).is_ok(),
            "the rule is the instance's choice"
        );
    }

    #[test]
    fn whoever_wrote_a_text_cannot_approve_though_a_colleague_submitted() {
        let author = user("author", Role::Publisher { country: None });
        let bob = user("bob", Role::Publisher { country: None });
        let submitted_by_bob = campaign(CampaignStatus::Review, Some("bob"), &[]);
        for who in [&author, &bob] {
            assert!(matches!(
                decide(Step::Approve, &submitted_by_bob, who, true),
                Err(PublishError::SecondApproverRequired)
            ));
        }
        let carol = user("carol", Role::Admin);
        assert!(decide(Step::Approve, &submitted_by_bob, &carol, true).is_ok());
    }

    #[test]
    fn a_campaign_without_text_cannot_be_submitted() {
        let mut empty = campaign(CampaignStatus::Draft, None, &[]);
        empty.texts.clear();
        assert!(matches!(
            decide(Step::Submit, &empty, &user("admin", Role::Admin), true),
            Err(PublishError::NoText)
        ));
    }

    #[test]
    fn a_country_publisher_takes_steps_only_on_their_country() {
        let mx = CountryCode::parse("MX").unwrap();
        let publisher = user("pub", Role::Publisher { country: Some(mx) });
        let draft_mx = campaign(CampaignStatus::Draft, None, &["MX"]);
        let draft_gt = campaign(CampaignStatus::Draft, None, &["GT"]);
        let draft_all = campaign(CampaignStatus::Draft, None, &[]);
        assert!(decide(Step::Submit, &draft_mx, &publisher, true).is_ok());
        for other in [draft_gt, draft_all] {
            assert!(matches!(
                decide(Step::Submit, &other, &publisher, true),
                Err(PublishError::OutsideScope)
            ));
        }
        let staff = user(
            "staff",
            Role::Staff {
                shelter: "s".into(),
            },
        );
        assert!(matches!(
            decide(Step::Submit, &draft_mx, &staff, true),
            Err(PublishError::Forbidden(_))
        ));
    }

    #[test]
    fn only_unpublished_campaigns_are_editable() {
        assert!(editable(&campaign(CampaignStatus::Approved, None, &[])).is_ok());
        assert!(editable(&campaign(CampaignStatus::Published, None, &[])).is_err());
        assert!(editable(&campaign(CampaignStatus::Stopped, None, &[])).is_err());
    }

    fn published_by(name: &str, countries: &[&str]) -> Campaign {
        let mut published = campaign(CampaignStatus::Published, Some("author"), countries);
        published.published_by = Some(name.into());
        published
    }

    #[test]
    fn its_publisher_or_an_admin_may_stop_a_published_campaign_and_nobody_else() {
        let mx = CountryCode::parse("MX").unwrap();
        let alice = user("alice", Role::Publisher { country: Some(mx) });
        let bob = user("bob", Role::Publisher { country: None });
        let root = user("root", Role::Admin);
        let staff = user(
            "alice",
            Role::Staff {
                shelter: "s".into(),
            },
        );
        let by_alice = published_by("alice", &["MX"]);
        assert!(decide_stop(&by_alice, &alice).is_ok());
        assert!(decide_stop(&by_alice, &root).is_ok());
        assert!(matches!(
            decide_stop(&by_alice, &bob),
            Err(PublishError::OnlyPublisherOrAdmin)
        ));
        assert!(matches!(
            decide_stop(&by_alice, &staff),
            Err(PublishError::Forbidden(_))
        ));
        let mut disabled = alice.clone();
        disabled.disabled = true;
        assert!(decide_stop(&by_alice, &disabled).is_err());
        // Her scope narrowed to another country since: no longer hers to stop.
        let moved = user(
            "alice",
            Role::Publisher {
                country: CountryCode::parse("GT").ok(),
            },
        );
        assert!(decide_stop(&by_alice, &moved).is_err());
        for status in [
            CampaignStatus::Draft,
            CampaignStatus::Review,
            CampaignStatus::Approved,
            CampaignStatus::Stopped,
        ] {
            let mut other = by_alice.clone();
            other.status = status;
            assert!(
                matches!(
                    decide_stop(&other, &root),
                    Err(PublishError::WrongStatus(_, "be stopped"))
                ),
                "{status:?}"
            );
        }
    }

    #[test]
    fn a_correction_starts_only_from_a_published_campaign_in_scope() {
        let mx = CountryCode::parse("MX").unwrap();
        let publisher = user("pub", Role::Publisher { country: Some(mx) });
        assert!(decide_correction(&published_by("other", &["MX"]), &publisher).is_ok());
        assert!(matches!(
            decide_correction(&published_by("other", &["GT"]), &publisher),
            Err(PublishError::OutsideScope)
        ));
        let mut stopped = published_by("other", &["MX"]);
        stopped.status = CampaignStatus::Stopped;
        assert!(matches!(
            decide_correction(&stopped, &publisher),
            Err(PublishError::WrongStatus("stopped", "be corrected"))
        ));
    }
}
