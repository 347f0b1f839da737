use super::*;
use crate::content::TopicSlug;
use crate::country::CountryCode;
use crate::deeplink::{StartPayload, Target};

#[test]
fn start_with_a_kiosk_payload_sets_the_language_and_opens_the_topic() {
    for locale in LOCALES {
        let payload = StartPayload {
            locale,
            target: Target::Topic(TopicSlug::parse("asylum").unwrap()),
        }
        .encode();
        let outcome = run(
            ChatState::default(),
            Event::Start {
                payload: Some(payload),
            },
            Some(Locale::En),
        );
        assert_eq!(outcome.state.locale, Some(locale));
        assert_eq!(
            outcome.state.flow,
            Flow::Reading {
                topic: "asylum".into(),
                part: 0
            }
        );
        assert_eq!(outcome.replies.len(), 2, "welcome, then the topic");
        assert_eq!(outcome.replies[0].text, para(locale, "bot-welcome"));
        let title = &ctx()
            .content
            .topic("asylum")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title;
        assert!(outcome.replies[1].text.plain().contains(title));
    }
}

#[test]
fn a_payload_with_only_a_language_shows_the_menu_in_it() {
    let outcome = run(
        ChatState::default(),
        Event::Start {
            payload: Some("ar".into()),
        },
        None,
    );
    assert_eq!(outcome.state.locale, Some(Locale::Ar));
    assert_eq!(labels(&outcome.replies[0]), menu_labels(Locale::Ar, false));
}

#[test]
fn a_bad_payload_is_ignored_and_the_bot_starts_as_usual() {
    for payload in ["de_t-asylum", "fa_t-no-such-topic", "%%%", &"x".repeat(200)] {
        let fresh = run(
            ChatState::default(),
            Event::Start {
                payload: Some(payload.into()),
            },
            Some(Locale::Es),
        );
        let known_topic = payload.starts_with("fa_");
        if known_topic {
            // A valid language with an unknown topic still sets the language.
            assert_eq!(fresh.state.locale, Some(Locale::Fa));
        } else {
            assert_eq!(fresh.state.flow, Flow::ChoosingLanguage, "{payload}");
            assert!(
                fresh.replies[0]
                    .text
                    .plain()
                    .contains(&plain(Locale::Es, "bot-welcome"))
            );
        }
    }
}

#[test]
fn start_for_a_known_person_greets_in_their_language_with_the_menu() {
    for locale in LOCALES {
        let outcome = run(
            speaking(locale),
            Event::Start { payload: None },
            Some(Locale::En),
        );
        let reply = &outcome.replies[0];
        assert!(
            reply
                .text
                .plain()
                .starts_with(&plain(locale, "bot-welcome"))
        );
        assert_eq!(labels(reply), menu_labels(locale, false));
    }
}

#[test]
fn help_lists_the_commands_with_the_menu() {
    for locale in LOCALES {
        let outcome = run(speaking(locale), Event::Command(Command::Help), None);
        assert!(
            outcome.replies[0]
                .text
                .plain()
                .starts_with(&plain(locale, "bot-help"))
        );
        assert_eq!(labels(&outcome.replies[0]), menu_labels(locale, false));
        let unknown = run(speaking(locale), Event::Command(Command::Unknown), None);
        assert_eq!(unknown.replies, outcome.replies);
    }
}

#[test]
fn stop_turns_alerts_off_and_says_so() {
    for locale in LOCALES {
        let subscribed = ChatState {
            alerts: true,
            country: CountryCode::parse("MX").ok(),
            ..speaking(locale)
        };
        let outcome = run(subscribed, Event::Command(Command::Stop), None);
        assert!(!outcome.state.alerts);
        assert_eq!(outcome.state.country, None);
        assert_eq!(outcome.state.locale, Some(locale), "the language stays");
        assert_eq!(outcome.replies[0].text, para(locale, "bot-stopped"));
    }
}

#[test]
fn alerts_are_turned_on_for_a_country_and_off_from_the_menu() {
    for locale in LOCALES {
        let asked = press(speaking(locale), &Action::AlertsOn);
        assert_eq!(asked.state.flow, Flow::ChoosingAlertsCountry);
        assert_eq!(asked.replies[0].text, para(locale, "bot-alerts-country"));
        let mx = CountryCode::parse("MX").unwrap();
        assert!(actions(&asked.replies[0]).contains(&&Action::AlertsCountry(Some(mx))));
        assert!(labels(&asked.replies[0]).contains(&plain(locale, "country-MX").as_str()));
        assert!(actions(&asked.replies[0]).contains(&&Action::AlertsCountry(None)));

        let on = press(asked.state, &Action::AlertsCountry(Some(mx)));
        assert!(on.state.alerts);
        assert_eq!(on.state.country, Some(mx));
        assert!(
            on.replies[0]
                .text
                .plain()
                .starts_with(&plain(locale, "bot-alerts-on"))
        );
        assert_eq!(labels(&on.replies[0]), menu_labels(locale, true));

        let off = press(on.state, &Action::AlertsOff);
        assert!(!off.state.alerts);
        assert_eq!(off.state.country, None);
        assert!(
            off.replies[0]
                .text
                .plain()
                .starts_with(&plain(locale, "bot-alerts-off"))
        );
        assert_eq!(labels(&off.replies[0]), menu_labels(locale, false));
    }
}

/// A channel that cannot deliver campaigns yet (WhatsApp) offers no alerts: the menu leaves
/// the entry out, and an old or forged "alerts on" button shows the menu without subscribing;
/// whoever is subscribed can still turn them off.
#[test]
fn where_alerts_are_not_offered_the_menu_leaves_them_out() {
    let (content, _) = crate::content::ContentPack::scan(&repo().join("content"));
    let no_alerts = Context::new(
        Arc::new(content),
        ctx().translations.clone(),
        Arc::new(crate::langid::LanguageDetector::new()),
        &vocabulary(),
        Settings {
            alerts_offered: false,
            ..Settings::default()
        },
        TEST_CHANNEL,
    );
    let mx = CountryCode::parse("MX").unwrap();
    for locale in LOCALES {
        let menu = handle(
            &no_alerts,
            speaking(locale),
            Input::new(Event::Button("m".into())),
        );
        let shown = actions(&menu.replies[0]);
        assert!(!shown.contains(&&Action::AlertsOn), "{locale}");
        assert!(shown.contains(&&Action::Topics));
        for forged in [Action::AlertsOn, Action::AlertsCountry(Some(mx))] {
            let pressed = handle(
                &no_alerts,
                speaking(locale),
                Input::new(Event::Button(forged.encode())),
            );
            assert!(!pressed.state.alerts, "{locale}");
            assert_eq!(pressed.state.flow, Flow::Menu);
        }
        let subscribed = ChatState {
            alerts: true,
            ..speaking(locale)
        };
        let menu = handle(
            &no_alerts,
            subscribed,
            Input::new(Event::Button("m".into())),
        );
        assert!(actions(&menu.replies[0]).contains(&&Action::AlertsOff));
    }
}

#[test]
fn forget_asks_first_then_erases_and_confirms_in_the_persons_language() {
    for locale in LOCALES {
        let asked = run(speaking(locale), Event::Command(Command::Forget), None);
        assert_eq!(asked.state.flow, Flow::ConfirmingForget);
        assert!(!asked.erase);
        assert_eq!(asked.replies[0].text, para(locale, "bot-forget-confirm"));
        assert_eq!(
            actions(&asked.replies[0]),
            [&Action::ForgetConfirmed, &Action::ForgetCancelled]
        );
        let done = press(asked.state, &Action::ForgetConfirmed);
        assert!(done.erase);
        assert_eq!(done.state, ChatState::default());
        assert_eq!(done.replies[0].text, para(locale, "bot-forget-done"));
    }
}

#[test]
fn an_old_yes_button_asks_again_instead_of_erasing() {
    let outcome = press(speaking(Locale::Ar), &Action::ForgetConfirmed);
    assert!(!outcome.erase);
    assert_eq!(outcome.state.flow, Flow::ConfirmingForget);
}

#[test]
fn keeping_the_data_goes_back_to_the_menu() {
    let asked = press(speaking(Locale::Es), &Action::Forget);
    let kept = press(asked.state, &Action::ForgetCancelled);
    assert!(!kept.erase);
    assert!(
        kept.replies[0]
            .text
            .plain()
            .starts_with(&plain(Locale::Es, "bot-forget-kept"))
    );
    assert_eq!(labels(&kept.replies[0]), menu_labels(Locale::Es, false));
}

#[test]
fn the_menu_has_every_entry() {
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Menu);
        assert_eq!(outcome.replies[0].text, para(locale, "menu-title"));
        assert_eq!(labels(&outcome.replies[0]), menu_labels(locale, false));
    }
}

#[test]
fn the_emergency_numbers_are_one_tap_from_the_menu() {
    for locale in LOCALES {
        let menu = press(speaking(locale), &Action::Menu);
        let first = actions(&menu.replies[0])[0].clone();
        assert_eq!(
            first,
            Action::Topic {
                slug: crate::content::TopicSlug::parse("emergency").unwrap(),
                part: 0
            }
        );
        let page = press(speaking(locale), &first);
        let title = &ctx()
            .content
            .topic("emergency")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title;
        assert!(
            page.replies[0].text.plain().contains(title.as_str()),
            "{locale}"
        );
    }
}

#[test]
fn unknown_buttons_say_so_and_show_the_menu() {
    for code in ["zzz", "t:asylum", "l:xx", ""] {
        let outcome = run(speaking(Locale::Fa), Event::Button(code.into()), None);
        assert!(
            outcome.replies[0]
                .text
                .plain()
                .starts_with(&plain(Locale::Fa, "bot-button-expired"))
        );
        assert_eq!(labels(&outcome.replies[0]), menu_labels(Locale::Fa, false));
    }
}

#[test]
fn messages_without_text_get_a_polite_answer_in_the_persons_language() {
    for locale in LOCALES {
        let known = run(speaking(locale), Event::NonText, Some(Locale::En));
        assert!(
            known.replies[0]
                .text
                .plain()
                .starts_with(&plain(locale, "bot-non-text"))
        );
        let unknown = run(ChatState::default(), Event::NonText, Some(locale));
        assert!(
            unknown.replies[0]
                .text
                .plain()
                .starts_with(&plain(locale, "bot-non-text"))
        );
        assert_eq!(
            labels(&unknown.replies[0]).len(),
            16,
            "with the language picker"
        );
    }
}

#[test]
fn outside_private_chats_the_bot_says_it_answers_only_there() {
    for locale in LOCALES {
        let reply = private_only(ctx(), Some(locale));
        assert_eq!(reply.text, para(locale, "bot-private-only"));
    }
}

#[test]
fn every_locale_has_a_description_for_every_command() {
    for locale in Locale::ALL {
        let listed = commands(ctx(), locale);
        let names: Vec<&str> = listed.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            names,
            [
                "start", "help", "language", "status", "end", "forget", "stop"
            ]
        );
        let theirs = interpreter_commands(ctx(), locale);
        let names: Vec<&str> = theirs.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            names[7..],
            ["available", "away", "hours", "label", "to"],
            "{locale}"
        );
        let staff = staff_commands(ctx(), locale);
        assert_eq!(staff.last().map(|(name, _)| *name), Some("join"));
        // Every command the menus list is one the bot knows.
        for name in names.iter().chain([&"join"]) {
            assert_ne!(
                Event::from_text(&format!("/{name}")),
                Event::Command(crate::dialog::Command::Unknown),
                "/{name}"
            );
        }
        for (name, description) in theirs.into_iter().chain(staff) {
            assert!(
                (1..=256).contains(&description.chars().count())
                    && !description.starts_with("bot-"),
                "{locale} /{name}: {description:?}"
            );
        }
    }
}

#[test]
fn a_huge_text_is_answered_within_the_limits() {
    let huge = "asilo ".repeat(20_000);
    let outcome = run(speaking(Locale::Es), Event::Text(huge.clone()), None);
    assert!(!outcome.replies.is_empty());
    let detected = run(ChatState::default(), Event::Text(huge), None);
    assert!(!detected.replies.is_empty());
}
