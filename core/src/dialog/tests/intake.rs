//! "I need an interpreter" in the bot: the questions (pure engine), then the request, links
//! and acceptance through `Dialog` on SQLite and PostgreSQL.

use std::time::Duration;

use super::*;
use crate::country::CountryCode;
use crate::intake::{
    LanguageTag, NewDeclaration, NewInterpreter, Origin, RequestStatus, ServiceArea, Subject,
    choices,
};
use crate::store::{Store, testing};

pub(super) const SHELTER: &str = "demo-tapachula-shelter-1";

fn ht() -> CountryCode {
    CountryCode::parse("HT").unwrap()
}

fn lang(tag: &str) -> LanguageTag {
    LanguageTag::parse(tag).unwrap()
}

fn draft(outcome: &Outcome) -> IntakeDraft {
    match &outcome.state.flow {
        Flow::Intake { draft } => draft.clone(),
        other => panic!("not in the intake: {other:?}"),
    }
}

fn has_button(outcome: &Outcome, action: &Action) -> bool {
    outcome.replies[0]
        .buttons()
        .any(|button| button.as_action() == Some(action))
}

fn label_of(outcome: &Outcome, action: &Action) -> String {
    outcome.replies[0]
        .buttons()
        .find(|button| button.as_action() == Some(action))
        .map(|button| button.label.clone())
        .unwrap_or_else(|| panic!("no button {action:?}"))
}

/// Menu → consent → origin HT → languages (fa preselected, Wolof added) → shelter.
fn up_to_share_question(locale: Locale) -> Outcome {
    let consent = press(speaking(locale), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    let languages = press(origin.state, &Action::IntakeOrigin(Some(ht())));
    let others = press(languages.state, &Action::IntakeOtherLanguages);
    let wolof = press(others.state, &Action::IntakeLanguage(lang("wo")));
    let done = press(wolof.state, &Action::IntakeLanguagesDone);
    press(done.state, &Action::IntakePlace(Some(SHELTER.into())))
}

#[test]
fn the_menu_offers_an_interpreter() {
    let menu = press(speaking(Locale::Fa), &Action::Menu);
    assert_eq!(
        label_of(&menu, &Action::Interpreter),
        plain(Locale::Fa, "menu-interpreter")
    );
}

#[test]
fn consent_comes_first_in_the_persons_language_with_the_retention_period() {
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Interpreter);
        let consent = plain_with(locale, "consent-text", &[("days", 90.into())]);
        assert!(
            outcome.replies[0].text.plain().contains(&consent),
            "{locale:?}"
        );
        assert!(
            outcome.replies[0]
                .text
                .plain()
                .contains(&plain(locale, "consent-title"))
        );
        assert_eq!(
            label_of(&outcome, &Action::IntakeConsent(true)),
            plain(locale, "consent-accept")
        );
        assert_eq!(draft(&outcome).step, IntakeStep::Consent);
        assert_eq!(outcome.effect, None);
    }
}

#[test]
fn declining_returns_to_the_menu_and_keeps_nothing() {
    let consent = press(speaking(Locale::Es), &Action::Interpreter);
    let declined = press(consent.state, &Action::IntakeConsent(false));
    assert!(
        declined.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::Es, "consent-declined"))
    );
    assert_eq!(declined.state.flow, Flow::Menu);
    assert_eq!(declined.effect, None);
}

#[test]
fn origin_offers_prefer_not_to_say_first_and_countries_by_name() {
    let consent = press(speaking(Locale::Es), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    let first = origin.replies[0].buttons().next().unwrap();
    assert_eq!(first.as_action(), Some(&Action::IntakeOrigin(None)));
    assert_eq!(first.label, plain(Locale::Es, "intake-prefer-not"));
    assert_eq!(
        label_of(&origin, &Action::IntakeOrigin(Some(ht()))),
        "Haití"
    );
    assert_eq!(
        origin.replies[0]
            .buttons()
            .filter(|b| matches!(b.as_action(), Some(Action::IntakeOrigin(Some(_)))))
            .count(),
        crate::intake::choices::ORIGIN_COUNTRIES.len()
    );
}

/// The origin buttons' country codes, in the order shown.
fn origin_order(locale: Locale) -> Vec<String> {
    let consent = press(speaking(locale), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    origin.replies[0]
        .buttons()
        .filter_map(|b| match b.as_action() {
            Some(Action::IntakeOrigin(Some(code))) => Some(code.to_string()),
            _ => None,
        })
        .collect()
}

fn in_order(shown: &[String], expected: &[&str]) -> bool {
    let at = |code: &str| shown.iter().position(|c| c == code);
    expected.windows(2).all(|pair| at(pair[0]) < at(pair[1]))
}

#[test]
fn countries_are_in_the_order_readers_of_the_locale_expect() {
    // Chinese by pinyin: 阿富汗 Afuhan, 巴西 Baxi, 古巴 Guba, 海地 Haidi, 墨西哥 Moxige,
    // 也门 Yemen (by code point 也 U+4E5F would come first).
    assert!(in_order(
        &origin_order(Locale::ZhHans),
        &["AF", "BR", "CU", "HT", "MX", "YE"]
    ));
    // Persian by its alphabet: ب پ ج چ س ک گ م و ه ی (by code point پ چ ک گ ی come after
    // the Arabic letters, and ه before و).
    assert!(in_order(
        &origin_order(Locale::Fa),
        &[
            "BD", "PA", "CD", "CN", "LK", "CR", "GT", "MX", "VE", "HT", "YE"
        ]
    ));
}

#[test]
fn the_current_locale_is_preselected_and_languages_toggle() {
    let consent = press(speaking(Locale::Fa), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    let languages = press(origin.state, &Action::IntakeOrigin(Some(ht())));
    assert_eq!(draft(&languages).languages, vec!["fa".to_owned()]);
    assert_eq!(
        label_of(&languages, &Action::IntakeLanguage(lang("fa"))),
        "✓ فارسی"
    );
    // Un-choosing the only language, then "Done", asks again instead of going on.
    let none = press(languages.state, &Action::IntakeLanguage(lang("fa")));
    assert!(draft(&none).languages.is_empty());
    let again = press(none.state, &Action::IntakeLanguagesDone);
    assert_eq!(draft(&again).step, IntakeStep::Languages);
    // "Another language" lists languages beyond the sixteen by their names in Persian.
    let others = press(again.state, &Action::IntakeOtherLanguages);
    assert_eq!(
        label_of(&others, &Action::IntakeLanguage(lang("wo"))),
        plain(Locale::Fa, "language-wo")
    );
    let wolof = press(others.state, &Action::IntakeLanguage(lang("wo")));
    assert_eq!(draft(&wolof).languages, vec!["wo".to_owned()]);
    assert!(
        wolof.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::Fa, "language-wo"))
    );
    // A language not offered (a forged button) is not taken.
    let forged = press(wolof.state.clone(), &Action::IntakeLanguage(lang("xx")));
    assert_eq!(
        draft(&forged),
        draft(&wolof),
        "the same question, nothing changed"
    );
}

#[test]
fn the_whole_intake_ends_in_a_request_with_exactly_the_answers() {
    let share = up_to_share_question(Locale::Fa);
    assert_eq!(draft(&share).step, IntakeStep::ShareOrigin);
    assert!(
        share.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::Fa, "intake-share-origin"))
    );
    let sent = press(share.state, &Action::IntakeShareOrigin(true));
    assert_eq!(sent.state.flow, Flow::Menu);
    assert_eq!(
        sent.effect,
        Some(Effect::SubmitIntake(IntakeAnswers {
            origin: Origin::Country(ht()),
            share_origin: true,
            languages: vec![lang("fa"), lang("wo")],
            shelter: Some(SHELTER.into()),
        }))
    );
}

#[test]
fn prefer_not_to_say_skips_the_sharing_question() {
    let consent = press(speaking(Locale::Ar), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    let languages = press(origin.state, &Action::IntakeOrigin(None));
    let done = press(languages.state, &Action::IntakeLanguagesDone);
    assert!(
        has_button(&done, &Action::IntakePlace(None)),
        "skip offered"
    );
    let sent = press(done.state, &Action::IntakePlace(None));
    assert_eq!(
        sent.effect,
        Some(Effect::SubmitIntake(IntakeAnswers {
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![lang("ar")],
            shelter: None,
        }))
    );
}

#[test]
fn another_country_is_kept_as_such_and_skips_the_sharing_question() {
    for locale in LOCALES {
        let consent = press(speaking(locale), &Action::Interpreter);
        let origin = press(consent.state, &Action::IntakeConsent(true));
        assert_eq!(
            label_of(&origin, &Action::IntakeOriginAnother),
            plain(locale, "intake-origin-another")
        );
        let languages = press(origin.state, &Action::IntakeOriginAnother);
        assert_eq!(draft(&languages).step, IntakeStep::Languages);
        let done = press(languages.state, &Action::IntakeLanguagesDone);
        let sent = press(done.state, &Action::IntakePlace(None));
        assert_eq!(
            sent.effect,
            Some(Effect::SubmitIntake(IntakeAnswers {
                origin: Origin::Another,
                share_origin: false,
                languages: vec![choices::language_of(locale)],
                shelter: None,
            })),
            "{locale:?}"
        );
    }
}

#[test]
fn an_old_interpreter_button_takes_a_person_back_to_where_they_were() {
    for locale in LOCALES {
        let consent = press(speaking(locale), &Action::Interpreter);
        let origin = press(consent.state, &Action::IntakeConsent(true));
        let languages = press(origin.state, &Action::IntakeOrigin(Some(ht())));
        let others = press(languages.state, &Action::IntakeOtherLanguages);
        let wolof = press(others.state, &Action::IntakeLanguage(lang("wo")));
        let before = draft(&wolof);
        // The menu's "I need an interpreter", pressed on an old message.
        let again = press(wolof.state, &Action::Interpreter);
        assert_eq!(
            draft(&again),
            before,
            "{locale:?}: nothing answered is lost"
        );
        let reply = &again.replies[0];
        assert!(
            reply
                .text
                .plain()
                .starts_with(&plain(locale, "intake-resume")),
            "{locale:?}: {}",
            reply.text.plain()
        );
        assert!(
            reply
                .text
                .plain()
                .contains(&plain(locale, "intake-languages")),
            "the question they were at"
        );
        assert!(!reply.replace, "a new message where the person is looking");
        // An old consent button does the same.
        let consent_again = press(again.state, &Action::IntakeConsent(true));
        assert_eq!(draft(&consent_again), before);
    }
}

#[test]
fn buttons_out_of_step_start_over_and_a_second_send_shows_the_request() {
    // An origin button pressed from the menu (an old message) asks for consent again.
    let stale = press(speaking(Locale::Es), &Action::IntakeOrigin(Some(ht())));
    assert_eq!(draft(&stale).step, IntakeStep::Consent);
    assert_eq!(draft(&stale).origin, None);
    // A shelter that is not a shelter (or does not exist) is refused.
    let consent = press(speaking(Locale::Es), &Action::Interpreter);
    let origin = press(consent.state, &Action::IntakeConsent(true));
    let languages = press(origin.state, &Action::IntakeOrigin(Some(ht())));
    let place = press(languages.state, &Action::IntakeLanguagesDone);
    let forged = press(place.state, &Action::IntakePlace(Some("mx-comar".into())));
    // The question the person is at, again, with what they had answered.
    assert_eq!(draft(&forged).step, IntakeStep::Where);
    assert_eq!(draft(&forged).origin, Some(Some("HT".into())));
    // The last button tapped again after the request was sent.
    let share = up_to_share_question(Locale::Es);
    let sent = press(share.state, &Action::IntakeShareOrigin(false));
    let again = press(sent.state, &Action::IntakeShareOrigin(false));
    assert_eq!(again.effect, Some(Effect::ShowOpenRequest));
}

#[test]
fn start_payloads_link_an_interpreter_or_a_kiosk_request() {
    let code = run(
        ChatState::default(),
        Event::Start {
            payload: Some("0123456789abcdef0123".into()),
        },
        None,
    );
    assert_eq!(
        code.effect,
        Some(Effect::LinkInterpreter("0123456789abcdef0123".into()))
    );
    let secret = crate::intake::LinkSecret::random();
    let link = run(
        ChatState::default(),
        Event::Start {
            payload: Some(format!("fa_k-{}", secret.as_str())),
        },
        None,
    );
    assert_eq!(link.effect, Some(Effect::LinkRequest(secret)));
    assert_eq!(link.state.locale, Some(Locale::Fa));
    // The short reference read aloud links nothing: no effect at all.
    let reference = run(
        ChatState::default(),
        Event::Start {
            payload: Some("fa_r-K7M4QX".into()),
        },
        None,
    );
    assert_eq!(reference.effect, None);
}

// Through the database.

pub(super) fn dialog(store: &Store) -> Dialog {
    let context = Context::new(
        ctx().content.clone(),
        ctx().translations.clone(),
        ctx().detector.clone(),
        &vocabulary(),
        Settings::default(),
        TEST_CHANNEL,
    );
    Dialog::new(Arc::new(context), store.clone())
}

pub(super) async fn tap(dialog: &Dialog, chat: i64, action: Action) -> Processed {
    dialog
        .process(chat, Input::new(Event::Button(action.encode())))
        .await
        .unwrap()
}

/// Goes through every question in `locale` from chat `chat`, sharing the origin.
pub(super) async fn ask_for_interpreter(dialog: &Dialog, chat: i64, locale: Locale) -> Processed {
    tap(dialog, chat, Action::Language(locale)).await;
    for action in [
        Action::Interpreter,
        Action::IntakeConsent(true),
        Action::IntakeOrigin(Some(ht())),
        Action::IntakeLanguagesDone,
        Action::IntakePlace(Some(SHELTER.into())),
    ] {
        tap(dialog, chat, action).await;
    }
    tap(dialog, chat, Action::IntakeShareOrigin(true)).await
}

pub(super) async fn interpreter(store: &Store, name: &str, languages: &[&str], chat: i64) -> i64 {
    let new = NewInterpreter {
        display_name: name.into(),
        languages: languages.iter().map(|l| lang(l)).collect(),
        areas: vec![ServiceArea::Shelter(SHELTER.into())],
    };
    let (id, code) = store.interpreters().add(&new).await.unwrap();
    let linked = dialog(store)
        .process(
            chat,
            Input::new(Event::Start {
                payload: Some(code.0.clone()),
            }),
        )
        .await
        .unwrap();
    assert!(
        linked.replies[0].text.plain().contains(&plain_with(
            Locale::En,
            "interpreter-linked",
            &[("name", name.into())]
        )),
        "{:?}",
        linked.replies
    );
    id
}

#[tokio::test]
async fn a_request_is_stored_with_its_answers_and_its_reference_is_shown() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let dialog = dialog(&store);
        let bell = dialog.routing().clone();
        let done = ask_for_interpreter(&dialog, 501, Locale::Ht).await;
        let request = store
            .requests()
            .open_of(&Subject::Telegram(501))
            .await
            .unwrap()
            .expect("a request");
        assert_eq!(request.locale, Locale::Ht, "{}", db.name);
        assert_eq!(request.languages, vec![lang("ht")]);
        assert_eq!(request.shelter_id.as_deref(), Some(SHELTER));
        assert_eq!(request.shared_origin, Some(Origin::Country(ht())));
        assert_eq!(request.notify_chat_id, Some(501));
        // No interpreter yet: the person is told it waits, in Haitian Creole.
        let waiting = plain_with(
            Locale::Ht,
            "intake-waiting",
            &[("reference", request.reference.as_str().into())],
        );
        assert!(
            done.replies[0].text.plain().contains(&waiting),
            "{:?}",
            done.replies
        );
        // The router was woken.
        tokio::time::timeout(Duration::from_secs(1), bell.woken())
            .await
            .expect("routing signal rung");
        // A double tap on the last button: the same request, shown again.
        let again = tap(&dialog, 501, Action::IntakeShareOrigin(true)).await;
        assert!(
            again.replies[0]
                .text
                .plain()
                .contains(request.reference.as_str())
        );
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM declarations")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(count, 1, "{}", db.name);
        let consent: String = sqlx::query_scalar("SELECT consent_version FROM declarations")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(consent, crate::intake::CONSENT_VERSION);
    }
}

#[tokio::test]
async fn with_an_interpreter_the_person_hears_of_the_search_then_of_acceptance() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let dialog = dialog(&store);
        let first = interpreter(&store, "Roseline", &["ht"], 9001).await;
        let second = interpreter(&store, "Jean", &["ht", "fr"], 9002).await;
        // The second interpreter reads Spanish.
        tap(&dialog, 9002, Action::Language(Locale::Es)).await;
        let done = ask_for_interpreter(&dialog, 502, Locale::Ht).await;
        let request = store
            .requests()
            .open_of(&Subject::Telegram(502))
            .await
            .unwrap()
            .unwrap();
        let created = plain_with(
            Locale::Ht,
            "intake-created",
            &[("reference", request.reference.as_str().into())],
        );
        assert!(
            done.replies[0].text.plain().contains(&created),
            "{}",
            db.name
        );
        // The router told both (as the bot does: claim, send, keep the message id).
        for (interpreter, chat, message) in [(first, 9001, 71), (second, 9002, 72)] {
            assert!(
                store
                    .requests()
                    .claim_notice(request.id, interpreter, chat)
                    .await
                    .unwrap()
            );
            store
                .requests()
                .record_notice(request.id, interpreter, chat, Some(message))
                .await
                .unwrap();
        }
        let accepted = tap(&dialog, 9001, Action::AcceptRequest(request.id)).await;
        assert!(accepted.replies[0].text.plain().contains(&plain_with(
            Locale::En,
            "interpreter-accepted",
            &[("reference", request.reference.as_str().into())]
        )));
        assert!(
            accepted.replies[0].text.plain().contains("Haiti"),
            "the origin was shared"
        );
        // The person follows the request in this chat: they talk through the bot from now
        // on, and read who accepted as a role only.
        let person = para_with(
            Locale::Ht,
            "relay-started-person",
            &[
                (
                    "role",
                    plain(Locale::Ht, "relay-role-interpreter-unnamed").into(),
                ),
                ("reference", request.reference.as_str().into()),
            ],
        );
        assert!(
            accepted.replies[0].text.plain().contains(&plain_with(
                Locale::En,
                "relay-started-interpreter",
                &[
                    ("reference", request.reference.as_str().into()),
                    (
                        "language",
                        ctx()
                            .translations
                            .language_name(Locale::En, "ht")
                            .unwrap()
                            .into(),
                    ),
                    (
                        "role",
                        plain(Locale::En, "relay-role-interpreter-unnamed").into()
                    ),
                ]
            )),
            "{}",
            accepted.replies[0].text.plain()
        );
        assert_eq!(
            accepted.elsewhere,
            vec![
                Elsewhere::Send {
                    chat_id: 502,
                    reply: Reply::text(person),
                },
                Elsewhere::Edit {
                    chat_id: 9002,
                    message_id: 72,
                    reply: Reply::text(para(Locale::Es, "interpreter-taken")).replacing(true),
                },
            ],
            "{}",
            db.name
        );
        // The other interpreter taps too late; the first taps twice.
        let late = tap(&dialog, 9002, Action::AcceptRequest(request.id)).await;
        assert_eq!(late.replies[0].text, para(Locale::Es, "interpreter-taken"));
        assert!(late.elsewhere.is_empty());
        let twice = tap(&dialog, 9001, Action::AcceptRequest(request.id)).await;
        assert!(
            twice.replies[0]
                .text
                .plain()
                .contains(request.reference.as_str())
        );
        assert!(twice.elsewhere.is_empty(), "nobody is told twice");
        // Someone who is not an interpreter cannot take it.
        let stranger = tap(&dialog, 502, Action::AcceptRequest(request.id)).await;
        assert_eq!(
            stranger.replies[0].text,
            para(Locale::Ht, "interpreter-not-registered")
        );
        let request = store.requests().get(request.id).await.unwrap();
        assert_eq!(request.status, RequestStatus::Accepted);
        assert_eq!(request.interpreter_id, Some(first));
    }
}

#[tokio::test]
async fn two_interpreters_tapping_at_once_give_the_request_to_one() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let a = interpreter(&store, "A", &["ht"], 9101).await;
        let b = interpreter(&store, "B", &["ht"], 9102).await;
        for round in 0..10 {
            let chat = 600 + round;
            ask_for_interpreter(&dialog(&store), chat, Locale::Ht).await;
            let request = store
                .requests()
                .open_of(&Subject::Telegram(chat))
                .await
                .unwrap()
                .unwrap();
            // Two instances of the bot, one per interpreter, at the same moment.
            let (one, two) = (dialog(&store), dialog(&store));
            let (first, second) = tokio::join!(
                tap(&one, 9101, Action::AcceptRequest(request.id)),
                tap(&two, 9102, Action::AcceptRequest(request.id)),
            );
            let won = |p: &Processed| {
                p.elsewhere
                    .iter()
                    .any(|e| matches!(e, Elsewhere::Send { .. }))
            };
            assert!(won(&first) ^ won(&second), "{} round {round}", db.name);
            let winner = store
                .requests()
                .get(request.id)
                .await
                .unwrap()
                .interpreter_id;
            assert_eq!(winner, Some(if won(&first) { a } else { b }));
        }
    }
}

fn kiosk_declaration() -> NewDeclaration {
    NewDeclaration {
        subject: Subject::new_kiosk(),
        locale: Locale::Fa,
        origin: Origin::Undisclosed,
        share_origin: false,
        languages: vec![lang("fa")],
        shelter_id: Some(SHELTER.into()),
        city: None,
    }
}

async fn start_with(dialog: &Dialog, chat: i64, payload: &str) -> Processed {
    dialog
        .process(
            chat,
            Input::new(Event::Start {
                payload: Some(payload.to_owned()),
            }),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn a_kiosk_request_follows_the_person_to_telegram_once() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let dialog = dialog(&store);
        let kiosk = store
            .requests()
            .create(&kiosk_declaration(), 90, crate::clock::now_unix())
            .await
            .unwrap();
        let secret = store.requests().new_link_secret(kiosk.id).await.unwrap();
        let payload = format!("fa_k-{}", secret.as_str());
        // The reference alone, as the QR code used to carry it, links nothing.
        start_with(&dialog, 701, &format!("fa_r-{}", kiosk.reference.as_str())).await;
        assert_eq!(
            store.requests().get(kiosk.id).await.unwrap().notify_chat_id,
            None
        );
        let linked = start_with(&dialog, 701, &payload).await;
        assert!(
            linked.replies[0]
                .text
                .plain()
                .contains(kiosk.reference.as_str()),
            "{}",
            db.name
        );
        assert!(linked.replies[0].text.plain().contains(&plain_with(
            Locale::Fa,
            "intake-waiting",
            &[("reference", kiosk.reference.as_str().into())]
        )));
        assert_eq!(
            store.requests().get(kiosk.id).await.unwrap().notify_chat_id,
            Some(701)
        );
        // The answer to the kiosk's link offers "Delete my data" right under it.
        assert!(
            linked.replies[0]
                .buttons()
                .any(|button| button.target == ButtonTarget::Action(Action::Forget)),
            "{}",
            db.name
        );
        // Someone else who got hold of the link cannot take it over, and is told nothing.
        let other = start_with(&dialog, 702, &payload).await;
        let neutral = start_with(&dialog, 703, "fa").await;
        assert_eq!(other.replies, neutral.replies);
        assert_eq!(
            store.requests().get(kiosk.id).await.unwrap().notify_chat_id,
            Some(701)
        );
        // /forget in the linked chat deletes the kiosk request too, from every table.
        tap(&dialog, 701, Action::Forget).await;
        tap(&dialog, 701, Action::ForgetConfirmed).await;
        assert!(
            testing::tables_mentioning(&store, 701, kiosk.reference.as_str())
                .await
                .is_empty(),
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn wrong_secrets_get_the_answer_to_a_bare_start_and_guesses_are_limited() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let dialog = dialog(&store);
        let kiosk = store
            .requests()
            .create(&kiosk_declaration(), 90, crate::clock::now_unix())
            .await
            .unwrap();
        let secret = store.requests().new_link_secret(kiosk.id).await.unwrap();
        // What `/start fa` alone says, in a fresh chat.
        let neutral = start_with(&dialog, 800, "fa").await.replies;
        // A made-up secret, and the secret of a request that is closed: the same answer.
        let made_up = start_with(&dialog, 801, &format!("fa_k-{}", "0".repeat(32))).await;
        assert_eq!(made_up.replies, neutral, "{}", db.name);
        let closed = store
            .requests()
            .create(&kiosk_declaration(), 90, crate::clock::now_unix())
            .await
            .unwrap();
        let closed_secret = store.requests().new_link_secret(closed.id).await.unwrap();
        store
            .requests()
            .set_status(
                closed.id,
                RequestStatus::Cancelled,
                crate::clock::now_unix(),
            )
            .await
            .unwrap();
        let on_closed = start_with(&dialog, 802, &format!("fa_k-{}", closed_secret.as_str())).await;
        assert_eq!(on_closed.replies, neutral, "{}", db.name);
        // Five guesses an hour: after them even the right secret gets the neutral answer.
        for _ in 0..crate::intake::LINK_ATTEMPTS {
            let guess = crate::intake::LinkSecret::random();
            let answer = start_with(&dialog, 804, &format!("fa_k-{}", guess.as_str())).await;
            assert_eq!(answer.replies, neutral, "{}", db.name);
        }
        let right = start_with(&dialog, 804, &format!("fa_k-{}", secret.as_str())).await;
        assert_eq!(right.replies, neutral, "{}", db.name);
        assert_eq!(
            store.requests().get(kiosk.id).await.unwrap().notify_chat_id,
            None
        );
        // Another chat, within its own limit, links it.
        let own = start_with(&dialog, 805, &format!("fa_k-{}", secret.as_str())).await;
        assert_ne!(own.replies, neutral, "{}", db.name);
        assert_eq!(
            store.requests().get(kiosk.id).await.unwrap().notify_chat_id,
            Some(805)
        );
        // "Delete my data" in the guessing chat takes its attempts with it.
        tap(&dialog, 804, Action::Forget).await;
        tap(&dialog, 804, Action::ForgetConfirmed).await;
        assert_eq!(
            testing::tables_mentioning(&store, 804, "\u{1}").await,
            Vec::<String>::new(),
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn a_used_or_unknown_link_code_links_nobody() {
    for db in testing::databases().await {
        let store = db.store.clone();
        let dialog = dialog(&store);
        let new = NewInterpreter {
            display_name: "Amina".into(),
            languages: vec![lang("so")],
            areas: vec![ServiceArea::Remote],
        };
        let (_, code) = store.interpreters().add(&new).await.unwrap();
        let start = |chat: i64, payload: String| {
            let dialog = dialog.clone();
            async move {
                dialog
                    .process(
                        chat,
                        Input::new(Event::Start {
                            payload: Some(payload),
                        }),
                    )
                    .await
                    .unwrap()
            }
        };
        let first = start(801, code.0.clone()).await;
        assert!(
            first.replies[0].text.plain().contains("Amina"),
            "{}",
            db.name
        );
        let reused = start(802, code.0.clone()).await;
        assert!(
            reused.replies[0]
                .text
                .plain()
                .contains(&plain(Locale::En, "interpreter-link-failed"))
        );
        let unknown = start(803, "ffffffffffffffffffff".into()).await;
        assert!(
            unknown.replies[0]
                .text
                .plain()
                .contains(&plain(Locale::En, "interpreter-link-failed"))
        );
        assert!(store.interpreters().by_chat(802).await.unwrap().is_none());
    }
}

/// A text above the menu, as the engine sends it.

#[test]
fn interpreter_notices_name_languages_place_and_a_shared_origin() {
    let request = crate::intake::Request {
        id: 7,
        reference: crate::intake::Reference::parse("K7M4QX").unwrap(),
        status: RequestStatus::Waiting,
        locale: Locale::Ht,
        languages: vec![lang("ht"), lang("wo")],
        shelter_id: Some(SHELTER.into()),
        city: Some("Tapachula".into()),
        shared_origin: Some(Origin::Country(ht())),
        interpreter_id: None,
        notify_chat_id: None,
        created_at: 0,
        updated_at: 0,
        accepted_at: None,
        conversation_started_at: None,
        conversation_ended_at: None,
        escalation: crate::intake::Escalation::Local,
    };
    let notice = interpreter_notice(ctx(), Locale::Es, &request);
    check_reply(&notice);
    assert!(notice.text.plain().contains("K7M4QX"));
    assert!(
        notice.text.plain().contains("Kreyòl ayisyen"),
        "{:?}",
        notice.text
    );
    assert!(
        notice
            .text
            .plain()
            .contains(&plain(Locale::Es, "language-wo"))
    );
    assert!(notice.text.plain().contains("Haití"));
    let directory = ctx().content.directory();
    let shelter = directory.get(SHELTER).unwrap();
    assert!(notice.text.plain().contains(&shelter.name));
    assert_eq!(
        notice.buttons().next().and_then(|b| b.as_action()),
        Some(&Action::AcceptRequest(7))
    );
    let private = crate::intake::Request {
        shared_origin: None,
        ..request
    };
    assert!(
        !interpreter_notice(ctx(), Locale::Es, &private)
            .text
            .plain()
            .contains("Haití")
    );
}
