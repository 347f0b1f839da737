use super::*;

#[test]
fn a_new_person_gets_the_picker_in_native_names_with_their_apps_language_first() {
    for locale in LOCALES {
        let outcome = run(
            ChatState::default(),
            Event::Start { payload: None },
            Some(locale),
        );
        let reply = &outcome.replies[0];
        assert!(
            reply.text.plain().contains(&plain(locale, "bot-welcome")),
            "{:?}",
            reply.text
        );
        assert!(
            reply
                .text
                .plain()
                .contains(&plain(locale, "bot-choose-language"))
        );
        let names = labels(reply);
        assert_eq!(names.len(), 16);
        assert_eq!(
            names[0],
            locale.native_name(),
            "the app's language comes first"
        );
        for other in Locale::ALL {
            assert!(names.contains(&other.native_name()), "{other} missing");
        }
        let Keyboard::Buttons(rows) = &reply.keyboard else {
            panic!("no buttons")
        };
        assert_eq!(rows[0].len(), 1, "the suggestion has its own row");
        assert_eq!(outcome.state.flow, Flow::ChoosingLanguage);
        assert_eq!(
            outcome.state.locale, None,
            "nothing is chosen for the person"
        );
    }
}

#[test]
fn without_a_hint_the_picker_speaks_english() {
    let outcome = run(ChatState::default(), Event::Start { payload: None }, None);
    assert!(
        outcome.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::En, "bot-welcome"))
    );
}

#[test]
fn choosing_a_language_confirms_in_it_and_shows_the_menu() {
    for locale in LOCALES {
        let outcome = press(
            ChatState {
                flow: Flow::ChoosingLanguage,
                ..ChatState::default()
            },
            &Action::Language(locale),
        );
        assert_eq!(outcome.state.locale, Some(locale));
        let reply = &outcome.replies[0];
        assert!(reply.text.plain().contains(&plain_with(
            locale,
            "bot-language-set",
            &[("language", locale.native_name().into())]
        )));
        assert!(reply.text.plain().contains(&plain(locale, "menu-title")));
        assert_eq!(labels(reply), menu_labels(locale, false));
        assert!(reply.replace, "the picker is replaced by the menu");
    }
}

/// Texts in several scripts; what is expected of each follows from what the detector says of
/// it (the detector is another module's, tested there).
const SAMPLES: [&str; 5] = [
    "Hola, necesito ayuda. ¿Dónde puedo pedir asilo en México? Tengo miedo de volver a mi país.",
    "سلام، من به کمک نیاز دارم و نمی‌دانم کجا باید برای پناهندگی درخواست بدهم",
    "مرحبا، أحتاج إلى المساعدة ولا أعرف أين يمكنني طلب اللجوء في هذا البلد",
    "你好，我需要帮助，我想申请庇护，请告诉我应该去哪里",
    "Bonjou, mwen bezwen èd pou mande azil, kote mwen ka ale?",
];

#[test]
fn the_first_free_text_offers_the_detected_language_or_the_picker() {
    for text in SAMPLES {
        let detection = ctx().detector.detect(text);
        let confident = detection
            .locale
            .filter(|_| detection.confidence >= ctx().settings.min_detection_confidence);
        let outcome = run(ChatState::default(), Event::Text(text.into()), None);
        let reply = &outcome.replies[0];
        let Some(expected) = confident else {
            assert_eq!(outcome.state.flow, Flow::ChoosingLanguage, "{text}");
            assert_eq!(labels(reply).len(), 16);
            continue;
        };
        assert_eq!(
            outcome.state.flow,
            Flow::ConfirmingLanguage {
                candidate: expected
            }
        );
        assert_eq!(outcome.state.locale, None, "not chosen until confirmed");
        assert_eq!(
            reply.text,
            para_with(
                expected,
                "bot-language-detected",
                &[("language", expected.native_name().into())]
            )
        );
        assert_eq!(
            actions(reply),
            [&Action::Language(expected), &Action::LanguagePicker]
        );
        assert_eq!(labels(reply)[0], plain(expected, "bot-language-yes"));
        assert_eq!(labels(reply)[1], plain(expected, "bot-language-other"));
    }
}

#[test]
fn a_confident_guess_is_confirmed_with_one_tap() {
    // Han characters leave a detector no doubt.
    let outcome = run(ChatState::default(), Event::Text(SAMPLES[3].into()), None);
    assert_eq!(
        outcome.state.flow,
        Flow::ConfirmingLanguage {
            candidate: Locale::ZhHans
        }
    );
    let confirmed = press(outcome.state, &Action::Language(Locale::ZhHans));
    assert_eq!(confirmed.state.locale, Some(Locale::ZhHans));
    assert!(confirmed.replies[0].text.plain().starts_with(&plain_with(
        Locale::ZhHans,
        "bot-language-set",
        &[("language", Locale::ZhHans.native_name().into())]
    )));
}

#[test]
fn text_that_gives_no_language_shows_the_picker() {
    let outcome = run(
        ChatState::default(),
        Event::Text("12345 ???".into()),
        Some(Locale::Ar),
    );
    assert_eq!(outcome.state.flow, Flow::ChoosingLanguage);
    assert!(
        outcome.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::Ar, "bot-choose-language"))
    );
}

#[test]
fn language_command_and_menu_button_open_the_picker_in_the_current_language() {
    let outcome = run(
        speaking(Locale::Fa),
        Event::Command(Command::Language),
        Some(Locale::En),
    );
    let reply = &outcome.replies[0];
    assert_eq!(reply.text, para(Locale::Fa, "bot-choose-language"));
    assert_eq!(labels(reply)[0], Locale::Fa.native_name());
    assert!(!reply.replace);
    assert!(press(speaking(Locale::Fa), &Action::LanguagePicker).replies[0].replace);
}
