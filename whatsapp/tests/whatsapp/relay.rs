//! The channel as the relay's carrier to WhatsApp chats (the other channels reach it through
//! `App::carriers`): WhatsApp's 24-hour window decides what may go. Inside it a relayed
//! message goes under the sender's role; outside it nothing free-form goes (the sender is
//! told), and a notice with a button (an interpreter's new request) goes as the configured
//! notice template, whose tap does what the button does.

use faro_core::clock::now_unix;
use faro_core::config::WhatsAppTemplate;
use faro_core::dialog::{Action, Button, Reply};
use faro_core::metrics::Purpose;
use faro_core::phone_contacts::NumberKey;
use faro_core::relay::{ChatRef, NotCarried, Parcel, Said};
use faro_core::rich_text::RichText;
use faro_core::{Config, Locale};

use crate::support::*;

const INSIDE: &str = "5215500001111";
const OUTSIDE: &str = "5215500002222";

fn notice_template(config: &mut Config) {
    config.whatsapp_notice_template = Some(WhatsAppTemplate {
        name: "faro_solicitud".into(),
        language: "es".into(),
    });
}

fn parcel(text: &str) -> Parcel {
    Parcel {
        from_role: "Intérprete Marie".into(),
        said: Said::Text(text.into()),
    }
}

fn new_request_notice(request: i64) -> Reply {
    Reply::text(RichText::text("Nueva solicitud en kreyòl ayisyen: K7P4QM")).with_buttons(vec![
        vec![Button::action("Aceptar", Action::AcceptRequest(request))],
    ])
}

#[tokio::test]
async fn the_window_decides_what_reaches_a_whatsapp_chat() {
    for db in databases().await {
        let wa = TestWa::start_configured(&db.url, 1000, notice_template).await;
        let key = NumberKey::parse(NUMBER_KEY).unwrap();
        let contacts = wa.app.store.phone_contacts(&key, "whatsapp");
        let now = now_unix();
        let inside = ChatRef::of(contacts.chat_for(INSIDE, None, now - 3600).await.unwrap());
        let outside = ChatRef::of(
            contacts
                .chat_for(OUTSIDE, None, now - 25 * 3600)
                .await
                .unwrap(),
        );

        // Inside: carried under the sender's role, exactly as written.
        wa.carrier
            .carry(inside, parcel("Bonjou, mwen la"))
            .await
            .unwrap();
        let sent = wa.fake.wait_for(1).await;
        assert_eq!(sent[0].to(), INSIDE, "{}", db.name);
        assert_eq!(sent[0].text(), "*Intérprete Marie*\n\nBonjou, mwen la");

        // Outside: nothing free-form goes; the sender hears why from its own channel.
        assert_eq!(
            wa.carrier.carry(outside, parcel("Èske w la?")).await,
            Err(NotCarried::OutsideWindow),
            "{}",
            db.name
        );
        assert_eq!(
            wa.carrier
                .tell(
                    outside,
                    Reply::text(RichText::text("ended")),
                    Purpose::Notice
                )
                .await,
            Err(NotCarried::OutsideWindow),
            "{}: a notice without a button has no template to go as",
            db.name
        );
        assert_eq!(wa.fake.sent().len(), 1, "{}", db.name);

        // A new request's notice goes as the template: its words on one line, its Accept
        // as the quick reply.
        wa.carrier
            .tell(outside, new_request_notice(5), Purpose::Notice)
            .await
            .unwrap();
        let sent = wa.fake.wait_for(2).await;
        check(&sent[1]);
        let (name, language, variable, payload) = sent[1].template().unwrap();
        assert_eq!((name.as_str(), language.as_str()), ("faro_solicitud", "es"));
        assert_eq!(variable, "Nueva solicitud en kreyòl ayisyen: K7P4QM");
        assert_eq!(payload, Action::AcceptRequest(5).encode());

        // The tap is the Accept: here from someone who is not an interpreter, who is told so.
        let tapped = wa
            .exchange(&payloads::template_button(
                OUTSIDE,
                "wamid.tap1",
                &payload,
                "Ver",
            ))
            .await;
        assert!(
            tapped
                .iter()
                .any(|s| s.text() == wa.text(Locale::SOURCE, "interpreter-not-registered")),
            "{}: {tapped:#?}",
            db.name
        );
        wa.stop().await;
    }
}
