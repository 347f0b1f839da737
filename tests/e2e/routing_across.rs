//! The interpreter router in the real `faro serve` (issue 19): started once per instance,
//! whatever channels it runs. With WhatsApp alone — no Telegram token — an interpreter linked
//! from WhatsApp hears of a WhatsApp person's request. With both channels, a Telegram
//! interpreter's notice turns "taken" when an interpreter on WhatsApp accepts the same request.

use faro_core::Locale;
use faro_core::i18n::Translations;
use faro_whatsapp::test_support::fake_graph::Sent;
use faro_whatsapp::test_support::payloads;

use crate::common::repo_root;
use crate::relay_world::*;

const WHATSAPP_INTERPRETER: &str = "5215512347777";

/// The interpreter on WhatsApp links their number with `code`.
async fn link_on_whatsapp(world: &World, code: &faro_core::intake::LinkCode, name: &str) {
    let link = payloads::text(
        WHATSAPP_INTERPRETER,
        &world.message_id(),
        &format!("/start {}", code.0),
    );
    let linked = world
        .whatsapp(&link, "linked", |s| s.to() == WHATSAPP_INTERPRETER)
        .await;
    assert!(linked.text().contains(name), "{}", linked.text());
}

/// The WhatsApp interpreter's notice of a request, and its Accept code.
async fn notice_on_whatsapp(world: &World) -> (Sent, String) {
    let notice = world
        .sent_after(0, "the notice on WhatsApp", |s| {
            s.to() == WHATSAPP_INTERPRETER && s.ids().iter().any(|id| id.starts_with("ra:"))
        })
        .await;
    let accept = notice
        .ids()
        .into_iter()
        .find(|id| id.starts_with("ra:"))
        .unwrap();
    (notice, accept)
}

#[test]
fn on_whatsapp_alone_an_interpreter_hears_of_a_request_without_any_telegram_bot() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start_whatsapp_only(&runtime);
    runtime.block_on(async {
        link_on_whatsapp(&world, &code, REGISTERED_NAME).await;
        ask_on_whatsapp(&world, PERSON_NUMBER).await;
        let (notice, _) = notice_on_whatsapp(&world).await;
        assert!(!notice.text().contains(PERSON_NUMBER));
    });
    assert!(
        world.telegram.calls().is_empty(),
        "no Telegram on this instance"
    );
    let log = world.stop();
    assert!(!log.iter().any(|line| line.contains(WHATSAPP_INTERPRETER)));
}

#[test]
fn a_telegram_interpreters_notice_turns_taken_when_an_interpreter_on_whatsapp_accepts() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (world, code) = World::start(&runtime);
    let translations = Translations::load(&repo_root().join("translations")).unwrap();
    runtime.block_on(async {
        link_on_telegram(&world, &code).await;
        let second = register_named(&world.url, "Jean-Baptiste Noël").await;
        link_on_whatsapp(&world, &second, "Jean-Baptiste Noël").await;
        ask_on_whatsapp(&world, PERSON_NUMBER).await;
        let (on_telegram, accept) = notice(&world).await;
        let (_, same) = notice_on_whatsapp(&world).await;
        assert_eq!(accept, same, "one request, told to both");

        // Accepted on WhatsApp: the Telegram notice is edited in place to "taken".
        let before = world.telegram.calls().len();
        world
            .post(&payloads::button_reply(
                WHATSAPP_INTERPRETER,
                &world.message_id(),
                &accept,
                "…",
            ))
            .await;
        let taken = world
            .call_after(before, "the Telegram notice turned taken", |c| {
                to_interpreter(c) && c.method == "editMessageText"
            })
            .await;
        assert_eq!(taken.message_id(), on_telegram.message_id());
        assert!(
            taken
                .text()
                .contains(&translations.text(Locale::Fr, "interpreter-taken")),
            "{}",
            taken.text()
        );
        assert!(taken.codes().iter().all(|code| !code.starts_with("ra:")));
    });
    world.stop();
}
