//! Every flow over WhatsApp in three locales, one right to left: the language, the menu as a
//! list, topics, near me with WhatsApp's location request, consulates paged over lists, free
//! text search, the interpreter request's first question, voice notes, and the keywords.

use faro_core::Locale;
use faro_whatsapp::render::{ROW_TITLE_CHARS, cut};

use crate::support::*;

struct Case {
    locale: Locale,
    number: &'static str,
    hello: &'static str,
    search: &'static str,
    stop: &'static str,
    delete: &'static str,
}

const CASES: [Case; 3] = [
    Case {
        locale: Locale::Es,
        number: "15550100011",
        hello: "hola",
        search: "asilo",
        stop: "Parar",
        delete: "borrar mis datos",
    },
    Case {
        locale: Locale::Fa,
        number: "15550100012",
        hello: "سلام",
        search: "پناهندگی",
        stop: "توقف",
        delete: "حذف اطلاعات من",
    },
    Case {
        locale: Locale::Ht,
        number: "15550100013",
        hello: "bonjou",
        search: "azil",
        stop: "kanpe",
        delete: "efase done mwen",
    },
];

#[tokio::test]
async fn every_flow_in_three_locales_one_right_to_left() {
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        for case in &CASES {
            flow(&wa, case).await;
        }
        wa.stop().await;
    }
}

async fn flow(wa: &TestWa, case: &Case) {
    let (locale, number) = (case.locale, case.number);
    let mut n = 0;
    let mut id = move || {
        n += 1;
        format!("wamid.{}.{n}", locale.tag())
    };
    // A first message: answered (the language guessed or the picker), to this number.
    let sent = wa
        .exchange(&payloads::text(number, &id(), case.hello))
        .await;
    assert!(!sent.is_empty(), "{locale}");
    assert!(sent.iter().all(|s| s.to() == number));

    // The picker: sixteen languages, more than a list holds, so two lists.
    let sent = wa
        .exchange(&payloads::button_reply(number, &id(), "lang", "…"))
        .await;
    let languages: Vec<String> = ids(&sent)
        .into_iter()
        .filter(|id| id.starts_with("l:"))
        .collect();
    assert_eq!(languages.len(), Locale::ALL.len(), "{locale}: {sent:#?}");
    assert!(sent.len() >= 2 && sent.iter().all(|s| s.kind() == "list"));

    // The language chosen from the list: the menu, as a list, in that language.
    let sent = wa
        .exchange(&payloads::list_reply(
            number,
            &id(),
            &format!("l:{}", locale.tag()),
            "",
        ))
        .await;
    let menu = sent.last().unwrap();
    assert_eq!(menu.kind(), "list", "{locale}");
    for code in ["ts", "near", "cs", "i", "f"] {
        assert!(
            menu.ids().contains(&code.to_owned()),
            "{locale}: {code} in {:?}",
            menu.ids()
        );
    }
    let topics_title = cut(&wa.text(locale, "menu-topics"), ROW_TITLE_CHARS);
    assert!(
        menu.choices()
            .iter()
            .any(|(id, title)| id == "ts" && *title == topics_title),
        "{locale}"
    );
    assert_eq!(
        menu.body["interactive"]["action"]["button"],
        wa.text(locale, "whatsapp-choose")
    );

    // Topics, then the first topic's first part.
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), "ts", ""))
        .await;
    let topic = ids(&sent)
        .into_iter()
        .find(|id| id.starts_with("t:"))
        .expect("a topic");
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), &topic, ""))
        .await;
    assert!(texts(&sent).chars().count() > 100, "{locale}: {sent:#?}");

    // Near me: WhatsApp's own location request, then a location.
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), "near", ""))
        .await;
    assert!(
        sent.iter().any(|s| s.kind() == "location_request_message"),
        "{locale}: {sent:#?}"
    );
    let sent = wa
        .exchange(&payloads::location(number, &id(), 14.9, -92.26))
        .await;
    assert!(!sent.is_empty());

    // Consulates: every country offered, in lists of ten at most (checked by `exchange`).
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), "cs", ""))
        .await;
    let countries: Vec<String> = ids(&sent)
        .into_iter()
        .filter(|id| id.starts_with("c:"))
        .collect();
    assert!(!countries.is_empty(), "{locale}: {sent:#?}");
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), &countries[0], ""))
        .await;
    assert!(!texts(&sent).is_empty());

    // Free text, searched in the person's language.
    let sent = wa
        .exchange(&payloads::text(number, &id(), case.search))
        .await;
    assert!(
        ids(&sent).iter().any(|id| id.starts_with("t:")),
        "{locale}: {sent:#?}"
    );

    // The interpreter request begins with its consent question.
    let sent = wa
        .exchange(&payloads::list_reply(number, &id(), "i", ""))
        .await;
    assert!(
        ids(&sent).contains(&"i:y".to_owned()),
        "{locale}: {sent:#?}"
    );
    let sent = wa
        .exchange(&payloads::button_reply(number, &id(), "i:n", ""))
        .await;
    assert!(!sent.is_empty());

    // A voice note: an interpreter can listen where the bot cannot.
    let sent = wa.exchange(&payloads::media(number, &id(), "audio")).await;
    assert!(
        texts(&sent).contains(&wa.text(locale, "bot-voice-note")),
        "{locale} audio: {sent:#?}"
    );
    // An image, a sticker: "I can only read text", in the person's language.
    for kind in ["image", "sticker"] {
        let sent = wa.exchange(&payloads::media(number, &id(), kind)).await;
        assert!(
            texts(&sent).contains(&wa.text(locale, "bot-non-text")),
            "{locale} {kind}: {sent:#?}"
        );
    }

    // Alerts are offered on WhatsApp as on Telegram; the stop keyword in the person's
    // language turns them off.
    assert!(menu.ids().contains(&"a:on".to_owned()), "{locale}");
    let chat = chat_of(wa, number).await;
    let sent = wa.exchange(&payloads::text(number, &id(), case.stop)).await;
    assert!(
        texts(&sent).contains(&wa.text(locale, "bot-stopped")),
        "{locale}: {sent:#?}"
    );
    assert!(!state(wa, chat).await.alerts);

    // Delete my data by keyword: asked first, then done.
    let sent = wa
        .exchange(&payloads::text(number, &id(), case.delete))
        .await;
    assert!(
        ids(&sent).contains(&"f:y".to_owned()),
        "{locale}: {sent:#?}"
    );
    let sent = wa
        .exchange(&payloads::button_reply(number, &id(), "f:y", ""))
        .await;
    assert!(!sent.is_empty(), "{locale}: the erasure is confirmed");
    assert!(
        faro_core::dialog::storage::load(&wa.app.store, chat)
            .await
            .unwrap()
            .is_none()
    );
}

pub async fn chat_of(wa: &TestWa, number: &str) -> i64 {
    let key = faro_core::phone_contacts::NumberKey::parse(NUMBER_KEY).unwrap();
    wa.app
        .store
        .phone_contacts(&key, "whatsapp")
        .chat_for(number, None, faro_core::clock::now_unix())
        .await
        .unwrap()
}

async fn state(wa: &TestWa, chat: i64) -> faro_core::dialog::ChatState {
    faro_core::dialog::storage::load(&wa.app.store, chat)
        .await
        .unwrap()
        .unwrap_or_default()
}

/// A kiosk's "continue on WhatsApp" link (`deeplink::whatsapp_link`) opens the chat with
/// `/start <payload>` typed: sent, it sets the language and opens the topic, as on Telegram.
#[tokio::test]
async fn a_start_link_sets_the_language_and_opens_the_topic() {
    // Kept to the end: the temporary database's folder goes with it.
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let number = "15550100021";
    let payload = faro_core::deeplink::StartPayload {
        locale: Locale::Fa,
        target: faro_core::deeplink::Target::Topic(
            faro_core::content::TopicSlug::parse("asylum").unwrap(),
        ),
    };
    let link = faro_core::deeplink::whatsapp_link("+15550783881", &payload).unwrap();
    let typed = link
        .split("text=")
        .nth(1)
        .unwrap()
        .replace("%2F", "/")
        .replace("%20", " ");
    assert_eq!(typed, "/start fa_t-asylum");
    let sent = wa
        .exchange(&payloads::text(number, "wamid.link.1", &typed))
        .await;
    assert!(
        ids(&sent).iter().any(|id| id.starts_with("t:asylum:")),
        "{sent:#?}"
    );
    let chat = chat_of(&wa, number).await;
    assert_eq!(state(&wa, chat).await.locale, Some(Locale::Fa));
    wa.stop().await;
}

/// A topic with audio ready offers no "Listen" here: WhatsApp does not send voice notes yet,
/// and the button would answer with the caption alone.
#[tokio::test]
async fn a_topic_with_audio_offers_no_listen_button_on_whatsapp() {
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let file = repo().join("tests/fixtures/recording-ht.opus");
    wa.app.audio.insert(
        "asylum",
        Locale::Fa,
        None,
        faro_core::audio::Clip {
            bytes: std::fs::metadata(&file).unwrap().len(),
            file,
            kind: faro_core::audio::VoiceKind::Synthetic,
            version: "0123456789abcdef".into(),
        },
    );
    let sent = wa
        .exchange(&payloads::text(
            "15550100031",
            "wamid.listen.1",
            "/start fa_t-asylum",
        ))
        .await;
    let offered = ids(&sent);
    assert!(
        offered.iter().any(|id| id.starts_with("t:asylum:")),
        "{sent:#?}"
    );
    assert!(
        !offered.iter().any(|id| id.starts_with("au:")),
        "{offered:?}"
    );
    wa.stop().await;
}
