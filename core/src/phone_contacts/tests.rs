use super::*;
use crate::store::testing;

const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const NUMBER: &str = "5215512345678";
const NOW: i64 = 1_800_000_000;

fn key() -> NumberKey {
    NumberKey::parse(KEY).unwrap()
}

#[test]
fn keys_are_64_hex_digits_and_never_printed() {
    assert!(NumberKey::parse(KEY).is_some());
    assert!(NumberKey::parse(&KEY[..62]).is_none());
    assert!(NumberKey::parse(&KEY.replace('0', "g")).is_none());
    assert_eq!(format!("{:?}", key()), "NumberKey([redacted])");
}

#[test]
fn a_sealed_number_opens_with_its_key_only_and_never_shows() {
    let sealed = key().seal("whatsapp", NUMBER);
    assert!(!sealed.contains(NUMBER));
    // Random nonces: the same number seals differently each time.
    assert_ne!(sealed, key().seal("whatsapp", NUMBER));
    assert_eq!(key().open("whatsapp", &sealed).as_deref(), Some(NUMBER));
    let other = NumberKey::parse(&KEY.replace('0', "1")).unwrap();
    assert_eq!(other.open("whatsapp", &sealed), None);
    // Bound to its channel, and to every byte.
    assert_eq!(key().open("sms", &sealed), None);
    let mut altered = sealed.into_bytes();
    let last = altered.len() - 1;
    altered[last] = if altered[last] == b'0' { b'1' } else { b'0' };
    assert_eq!(
        key().open("whatsapp", &String::from_utf8(altered).unwrap()),
        None
    );
}

#[test]
fn lookup_hashes_are_keyed_and_per_kind() {
    let hash = key().hash("whatsapp", NUMBER);
    assert_eq!(hash, key().hash("whatsapp", NUMBER));
    assert!(!hash.contains(NUMBER));
    assert_ne!(hash, key().hash("message", NUMBER));
    let other = NumberKey::parse(&KEY.replace('0', "1")).unwrap();
    assert_ne!(hash, other.hash("whatsapp", NUMBER));
}

#[tokio::test]
async fn one_number_is_one_chat_found_by_its_hash_and_never_stored_in_clear() {
    for db in testing::databases().await {
        let key = key();
        let contacts = db.store.phone_contacts(&key, "whatsapp");
        let chat = contacts
            .chat_for(NUMBER, Some("US.13491208655302741918"), NOW)
            .await
            .unwrap();
        assert!(crate::channel::is_phone_chat(chat), "{}", db.name);
        // Written as people write it, the same person.
        assert_eq!(
            contacts
                .chat_for("+52 1 55 1234 5678", None, NOW + 5)
                .await
                .unwrap(),
            chat
        );
        assert_eq!(contacts.last_inbound_at(chat).await.unwrap(), Some(NOW + 5));
        assert_eq!(
            contacts
                .chat_for_user("US.13491208655302741918", NOW + 9)
                .await
                .unwrap(),
            Some(chat)
        );
        assert_ne!(
            contacts.chat_for("15550001111", None, NOW).await.unwrap(),
            chat
        );
        assert_eq!(
            contacts.number_of(chat).await.unwrap().as_deref(),
            Some(NUMBER)
        );
        assert_eq!(
            testing::tables_mentioning(&db.store, i64::MIN, NUMBER).await,
            Vec::<String>::new(),
            "{}",
            db.name
        );
        // With another key, the numbers kept cannot be read: an error, not a wrong number.
        let wrong = NumberKey::parse(&KEY.replace('0', "1")).unwrap();
        assert!(
            db.store
                .phone_contacts(&wrong, "whatsapp")
                .number_of(chat)
                .await
                .is_err()
        );
    }
}

#[tokio::test]
async fn a_message_id_is_seen_once_and_forgotten_after_a_week() {
    for db in testing::databases().await {
        let key = key();
        let contacts = db.store.phone_contacts(&key, "whatsapp");
        let id = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";
        assert!(contacts.first_sighting(id, NOW).await.unwrap());
        assert!(
            !contacts.first_sighting(id, NOW + 1).await.unwrap(),
            "{}",
            db.name
        );
        assert_eq!(
            testing::tables_mentioning(&db.store, i64::MIN, id).await,
            Vec::<String>::new()
        );
        assert_eq!(
            contacts.forget_old_sightings(NOW + 86_400).await.unwrap(),
            0
        );
        assert_eq!(
            contacts
                .forget_old_sightings(NOW + SEEN_DAYS * 86_400 + 1)
                .await
                .unwrap(),
            1
        );
        assert!(contacts.first_sighting(id, NOW).await.unwrap());
    }
}

#[tokio::test]
async fn idle_contacts_go_unless_their_chat_keeps_a_state() {
    for db in testing::databases().await {
        let key = key();
        let contacts = db.store.phone_contacts(&key, "whatsapp");
        let idle = contacts
            .chat_for("15550000001", None, NOW - 100 * 86_400)
            .await
            .unwrap();
        let subscribed = contacts
            .chat_for("15550000002", None, NOW - 100 * 86_400)
            .await
            .unwrap();
        let recent = contacts.chat_for("15550000003", None, NOW).await.unwrap();
        let state = crate::dialog::ChatState {
            alerts: true,
            ..Default::default()
        };
        crate::dialog::storage::save(&db.store, subscribed, &state, NOW - 100 * 86_400)
            .await
            .unwrap();
        assert_eq!(
            purge_idle(&db.store, 90, NOW).await.unwrap(),
            1,
            "{}",
            db.name
        );
        assert_eq!(contacts.number_of(idle).await.unwrap(), None);
        assert!(contacts.number_of(subscribed).await.unwrap().is_some());
        assert!(contacts.number_of(recent).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn an_interpreters_number_stays_while_linked_and_goes_when_they_are_removed() {
    for db in testing::databases().await {
        let key = key();
        let contacts = db.store.phone_contacts(&key, "whatsapp");
        let chat = contacts
            .chat_for("15550000009", None, NOW - 100 * 86_400)
            .await
            .unwrap();
        let new = crate::intake::NewInterpreter {
            display_name: "Marie".into(),
            languages: vec![crate::intake::LanguageTag::parse("ht").unwrap()],
            areas: vec![crate::intake::ServiceArea::Remote],
        };
        let (id, code) = db.store.interpreters().add(&new).await.unwrap();
        db.store.interpreters().link(&code.0, chat).await.unwrap();
        // Idle, without a state: kept all the same while they are an interpreter.
        assert_eq!(
            purge_idle(&db.store, 90, NOW).await.unwrap(),
            0,
            "{}",
            db.name
        );
        assert!(contacts.number_of(chat).await.unwrap().is_some());
        db.store.interpreters().remove(id, NOW).await.unwrap();
        assert_eq!(contacts.number_of(chat).await.unwrap(), None, "{}", db.name);
        assert!(
            db.store.interpreters().get(id).await.is_err(),
            "{}",
            db.name
        );
        assert!(
            testing::tables_mentioning(&db.store, chat, "15550000009")
                .await
                .is_empty(),
            "{}",
            db.name
        );
        assert!(matches!(
            db.store.interpreters().remove(id, NOW).await,
            Err(crate::intake::IntakeError::NoSuchRequest)
        ));
    }
}

#[tokio::test]
async fn an_interpreter_who_deletes_their_whatsapp_data_is_unlinked_with_it() {
    for db in testing::databases().await {
        let key = key();
        let contacts = db.store.phone_contacts(&key, "whatsapp");
        let chat = contacts.chat_for("15550000010", None, NOW).await.unwrap();
        let new = crate::intake::NewInterpreter {
            display_name: "Marie".into(),
            languages: vec![crate::intake::LanguageTag::parse("ht").unwrap()],
            areas: vec![crate::intake::ServiceArea::Remote],
        };
        let (id, code) = db.store.interpreters().add(&new).await.unwrap();
        db.store.interpreters().link(&code.0, chat).await.unwrap();
        crate::erasure::erase_chat(&db.store, chat, NOW)
            .await
            .unwrap();
        let interpreter = db.store.interpreters().get(id).await.unwrap();
        assert_eq!(interpreter.telegram_chat_id, None, "{}", db.name);
        assert_eq!(contacts.number_of(chat).await.unwrap(), None, "{}", db.name);
        // A Telegram interpreter's link stays: the chat id is all it needs.
        let (telegram, code) = db.store.interpreters().add(&new).await.unwrap();
        db.store.interpreters().link(&code.0, 4242).await.unwrap();
        crate::erasure::erase_chat(&db.store, 4242, NOW)
            .await
            .unwrap();
        assert_eq!(
            db.store
                .interpreters()
                .get(telegram)
                .await
                .unwrap()
                .telegram_chat_id,
            Some(4242),
            "{}",
            db.name
        );
    }
}
