//! The detector against the held-out messages in `tests/langid/`, written apart from its
//! training text: accuracy per locale on 20- and 40-character snippets and on whole messages,
//! and messages in none of the sixteen coming out unknown. These fail when the model regresses;
//! the benchmark prints the same figures in full.

mod langid_eval;

use std::sync::OnceLock;

use faro_core::Locale;
use faro_core::langid::LanguageDetector;
use langid_eval::{Tally, confusions, messages, snippets, tally};

fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(LanguageDetector::new)
}

fn detect(text: &str) -> Option<Locale> {
    detector().detect(text).locale
}

/// Locales whose accuracy on `length`-character snippets is under `minimum`, with what they
/// were taken for.
fn below(length: usize, minimum: f64) -> Vec<String> {
    Locale::ALL
        .iter()
        .filter_map(|&locale| {
            let cut = snippets(&messages(locale.tag()), length);
            assert!(cut.len() >= 60, "{locale}: too few snippets to measure");
            let result = tally(&cut, locale, detect);
            (result.rate() < minimum).then(|| {
                format!(
                    "{locale}: {:.1}% of {} (wrong: {:?})",
                    100.0 * result.rate(),
                    result.total,
                    confusions(&cut, locale, detect)
                )
            })
        })
        .collect()
}

#[test]
fn every_locale_is_at_least_90_percent_right_on_20_character_snippets() {
    let failing = below(20, 0.90);
    assert!(failing.is_empty(), "{failing:#?}");
}

#[test]
fn every_locale_is_at_least_97_percent_right_on_40_character_snippets() {
    let failing = below(40, 0.97);
    assert!(failing.is_empty(), "{failing:#?}");
}

#[test]
fn whole_messages_are_at_least_97_percent_right_overall() {
    let mut total = Tally::default();
    for locale in Locale::ALL {
        total.add(tally(&messages(locale.tag()), locale, detect));
    }
    assert!(total.rate() >= 0.97, "{total:?}");
}

#[test]
fn messages_in_none_of_the_sixteen_come_out_unknown() {
    let others = messages("unknown");
    assert!(others.len() >= 50);
    let misread: Vec<(String, Option<Locale>)> = others
        .into_iter()
        .filter_map(|text| detect(&text).map(|locale| (text, Some(locale))))
        .collect();
    assert!(misread.is_empty(), "{misread:#?}");
}

/// The held-out set only measures anything while it stays out of the training text.
#[test]
fn held_out_messages_are_not_in_the_training_text() {
    for locale in Locale::ALL {
        let path = langid_eval::training_dir().join(format!("{}.txt", locale.tag()));
        let training = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
            .to_lowercase();
        for message in messages(locale.tag()) {
            let message = message.to_lowercase();
            assert!(
                message.chars().count() < 25 || !training.contains(&message),
                "{locale}: {message:?} is also in the training text"
            );
        }
    }
}
