//! Places found without sharing a location (country → city → list), real ones first, the
//! distance said plainly when nothing is near, and each place's pin.

use super::*;
use crate::content::{DirectoryEntry, GeoPoint};
use crate::country::CountryCode;

fn mx() -> CountryCode {
    CountryCode::parse("MX").unwrap()
}

/// Yaviza, at the end of the road into the Darién (the review's case).
const DARIEN: (f64, f64) = (8.1575, -77.6917);

fn helps_anyone(entry: &DirectoryEntry) -> bool {
    !entry.kind.is_consular()
}

#[test]
fn near_me_offers_a_country_beside_the_location_request() {
    let directory = ctx().content.directory();
    let mut countries: Vec<CountryCode> = directory
        .entries()
        .iter()
        .filter(|entry| helps_anyone(entry))
        .map(|entry| entry.country)
        .collect();
    countries.sort();
    countries.dedup();
    assert!(countries.len() >= 8, "the route's countries: {countries:?}");
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::NearMe);
        assert_eq!(outcome.replies.len(), 2);
        let by_country = &outcome.replies[1];
        assert_eq!(by_country.text, para(locale, "places-or-choose-country"));
        let mut offered: Vec<CountryCode> = actions(by_country)
            .into_iter()
            .filter_map(|action| match action {
                Action::PlacesCountry(country) => Some(*country),
                _ => None,
            })
            .collect();
        offered.sort();
        assert_eq!(offered, countries, "{locale:?}");
        // Named in the reader's language.
        let mexico = by_country
            .buttons()
            .find(|b| b.as_action() == Some(&Action::PlacesCountry(mx())))
            .unwrap();
        assert_eq!(mexico.label, plain(locale, "country-MX"));
    }
}

#[test]
fn a_country_lists_its_cities_and_a_city_its_places_real_ones_first() {
    let directory = ctx().content.directory();
    for locale in LOCALES {
        let cities = press(speaking(locale), &Action::PlacesCountry(mx()));
        let reply = &cities.replies[0];
        assert!(reply.text.plain().starts_with(&plain_with(
            locale,
            "places-choose-city",
            &[("country", plain(locale, "country-MX").into())]
        )));
        // A button for Tapachula with how many places it has.
        let in_tapachula: Vec<&DirectoryEntry> = directory
            .entries()
            .iter()
            .filter(|e| e.country == mx() && e.city.as_deref() == Some("Tapachula"))
            .filter(|e| helps_anyone(e))
            .collect();
        assert!(in_tapachula.iter().any(|e| e.demo) && in_tapachula.iter().any(|e| !e.demo));
        let tapachula = reply
            .buttons()
            .find(|b| b.label == format!("Tapachula ({})", in_tapachula.len()))
            .unwrap_or_else(|| panic!("{:?}", labels(reply)));
        // The country's services without a city are a button of their own.
        assert!(
            actions(reply).contains(&&Action::PlacesNationwide(mx())),
            "{:?}",
            labels(reply)
        );

        let listing = press(cities.state, tapachula.as_action().unwrap());
        let text = listing.replies[0].text.plain();
        assert!(text.starts_with(&plain_with(
            locale,
            "places-in",
            &[(
                "place",
                format!("Tapachula, {}", plain(locale, "country-MX")).into()
            )]
        )));
        let positions: Vec<(bool, usize)> = in_tapachula
            .iter()
            .map(|entry| {
                let at = text
                    .find(&entry.name)
                    .unwrap_or_else(|| panic!("{} missing", entry.name));
                (entry.demo, at)
            })
            .collect();
        let last_real = positions
            .iter()
            .filter(|(demo, _)| !demo)
            .map(|p| p.1)
            .max();
        let first_sample = positions
            .iter()
            .filter(|(demo, _)| *demo)
            .map(|p| p.1)
            .min();
        assert!(last_real < first_sample, "real places before samples");
        // A pin for each place with a position, and back to the country's cities.
        for entry in &in_tapachula {
            let pinned = actions(&listing.replies[0]).contains(&&Action::Venue(entry.id.clone()));
            let exact = entry.location.is_some() && entry.location_precision.is_address();
            assert_eq!(pinned, exact, "{}", entry.id);
        }
        assert!(actions(&listing.replies[0]).contains(&&Action::PlacesCountry(mx())));
    }
}

#[test]
fn a_pin_carries_the_place_position_name_and_address() {
    let directory = ctx().content.directory();
    let entry = directory
        .entries()
        .iter()
        .find(|e| {
            helps_anyone(e)
                && e.location.is_some()
                && e.location_precision.is_address()
                && e.address.is_some()
        })
        .unwrap();
    let at = entry.location.unwrap();
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Venue(entry.id.clone()));
        let venue = outcome.replies[0].venue.as_ref().expect("a pin");
        assert_eq!((venue.lat, venue.lon), (at.lat, at.lon));
        assert!(venue.title.starts_with(&entry.name));
        assert_eq!(
            venue.title.contains(&plain(locale, "badge-demo")),
            entry.demo,
            "a sample says so on the pin too"
        );
        assert!(venue.address.contains(entry.address.as_deref().unwrap()));
        // The same in words, for a channel without pins.
        assert!(outcome.replies[0].text.plain().contains(&entry.name));
    }
    // A place without a position, one placed only at its city's centre, or gone: said so,
    // with the menu.
    let without = directory
        .entries()
        .iter()
        .find(|e| e.location.is_none())
        .unwrap();
    let city_only = directory
        .entries()
        .iter()
        .find(|e| e.location.is_some() && !e.location_precision.is_address())
        .expect("real places placed at their city's centre");
    for id in [without.id.as_str(), city_only.id.as_str(), "no-such-place"] {
        let outcome = press(speaking(Locale::Ar), &Action::Venue(id.into()));
        assert!(outcome.replies[0].venue.is_none());
        assert!(
            outcome.replies[0]
                .text
                .plain()
                .starts_with(&plain(Locale::Ar, "places-no-map"))
        );
    }
}

#[test]
fn an_old_city_button_for_a_place_gone_shows_the_countries_again() {
    let outcome = press(
        speaking(Locale::Fa),
        &Action::PlacesCity("gone-place".into()),
    );
    assert_eq!(
        outcome.replies[0].text,
        para(Locale::Fa, "places-or-choose-country")
    );
}

#[test]
fn far_from_every_place_the_distance_to_the_nearest_is_said_plainly() {
    let (lat, lon) = DARIEN;
    let from = GeoPoint::new(lat, lon).unwrap();
    let directory = ctx().content.directory();
    let nearest: Vec<_> = directory
        .nearest(from, &Default::default())
        .into_iter()
        .filter(|(entry, _)| helps_anyone(entry))
        .collect();
    let (closest, km) = nearest[0];
    assert!(
        km > ctx().settings.nearby_max_km,
        "nothing within reach of Yaviza"
    );
    for locale in LOCALES {
        let outcome = run(speaking(locale), Event::Location { lat, lon }, None);
        let text = outcome.replies[0].text.plain();
        let km = super::super::directory_text::format_km(km);
        assert!(
            text.starts_with(&plain_with(
                locale,
                "places-nearest-far",
                &[("km", km.into())]
            )),
            "{text}"
        );
        assert!(!text.contains(&plain(locale, "bot-near-me-results")));
        assert!(text.contains(&closest.name));
    }
}

#[test]
fn a_place_placed_at_its_city_centre_says_so() {
    let directory = ctx().content.directory();
    let city_only = directory
        .entries()
        .iter()
        .find(|e| helps_anyone(e) && e.location.is_some() && !e.location_precision.is_address())
        .unwrap();
    let at = city_only.location.unwrap();
    for locale in LOCALES {
        let outcome = run(
            speaking(locale),
            Event::Location {
                lat: at.lat,
                lon: at.lon,
            },
            None,
        );
        let text = outcome.replies[0].text.plain();
        assert!(text.contains(&city_only.name), "{text}");
        assert!(text.contains(&plain(locale, "directory-location-city")));
        assert!(!actions(&outcome.replies[0]).contains(&&Action::Venue(city_only.id.clone())));
    }
}

#[test]
fn numbers_and_hours_keep_left_to_right_in_a_right_to_left_listing() {
    use crate::dialog::directory_text::{EntryView, entry_block};
    use crate::dialog::say::Say;
    use crate::rich_text::RichText;
    // Real entries carry no phone number yet: a place given a number and weekday hours.
    let mut entry = ctx()
        .content
        .directory()
        .entries()
        .iter()
        .find(|e| helps_anyone(e))
        .expect("a place")
        .clone();
    entry.phones = vec![crate::phone::E164Phone::parse("+525512345678").unwrap()];
    entry.hours = vec![
        crate::content::hours::OpeningHours::parse(
            &["mon-fri"],
            Some("09:00"),
            Some("14:00"),
            false,
        )
        .unwrap(),
    ];
    let range = "09:00–14:00";
    for (locale, isolated) in [(Locale::Fa, true), (Locale::Ar, true), (Locale::Es, false)] {
        let view = EntryView {
            entry: &entry,
            distance_km: None,
        };
        let text = RichText::from(entry_block(Say::new(ctx(), locale), 1, &view)).plain();
        assert!(text.contains("+525512345678"), "{locale:?}: {text}");
        for shown in ["+525512345678", range] {
            // A Farsi reader would otherwise see 14:00–09:00, and the plus sign at the end.
            let wrapped = format!("\u{2066}{shown}\u{2069}");
            assert_eq!(text.contains(&wrapped), isolated, "{locale:?}: {text}");
        }
    }
}
