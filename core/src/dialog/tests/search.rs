use super::*;

fn found(locale: Locale, query: &str) -> Vec<Action> {
    let outcome = run(speaking(locale), Event::Text(query.into()), None);
    actions(&outcome.replies[0]).into_iter().cloned().collect()
}

fn topic(slug: &str) -> Action {
    Action::Topic {
        slug: crate::content::TopicSlug::parse(slug).unwrap(),
        part: 0,
    }
}

#[test]
fn a_topics_own_title_finds_it_first_in_every_locale() {
    for locale in Locale::ALL {
        for t in ctx().content.topics() {
            let title = &t.text(locale).unwrap().value.title;
            let results = found(locale, title);
            assert_eq!(
                results.first(),
                Some(&topic(t.slug.as_str())),
                "{locale}: {title:?} gave {results:?}"
            );
        }
    }
}

#[test]
fn everyday_words_find_the_right_topic() {
    for (locale, query, expected) in [
        (Locale::En, "how do I ask for asylum", "asylum"),
        (Locale::Es, "quiero pedir asilo", "asylum"),
        (
            Locale::En,
            "someone is offering me a job but keeps my passport",
            "trafficking",
        ),
    ] {
        let results = found(locale, query);
        assert!(results.contains(&topic(expected)), "{query}: {results:?}");
    }
}

#[test]
fn results_offer_at_most_three_topics_and_the_menu() {
    for locale in LOCALES {
        let title = &ctx()
            .content
            .topic("asylum")
            .unwrap()
            .text(locale)
            .unwrap()
            .value
            .title;
        let outcome = run(speaking(locale), Event::Text(title.clone()), None);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-search-results"));
        let codes = actions(reply);
        assert!((2..=4).contains(&codes.len()));
        assert_eq!(codes.last(), Some(&&Action::Menu));
    }
}

#[test]
fn nothing_found_shows_the_menu() {
    for (locale, query) in [
        (Locale::Es, "xyzzy plugh"),
        (Locale::Fa, "qqqq"),
        (Locale::ZhHans, "？？？"),
        (Locale::En, "the and of"),
    ] {
        let outcome = run(speaking(locale), Event::Text(query.into()), None);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-search-none"), "{query}");
        assert_eq!(labels(reply), menu_labels(locale, false));
    }
}
