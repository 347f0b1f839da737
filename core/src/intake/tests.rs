//! Intake on both databases: SQLite always, PostgreSQL when FARO_TEST_DATABASE_URL is set.

use crate::clock::now_unix;
use std::sync::Arc;

use super::*;
use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::testing;

fn lang(tag: &str) -> LanguageTag {
    LanguageTag::parse(tag).unwrap()
}

fn declaration(subject: Subject, languages: &[&str], shelter: Option<&str>) -> NewDeclaration {
    NewDeclaration {
        subject,
        locale: Locale::Ht,
        origin: Origin::Country(CountryCode::parse("HT").unwrap()),
        share_origin: false,
        languages: languages.iter().map(|l| lang(l)).collect(),
        shelter_id: shelter.map(str::to_owned),
        city: None,
    }
}

async fn interpreter(
    store: &crate::store::Store,
    name: &str,
    languages: &[&str],
    areas: Vec<ServiceArea>,
    chat: i64,
) -> InterpreterId {
    let new = NewInterpreter {
        display_name: name.into(),
        languages: languages.iter().map(|l| lang(l)).collect(),
        areas,
    };
    let (id, code) = store.interpreters().add(&new).await.unwrap();
    store.interpreters().link(&code.0, chat).await.unwrap();
    id
}

#[tokio::test]
async fn a_request_gets_a_reference_and_waits_in_the_shelter_queue() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let now = now_unix();
        let request = store
            .requests()
            .create(
                &declaration(Subject::Telegram(11), &["ht", "fr"], Some("demo-shelter")),
                90,
                now,
            )
            .await
            .unwrap();
        assert_eq!(request.status, RequestStatus::Waiting, "{name}");
        assert_eq!(request.languages, vec![lang("fr"), lang("ht")], "{name}");
        assert_eq!(
            request.shared_origin, None,
            "{name}: origin not shared unless agreed"
        );
        assert_eq!(
            store
                .requests()
                .by_reference(&request.reference)
                .await
                .unwrap()
                .id,
            request.id
        );
        let queue = store.requests().queue_of("demo-shelter").await.unwrap();
        assert_eq!(
            queue.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![request.id],
            "{name}"
        );
        assert!(store.requests().queue_of("other").await.unwrap().is_empty());

        // A double tap gives the same request, not a second one.
        let again = store
            .requests()
            .create(
                &declaration(Subject::Telegram(11), &["ht"], Some("demo-shelter")),
                90,
                now,
            )
            .await
            .unwrap();
        assert_eq!(again.id, request.id, "{name}");
    }
}

#[tokio::test]
async fn origin_is_shown_only_when_the_person_agreed() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let mut new = declaration(Subject::Telegram(12), &["fa"], None);
        new.share_origin = true;
        new.origin = Origin::Country(CountryCode::parse("AF").unwrap());
        let request = store.requests().create(&new, 90, now_unix()).await.unwrap();
        assert_eq!(
            request.shared_origin,
            Some(Origin::Country(CountryCode::parse("AF").unwrap()))
        );
    }
}

/// "Another country" and "prefer not to say" on the languages question are stored as such,
/// counted as such in the figures, and a request without languages waits for its shelter's
/// staff (no interpreter is picked by a language nobody said).
#[tokio::test]
async fn another_country_and_undisclosed_languages_are_kept_and_counted_as_such() {
    for db in testing::databases().await {
        let store = &db.store;
        interpreter(store, "Ana", &["ht"], vec![ServiceArea::Remote], 9001).await;
        let mut new = declaration(Subject::Telegram(11), &[], Some("test-shelter"));
        new.origin = Origin::Another;
        new.share_origin = true;
        let request = store.requests().create(&new, 90, now_unix()).await.unwrap();
        assert!(request.languages.is_empty(), "{}", db.name);
        assert_eq!(request.shared_origin, Some(Origin::Another), "{}", db.name);
        assert!(
            store
                .interpreters()
                .for_request(&request)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(request.status_key(false), "intake-waiting");
        let stored: Option<String> = sqlx::query_scalar("SELECT origin FROM declarations")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(stored.as_deref(), Some(ANOTHER_COUNTRY));
        let counted = |dimension: &'static str, key: &'static str| async move {
            let count: Option<i64> = sqlx::query_scalar(
                "SELECT count FROM figure_counts WHERE dimension = $1 AND key = $2",
            )
            .bind(dimension)
            .bind(key)
            .fetch_optional(store.pool())
            .await
            .unwrap();
            count.unwrap_or(0)
        };
        assert_eq!(counted("origin", "another").await, 1, "{}", db.name);
        assert_eq!(counted("origin", "undisclosed").await, 0, "{}", db.name);
        assert_eq!(counted("language", "undisclosed").await, 1, "{}", db.name);
        // Erased in the quarter under way: out of the figures again.
        store
            .declarations()
            .erase(&Subject::Telegram(11), now_unix())
            .await
            .unwrap();
        assert_eq!(counted("origin", "another").await, 0, "{}", db.name);
        assert_eq!(counted("language", "undisclosed").await, 0, "{}", db.name);
    }
}

/// Who the person is told can see a waiting request: the shelter's staff, or, for a request
/// of no shelter, the coordinators (whose queue holds those).
#[test]
fn the_status_names_who_sees_a_waiting_request() {
    let mut request = Request {
        id: 1,
        reference: Reference::random(),
        status: RequestStatus::Waiting,
        locale: Locale::Es,
        languages: vec![],
        shelter_id: Some("test-shelter".into()),
        city: None,
        shared_origin: None,
        interpreter_id: None,
        notify_chat_id: None,
        created_at: 0,
        updated_at: 0,
        accepted_at: None,
        conversation_started_at: None,
        conversation_ended_at: None,
        escalation: crate::intake::Escalation::Local,
    };
    assert_eq!(request.status_key(true), "intake-created");
    assert_eq!(request.status_key(false), "intake-waiting");
    request.shelter_id = None;
    assert_eq!(request.status_key(false), "intake-waiting-remote");
    assert_eq!(request.status_key(true), "intake-created");
    request.status = RequestStatus::Accepted;
    assert_eq!(request.status_key(false), "intake-accepted");
}

#[tokio::test]
async fn bad_declarations_are_refused() {
    let db = testing::sqlite().await;
    let many: Vec<&str> = vec!["aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai"];
    let result = db
        .store
        .requests()
        .create(
            &declaration(Subject::Telegram(1), &many, None),
            90,
            now_unix(),
        )
        .await;
    assert!(matches!(result, Err(IntakeError::TooManyLanguages { .. })));
    for bad in ["", "x", "EN", "english", "e1", "zh-"] {
        assert!(LanguageTag::parse(bad).is_err(), "{bad}");
    }
    assert!(LanguageTag::parse("zh-Hans").is_ok());
}

#[tokio::test]
async fn routing_prefers_the_shelters_interpreters_then_remote_ones() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let local = interpreter(
            &store,
            "Local",
            &["ht", "fr"],
            vec![ServiceArea::Shelter("demo-shelter".into())],
            901,
        )
        .await;
        let remote = interpreter(
            &store,
            "Remote",
            &["ht", "ps"],
            vec![ServiceArea::Remote],
            902,
        )
        .await;
        let _other_place = interpreter(
            &store,
            "Elsewhere",
            &["ht"],
            vec![ServiceArea::Shelter("other".into())],
            903,
        )
        .await;
        let inactive = interpreter(
            &store,
            "Off",
            &["ht"],
            vec![ServiceArea::Shelter("demo-shelter".into())],
            904,
        )
        .await;
        store
            .interpreters()
            .set_active(inactive, false)
            .await
            .unwrap();
        // Registered but never linked: cannot be told.
        store
            .interpreters()
            .add(&NewInterpreter {
                display_name: "Unlinked".into(),
                languages: vec![lang("ht")],
                areas: vec![ServiceArea::Shelter("demo-shelter".into())],
            })
            .await
            .unwrap();

        let found = store
            .interpreters()
            .for_languages(&[lang("ht")], Some("demo-shelter"), None)
            .await
            .unwrap();
        assert_eq!(found, vec![(local, 901)], "{name}");
        let found = store
            .interpreters()
            .for_languages(&[lang("ps")], Some("demo-shelter"), None)
            .await
            .unwrap();
        assert_eq!(
            found,
            vec![(remote, 902)],
            "{name}: nobody at the shelter speaks ps"
        );
        let found = store
            .interpreters()
            .for_languages(&[lang("ht")], None, None)
            .await
            .unwrap();
        assert_eq!(
            found,
            vec![(remote, 902)],
            "{name}: no place given → remote"
        );
        assert!(
            store
                .interpreters()
                .for_languages(&[lang("so")], Some("demo-shelter"), None)
                .await
                .unwrap()
                .is_empty()
        );
        // An interpreter serving the whole city hears of requests at any shelter there,
        // before remote ones are tried.
        let citywide = interpreter(
            &store,
            "Citywide",
            &["ps"],
            vec![ServiceArea::City("Tapachula".into())],
            905,
        )
        .await;
        let found = store
            .interpreters()
            .for_languages(&[lang("ps")], Some("demo-shelter"), Some("Tapachula"))
            .await
            .unwrap();
        assert_eq!(found, vec![(citywide, 905)], "{name}");
        let elsewhere = store
            .interpreters()
            .for_languages(&[lang("ps")], Some("demo-shelter"), Some("Tijuana"))
            .await
            .unwrap();
        assert_eq!(elsewhere, vec![(remote, 902)], "{name}");
        assert_eq!(
            store.interpreters().get(citywide).await.unwrap().areas,
            vec![ServiceArea::City("Tapachula".into())]
        );
    }
}

#[tokio::test]
async fn link_codes_work_once() {
    let db = testing::sqlite().await;
    let new = NewInterpreter {
        display_name: "Ana".into(),
        languages: vec![lang("es")],
        areas: vec![ServiceArea::Remote],
    };
    let (id, code) = db.store.interpreters().add(&new).await.unwrap();
    assert!(matches!(
        db.store.interpreters().link("wrong", 5).await,
        Err(IntakeError::BadLinkCode)
    ));
    let linked = db
        .store
        .interpreters()
        .link(&code.0.to_uppercase(), 5)
        .await
        .unwrap();
    assert_eq!((linked.id, linked.telegram_chat_id), (id, Some(5)));
    assert!(matches!(
        db.store.interpreters().link(&code.0, 6).await,
        Err(IntakeError::BadLinkCode)
    ));
}

#[tokio::test]
async fn accepting_twice_is_harmless_and_staff_can_finish() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let a = interpreter(&store, "A", &["bn"], vec![ServiceArea::Remote], 701).await;
        let b = interpreter(&store, "B", &["bn"], vec![ServiceArea::Remote], 702).await;
        let request = store
            .requests()
            .create(
                &declaration(Subject::Telegram(21), &["bn"], Some("s1")),
                90,
                now_unix(),
            )
            .await
            .unwrap();
        assert!(
            matches!(
                store
                    .requests()
                    .accept(request.id, a, now_unix())
                    .await
                    .unwrap(),
                AcceptOutcome::Accepted(_)
            ),
            "{name}"
        );
        assert_eq!(
            store
                .requests()
                .accept(request.id, a, now_unix())
                .await
                .unwrap(),
            AcceptOutcome::AlreadyTaken {
                by_same_interpreter: true
            }
        );
        assert_eq!(
            store
                .requests()
                .accept(request.id, b, now_unix())
                .await
                .unwrap(),
            AcceptOutcome::AlreadyTaken {
                by_same_interpreter: false
            }
        );
        let done = store
            .requests()
            .set_status(request.id, RequestStatus::Done, now_unix())
            .await
            .unwrap();
        assert_eq!(done.status, RequestStatus::Done);
        assert!(
            store.requests().queue_of("s1").await.unwrap().is_empty(),
            "{name}: done leaves the queue"
        );
        assert!(matches!(
            store
                .requests()
                .set_status(request.id, RequestStatus::Accepted, now_unix())
                .await,
            Err(IntakeError::WrongStatus("done"))
        ));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_many_interpreters_accepting_at_once_exactly_one_wins() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let mut interpreters = Vec::new();
        for i in 0..8 {
            interpreters.push(
                interpreter(
                    &store,
                    &format!("I{i}"),
                    &["ur"],
                    vec![ServiceArea::Remote],
                    800 + i,
                )
                .await,
            );
        }
        for round in 0..5 {
            let request = store
                .requests()
                .create(
                    &declaration(Subject::Telegram(3000 + round), &["ur"], None),
                    90,
                    now_unix(),
                )
                .await
                .unwrap();
            let start = Arc::new(tokio::sync::Barrier::new(interpreters.len()));
            let mut tasks = Vec::new();
            for &id in &interpreters {
                let store = store.clone();
                let start = start.clone();
                tasks.push(tokio::spawn(async move {
                    start.wait().await;
                    store.requests().accept(request.id, id, now_unix()).await
                }));
            }
            let mut winners = Vec::new();
            for task in tasks {
                if let AcceptOutcome::Accepted(accepted) = task.await.unwrap().unwrap() {
                    winners.push(accepted.interpreter_id);
                }
            }
            assert_eq!(winners.len(), 1, "{name} round {round}: {winners:?}");
            let stored = store.requests().get(request.id).await.unwrap();
            assert_eq!(stored.interpreter_id, winners[0], "{name}");
        }
    }
}

#[tokio::test]
async fn expired_declarations_are_deleted_with_everything_attached() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let a = interpreter(&store, "A", &["am"], vec![ServiceArea::Remote], 601).await;
        let old = now_unix() - 91 * 86_400;
        let request = store
            .requests()
            .create(
                &declaration(Subject::Telegram(4242), &["am"], Some("s2")),
                90,
                old,
            )
            .await
            .unwrap();
        store
            .requests()
            .record_notice(request.id, a, 601, Some(77))
            .await
            .unwrap();
        let fresh = store
            .requests()
            .create(
                &declaration(Subject::Telegram(4343), &["am"], Some("s2")),
                90,
                now_unix(),
            )
            .await
            .unwrap();

        assert_eq!(
            store
                .declarations()
                .purge_expired(now_unix())
                .await
                .unwrap(),
            1,
            "{name}"
        );
        assert!(
            testing::tables_mentioning(&store, 4242, "tg:4242")
                .await
                .is_empty(),
            "{name}"
        );
        assert!(matches!(
            store.requests().get(request.id).await,
            Err(IntakeError::NoSuchRequest)
        ));
        assert!(
            store
                .requests()
                .notices(request.id)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store.requests().get(fresh.id).await.unwrap().id,
            fresh.id,
            "{name}: the fresh one stays"
        );
    }
}

#[tokio::test]
async fn erasure_removes_everything_about_a_person_from_every_table() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let a = interpreter(&store, "A", &["ti"], vec![ServiceArea::Remote], 501).await;
        let chat = 987_654_321;
        let request = store
            .requests()
            .create(
                &declaration(Subject::Telegram(chat), &["ti", "am"], Some("s3")),
                90,
                now_unix(),
            )
            .await
            .unwrap();
        store
            .requests()
            .record_notice(request.id, a, 501, Some(9))
            .await
            .unwrap();
        // A kiosk request later linked to the same chat is theirs too.
        let kiosk = store
            .requests()
            .create(
                &declaration(Subject::new_kiosk(), &["ti"], Some("s3")),
                90,
                now_unix(),
            )
            .await
            .unwrap();
        store
            .requests()
            .link_by_secret(
                &store.requests().new_link_secret(kiosk.id).await.unwrap(),
                chat,
            )
            .await
            .unwrap()
            .expect("linked");
        let other = store
            .requests()
            .create(
                &declaration(Subject::Telegram(5), &["ti"], Some("s3")),
                90,
                now_unix(),
            )
            .await
            .unwrap();

        assert!(
            !testing::tables_mentioning(&store, chat, &chat.to_string())
                .await
                .is_empty()
        );
        store
            .declarations()
            .erase(&Subject::Telegram(chat), now_unix())
            .await
            .unwrap();
        let left = testing::tables_mentioning(&store, chat, &chat.to_string()).await;
        assert!(left.is_empty(), "{name}: still mentioned in {left:?}");
        assert!(
            store
                .requests()
                .by_reference(&request.reference)
                .await
                .is_err()
        );
        assert!(
            store
                .requests()
                .by_reference(&kiosk.reference)
                .await
                .is_err()
        );
        assert_eq!(
            store.requests().get(other.id).await.unwrap().id,
            other.id,
            "{name}: others keep theirs"
        );
    }
}

#[tokio::test]
async fn figures_show_closed_quarters_only_with_small_groups_folded_and_hidden() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let now = now_unix();
        let closed = now - 200 * 86_400;
        for i in 0..7 {
            store
                .requests()
                .create(
                    &declaration(Subject::Telegram(100 + i), &["ht"], Some("s4")),
                    90,
                    closed,
                )
                .await
                .unwrap();
        }
        for i in 0..2 {
            let mut new = declaration(Subject::Telegram(200 + i), &["fa"], Some("s4"));
            new.origin = Origin::Undisclosed;
            store.requests().create(&new, 90, closed).await.unwrap();
        }
        // One person of a rare origin: their group must not appear as a row of its own.
        let mut rare = declaration(Subject::Telegram(300), &["ti"], Some("s4"));
        rare.origin = Origin::Country(CountryCode::parse("ER").unwrap());
        store.requests().create(&rare, 90, closed).await.unwrap();
        // Someone declaring today: invisible until the quarter has ended.
        let mut today = declaration(Subject::Telegram(400), &["ti"], Some("s4"));
        today.origin = Origin::Country(CountryCode::parse("ER").unwrap());
        store.requests().create(&today, 90, now).await.unwrap();

        let figures = store.figures().published(now).await.unwrap();
        let origin = &figures.by_origin;
        assert_eq!(
            origin.column_labels,
            vec![stats::quarter_of(closed)],
            "{name}"
        );
        assert_eq!(
            origin.row_labels,
            vec!["HT".to_owned(), stats::OTHER.to_owned()],
            "{name}: undisclosed (2) and ER (1) are summed into other"
        );
        assert_eq!(origin.cells[1][0], stats::Cell::Small, "{name}: other is 3");
        // HT's 7 would give the other row away against the shown total, so it hides too, and
        // says it is hidden rather than small.
        assert_eq!(origin.cells[0][0], stats::Cell::Hidden, "{name}");
        assert_eq!(
            origin.total,
            stats::Cell::Shown(10),
            "{name}: 10 rounded to 10"
        );
        let csv = origin.to_csv(&stats::Words {
            hidden: "hidden",
            other: "other",
        });
        assert!(csv.contains("\"HT\",\"hidden\""), "{csv}");
        assert!(!csv.contains("ER"), "{csv}");
        assert!(
            !csv.contains(&stats::quarter_of(now)),
            "the open quarter: {csv}"
        );
        assert_eq!(
            figures.by_language.row_labels,
            vec!["ht".to_owned(), stats::OTHER.to_owned()],
            "{name}"
        );

        // Expiry and erasure change nothing published: the closed quarter keeps its figures.
        store.declarations().purge_expired(now).await.unwrap();
        store
            .declarations()
            .erase(&Subject::Telegram(100), now)
            .await
            .unwrap();
        assert_eq!(
            store.figures().published(now).await.unwrap(),
            figures,
            "{name}"
        );
        // An erasure while the quarter is open takes the person out before anyone sees them.
        store
            .declarations()
            .erase(&Subject::Telegram(400), now)
            .await
            .unwrap();
        let next_quarter = now + 100 * 86_400;
        let later = store.figures().published(next_quarter).await.unwrap();
        assert_eq!(
            later.by_origin.column_labels,
            vec![stats::quarter_of(closed)],
            "{name}: the erased person's quarter has no count left"
        );
    }
}

#[tokio::test]
async fn a_row_never_betrays_a_count_of_one() {
    // The probe's case: shelters with 1, 6 and 1 declarations and the total 8.
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let closed = now_unix() - 200 * 86_400;
        let mut n = 0;
        for (shelter, count) in [(Some("s4"), 6), (Some("s5"), 1), (None, 1)] {
            for _ in 0..count {
                n += 1;
                store
                    .requests()
                    .create(
                        &declaration(Subject::Telegram(n), &["es"], shelter),
                        90,
                        closed,
                    )
                    .await
                    .unwrap();
            }
        }
        let shelters = store
            .figures()
            .published(now_unix())
            .await
            .unwrap()
            .by_shelter;
        assert_eq!(
            shelters.row_labels,
            vec!["s4".to_owned(), stats::OTHER.to_owned()],
            "{name}"
        );
        assert!(
            shelters.cells.iter().flatten().all(|c| c.is_hidden()),
            "{name}: {shelters:#?}"
        );
        assert_eq!(
            shelters.total,
            stats::Cell::Shown(10),
            "{name}: 8 shows as 10"
        );
    }
}
