//! Places without sharing a location (country → city → list), each with its pin sent by
//! `sendVenue`; far from every place, the nearest said plainly with its distance.

use faro_bot::render::escape_html;
use faro_core::Locale;
use faro_core::content::GeoPoint;

use crate::support::updates::*;
use crate::support::*;

/// Latin, right-to-left, and a script without spaces.
const LOCALES: [(Locale, &str); 3] = [
    (Locale::Es, "es"),
    (Locale::Ar, "ar"),
    (Locale::ZhHans, "zh-hans"),
];

#[tokio::test]
async fn a_place_is_found_by_country_and_city_and_sent_as_a_pin() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let directory = bot.app.content.directory();
    for (chat, (locale, code)) in (900..).zip(LOCALES) {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        let calls = bot
            .send(&fake, callback(chat, Some(code), menu, "near"))
            .await;
        let sent = messages(&calls);
        assert_eq!(sent.len(), 2, "the location request, then the countries");
        assert_eq!(
            sent[0].body["reply_markup"]["keyboard"][0][0]["request_location"],
            true
        );
        assert_eq!(sent[1].text(), bot.html(locale, "places-or-choose-country"));
        assert!(sent[1].codes().contains(&"pk:MX".to_owned()));

        let calls = bot
            .send(
                &fake,
                callback(chat, Some(code), sent[1].message_id(), "pk:MX"),
            )
            .await;
        let cities = only_message(&calls);
        let (label, city_code) = cities
            .buttons()
            .into_iter()
            .find(|(label, _)| label.starts_with("Tapachula ("))
            .unwrap_or_else(|| panic!("{:?}", cities.labels()));
        assert!(city_code.starts_with("pc:"), "{label} {city_code}");

        let calls = bot
            .send(
                &fake,
                callback(chat, Some(code), cities.message_id(), &city_code),
            )
            .await;
        let listing = only_message(&calls);
        let heading = bot.app.translations.format(
            locale,
            "places-in",
            &[(
                "place",
                format!("Tapachula, {}", bot.plain(locale, "country-MX")).into(),
            )],
        );
        assert!(
            listing.text().contains(&escape_html(&heading.text)),
            "{}",
            listing.text()
        );
        let pin = listing
            .codes()
            .into_iter()
            .find(|code| code.starts_with("v:"))
            .expect("a pin for a place with a position");
        let entry = directory.get(&pin["v:".len()..]).unwrap();
        let at = entry.location.unwrap();

        let calls = bot
            .send(
                &fake,
                callback(chat, Some(code), listing.message_id(), &pin),
            )
            .await;
        let venue = calls
            .iter()
            .find(|c| c.method == "sendVenue")
            .unwrap_or_else(|| panic!("{calls:#?}"));
        assert_eq!(venue.chat(), chat);
        assert_eq!(venue.body["latitude"].as_f64(), Some(at.lat));
        assert_eq!(venue.body["longitude"].as_f64(), Some(at.lon));
        let title = venue.body["title"].as_str().unwrap();
        assert!(title.starts_with(&entry.name));
        assert!(title.contains(&bot.plain(locale, "badge-demo")) == entry.demo);
        assert!(!venue.body["address"].as_str().unwrap().is_empty());
        assert!(messages(&calls).is_empty(), "the pin alone");
    }
    bot.stop().await;
}

#[tokio::test]
async fn far_from_every_place_the_nearest_is_said_with_its_distance() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    // Yaviza, in the Darién.
    let (lat, lon) = (8.1575, -77.6917);
    let from = GeoPoint::new(lat, lon).unwrap();
    let km = bot
        .app
        .content
        .directory()
        .nearest(from, &Default::default())
        .into_iter()
        .find(|(entry, _)| !entry.kind.is_consular())
        .map(|(_, km)| km)
        .unwrap();
    let km = if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    };
    for (chat, (locale, code)) in (910..).zip(LOCALES) {
        let menu = chosen(&bot, &fake, chat, locale, code).await;
        bot.send(&fake, callback(chat, Some(code), menu, "near"))
            .await;
        let calls = bot.send(&fake, location(chat, Some(code), lat, lon)).await;
        let answer = only_message(&calls);
        let expected =
            bot.app
                .translations
                .format(locale, "places-nearest-far", &[("km", km.clone().into())]);
        assert!(
            answer.text().contains(&escape_html(&expected.text)),
            "{}",
            answer.text()
        );
        assert!(
            !answer
                .text()
                .contains(&bot.html(locale, "bot-near-me-results"))
        );
    }
    bot.stop().await;
}
