//! Conversations on both databases: SQLite always, PostgreSQL when FARO_TEST_DATABASE_URL is set.

use super::*;
use crate::intake::{AcceptOutcome, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject};
use crate::store::testing;

const NOW: i64 = 1_800_000_000;

async fn linked_interpreter(store: &Store, chat: i64) -> InterpreterId {
    let new = NewInterpreter {
        display_name: "Marie Registered-Name".into(),
        languages: vec![LanguageTag::parse("ht").unwrap()],
        areas: vec![ServiceArea::Remote],
    };
    let (id, code) = store.interpreters().add(&new).await.unwrap();
    store.interpreters().link(&code.0, chat).await.unwrap();
    id
}

async fn accepted_request(store: &Store, subject: Subject, interpreter: InterpreterId) -> i64 {
    let new = NewDeclaration {
        subject,
        locale: Locale::Ht,
        origin: Origin::Undisclosed,
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: None,
        city: None,
    };
    let request = store.requests().create(&new, 90, NOW).await.unwrap();
    let outcome = store
        .requests()
        .accept(request.id, interpreter, NOW + 90)
        .await
        .unwrap();
    assert!(matches!(outcome, AcceptOutcome::Accepted(_)));
    request.id
}

#[tokio::test]
async fn a_conversation_starts_once_is_found_from_both_sides_and_ends_once() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let interpreter = linked_interpreter(&store, 9001).await;
        let request = accepted_request(&store, Subject::Telegram(42), interpreter).await;
        let accepted = store.requests().get(request).await.unwrap();
        assert_eq!(accepted.accepted_at, Some(NOW + 90), "{name}");
        let conversations = store.conversations();
        assert_eq!(
            conversations.of_chat(ChatRef::telegram(42)).await.unwrap(),
            None,
            "{name}: not before it starts"
        );
        let started = conversations
            .start(request, NOW + 91)
            .await
            .unwrap()
            .expect("starts");
        assert_eq!(started.person, ChatRef::telegram(42), "{name}");
        assert_eq!(started.interpreter, ChatRef::telegram(9001), "{name}");
        assert_eq!(started.label, None, "{name}: no label until one is chosen");
        assert_eq!(started.person_locale, Locale::Ht, "{name}");
        assert_eq!(
            conversations.start(request, NOW + 92).await.unwrap(),
            None,
            "{name}: started once"
        );
        conversations
            .set_label(interpreter, &Label::parse("Marie").unwrap())
            .await
            .unwrap();
        let (as_person, side) = conversations
            .of_chat(ChatRef::telegram(42))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(side, Side::Person, "{name}");
        assert_eq!(
            as_person.others(side),
            vec![(Side::Interpreter, ChatRef::telegram(9001))],
            "{name}"
        );
        assert_eq!(as_person.label.unwrap().as_str(), "Marie", "{name}");
        let (_, side) = conversations
            .of_chat(ChatRef::telegram(9001))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(side, Side::Interpreter, "{name}");
        assert_eq!(
            conversations.of_chat(ChatRef::telegram(7)).await.unwrap(),
            None,
            "{name}"
        );

        assert!(
            conversations
                .end(request, Ending::Interpreter, NOW + 600)
                .await
                .unwrap()
        );
        assert!(
            !conversations
                .end(request, Ending::Person, NOW + 601)
                .await
                .unwrap()
        );
        assert_eq!(
            conversations.of_chat(ChatRef::telegram(42)).await.unwrap(),
            None,
            "{name}: ended"
        );
        let done = store.requests().get(request).await.unwrap();
        assert_eq!(done.status, crate::intake::RequestStatus::Done, "{name}");
    }
}

#[tokio::test]
async fn a_kiosk_request_nobody_linked_to_a_phone_has_no_conversation() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let interpreter = linked_interpreter(&store, 9001).await;
        let request = accepted_request(&store, Subject::new_kiosk(), interpreter).await;
        assert_eq!(
            store.conversations().start(request, NOW).await.unwrap(),
            None,
            "{name}: met at the desk"
        );
    }
}

#[tokio::test]
async fn staff_ending_a_request_ends_its_conversation_and_its_sides_are_claimed_once() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let interpreter = linked_interpreter(&store, 9001).await;
        let request = accepted_request(&store, Subject::Telegram(42), interpreter).await;
        let conversations = store.conversations();
        conversations.start(request, NOW + 91).await.unwrap();
        // Staff join from Telegram: a third side; a side cannot join as staff too.
        assert!(
            !conversations
                .join_staff(request, ChatRef::telegram(9001))
                .await
                .unwrap(),
            "{name}"
        );
        assert!(
            conversations
                .join_staff(request, ChatRef::telegram(555))
                .await
                .unwrap(),
            "{name}"
        );
        let (seen, side) = conversations
            .of_chat(ChatRef::telegram(555))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(side, Side::Staff, "{name}");
        assert_eq!(
            seen.others(Side::Staff),
            vec![
                (Side::Person, ChatRef::telegram(42)),
                (Side::Interpreter, ChatRef::telegram(9001))
            ],
            "{name}"
        );
        assert_eq!(conversations.staff_endings(NOW).await.unwrap(), vec![]);
        // Done in the staff queue.
        store
            .requests()
            .set_status(request, crate::intake::RequestStatus::Done, NOW + 300)
            .await
            .unwrap();
        assert_eq!(conversations.open(request).await.unwrap(), None, "{name}");
        let ended = conversations.staff_endings(NOW + 301).await.unwrap();
        assert_eq!(ended.len(), 1, "{name}");
        assert_eq!(ended[0].staff, Some(ChatRef::telegram(555)), "{name}");
        assert_eq!(
            conversations.staff_endings(NOW + 302).await.unwrap(),
            vec![],
            "{name}: told once"
        );
        let done = store.requests().get(request).await.unwrap();
        assert_eq!(done.conversation_ended_at, Some(NOW + 300), "{name}");
        // Joining an ended conversation does nothing.
        assert!(
            !conversations
                .join_staff(request, ChatRef::telegram(556))
                .await
                .unwrap(),
            "{name}"
        );
    }
}

#[tokio::test]
async fn an_interpreter_writes_to_the_latest_conversation_unless_they_chose_one() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let interpreter = linked_interpreter(&store, 9001).await;
        let first = accepted_request(&store, Subject::Telegram(42), interpreter).await;
        let second = accepted_request(&store, Subject::Telegram(43), interpreter).await;
        let conversations = store.conversations();
        conversations.start(first, NOW + 91).await.unwrap();
        conversations.start(second, NOW + 92).await.unwrap();
        let writes_to = || async {
            conversations
                .of_chat(ChatRef::telegram(9001))
                .await
                .unwrap()
                .unwrap()
                .0
                .request_id
        };
        assert_eq!(writes_to().await, second, "{name}: the latest");
        assert_eq!(
            conversations
                .of_interpreter(interpreter)
                .await
                .unwrap()
                .iter()
                .map(|(id, _)| *id)
                .collect::<Vec<_>>(),
            vec![second, first],
            "{name}"
        );
        conversations.set_focus(interpreter, first).await.unwrap();
        assert_eq!(writes_to().await, first, "{name}: the one chosen");
        // Once it ends, the other.
        conversations
            .end(first, Ending::Person, NOW + 200)
            .await
            .unwrap();
        assert_eq!(writes_to().await, second, "{name}");
    }
}

#[tokio::test]
async fn a_whatsapp_person_and_a_whatsapp_interpreter_are_sides_on_their_channel() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let person = crate::channel::phone_chat(11);
        let interpreter_chat = crate::channel::phone_chat(22);
        let interpreter = linked_interpreter(&store, interpreter_chat).await;
        let request = accepted_request(&store, Subject::Telegram(person), interpreter).await;
        let started = store
            .conversations()
            .start(request, NOW + 91)
            .await
            .unwrap()
            .expect("starts with a WhatsApp interpreter too");
        assert_eq!(started.person, ChatRef::of(person), "{name}");
        assert_eq!(started.person.channel, Channel::WhatsApp, "{name}");
        assert_eq!(started.interpreter.channel, Channel::WhatsApp, "{name}");
        let (found, side) = store
            .conversations()
            .of_chat(ChatRef::of(person))
            .await
            .unwrap()
            .expect("found from WhatsApp");
        assert_eq!((found.request_id, side), (request, Side::Person), "{name}");
        let (_, side) = store
            .conversations()
            .of_chat(ChatRef::of(interpreter_chat))
            .await
            .unwrap()
            .expect("found from the interpreter's WhatsApp");
        assert_eq!(side, Side::Interpreter, "{name}");
        // Staff join from Telegram only.
        assert!(
            !store
                .conversations()
                .join_staff(request, ChatRef::of(crate::channel::phone_chat(33)))
                .await
                .unwrap(),
            "{name}"
        );
    }
}
