//! What people send besides typed questions, end to end: a photo with a question under it, a
//! voice note, a forwarded offer, an old "I need an interpreter" button mid-request.

use faro_bot::render::escape_html;
use faro_core::Locale;
use faro_core::content::markdown::to_rich_text;
use faro_core::dialog::storage;

use crate::support::updates::*;
use crate::support::*;

/// Latin, right-to-left, and a script without spaces; with a question each would type.
const LOCALES: [(Locale, &str, &str); 3] = [
    (Locale::Es, "es", "¿Dónde puedo dormir esta noche?"),
    (Locale::Fa, "fa", "امشب کجا می‌توانم بخوابم؟"),
    (Locale::ZhHans, "zh-hans", "今晚我可以在哪里睡觉？"),
];

#[tokio::test]
async fn a_photos_caption_is_answered_like_a_typed_question() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code, question)) in (920..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let typed = bot.send(&fake, text(chat, Some(code), question)).await;
        let captioned = bot
            .send(&fake, photo_with_caption(chat, Some(code), question))
            .await;
        let (typed, captioned) = (only_message(&typed), only_message(&captioned));
        assert!(
            !captioned.text().contains(&bot.html(locale, "bot-non-text")),
            "{locale:?}"
        );
        assert_eq!(captioned.text(), typed.text(), "{locale:?}");
        assert_eq!(captioned.codes(), typed.codes(), "{locale:?}");
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_voice_note_is_pointed_to_an_interpreter() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code, _)) in (930..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot.send(&fake, voice(chat, Some(code))).await;
        let answer = only_message(&calls);
        assert_eq!(answer.text(), bot.html(locale, "bot-voice-note"));
        assert_eq!(answer.codes()[0], "i", "I need an interpreter, first");
        assert_eq!(answer.labels()[0], bot.plain(locale, "menu-interpreter"));
    }
    bot.stop().await;
}

#[tokio::test]
async fn a_forwarded_offer_gets_the_warning_signs_and_nothing_of_it_is_kept() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let offer = "Cruce garantizado a Estados Unidos, 100% seguro, con papeles y trabajo. Solo 3000 USD, paga hoy.";
    for (chat, (locale, code, _)) in (940..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, forwarded_text(chat, Some(code), offer))
            .await;
        let answer = only_message(&calls);
        assert!(
            answer
                .text()
                .starts_with(&bot.html(locale, "bot-forwarded")),
            "{}",
            answer.text()
        );
        let page = bot
            .app
            .content
            .topic("smuggling-risks")
            .unwrap()
            .text(locale)
            .unwrap();
        let signs = page
            .value
            .sections
            .iter()
            .find(|s| s.id.as_deref() == Some("spot-a-lie"))
            .unwrap();
        let heading = signs.heading.as_deref().unwrap();
        assert!(
            answer.text().contains(&escape_html(heading)),
            "{locale:?}: the section {heading:?} in {}",
            answer.text()
        );
        // Its signs too, not only its heading.
        let body = to_rich_text(&signs.markdown).plain();
        assert!(
            answer.text().chars().count() > body.chars().count() / 2,
            "{locale:?}"
        );
        assert_eq!(answer.codes()[0], "t:smuggling-risks:0");
        let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
        let kept = serde_json::to_string(&state.flow).unwrap();
        assert!(
            !kept.contains("garantizado") && !kept.contains("3000"),
            "{kept}"
        );
    }
    bot.stop().await;
}

#[tokio::test]
async fn an_old_interpreter_button_never_drops_a_half_finished_request() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code, _)) in (950..).zip(LOCALES) {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot.send(&fake, callback(chat, Some(code), menu, "i")).await;
        let consent = only_message(&calls).message_id();
        let calls = bot
            .send(&fake, callback(chat, Some(code), consent, "i:y"))
            .await;
        let origin = only_message(&calls).message_id();
        bot.send(&fake, callback(chat, Some(code), origin, "io:+"))
            .await;
        // The menu's "I need an interpreter" on the old menu message.
        let calls = bot.send(&fake, callback(chat, Some(code), menu, "i")).await;
        let again = only_message(&calls);
        assert_eq!(
            again.method, "sendMessage",
            "a new message, not the old one"
        );
        assert!(
            again.text().starts_with(&bot.html(locale, "intake-resume")),
            "{}",
            again.text()
        );
        assert!(again.text().contains(&bot.html(locale, "intake-languages")));
        let state = storage::load(&bot.app.store, chat).await.unwrap().unwrap();
        let kept = serde_json::to_string(&state.flow).unwrap();
        assert!(kept.contains("\"another\""), "the answer is kept: {kept}");
    }
    bot.stop().await;
}

/// Telegram's apps cut a text over 4,096 characters into messages sent back to back; the
/// person gets one answer to the whole, here to the question in its last part.
#[tokio::test]
async fn a_text_cut_into_parts_by_the_app_is_answered_once() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let story = "Buenas tardes. ".repeat(260);
    assert!((3_500..4_096).contains(&story.encode_utf16().count()));
    let (locale, code, question) = LOCALES[0];
    chosen(&bot, &fake, 960, locale, code).await;
    let typed = bot.send(&fake, text(960, Some(code), question)).await;
    chosen(&bot, &fake, 961, locale, code).await;
    let cut = bot
        .exchange(
            &fake,
            vec![
                text(961, Some(code), &story),
                text(961, Some(code), question),
            ],
        )
        .await;
    let (typed, answer) = (only_message(&typed), only_message(&cut));
    // The question in the last part is what was answered: a place to sleep, first.
    assert_eq!(answer.codes()[0], "near");
    assert_eq!(answer.codes()[0], typed.codes()[0]);
    // A long text alone is answered on its own, once the moment for a next part has passed.
    let alone = bot.send(&fake, text(961, Some(code), &story)).await;
    assert_eq!(messages(&alone).len(), 1, "{alone:#?}");
    // A short message is not held back and a following one gets its own answer.
    let two = bot
        .exchange(
            &fake,
            vec![
                text(961, Some(code), question),
                text(961, Some(code), question),
            ],
        )
        .await;
    assert_eq!(messages(&two).len(), 2, "{two:#?}");
    bot.stop().await;
}

/// A forwarded message that offers nothing (a friend's question) is answered as a typed
/// question would be, with the smuggling page offered beside it.
#[tokio::test]
async fn a_forwarded_message_that_offers_nothing_is_answered_as_a_question() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    for (chat, (locale, code, question)) in (970..).zip(LOCALES) {
        chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, forwarded_text(chat, Some(code), question))
            .await;
        let answer = only_message(&calls);
        let title = bot
            .app
            .content
            .topic("smuggling-risks")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title
            .clone();
        assert!(
            answer.text().starts_with(&bot.html_with(
                locale,
                "bot-forwarded-other",
                &[("page", title.into())]
            )),
            "{locale:?}: {}",
            answer.text()
        );
        let codes = answer.codes();
        assert_eq!(
            codes[0], "near",
            "{locale:?}: help near me first: {codes:?}"
        );
        assert!(
            codes.contains(&"t:smuggling-risks:0".to_owned()),
            "{codes:?}"
        );
    }
    bot.stop().await;
}
