use super::*;
use crate::country::CountryCode;

#[test]
fn the_country_list_names_every_represented_country_in_the_readers_language() {
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Consulates);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-consulate-ask"));
        let names = labels(reply);
        for country in ctx().content.directory().represented_countries() {
            let name = plain(locale, &format!("country-{country}"));
            assert!(names.contains(&name.as_str()), "{locale}: {name}");
            assert!(actions(reply).contains(&&Action::Consulate(country)));
        }
    }
}

#[test]
fn a_country_shows_its_consulates_with_their_procedures() {
    let haiti = CountryCode::parse("HT").unwrap();
    let directory = ctx().content.directory();
    let consulates: Vec<_> = directory.representing(haiti).collect();
    assert!(!consulates.is_empty());
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Consulate(haiti));
        let text = &outcome.replies[0].text;
        let country = plain(locale, "country-HT");
        assert!(text.plain().contains(&plain_with(
            locale,
            "consulates-for",
            &[("country", country.as_str().into())]
        )));
        for consulate in &consulates {
            assert!(text.plain().contains(&consulate.name));
            for procedure in &consulate.procedures {
                assert!(
                    text.plain()
                        .contains(&plain(locale, &format!("procedure-{}", procedure.as_str())))
                );
            }
        }
        assert!(text.plain().contains(&plain(locale, "entry-procedures")));
        assert!(
            text.plain()
                .contains(&plain(locale, "consulates-voluntary"))
        );
        assert_eq!(
            actions(&outcome.replies[0])[..],
            [&Action::Consulates, &Action::Menu]
        );
    }
}

#[test]
fn a_country_without_consulates_says_so() {
    let mexico = CountryCode::parse("MX").unwrap();
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Consulate(mexico));
        let country = plain(locale, "country-MX");
        assert_eq!(
            outcome.replies[0].text,
            para_with(
                locale,
                "consulates-none",
                &[("country", country.as_str().into())]
            )
        );
    }
}
