//! The training text, compiled into the binary: nothing is read or downloaded at run time.
//!
//! `data/langid/train/` holds everyday sentences written for Faro in each of the sixteen
//! languages; `data/langid/packaged/` holds software strings translated by other people
//! (gettext catalogs of GNOME libraries and Debian tools, cut by its `extract.py`; see its
//! README.md), so that the models do not learn one writer's habits as the language;
//! `data/langid/other/` holds a little text in languages Faro does not serve but that share
//! the Latin script, so that German or Indonesian has a better home than the nearest of the
//! sixteen. None is taken from the content pack or the translations, and none overlaps the
//! held-out sets in `tests/langid/` and `tests/langid-independent/`.

use crate::locale::Locale;

macro_rules! data {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/langid/", $path))
    };
}

pub(crate) const TRAINING: [(Locale, &str); 16] = [
    (Locale::En, data!("train/en.txt")),
    (Locale::Es, data!("train/es.txt")),
    (Locale::Fr, data!("train/fr.txt")),
    (Locale::Pt, data!("train/pt.txt")),
    (Locale::Ht, data!("train/ht.txt")),
    (Locale::Fa, data!("train/fa.txt")),
    (Locale::Ps, data!("train/ps.txt")),
    (Locale::Ar, data!("train/ar.txt")),
    (Locale::Ur, data!("train/ur.txt")),
    (Locale::Hi, data!("train/hi.txt")),
    (Locale::Bn, data!("train/bn.txt")),
    (Locale::Ne, data!("train/ne.txt")),
    (Locale::ZhHans, data!("train/zh-Hans.txt")),
    (Locale::Am, data!("train/am.txt")),
    (Locale::Ti, data!("train/ti.txt")),
    (Locale::So, data!("train/so.txt")),
];

/// Text by other hands, where it was measured to help: the Latin-script locales with close
/// neighbours, Hindi and Nepali, and Amharic (see `data/langid/packaged/README.md`).
pub(crate) const PACKAGED: [(Locale, &str); 7] = [
    (Locale::En, data!("packaged/en.txt")),
    (Locale::Es, data!("packaged/es.txt")),
    (Locale::Fr, data!("packaged/fr.txt")),
    (Locale::Pt, data!("packaged/pt.txt")),
    (Locale::Hi, data!("packaged/hi.txt")),
    (Locale::Ne, data!("packaged/ne.txt")),
    (Locale::Am, data!("packaged/am.txt")),
];

/// Word frequencies of general language (wordfreq; see `data/langid/wordfreq/README.md`), for
/// the Latin-script locales whose close neighbours (es/pt, en/fr) short text confuses. Each
/// line is a frequency in centibels (a word of `cb` occurs 10^(-cb/100) of the time) and the
/// words that have it.
pub(crate) const WORD_FREQUENCIES: [(Locale, &str); 4] = [
    (Locale::En, data!("wordfreq/en.txt")),
    (Locale::Es, data!("wordfreq/es.txt")),
    (Locale::Fr, data!("wordfreq/fr.txt")),
    (Locale::Pt, data!("wordfreq/pt.txt")),
];

/// The words of `locale`'s frequency list with how often each would occur in a text of
/// `tokens` words; words rarer than once in such a text are left out.
pub(crate) fn word_counts(locale: Locale, tokens: f64) -> Vec<(&'static str, u32)> {
    let Some((_, list)) = WORD_FREQUENCIES
        .iter()
        .find(|(candidate, _)| *candidate == locale)
    else {
        return Vec::new();
    };
    let mut counts = Vec::new();
    for line in without_comments(list).lines() {
        let mut fields = line.split_whitespace();
        let Some(cb) = fields.next().and_then(|cb| cb.parse::<f64>().ok()) else {
            continue;
        };
        let times = (tokens * 10f64.powf(-cb / 100.0)).round() as u32;
        if times > 0 {
            counts.extend(fields.map(|word| (word, times)));
        }
    }
    counts
}

/// Latin-script languages outside the sixteen, by ISO 639-1 code. Vietnamese is cut from
/// Debian's catalogs like the packaged text (its first line says from which).
pub(crate) const OTHER_LATIN: [(&str, &str); 10] = [
    ("de", data!("other/de.txt")),
    ("id", data!("other/id.txt")),
    ("it", data!("other/it.txt")),
    ("nl", data!("other/nl.txt")),
    ("pl", data!("other/pl.txt")),
    ("ro", data!("other/ro.txt")),
    ("sw", data!("other/sw.txt")),
    ("tl", data!("other/tl.txt")),
    ("tr", data!("other/tr.txt")),
    ("vi", data!("other/vi.txt")),
];

pub(crate) fn training_text(locale: Locale) -> &'static str {
    TRAINING
        .iter()
        .find(|(candidate, _)| *candidate == locale)
        .map_or("", |(_, text)| text)
}

/// All the training text of `locale`: the sentences written for Faro, then the packaged text
/// when there is some.
pub(crate) fn training_texts(locale: Locale) -> Vec<&'static str> {
    let packaged = PACKAGED
        .iter()
        .filter(|(candidate, _)| *candidate == locale)
        .map(|(_, text)| without_comments(text));
    std::iter::once(training_text(locale))
        .chain(packaged)
        .collect()
}

/// `text` from its first line that is not a `#` comment (the packaged files start with one
/// naming their source).
pub(crate) fn without_comments(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with('#') {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_frequencies_become_counts() {
        let counts = word_counts(Locale::Pt, 100_000.0);
        let of = |word: &str| counts.iter().find(|(w, _)| *w == word).map(|(_, n)| *n);
        // "de" is at 132 cB: 10^-1.32 of 100,000 words.
        assert_eq!(of("de"), Some(4786));
        assert!(of("não") > of("casa"));
        assert!(counts.iter().all(|(_, times)| *times > 0));
        assert!(word_counts(Locale::Ht, 100_000.0).is_empty());
    }

    #[test]
    fn packaged_text_is_read_without_its_source_line() {
        for (locale, text) in PACKAGED {
            assert!(text.starts_with('#'), "{locale}");
            let texts = training_texts(locale);
            assert_eq!(texts.len(), 2, "{locale}");
            assert!(
                !texts[1].starts_with('#') && !texts[1].is_empty(),
                "{locale}"
            );
        }
        assert_eq!(training_texts(Locale::Ht).len(), 1);
    }

    #[test]
    fn every_locale_has_training_text_in_table_order() {
        for (index, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(TRAINING[index].0, *locale);
            assert!(training_text(*locale).len() > 2_000, "{locale}");
        }
    }
}
