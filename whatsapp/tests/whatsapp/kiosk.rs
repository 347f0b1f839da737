//! A kiosk's "continue on WhatsApp" code: its `wa.me` link puts `/start <payload>` in the
//! chat's box, and sent, it does on WhatsApp what Telegram's `/start` does with the same
//! payload: the kiosk page's language and topic; a kiosk request's secret links the request
//! made at the shelter to this chat and says where it stands in the person's language, and
//! once an interpreter has accepted it, the conversation starts.

use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::deeplink::{StartPayload, Target, whatsapp_link};
use faro_core::intake::{
    LanguageTag, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject,
};

use crate::support::*;

const SHELTER: &str = "demo-tapachula-shelter-1";

/// What WhatsApp puts in the chat's box from a `wa.me` link: its `text`, decoded.
fn typed(link: &str) -> String {
    let encoded = link.split_once("?text=").map_or("", |(_, text)| text);
    let mut bytes = Vec::new();
    let mut rest = encoded.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' && tail.len() >= 2 {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// The WhatsApp code on the kiosk's topic page, as the running web server serves it.
#[tokio::test]
async fn the_kiosk_pages_code_opens_its_topic_in_its_language() {
    let db = databases().await.remove(0);
    let wa = TestWa::start(&db.url).await;
    let site = wa.hook.trim_end_matches(faro_whatsapp::PATH).to_owned();
    let page = wa
        .client
        .get(format!("{site}/k/{SHELTER}/ht/topics/asylum"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let link = page
        .split("data-qr=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|url| url.starts_with("https://wa.me/"))
        .unwrap_or_else(|| panic!("no WhatsApp code: {page}"))
        .to_owned();
    assert_eq!(typed(&link), "/start ht_t-asylum");

    let number = "15550100040";
    let sent = wa
        .exchange(&payloads::text(number, "wamid.kiosk.1", &typed(&link)))
        .await;
    assert!(
        ids(&sent).iter().any(|id| id.starts_with("t:asylum:")),
        "{sent:#?}"
    );
    let chat = chat_of(&wa, number).await;
    let state = faro_core::dialog::storage::load(&wa.app.store, chat)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(state.locale, Some(Locale::Ht));
    wa.stop().await;
}

#[tokio::test]
async fn a_kiosk_requests_code_links_it_and_once_accepted_starts_the_conversation() {
    for db in databases().await {
        let wa = TestWa::start(&db.url).await;
        let requests = wa.app.store.requests();
        // A request made at the shelter's kiosk, by someone new each time.
        let new = || NewDeclaration {
            subject: Subject::new_kiosk(),
            locale: Locale::Ht,
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![LanguageTag::parse("ht").unwrap()],
            shelter_id: Some(SHELTER.into()),
            city: None,
        };
        let link_to = |secret| {
            whatsapp_link(
                DISPLAY_NUMBER,
                &StartPayload {
                    locale: Locale::Ht,
                    target: Target::Link(secret),
                },
            )
            .unwrap()
        };

        // Waiting: linked to this chat, and told where it stands, in Kreyòl.
        let waiting = requests.create(&new(), 90, now_unix()).await.unwrap();
        let secret = requests.new_link_secret(waiting.id).await.unwrap();
        let number = "15550100041";
        let sent = wa
            .exchange(&payloads::text(
                number,
                "wamid.kiosk.2",
                &typed(&link_to(secret)),
            ))
            .await;
        let said = texts(&sent);
        assert!(said.contains(waiting.reference.as_str()), "{said}");
        let chat = chat_of(&wa, number).await;
        let linked = requests.get(waiting.id).await.unwrap();
        assert_eq!(linked.notify_chat_id, Some(chat));
        assert_eq!(linked.shelter_id.as_deref(), Some(SHELTER));
        let state = faro_core::dialog::storage::load(&wa.app.store, chat)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(state.locale, Some(Locale::Ht));

        // Accepted before the person scanned: the conversation starts with this chat.
        let (interpreter, code) = wa
            .app
            .store
            .interpreters()
            .add(&NewInterpreter {
                display_name: "Roseline".into(),
                languages: vec![LanguageTag::parse("ht").unwrap()],
                areas: vec![ServiceArea::Shelter(SHELTER.into())],
            })
            .await
            .unwrap();
        wa.app
            .store
            .interpreters()
            .link(&code.0, 9_001)
            .await
            .unwrap();
        let accepted = requests.create(&new(), 90, now_unix()).await.unwrap();
        let secret = requests.new_link_secret(accepted.id).await.unwrap();
        requests
            .accept(accepted.id, interpreter, now_unix())
            .await
            .unwrap();
        let number = "15550100042";
        let sent = wa
            .exchange(&payloads::text(
                number,
                "wamid.kiosk.3",
                &typed(&link_to(secret)),
            ))
            .await;
        let said = texts(&sent);
        assert!(said.contains(accepted.reference.as_str()), "{said}");
        let chat = chat_of(&wa, number).await;
        let conversation = wa
            .app
            .store
            .conversations()
            .open(accepted.id)
            .await
            .unwrap()
            .expect("the conversation started");
        assert_eq!(conversation.person.chat, chat);
        wa.stop().await;
    }
}
