//! Interpreter requests on an instance that runs WhatsApp and no Telegram bot (issue 19): the
//! interpreter router runs beside the channel, as `faro serve` starts it, and reaches
//! interpreters linked from WhatsApp through the channel's carrier. A WhatsApp person's
//! request and a kiosk's reach the shelter's interpreter; nobody accepts, so on a clock the
//! test moves the remote interpreter is told, then the person hears that staff see it.

use std::time::Duration;

use faro_core::Locale;
use faro_core::clock::{Clock, now_unix};
use faro_core::intake::{
    Escalation, LanguageTag, NewDeclaration, NewInterpreter, Origin, ServiceArea, Subject,
};
use faro_whatsapp::test_support::fake_graph::Sent;

use crate::support::*;

const SHELTER: &str = "demo-tapachula-shelter-1";
const PERSON: &str = "50937009001";
const AT_SHELTER: &str = "5215500007001";
const REMOTE: &str = "5215500007002";

/// An interpreter for Kreyòl in `area`, linked from WhatsApp with their code.
async fn link(wa: &TestWa, number: &str, area: ServiceArea) {
    let (_, code) = wa
        .app
        .store
        .interpreters()
        .add(&NewInterpreter {
            display_name: format!("Interpreter {number}"),
            languages: vec![LanguageTag::parse("ht").unwrap()],
            areas: vec![area],
        })
        .await
        .unwrap();
    let linked = wa
        .exchange(&payloads::text(
            number,
            &format!("wamid.link.{number}"),
            &format!("/start {}", code.0),
        ))
        .await;
    assert!(
        texts(&linked).contains(&format!("Interpreter {number}")),
        "{}",
        texts(&linked)
    );
}

/// The requests `number` was offered to accept so far, in order.
fn offered_to(wa: &TestWa, number: &str) -> Vec<String> {
    wa.fake
        .sent()
        .iter()
        .filter(|s| s.to() == number)
        .flat_map(Sent::ids)
        .filter(|id| id.starts_with("ra:"))
        .collect()
}

/// Rings the router (as a new request does, or its periodic scan) and lets it settle.
async fn look(wa: &TestWa) {
    wa.app.routing.wake();
    tokio::time::sleep(Duration::from_millis(300)).await;
}

async fn until(wa: &TestWa, what: &str, done: impl Fn(&TestWa) -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while !done(wa) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what}; sent: {:#?}",
            wa.fake.sent()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn without_telegram_whatsapp_interpreters_hear_of_requests_and_nobody_answering_escalates() {
    for db in databases().await {
        let clock = Clock::manual(now_unix());
        let wa = TestWa::start_routing(&db.url, clock.clone(), |_| {}).await;
        assert!(
            wa.app.config.telegram_token.is_none(),
            "no Telegram bot on this instance"
        );
        link(&wa, AT_SHELTER, ServiceArea::Shelter(SHELTER.into())).await;
        link(&wa, REMOTE, ServiceArea::Remote).await;

        // A person on WhatsApp asks, in Kreyòl, for an interpreter at the shelter.
        wa.exchange(&payloads::text(PERSON, "wamid.p.0", "Bonjou"))
            .await;
        for (n, code) in [
            "l:ht",
            "i",
            "i:y",
            "io:HT",
            "il.",
            &format!("ip:{SHELTER}"),
            "is:n",
        ]
        .into_iter()
        .enumerate()
        {
            wa.exchange(&payloads::button_reply(
                PERSON,
                &format!("wamid.p.{}", n + 1),
                code,
                "…",
            ))
            .await;
        }
        let person_chat = chat_of(&wa, PERSON).await;
        let requests = wa.app.store.requests();
        let asked = requests
            .open_of(&Subject::Telegram(person_chat))
            .await
            .unwrap()
            .expect("the person's request");
        // The test's clock stands where the request was made (which the real clock timed).
        clock.advance(asked.created_at - clock.now());
        let theirs = format!("ra:{}", asked.id);
        until(&wa, "the shelter's interpreter told on WhatsApp", |wa| {
            offered_to(wa, AT_SHELTER) == vec![theirs.clone()]
        })
        .await;
        let notice = wa
            .fake
            .sent()
            .into_iter()
            .find(|s| s.to() == AT_SHELTER && s.ids().contains(&theirs))
            .unwrap();
        assert!(
            notice.text().contains(asked.reference.as_str()),
            "{}",
            db.name
        );
        assert!(!notice.text().contains(PERSON), "never the person's number");
        assert!(
            offered_to(&wa, REMOTE).is_empty(),
            "{}: the shelter first",
            db.name
        );

        // A request made at the shelter's kiosk a moment later: held for the same
        // interpreter, told once their ten minutes are over.
        let kiosk = requests
            .create(
                &NewDeclaration {
                    subject: Subject::new_kiosk(),
                    locale: Locale::Ht,
                    origin: Origin::Undisclosed,
                    share_origin: false,
                    languages: vec![LanguageTag::parse("ht").unwrap()],
                    shelter_id: Some(SHELTER.into()),
                    city: None,
                },
                90,
                clock.now(),
            )
            .await
            .unwrap();
        let kiosk_accept = format!("ra:{}", kiosk.id);
        look(&wa).await;
        assert_eq!(
            offered_to(&wa, AT_SHELTER),
            vec![theirs.clone()],
            "{}",
            db.name
        );

        // Just before the limit, nothing moves.
        clock.advance(599);
        look(&wa).await;
        assert!(offered_to(&wa, REMOTE).is_empty(), "{}", db.name);
        assert_eq!(
            requests.get(asked.id).await.unwrap().escalation,
            Escalation::Local
        );

        // At ten minutes: the remote interpreter hears of the person's request, and the
        // shelter's interpreter of the kiosk's.
        clock.advance(1);
        wa.app.routing.wake();
        until(&wa, "the remote interpreter and the held notice", |wa| {
            offered_to(wa, REMOTE).contains(&theirs)
                && offered_to(wa, AT_SHELTER).contains(&kiosk_accept)
        })
        .await;
        assert_eq!(
            requests.get(asked.id).await.unwrap().escalation,
            Escalation::Remote,
            "{}",
            db.name
        );

        // Nobody accepts: at the staff step the person reads, on WhatsApp, what happens now.
        let told_person = |wa: &TestWa| {
            wa.fake
                .sent()
                .iter()
                .any(|s| s.to() == PERSON && s.text().starts_with("Poko gen entèprèt"))
        };
        clock.advance(i64::from(wa.app.config.escalate_staff_after_seconds) - 601);
        look(&wa).await;
        assert!(!told_person(&wa), "{}: not before the staff step", db.name);
        clock.advance(1);
        wa.app.routing.wake();
        until(&wa, "the person told staff see it", told_person).await;
        let escalated = wa
            .fake
            .sent()
            .into_iter()
            .find(|s| s.to() == PERSON && s.text().starts_with("Poko gen entèprèt"))
            .unwrap();
        assert!(escalated.text().contains(asked.reference.as_str()));
        assert_eq!(
            requests.get(asked.id).await.unwrap().escalation,
            Escalation::Staff,
            "{}",
            db.name
        );
        wa.stop().await;
    }
}
