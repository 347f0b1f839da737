use super::*;

/// Central Tapachula, where the directory has shelters and services.
const TAPACHULA: (f64, f64) = (14.9057, -92.2636);

#[test]
fn near_me_asks_for_the_location_with_a_one_tap_button() {
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::NearMe);
        assert_eq!(outcome.state.flow, Flow::AwaitingLocation);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-near-me-ask"));
        assert_eq!(
            reply.keyboard,
            Keyboard::RequestLocation {
                label: plain(locale, "bot-near-me-button")
            }
        );
    }
}

#[test]
fn a_location_gets_the_three_nearest_places_with_distances() {
    let (lat, lon) = TAPACHULA;
    let from = crate::content::GeoPoint::new(lat, lon).unwrap();
    let directory = ctx().content.directory();
    let expected: Vec<_> = directory
        .nearest(from, &Default::default())
        .into_iter()
        .filter(|(entry, _)| !entry.kind.is_consular())
        .take(3)
        .collect();
    assert_eq!(expected.len(), 3, "the directory has places in Tapachula");
    for locale in LOCALES {
        let asked = press(speaking(locale), &Action::NearMe);
        let outcome = run(asked.state, Event::Location { lat, lon }, None);
        let text = &outcome.replies[0].text;
        assert!(text.plain().contains(&plain(locale, "bot-near-me-results")));
        let mut last_position = 0;
        for (number, (entry, km)) in expected.iter().enumerate() {
            // Each entry is a paragraph that opens with its number and name in bold.
            let line = Inline::bold(format!("{}. {}", number + 1, entry.name));
            let position = text
                .blocks()
                .iter()
                .position(|block| matches!(block, Block::Paragraph(c) if c.first() == Some(&line)))
                .unwrap_or_else(|| panic!("{line:?} in {text:?}"));
            assert!(position >= last_position, "nearest first");
            last_position = position;
            let km = super::super::directory_text::format_km(*km);
            assert!(text.plain().contains(&plain_with(
                locale,
                "directory-distance",
                &[("km", km.into())]
            )));
            assert!(
                text.plain()
                    .contains(&plain(locale, &format!("kind-{}", entry.kind.as_str())))
            );
        }
        if expected.iter().any(|(entry, _)| entry.demo) {
            assert!(text.plain().contains(&plain(locale, "notice-demo")));
            assert!(text.plain().contains(&plain(locale, "badge-demo")));
        }
        assert_eq!(outcome.state.flow, Flow::Menu);
        // The location is used for the answer only.
        let kept = serde_json::to_string(&outcome.state.flow).unwrap();
        assert!(!kept.contains("14.9") && !kept.contains("92.2"), "{kept}");
        assert_eq!(actions(&outcome.replies[0]).last(), Some(&&Action::Menu));
    }
}

#[test]
fn consulates_are_not_listed_as_places_near_me() {
    let directory = ctx().content.directory();
    let consulate = directory
        .entries()
        .iter()
        .find(|entry| entry.kind.is_consular() && entry.location.is_some())
        .unwrap();
    let at = consulate.location.unwrap();
    let outcome = run(
        speaking(Locale::En),
        Event::Location {
            lat: at.lat,
            lon: at.lon,
        },
        None,
    );
    assert!(!outcome.replies[0].text.plain().contains(&consulate.name));
}

#[test]
fn an_impossible_location_is_refused_politely() {
    let outcome = run(
        speaking(Locale::Ar),
        Event::Location {
            lat: 200.0,
            lon: f64::NAN,
        },
        None,
    );
    assert!(
        outcome.replies[0]
            .text
            .plain()
            .starts_with(&plain(Locale::Ar, "error-bad-location"))
    );
}
