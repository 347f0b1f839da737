//! A voice note and a forwarded message: what the bot says to each.

use super::*;
use crate::content::markdown::to_rich_text;

#[test]
fn a_voice_note_is_pointed_to_an_interpreter_and_the_pages_read_aloud() {
    for locale in LOCALES {
        let outcome = run(speaking(locale), Event::Voice, None);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-voice-note"));
        assert_eq!(actions(reply)[0], &Action::Interpreter);
        assert!(actions(reply).contains(&&Action::Topics));
    }
    // Before a language is chosen: the language first.
    let outcome = run(ChatState::default(), Event::Voice, Some(Locale::Fa));
    assert!(
        actions(&outcome.replies[0])
            .iter()
            .any(|action| matches!(action, Action::Language(_)))
    );
}

#[test]
fn a_forwarded_offer_gets_the_warning_signs_and_its_words_are_not_kept() {
    let offer =
        "Viaje seguro a la frontera en 3 días, garantizado, solo 2000 dólares. Papeles incluidos.";
    for locale in LOCALES {
        let outcome = run(speaking(locale), Event::Forwarded(offer.into()), None);
        let reply = &outcome.replies[0];
        let text = reply.text.plain();
        assert!(text.starts_with(&plain(locale, "bot-forwarded")), "{text}");
        let page = ctx()
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
        assert!(
            text.contains(&to_rich_text(&signs.markdown).plain()),
            "{locale:?}: the section in the reader's language"
        );
        assert_eq!(
            actions(reply)[0],
            &Action::Topic {
                slug: crate::content::TopicSlug::parse("smuggling-risks").unwrap(),
                part: 0
            }
        );
        let kept = serde_json::to_string(&outcome.state.flow).unwrap();
        assert!(
            !kept.contains("garantizado") && !kept.contains("2000"),
            "{kept}"
        );
    }
}
