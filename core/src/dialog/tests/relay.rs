//! The relay through the session: a conversation starts when an interpreter accepts, each side
//! is named to the other by a role only, either side ends it, and "delete my data" ends it
//! with a neutral notice. The messages themselves never come through here (the adapter
//! carries them), so what is tested is where they go and what each side reads around them.

use super::intake::{ask_for_interpreter, dialog, interpreter, tap};
use super::*;
use crate::intake::Subject;
use crate::relay::ChatRef;
use crate::store::testing;

const PERSON: i64 = 502;
const INTERPRETER: i64 = 9001;

/// A person in Kreyòl whose request the interpreter (reading English) accepted.
async fn talking(dialog: &Dialog) -> crate::intake::Request {
    let store = dialog.store();
    interpreter(store, "Roseline Registered", &["ht"], INTERPRETER).await;
    ask_for_interpreter(dialog, PERSON, Locale::Ht).await;
    let request = store
        .requests()
        .open_of(&Subject::Telegram(PERSON))
        .await
        .unwrap()
        .unwrap();
    tap(dialog, INTERPRETER, Action::AcceptRequest(request.id)).await;
    request
}

async fn say(dialog: &Dialog, chat: i64, event: Event) -> Processed {
    dialog.process(chat, Input::new(event)).await.unwrap()
}

#[tokio::test]
async fn each_side_is_routed_to_the_other_under_a_role_and_either_ends_it() {
    for db in testing::databases().await {
        let name = db.name;
        let dialog = dialog(&db.store);
        let request = talking(&dialog).await;
        let reference = request.reference.as_str();

        // The interpreter chooses how they are shown.
        let labelled = say(&dialog, INTERPRETER, Event::Label("Marie".into())).await;
        let role = plain_with(
            Locale::En,
            "relay-role-interpreter",
            &[("label", "Marie".into())],
        );
        assert_eq!(
            labelled.replies[0].text.plain(),
            plain_with(
                Locale::En,
                "relay-label-set",
                &[("role", role.as_str().into())]
            ),
            "{name}"
        );
        let refused = say(
            &dialog,
            INTERPRETER,
            Event::Label("+52 962 123 4567".into()),
        )
        .await;
        assert_eq!(
            refused.replies[0].text,
            para(Locale::En, "relay-label-bad"),
            "{name}"
        );

        let to_interpreter = dialog
            .relay_route(ChatRef::telegram(PERSON))
            .await
            .unwrap()
            .expect("the person is in a conversation");
        assert_eq!(to_interpreter.to.len(), 1, "{name}");
        assert_eq!(
            to_interpreter.to[0].chat,
            ChatRef::telegram(INTERPRETER),
            "{name}"
        );
        assert_eq!(
            to_interpreter.to[0].from_role,
            plain_with(
                Locale::En,
                "relay-role-person",
                &[("reference", reference.into())]
            ),
            "{name}: the interpreter reads the person as a role and the reference"
        );
        assert_eq!(to_interpreter.sender_locale, Locale::Ht, "{name}");
        let to_person = dialog
            .relay_route(ChatRef::telegram(INTERPRETER))
            .await
            .unwrap()
            .expect("the interpreter is in a conversation");
        assert_eq!(to_person.to.len(), 1, "{name}");
        assert_eq!(to_person.to[0].chat, ChatRef::telegram(PERSON), "{name}");
        assert_eq!(
            to_person.to[0].from_role,
            plain_with(
                Locale::Ht,
                "relay-role-interpreter",
                &[("label", "Marie".into())]
            ),
            "{name}: in the person's language, with the chosen label only"
        );
        assert_eq!(
            dialog.relay_route(ChatRef::telegram(7)).await.unwrap(),
            None,
            "{name}"
        );

        // The person ends it: the interpreter hears who did.
        let ended = say(&dialog, PERSON, Event::Command(Command::End)).await;
        assert!(
            ended.replies[0]
                .text
                .plain()
                .starts_with(&plain(Locale::Ht, "relay-ended-you")),
            "{name}"
        );
        assert_eq!(
            ended.elsewhere,
            vec![Elsewhere::Send {
                chat_id: INTERPRETER,
                reply: Reply::text(para_with(
                    Locale::En,
                    "relay-ended-other",
                    &[("role", to_interpreter.to[0].from_role.as_str().into())]
                )),
            }],
            "{name}"
        );
        assert_eq!(
            dialog.relay_route(ChatRef::telegram(PERSON)).await.unwrap(),
            None,
            "{name}: ended"
        );
        // The interpreter's /end now finds nothing to end.
        let nothing = say(&dialog, INTERPRETER, Event::Command(Command::End)).await;
        assert!(
            nothing.replies[0]
                .text
                .plain()
                .starts_with(&plain(Locale::En, "relay-none")),
            "{name}"
        );
        assert!(nothing.elsewhere.is_empty(), "{name}");
        let done = dialog.store().requests().get(request.id).await.unwrap();
        assert_eq!(done.status, crate::intake::RequestStatus::Done, "{name}");
        assert!(done.conversation_ended_at.is_some(), "{name}");
    }
}

#[tokio::test]
async fn deleting_their_data_ends_the_persons_conversation_with_a_neutral_notice() {
    for db in testing::databases().await {
        let name = db.name;
        let dialog = dialog(&db.store);
        let request = talking(&dialog).await;
        tap(&dialog, PERSON, Action::Forget).await;
        let erased = tap(&dialog, PERSON, Action::ForgetConfirmed).await;
        assert_eq!(
            erased.elsewhere,
            vec![Elsewhere::Send {
                chat_id: INTERPRETER,
                reply: Reply::text(para_with(
                    Locale::En,
                    "relay-ended-neutral",
                    &[("reference", request.reference.as_str().into())]
                )),
            }],
            "{name}"
        );
        assert_eq!(
            dialog
                .relay_route(ChatRef::telegram(INTERPRETER))
                .await
                .unwrap(),
            None,
            "{name}"
        );
        assert!(
            testing::tables_mentioning(dialog.store(), PERSON, "tg:502")
                .await
                .is_empty(),
            "{name}: nothing of the person is left"
        );
    }
}

#[tokio::test]
async fn only_available_interpreters_are_found_and_only_interpreters_set_it() {
    for db in testing::databases().await {
        let name = db.name;
        let store = db.store.clone();
        let dialog = dialog(&store);
        let id = interpreter(&store, "Roseline", &["ht"], INTERPRETER).await;
        let languages = [crate::intake::LanguageTag::parse("ht").unwrap()];
        let found = || async {
            store
                .interpreters()
                .for_languages(&languages, Some(super::intake::SHELTER), None)
                .await
                .unwrap()
        };
        assert_eq!(found().await, vec![(id, INTERPRETER)], "{name}");
        let away = say(&dialog, INTERPRETER, Event::Command(Command::Away)).await;
        assert_eq!(
            away.replies[0].text,
            para(Locale::En, "relay-away"),
            "{name}"
        );
        assert!(found().await.is_empty(), "{name}: away, not told");
        let back = say(&dialog, INTERPRETER, Event::Command(Command::Available)).await;
        assert_eq!(
            back.replies[0].text,
            para(Locale::En, "relay-available"),
            "{name}"
        );
        assert_eq!(found().await, vec![(id, INTERPRETER)], "{name}");
        // Someone who is not an interpreter changes nothing.
        let stranger = say(&dialog, 77, Event::Command(Command::Away)).await;
        assert_eq!(
            stranger.replies[0].text,
            para(Locale::En, "interpreter-not-registered"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn the_person_sees_where_their_request_stands_with_the_time_waited() {
    for db in testing::databases().await {
        let name = db.name;
        let store = db.store.clone();
        let dialog = dialog(&store);
        let nothing = say(&dialog, PERSON, Event::Command(Command::Status)).await;
        assert!(
            nothing.replies[0]
                .text
                .plain()
                .starts_with(&plain(Locale::En, "intake-unknown-reference")),
            "{name}: no request yet (and no language chosen)"
        );
        interpreter(&store, "Roseline", &["ht"], INTERPRETER).await;
        ask_for_interpreter(&dialog, PERSON, Locale::Ht).await;
        let request = store
            .requests()
            .open_of(&Subject::Telegram(PERSON))
            .await
            .unwrap()
            .unwrap();
        // Made seven minutes ago.
        sqlx::query("UPDATE interpreter_requests SET created_at = created_at - 420 WHERE id = $1")
            .bind(request.id)
            .execute(store.pool())
            .await
            .unwrap();
        let reference = request.reference.as_str();
        let status = |dialog: &Dialog| {
            let dialog = dialog.clone();
            async move {
                say(&dialog, PERSON, Event::Command(Command::Status))
                    .await
                    .replies[0]
                    .text
                    .plain()
            }
        };
        let waiting = status(&dialog).await;
        assert!(
            waiting.starts_with(&plain_with(
                Locale::Ht,
                "relay-status-waiting",
                &[("reference", reference.into()), ("minutes", 7.into())]
            )),
            "{name}: {waiting}"
        );
        tap(&dialog, INTERPRETER, Action::AcceptRequest(request.id)).await;
        let talking = status(&dialog).await;
        assert!(
            talking.starts_with(&plain_with(
                Locale::Ht,
                "relay-status-talking",
                &[
                    (
                        "role",
                        plain(Locale::Ht, "relay-role-interpreter-unnamed").into()
                    ),
                    ("reference", reference.into())
                ]
            )),
            "{name}: {talking}"
        );
        say(&dialog, PERSON, Event::Command(Command::End)).await;
        let ended = status(&dialog).await;
        assert!(
            ended.starts_with(&plain_with(
                Locale::Ht,
                "relay-status-ended",
                &[("reference", reference.into())]
            )),
            "{name}: {ended}"
        );
    }
}
