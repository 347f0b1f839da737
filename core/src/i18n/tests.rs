use std::path::Path;

use super::*;

fn write_all(dir: &Path, en: &str, others: &str) {
    for locale in Locale::ALL {
        let folder = dir.join(locale.tag());
        std::fs::create_dir_all(&folder).unwrap();
        let text = if locale == Locale::En { en } else { others };
        std::fs::write(folder.join("faro.ftl"), text).unwrap();
    }
}

const EN: &str = "### translation: original\n\nhello = Hello\nat = You are at { $place }.\nplaces = { $count ->\n    [one] One place\n   *[other] { $count } places\n}\nonly-english = Only in English\n";

fn fixture() -> (tempfile::TempDir, Translations) {
    let dir = tempfile::tempdir().unwrap();
    write_all(
        dir.path(),
        EN,
        "### translation: machine\n\nhello = Hola\nat = Estás en { $place }.\nplaces = { $count ->\n    [one] Un lugar\n   *[other] { $count } lugares\n}\n",
    );
    // Persian and Arabic get their own texts to test plurals and isolation.
    std::fs::write(
        dir.path().join("fa/faro.ftl"),
        "### translation: machine\n\nhello = سلام\nat = شما در { $place } هستید.\nplaces = { $count ->\n    [one] یک مکان\n   *[other] { $count } مکان\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ar/faro.ftl"),
        "### translation: machine\n\nhello = مرحبا\nat = أنت في { $place }.\nplaces = { $count ->\n    [zero] لا أماكن\n    [one] مكان واحد\n    [two] مكانان\n    [few] { $count } أماكن\n    [many] { $count } مكانًا\n   *[other] { $count } مكان\n}\n",
    )
    .unwrap();
    let translations = Translations::load(dir.path()).unwrap();
    (dir, translations)
}

#[test]
fn formats_in_the_requested_locale() {
    let (_dir, t) = fixture();
    assert_eq!(
        t.format(Locale::Es, "hello", &[]),
        Text {
            text: "Hola".into(),
            locale: Locale::Es
        }
    );
    assert_eq!(t.text(Locale::Fa, "hello"), "سلام");
}

#[test]
fn missing_key_falls_back_and_says_from_where() {
    let (_dir, t) = fixture();
    let text = t.format(Locale::Ht, "only-english", &[]);
    assert_eq!(
        text,
        Text {
            text: "Only in English".into(),
            locale: Locale::En
        }
    );
}

#[test]
fn unknown_key_returns_the_key_without_panicking() {
    let (_dir, t) = fixture();
    assert_eq!(t.text(Locale::Fr, "no-such-key"), "no-such-key");
}

#[test]
fn plurals_follow_each_language() {
    let (_dir, t) = fixture();
    assert_eq!(
        t.format(Locale::En, "places", &[("count", 1.into())]).text,
        "One place"
    );
    assert_eq!(
        t.format(Locale::En, "places", &[("count", 3.into())]).text,
        "3 places"
    );
    let ar = |n: i64| t.format(Locale::Ar, "places", &[("count", n.into())]).text;
    assert_eq!(ar(0), "لا أماكن");
    assert_eq!(ar(1), "مكان واحد");
    assert_eq!(ar(2), "مكانان");
    assert_eq!(ar(3), "3 أماكن");
    assert_eq!(ar(11), "11 مكانًا");
    assert_eq!(ar(100), "100 مكان");
}

#[test]
fn isolation_marks_only_where_directions_differ() {
    let (_dir, t) = fixture();
    // Latin name in Persian text: isolated so punctuation stays in place.
    let fa = t
        .format(Locale::Fa, "at", &[("place", "Tapachula".into())])
        .text;
    assert_eq!(fa, "شما در \u{2068}Tapachula\u{2069} هستید.");
    // Same direction: no invisible characters at all.
    let es = t
        .format(Locale::Es, "at", &[("place", "Tapachula".into())])
        .text;
    assert_eq!(es, "Estás en Tapachula.");
    // Persian name in English text is isolated too.
    let en = t
        .format(Locale::En, "at", &[("place", "تهران".into())])
        .text;
    assert_eq!(en, "You are at \u{2068}تهران\u{2069}.");
}

#[test]
fn status_comes_from_the_header() {
    let (_dir, t) = fixture();
    assert_eq!(t.status(Locale::En), Some(&TranslationStatus::Original));
    assert_eq!(t.status(Locale::Fa), Some(&TranslationStatus::Machine));
}

#[test]
fn load_refuses_a_missing_locale_or_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    write_all(dir.path(), EN, "### translation: machine\n\nhello = Hola\n");
    std::fs::remove_dir_all(dir.path().join("so")).unwrap();
    assert!(matches!(
        Translations::load(dir.path()),
        Err(LoadError::MissingLocale {
            locale: Locale::So,
            ..
        })
    ));

    write_all(dir.path(), EN, "### translation: machine\n\nhello = { \n");
    assert!(matches!(
        Translations::load(dir.path()),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn the_shipped_translations_load_and_have_the_notices() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
    let Ok(t) = Translations::load(&dir) else {
        panic!("translations/ must load: run `faro check`");
    };
    for locale in Locale::ALL {
        for key in [
            "notice-fallback",
            "notice-machine",
            "notice-demo",
            "consent-text",
            "picker-title",
        ] {
            assert_eq!(t.resolve(locale, key), Some(locale), "{locale} lacks {key}");
        }
        let consent = t
            .format(locale, "consent-text", &[("days", 90.into())])
            .text;
        assert!(
            consent.contains("90"),
            "{locale}: consent must state the retention period: {consent}"
        );
    }
}
