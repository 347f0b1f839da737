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

/// Offers as people forward them, in their own languages and without a price, get the warning
/// signs; a forwarded message that offers nothing is answered as a typed question.
#[test]
fn a_forward_is_read_as_an_offer_only_when_it_offers() {
    let offers = [
        (
            Locale::Es,
            "Te pasamos al otro lado con un coyote de confianza, sin riesgo, salimos el lunes",
        ),
        (
            Locale::Fa,
            "قاچاقچی مطمئن داریم، شما را بدون خطر از مرز رد می‌کنیم",
        ),
        (Locale::ZhHans, "我们可以带你偷渡过境，保证安全，包过"),
        (
            Locale::Ar,
            "عرض عمل في المكسيك براتب جيد، نوفر لك الأوراق والسفر",
        ),
        (
            Locale::Fr,
            "Passeur sérieux, on vous fait traverser la frontière sans visa, départ demain",
        ),
        (
            Locale::Ht,
            "Nou ka fè w travèse fwontyè a san viza, vwayaj garanti",
        ),
    ];
    let others = [
        (Locale::Es, "¿Dónde puedo dormir esta noche?"),
        (Locale::Fa, "امشب کجا می‌توانم بخوابم؟"),
        (Locale::ZhHans, "今晚我可以在哪里睡觉？"),
        (Locale::Ar, "أين يمكنني أن أنام الليلة؟"),
    ];
    for (locale, text) in offers {
        let outcome = run(speaking(locale), Event::Forwarded(text.into()), None);
        let reply = &outcome.replies[0];
        assert!(
            reply
                .text
                .plain()
                .starts_with(&plain(locale, "bot-forwarded")),
            "{locale:?}: {text} read as an offer: {}",
            reply.text.plain()
        );
        assert!(
            matches!(actions(reply)[0], Action::Topic { slug, .. } if slug.as_str() == "smuggling-risks")
        );
    }
    for (locale, text) in others {
        let outcome = run(speaking(locale), Event::Forwarded(text.into()), None);
        let reply = &outcome.replies[0];
        let shown = reply.text.plain();
        assert!(
            !shown.starts_with(&plain(locale, "bot-forwarded")),
            "{locale:?}: {text} is no offer: {shown}"
        );
        let lead = plain(locale, "bot-forwarded-other");
        let opening: String = lead
            .chars()
            .take_while(|c| *c != '{' && *c != '«' && *c != '“')
            .collect();
        assert!(shown.starts_with(opening.trim_end()), "{locale:?}: {shown}");
        let found = actions(reply);
        assert_eq!(
            found[0],
            &Action::NearMe,
            "{locale:?}: answered as the question: {found:?}"
        );
        assert!(
            found.iter().any(|action| matches!(action, Action::Topic { slug, .. } if slug.as_str() == "smuggling-risks")),
            "{locale:?}: the smuggling page offered too: {found:?}"
        );
        // Its words are not kept.
        let kept = serde_json::to_string(&outcome.state.flow).unwrap();
        assert!(!kept.contains(text), "{kept}");
    }
}
