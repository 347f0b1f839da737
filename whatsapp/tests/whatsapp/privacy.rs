//! A WhatsApp id is a phone number: kept only sealed, found by a keyed hash, never logged, and
//! gone with everything else on "delete my data". The test looks in every table and in the
//! whole log (at the most detailed level) for the number.

use std::io::Write;
use std::sync::{Arc, Mutex};

use faro_core::store::testing::tables_mentioning;

use crate::support::*;

const NUMBER: &str = "15550199987";

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn delete_my_data_leaves_no_trace_of_the_number_in_any_table_or_the_log() {
    // The whole test binary's log, at the most detailed level, from every thread: a scoped
    // subscriber would miss what tasks on other threads write.
    static LOG: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    let log = LOG
        .get_or_init(|| {
            let log = Captured::default();
            let writer = log.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_writer(move || writer.clone())
                .with_ansi(false)
                .finish();
            tracing::subscriber::set_global_default(subscriber).unwrap();
            log
        })
        .clone();
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        let mut n = 0;
        let mut id = || {
            n += 1;
            format!("wamid.privacy.{n}")
        };
        wa.exchange(&payloads::text(NUMBER, &id(), "hola")).await;
        wa.exchange(&payloads::list_reply(NUMBER, &id(), "l:es", "Español"))
            .await;
        wa.exchange(&payloads::list_reply(NUMBER, &id(), "cs", ""))
            .await;
        wa.exchange(&payloads::text(NUMBER, &id(), "asilo")).await;
        wa.exchange(&payloads::media(NUMBER, &id(), "audio")).await;
        let chat = chat_of(&wa, NUMBER).await;

        // While the person is here: their state and their contact, and the number nowhere.
        let found = tables_mentioning(&wa.app.store, chat, NUMBER).await;
        assert!(
            found.contains(&"chat_state".to_owned()),
            "{}: {found:?}",
            db.name
        );
        assert!(
            found.contains(&"phone_contacts".to_owned()),
            "{}: {found:?}",
            db.name
        );
        assert_eq!(
            tables_mentioning(&wa.app.store, i64::MIN, NUMBER).await,
            Vec::<String>::new()
        );

        // "Delete my data", by keyword, confirmed.
        let sent = wa
            .exchange(&payloads::text(NUMBER, &id(), "Borrar mis datos"))
            .await;
        assert!(ids(&sent).contains(&"f:y".to_owned()));
        let sent = wa
            .exchange(&payloads::button_reply(NUMBER, &id(), "f:y", "Sí"))
            .await;
        assert!(!sent.is_empty(), "the erasure is confirmed to the person");
        assert_eq!(
            tables_mentioning(&wa.app.store, chat, NUMBER).await,
            Vec::<String>::new(),
            "{}",
            db.name
        );
        let key = faro_core::phone_contacts::NumberKey::parse(NUMBER_KEY).unwrap();
        let contacts = wa.app.store.phone_contacts(&key, "whatsapp");
        assert_eq!(contacts.number_of(chat).await.unwrap(), None);
        wa.stop().await;
    }
    let log = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("WhatsApp message handled"),
        "the log was captured"
    );
    // Not the number, nor its last digits, anywhere in the log.
    assert!(!log.contains(&NUMBER[NUMBER.len() - 7..]), "{log}");
}
