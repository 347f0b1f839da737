//! Campaigns, the outbox and the lease on both databases: SQLite always, PostgreSQL when
//! FARO_TEST_DATABASE_URL is set.

use super::*;
use crate::accounts::{NewUser, Role, User};
use crate::content::ContentPack;
use crate::country::CountryCode;
use crate::dialog::{ChatState, Flow, storage};
use crate::store::{Store, testing};

const NOW: i64 = 1_800_000_000;

async fn user(store: &Store, name: &str, role: Role) -> User {
    store
        .users()
        .create(
            &NewUser {
                name: name.into(),
                password: "correct horse battery".into(),
                role,
            },
            "test",
            NOW,
        )
        .await
        .unwrap()
}

fn mx() -> CountryCode {
    CountryCode::parse("MX").unwrap()
}

fn gt() -> CountryCode {
    CountryCode::parse("GT").unwrap()
}

fn new_campaign(slug: &str, countries: Vec<CountryCode>) -> NewCampaign {
    NewCampaign {
        slug: CampaignSlug::parse(slug).unwrap(),
        targets: Targets {
            locales: Vec::new(),
            countries,
        },
        starts_at: NOW - 60,
        ends_at: NOW + 86_400,
    }
}

fn text(title: &str) -> TextInput {
    TextInput {
        title: title.into(),
        body: format!("{title}: **read** this."),
        translation: "original".into(),
    }
}

async fn subscribe(store: &Store, chat: i64, locale: Locale, country: Option<CountryCode>) {
    let state = ChatState {
        locale: Some(locale),
        alerts: true,
        country,
        flow: Flow::Menu,
    };
    storage::save(store, chat, &state, NOW).await.unwrap();
}

/// An approved campaign for every country with English and Persian texts.
async fn approved(store: &Store, slug: &str) -> (User, User, Campaign) {
    let author = user(
        store,
        &format!("{slug}-author"),
        Role::Publisher { country: None },
    )
    .await;
    let approver = user(store, &format!("{slug}-approver"), Role::Admin).await;
    let campaign = testing::publishing(store)
        .create(&author, &new_campaign(slug, Vec::new()), NOW)
        .await
        .unwrap();
    testing::publishing(store)
        .set_text(&author, campaign.id, Locale::En, &text("Careful"), NOW)
        .await
        .unwrap();
    testing::publishing(store)
        .set_text(&author, campaign.id, Locale::Fa, &text("مراقب باشید"), NOW)
        .await
        .unwrap();
    testing::submit(store, &author, campaign.id, NOW)
        .await
        .unwrap();
    let campaign = testing::approve(store, &approver, campaign.id, true, NOW)
        .await
        .unwrap();
    (author, approver, campaign)
}

#[tokio::test]
async fn a_campaign_goes_from_draft_to_published_with_a_second_approver() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let author = user(&store, "author", Role::Publisher { country: None }).await;
        let other = user(&store, "other", Role::Publisher { country: None }).await;
        let campaign = testing::publishing(&store)
            .create(&author, &new_campaign("stay-safe", Vec::new()), NOW)
            .await
            .unwrap();
        assert_eq!(campaign.status, CampaignStatus::Draft, "{}", db.name);
        assert!(matches!(
            testing::submit(&store, &author, campaign.id, NOW).await,
            Err(PublishError::NoText)
        ));
        testing::publishing(&store)
            .set_text(&author, campaign.id, Locale::En, &text("Stay safe"), NOW)
            .await
            .unwrap();
        // Not yet submitted: cannot be approved or published.
        assert!(matches!(
            testing::approve(&store, &other, campaign.id, true, NOW).await,
            Err(PublishError::WrongStatus("draft", _))
        ));
        testing::submit(&store, &author, campaign.id, NOW)
            .await
            .unwrap();
        // Whoever submitted cannot approve when a second person is required…
        assert!(matches!(
            testing::approve(&store, &author, campaign.id, true, NOW).await,
            Err(PublishError::SecondApproverRequired)
        ));
        assert!(matches!(
            testing::publish_at(&store, &author, campaign.id, NOW).await,
            Err(PublishError::WrongStatus("review", _))
        ));
        let approved = testing::approve(&store, &other, campaign.id, true, NOW)
            .await
            .unwrap();
        assert_eq!(approved.status, CampaignStatus::Approved);
        assert_eq!(approved.approved_by.as_deref(), Some("other"));
        // Changing an approved text sends it back to draft: what is published was approved.
        let changed = testing::publishing(&store)
            .set_text(&author, campaign.id, Locale::En, &text("Stay safer"), NOW)
            .await
            .unwrap();
        assert_eq!(changed.status, CampaignStatus::Draft);
        assert_eq!(changed.approved_by, None);
        testing::submit(&store, &author, campaign.id, NOW)
            .await
            .unwrap();
        testing::approve(&store, &other, campaign.id, true, NOW)
            .await
            .unwrap();
        let (published, queued) = testing::publish_at(&store, &author, campaign.id, NOW)
            .await
            .unwrap();
        assert_eq!((published.status, queued), (CampaignStatus::Published, 0));
        // Published is final.
        assert!(matches!(
            testing::publishing(&store)
                .set_text(&author, campaign.id, Locale::En, &text("x"), NOW)
                .await,
            Err(PublishError::WrongStatus("published", _))
        ));
        assert!(matches!(
            testing::publish_at(&store, &author, campaign.id, NOW).await,
            Err(PublishError::WrongStatus("published", _))
        ));
        // Every step is in the audit log.
        let actions: Vec<String> = store
            .audit_log()
            .newest(100)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.action)
            .collect();
        for action in [
            "campaign.create",
            "campaign.text",
            "campaign.submit",
            "campaign.approve",
            "campaign.publish",
        ] {
            assert!(
                actions.iter().any(|a| a == action),
                "{action} in {actions:?}"
            );
        }
    }
}

#[tokio::test]
async fn without_the_second_person_rule_the_submitter_may_approve() {
    let db = testing::sqlite().await;
    let store = db.store.clone();
    let author = user(&store, "solo", Role::Admin).await;
    let campaign = testing::publishing(&store)
        .create(&author, &new_campaign("solo-run", Vec::new()), NOW)
        .await
        .unwrap();
    testing::publishing(&store)
        .set_text(&author, campaign.id, Locale::En, &text("Hi"), NOW)
        .await
        .unwrap();
    testing::submit(&store, &author, campaign.id, NOW)
        .await
        .unwrap();
    let approved = testing::approve(&store, &author, campaign.id, false, NOW)
        .await
        .unwrap();
    assert_eq!(approved.status, CampaignStatus::Approved);
}

#[tokio::test]
async fn roles_and_country_scopes_are_enforced() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let mexico = user(
            &store,
            "mexico",
            Role::Publisher {
                country: Some(mx()),
            },
        )
        .await;
        let staff = user(
            &store,
            "staffer",
            Role::Staff {
                shelter: "demo".into(),
            },
        )
        .await;
        let admin = user(&store, "boss", Role::Admin).await;
        // A Mexico publisher: Mexico only, and never "every country".
        assert!(
            testing::publishing(&store)
                .create(&mexico, &new_campaign("mx-only", vec![mx()]), NOW)
                .await
                .is_ok(),
            "{}",
            db.name
        );
        for countries in [vec![gt()], vec![mx(), gt()], Vec::new()] {
            assert!(matches!(
                testing::publishing(&store)
                    .create(&mexico, &new_campaign("elsewhere", countries), NOW)
                    .await,
                Err(PublishError::OutsideScope)
            ));
        }
        let guatemala = testing::publishing(&store)
            .create(&admin, &new_campaign("gt-only", vec![gt()]), NOW)
            .await
            .unwrap();
        assert!(matches!(
            testing::publishing(&store)
                .set_text(&mexico, guatemala.id, Locale::Es, &text("Hola"), NOW)
                .await,
            Err(PublishError::OutsideScope)
        ));
        // Staff publish nothing.
        assert!(matches!(
            testing::publishing(&store)
                .create(&staff, &new_campaign("staff-try", vec![mx()]), NOW)
                .await,
            Err(PublishError::Forbidden(_))
        ));
        // Slugs are unique and well-formed.
        assert!(matches!(
            testing::publishing(&store)
                .create(&admin, &new_campaign("gt-only", vec![gt()]), NOW)
                .await,
            Err(PublishError::SlugTaken(_))
        ));
        for bad in [
            "",
            "ab",
            "Has Caps",
            "-dash",
            "dash-",
            "ünïcode",
            &"x".repeat(49),
        ] {
            assert!(CampaignSlug::parse(bad).is_err(), "{bad:?}");
        }
        // Bad windows and texts.
        let mut backwards = new_campaign("backwards", Vec::new());
        backwards.ends_at = backwards.starts_at;
        assert!(matches!(
            testing::publishing(&store)
                .create(&admin, &backwards, NOW)
                .await,
            Err(PublishError::BadWindow)
        ));
        for (title, body) in [
            ("", "body"),
            ("two\nlines", "body"),
            (&*"t".repeat(MAX_TITLE_CHARS + 1), "body"),
            ("title", ""),
            ("title", "<script>alert(1)</script>"),
            ("title", &*"b".repeat(MAX_BODY_CHARS + 1)),
        ] {
            let input = TextInput {
                title: title.into(),
                body: body.into(),
                translation: "machine".into(),
            };
            assert!(
                testing::publishing(&store)
                    .set_text(&admin, guatemala.id, Locale::Es, &input, NOW)
                    .await
                    .is_err(),
                "{title:?} / {body:?}"
            );
        }
        let reviewed_claim = TextInput {
            translation: "reviewed".into(),
            ..text("Hola")
        };
        assert!(
            testing::publishing(&store)
                .set_text(&admin, guatemala.id, Locale::Es, &reviewed_claim, NOW)
                .await
                .is_err(),
            "a review is recorded by marking, not claimed"
        );
    }
}

#[tokio::test]
async fn publishing_queues_one_message_per_matching_subscriber_in_their_language() {
    for db in testing::databases().await {
        let store = db.store.clone();
        subscribe(&store, 1, Locale::Fa, None).await; // every country
        subscribe(&store, 2, Locale::Fa, Some(mx())).await;
        subscribe(&store, 3, Locale::Ps, Some(mx())).await; // no Pashto text: Persian
        subscribe(&store, 4, Locale::Es, Some(gt())).await; // Spanish: English
        subscribe(&store, 5, Locale::ZhHans, Some(mx())).await;
        // Not subscribed.
        let mut quiet = ChatState {
            locale: Some(Locale::Fa),
            ..ChatState::default()
        };
        quiet.alerts = false;
        storage::save(&store, 6, &quiet, NOW).await.unwrap();

        let admin = user(&store, "admin", Role::Admin).await;
        let approver = user(&store, "approver", Role::Admin).await;
        let mut targeted = new_campaign("mexico-fa", vec![mx()]);
        targeted.targets.locales = vec![Locale::Fa, Locale::Ps, Locale::Es];
        let campaign = testing::publishing(&store)
            .create(&admin, &targeted, NOW)
            .await
            .unwrap();
        for (locale, title) in [(Locale::En, "Careful"), (Locale::Fa, "مراقب باشید")] {
            testing::publishing(&store)
                .set_text(&admin, campaign.id, locale, &text(title), NOW)
                .await
                .unwrap();
        }
        testing::submit(&store, &admin, campaign.id, NOW)
            .await
            .unwrap();
        testing::approve(&store, &approver, campaign.id, true, NOW)
            .await
            .unwrap();
        let (_, queued) = testing::publish_at(&store, &admin, campaign.id, NOW)
            .await
            .unwrap();
        // 1 (any country, fa), 2 (MX, fa), 3 (MX, ps → fa). Not 4 (GT), 5 (zh not targeted), 6.
        assert_eq!(queued, 3, "{}", db.name);
        let due = store.outbox().due(NOW, 100).await.unwrap();
        let mut rows: Vec<(i64, Locale)> = due.iter().map(|i| (i.chat_id, i.locale)).collect();
        rows.sort();
        assert_eq!(
            rows,
            vec![(1, Locale::Fa), (2, Locale::Fa), (3, Locale::Fa)],
            "{}",
            db.name
        );
        let progress = store.outbox().progress(campaign.id).await.unwrap();
        assert_eq!(progress.total.queued, 3);
        assert_eq!(progress.per_locale.len(), 1);
        assert_eq!(progress.per_locale[0].locale, Some(Locale::Fa));
    }
}

#[tokio::test]
async fn the_outbox_is_unique_per_campaign_and_chat_and_records_every_outcome() {
    for db in testing::databases().await {
        let store = db.store.clone();
        for chat in 1..=5 {
            subscribe(&store, chat, Locale::Fa, None).await;
        }
        let (author, _, campaign) = approved(&store, "outcomes").await;
        let (_, queued) = testing::publish_at(&store, &author, campaign.id, NOW)
            .await
            .unwrap();
        assert_eq!(queued, 5, "{}", db.name);
        // Filling again (a retried publish) adds nothing.
        let mut transaction = store.pool().begin().await.unwrap();
        let campaign = store.campaigns().get(campaign.id).await.unwrap();
        let again = super::outbox::fill(&mut transaction, &campaign, NOW)
            .await
            .unwrap();
        transaction.commit().await.unwrap();
        assert_eq!(again, 0, "unique per campaign and chat");

        let due = store.outbox().due(NOW, 100).await.unwrap();
        assert_eq!(due.len(), 5);
        let by_chat = |chat: i64| due.iter().find(|i| i.chat_id == chat).unwrap().clone();
        store.outbox().mark_sent(by_chat(1).id, NOW).await.unwrap();
        store
            .outbox()
            .mark_failure(&by_chat(2), &SendFailure::Transient("500".into()), NOW)
            .await
            .unwrap();
        store
            .outbox()
            .mark_failure(&by_chat(3), &SendFailure::Permanent("400".into()), NOW)
            .await
            .unwrap();
        store
            .outbox()
            .mark_failure(&by_chat(4), &SendFailure::Blocked, NOW)
            .await
            .unwrap();
        // Chat 2 waits for its backoff; chat 5 is still due.
        let due_now: Vec<i64> = store
            .outbox()
            .due(NOW, 100)
            .await
            .unwrap()
            .iter()
            .map(|i| i.chat_id)
            .collect();
        assert_eq!(due_now, vec![5]);
        let later: Vec<i64> = store
            .outbox()
            .due(NOW + outbox::backoff_seconds(1), 100)
            .await
            .unwrap()
            .iter()
            .map(|i| i.chat_id)
            .collect();
        assert_eq!(later, vec![5, 2], "oldest due first");
        // The chat that blocked the bot is unsubscribed.
        let blocked = storage::load(&store, 4).await.unwrap().unwrap();
        assert!(!blocked.alerts, "{}", db.name);
        let progress = store.outbox().progress(campaign.id).await.unwrap();
        assert_eq!(
            (
                progress.total.queued,
                progress.total.sent,
                progress.total.failed
            ),
            (2, 1, 2)
        );
        // A transient error that never clears fails for good after MAX_ATTEMPTS.
        let mut item = by_chat(2);
        for attempt in 1..outbox::MAX_ATTEMPTS {
            item.attempts = attempt;
            store
                .outbox()
                .mark_failure(&item, &SendFailure::Transient("500".into()), NOW)
                .await
                .unwrap();
        }
        let progress = store.outbox().progress(campaign.id).await.unwrap();
        assert_eq!(progress.total.failed, 3);
        // Chat 5 turns alerts off before its message goes: it gets nothing.
        let mut quiet = storage::load(&store, 5).await.unwrap().unwrap();
        quiet.alerts = false;
        storage::save(&store, 5, &quiet, NOW).await.unwrap();
        let due_now: Vec<i64> = store
            .outbox()
            .due(NOW + outbox::backoff_seconds(1), 100)
            .await
            .unwrap()
            .iter()
            .map(|i| i.chat_id)
            .collect();
        assert!(due_now.is_empty(), "{}: {due_now:?}", db.name);
        let progress = store.outbox().progress(campaign.id).await.unwrap();
        assert_eq!((progress.total.queued, progress.total.failed), (0, 4));
        // When the campaign has ended, what is left expires instead of going out late.
        assert!(
            store
                .outbox()
                .due(campaign.ends_at, 100)
                .await
                .unwrap()
                .is_empty()
        );
        let progress = store.outbox().progress(campaign.id).await.unwrap();
        assert_eq!((progress.total.queued, progress.total.failed), (0, 4));
        assert_eq!(progress.total.sent, 1);
    }
}

#[test]
fn backoff_doubles_up_to_ten_minutes() {
    let waits: Vec<i64> = (1..=12).map(outbox::backoff_seconds).collect();
    assert_eq!(&waits[..5], &[2, 4, 8, 16, 32]);
    assert!(waits.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(*waits.last().unwrap(), 600);
}

#[tokio::test]
async fn live_campaigns_are_the_published_ones_within_their_window() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let (author, _, campaign) = approved(&store, "banner").await;
        assert!(
            store.campaigns().live(NOW).await.unwrap().is_empty(),
            "approved is not live"
        );
        testing::publish_at(&store, &author, campaign.id, NOW)
            .await
            .unwrap();
        let live = store.campaigns().live(NOW).await.unwrap();
        assert_eq!(live.len(), 1, "{}", db.name);
        assert!(
            live[0].status == CampaignStatus::Published
                && live[0].starts_at <= NOW
                && NOW < live[0].ends_at
        );
        assert!(
            store
                .campaigns()
                .live(campaign.starts_at - 1)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .campaigns()
                .live(campaign.ends_at)
                .await
                .unwrap()
                .is_empty()
        );
        // Texts come back with their fallbacks: Pashto readers get Persian.
        assert_eq!(live[0].text_for(Locale::Ps).unwrap().locale, Locale::Fa);
        assert_eq!(live[0].text_for(Locale::Es).unwrap().locale, Locale::En);
        assert_eq!(live[0].missing_locales().len(), 14);
    }
}

#[tokio::test]
async fn one_lease_holder_at_a_time_and_takeover_when_it_runs_out() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let t = 1_000_000;
        assert!(
            store
                .leases()
                .try_take(lease::SENDER, "a", 1_000, t)
                .await
                .unwrap()
        );
        assert!(
            !store
                .leases()
                .try_take(lease::SENDER, "b", 1_000, t + 10)
                .await
                .unwrap()
        );
        assert!(
            store
                .leases()
                .try_take(lease::SENDER, "a", 1_000, t + 500)
                .await
                .unwrap(),
            "the holder renews"
        );
        assert!(
            !store
                .leases()
                .try_take(lease::SENDER, "b", 1_000, t + 1_400)
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .leases()
                .holder(lease::SENDER, t + 1_400)
                .await
                .unwrap()
                .as_deref(),
            Some("a")
        );
        // "a" stops renewing (it died): "b" takes over once the lease has run out.
        assert!(
            store
                .leases()
                .try_take(lease::SENDER, "b", 1_000, t + 1_500)
                .await
                .unwrap()
        );
        assert!(
            !store
                .leases()
                .try_take(lease::SENDER, "a", 1_000, t + 1_600)
                .await
                .unwrap()
        );
        // A clean release frees it at once.
        store.leases().release(lease::SENDER, "b").await.unwrap();
        assert!(
            store
                .leases()
                .try_take(lease::SENDER, "a", 1_000, t + 1_700)
                .await
                .unwrap()
        );
        assert_eq!(db.name, db.name);
    }
}

#[tokio::test]
async fn of_many_instances_racing_for_the_lease_exactly_one_wins() {
    for db in testing::databases().await {
        for round in 0..5 {
            let now = 10_000_000 + round * 100_000;
            let attempts = (0..8).map(|i| {
                let store = db.store.clone();
                async move {
                    store
                        .leases()
                        .try_take(lease::SENDER, &format!("holder-{i}"), 10_000, now)
                        .await
                        .unwrap()
                }
            });
            let handles: Vec<_> = attempts.map(tokio::spawn).collect();
            let mut winners = 0;
            for handle in handles {
                winners += usize::from(handle.await.unwrap());
            }
            assert_eq!(winners, 1, "{} round {round}", db.name);
        }
    }
}

#[tokio::test]
async fn the_pack_campaign_is_imported_once_as_a_draft_in_every_locale() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (pack, diagnostics) = ContentPack::scan(&repo.join("content"));
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    let seeded = pack
        .campaigns()
        .iter()
        .find(|c| c.slug.as_str() == "smuggling-deadly-business")
        .expect("the seed campaign ships with the pack");
    assert_eq!(seeded.texts.len(), 16);
    for text in &seeded.texts {
        let expected = if text.locale == Locale::En {
            "original"
        } else {
            "machine"
        };
        assert_eq!(text.translation, expected, "{:?}", text.locale);
        let message = campaign_message(
            &CampaignText {
                locale: text.locale,
                title: text.title.clone(),
                body: text.body.clone(),
                translation: text.translation.clone(),
                reviewed_by: None,
                reviewed_at: None,
                written_by: None,
            },
            &crate::i18n::Translations::load(&repo.join("translations")).unwrap(),
        );
        // Whether it fits a channel's message is the adapter's to test (faro-bot's render).
        assert!(
            message.plain().starts_with(&text.title),
            "{:?}",
            text.locale
        );
    }
    for db in testing::databases().await {
        let store = db.store.clone();
        assert_eq!(
            seed::import(&store, pack.campaigns(), NOW).await.unwrap(),
            1
        );
        assert_eq!(
            seed::import(&store, pack.campaigns(), NOW).await.unwrap(),
            0,
            "imported once"
        );
        let campaign = store
            .campaigns()
            .by_slug(&CampaignSlug::parse("smuggling-deadly-business").unwrap())
            .await
            .unwrap();
        assert_eq!(campaign.status, CampaignStatus::Draft, "{}", db.name);
        assert_eq!(campaign.texts.len(), 16);
        assert_eq!(campaign.created_by, seed::PACK_AUTHOR);
        assert!(campaign.missing_locales().is_empty());
    }
}

#[tokio::test]
async fn a_reviewer_marks_a_campaign_text_and_a_translation_reviewed() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let (author, approver, campaign) = approved(&store, "review-me").await;
        let marked = testing::publishing(&store)
            .mark_text_reviewed(&approver, campaign.id, Locale::Fa, NOW + 5)
            .await
            .unwrap();
        let fa = marked.text(Locale::Fa).unwrap();
        assert_eq!(fa.translation, "original", "the source stays original");
        assert_eq!(fa.reviewed_by.as_deref(), Some(approver.name.as_str()));
        assert_eq!(fa.reviewed_at, Some(NOW + 5));
        assert_eq!(
            marked.status,
            CampaignStatus::Approved,
            "a review is not an approval"
        );
        assert!(matches!(
            testing::publishing(&store)
                .mark_text_reviewed(&author, campaign.id, Locale::Ar, NOW)
                .await,
            Err(PublishError::NoTextIn(Locale::Ar))
        ));
        testing::publishing(&store)
            .mark_translation_reviewed(
                &approver,
                ReviewKind::Topic,
                "asylum",
                Locale::Ht,
                "abc",
                NOW,
            )
            .await
            .unwrap();
        let marks = store.review_marks().all().await.unwrap();
        assert_eq!(marks.len(), 1, "{}", db.name);
        assert_eq!(marks[0].reviewed_by, approver.name);
        assert_eq!(marks[0].source_hash.as_deref(), Some("abc"));
        assert!(
            testing::publishing(&store)
                .mark_translation_reviewed(&approver, ReviewKind::Topic, "", Locale::Ht, "abc", NOW)
                .await
                .is_err()
        );
        // Undo: the mark goes, once, and both are in the audit log.
        for expected in [true, false] {
            assert_eq!(
                testing::publishing(&store)
                    .withdraw_translation_review(
                        &approver,
                        ReviewKind::Topic,
                        "asylum",
                        Locale::Ht,
                        NOW
                    )
                    .await
                    .unwrap(),
                expected,
                "{}",
                db.name
            );
        }
        assert!(store.review_marks().all().await.unwrap().is_empty());
        let actions: Vec<String> = store
            .audit_log()
            .newest(50)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| entry.action)
            .filter(|action| action.starts_with("translation."))
            .collect();
        assert_eq!(actions.len(), 2, "{}: {actions:?}", db.name);
    }
}

#[tokio::test]
async fn whoever_wrote_a_text_cannot_approve_when_a_colleague_submitted() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let writer = user(&store, "writer", Role::Publisher { country: None }).await;
        let colleague = user(&store, "colleague", Role::Publisher { country: None }).await;
        let third = user(&store, "third", Role::Admin).await;
        let campaign = testing::publishing(&store)
            .create(&writer, &new_campaign("four-eyes", Vec::new()), NOW)
            .await
            .unwrap();
        testing::publishing(&store)
            .set_text(&writer, campaign.id, Locale::En, &text("Careful"), NOW)
            .await
            .unwrap();
        testing::submit(&store, &colleague, campaign.id, NOW)
            .await
            .unwrap();
        assert!(
            matches!(
                testing::approve(&store, &writer, campaign.id, true, NOW).await,
                Err(PublishError::SecondApproverRequired)
            ),
            "{}",
            db.name
        );
        assert!(
            matches!(
                testing::approve(&store, &colleague, campaign.id, true, NOW).await,
                Err(PublishError::SecondApproverRequired)
            ),
            "{}: the submitter neither",
            db.name
        );
        let approved = testing::approve(&store, &third, campaign.id, true, NOW)
            .await
            .unwrap();
        assert_eq!(approved.status, CampaignStatus::Approved, "{}", db.name);
        assert_eq!(
            approved
                .text(Locale::En)
                .and_then(|t| t.written_by.as_deref()),
            Some("writer")
        );
    }
}

#[tokio::test]
async fn a_publication_racing_an_edit_never_sends_an_unapproved_text() {
    // The probe published and edited at the same moment and 20 subscribers got the edit.
    for db in testing::databases().await {
        let store = db.store.clone();
        subscribe(&store, 1, Locale::En, None).await;
        for round in 0..12 {
            let (author, approver, campaign) = approved(&store, &format!("race-{round}")).await;
            let publish = {
                let store = store.clone();
                let approver = approver.clone();
                tokio::spawn(async move {
                    testing::publish_at(&store, &approver, campaign.id, NOW).await
                })
            };
            let edit = {
                let store = store.clone();
                tokio::spawn(async move {
                    testing::publishing(&store)
                        .set_text(&author, campaign.id, Locale::En, &text("UNAPPROVED"), NOW)
                        .await
                })
            };
            let (published, edited) = (publish.await.unwrap(), edit.await.unwrap());
            assert!(
                published.is_ok() != edited.is_ok(),
                "{}: exactly one wins: {published:?} / {edited:?}",
                db.name
            );
            let now = store.campaigns().get(campaign.id).await.unwrap();
            let text = &now.text(Locale::En).unwrap().title;
            if published.is_ok() {
                assert_eq!(now.status, CampaignStatus::Published);
                assert_eq!(text, "Careful", "{}: the approved text went out", db.name);
            } else {
                assert_eq!(now.status, CampaignStatus::Draft);
                assert_eq!(text, "UNAPPROVED");
                assert!(
                    store.outbox().progress(campaign.id).await.unwrap().total == Default::default(),
                    "{}: nothing queued for an unpublished campaign",
                    db.name
                );
            }
        }
    }
}

#[tokio::test]
async fn texts_with_direction_overrides_are_refused() {
    let db = testing::sqlite().await;
    let store = db.store.clone();
    let author = user(&store, "bidi", Role::Admin).await;
    let campaign = testing::publishing(&store)
        .create(&author, &new_campaign("bidi-test", Vec::new()), NOW)
        .await
        .unwrap();
    for (title, body) in [
        ("Call \u{202E}1190", "plain"),
        (
            "plain",
            "[\u{202E}https://evil.example](https://good.example)",
        ),
        ("x \u{2066}y\u{2069}", "plain"),
    ] {
        let input = TextInput {
            title: title.into(),
            body: body.into(),
            translation: "original".into(),
        };
        assert!(matches!(
            testing::publishing(&store)
                .set_text(&author, campaign.id, Locale::En, &input, NOW)
                .await,
            Err(PublishError::BidiControls)
        ));
    }
    // Right-to-left text itself is welcome.
    let persian = TextInput {
        title: "مراقب باشید".into(),
        body: "با **COMAR** تماس بگیرید: 911".into(),
        translation: "original".into(),
    };
    testing::publishing(&store)
        .set_text(&author, campaign.id, Locale::Fa, &persian, NOW)
        .await
        .unwrap();
}

/// WhatsApp subscribers are queued on their own channel: the Telegram sender never reads
/// their rows, and the WhatsApp sender reads only theirs.
#[tokio::test]
async fn whatsapp_subscribers_are_queued_for_the_whatsapp_sender_only() {
    for db in testing::databases().await {
        let store = &db.store;
        let admin = user(store, "wa-admin", Role::Admin).await;
        testing::subscribe_many(store, 1_000, 3, crate::locale::Locale::Es, None, NOW)
            .await
            .unwrap();
        let phone_chat = crate::channel::phone_chat(42);
        testing::subscribe_many(store, phone_chat, 1, crate::locale::Locale::Es, None, NOW)
            .await
            .unwrap();
        let targets = Targets {
            locales: Vec::new(),
            countries: Vec::new(),
        };
        let campaign = testing::approved_campaign(
            store,
            &admin,
            "wa-own-queue",
            targets,
            &[crate::locale::Locale::Es],
            |_| ("Aviso".into(), "Texto del aviso.".into()),
        )
        .await
        .unwrap();
        let (_, queued) = testing::publish(store, &admin, campaign.id).await.unwrap();
        assert_eq!(queued, 4, "{}", db.name);
        let later = crate::clock::now_unix() + 10;
        let telegram = store.outbox().due(later, 100).await.unwrap();
        assert_eq!(telegram.len(), 3, "{}", db.name);
        assert!(telegram.iter().all(|item| item.chat_id != phone_chat));
        let whatsapp = store
            .outbox()
            .due_on(super::OutboxChannel::WhatsApp, later, 100)
            .await
            .unwrap();
        let chats: Vec<i64> = whatsapp.iter().map(|item| item.chat_id).collect();
        assert_eq!(chats, vec![phone_chat], "{}", db.name);
        assert!(
            store
                .outbox()
                .next_due_on(super::OutboxChannel::WhatsApp)
                .await
                .unwrap()
                .is_some()
        );
    }
}
