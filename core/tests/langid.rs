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

/// The held-out sets only measure anything while they stay out of the training text: no line
/// of 25 characters or more of any of them may appear in it.
#[test]
fn held_out_messages_are_not_in_the_training_text() {
    for locale in Locale::ALL {
        let path = langid_eval::training_dir().join(format!("{}.txt", locale.tag()));
        let training = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
            .to_lowercase();
        for set in langid_eval::Set::ALL {
            if !set.has(locale) {
                continue;
            }
            for message in langid_eval::messages_in(set, locale.tag()) {
                let message = message.to_lowercase();
                assert!(
                    message.chars().count() < 25 || !training.contains(&message),
                    "{locale}: {message:?} of {} is also in the training text",
                    set.name()
                );
            }
        }
    }
}

/// Prints accuracy per locale on both held-out sets, with what the misses were taken for:
/// `cargo test -p faro-core --test langid report -- --ignored --nocapture`.
#[test]
#[ignore = "a report, not a check"]
fn report() {
    use langid_eval::{Set, messages_at};
    let mut dirs: Vec<(String, std::path::PathBuf)> = Set::ALL
        .iter()
        .map(|set| (set.name().to_owned(), set.dir()))
        .collect();
    // Any other folder of <locale>.txt files, for a look at text from elsewhere.
    if let Some(extra) = std::env::var_os("LANGID_REPORT_DIR") {
        dirs.push(("LANGID_REPORT_DIR".to_owned(), extra.into()));
    }
    for (name, dir) in dirs {
        println!("\n{name}");
        for locale in Locale::ALL {
            let path = dir.join(format!("{}.txt", locale.tag()));
            if !path.exists() {
                continue;
            }
            let whole = messages_at(&path);
            let mut cells = Vec::new();
            for cut in [snippets(&whole, 20), snippets(&whole, 40), whole.clone()] {
                let result = tally(&cut, locale, detect);
                cells.push(format!(
                    "{:5.1}% of {:4}",
                    100.0 * result.rate(),
                    result.total
                ));
            }
            let misses = confusions(&snippets(&whole, 20), locale, detect);
            println!(
                "{:8} {}  20-char misses: {misses:?}",
                locale.tag(),
                cells.join("  ")
            );
        }
    }
}
