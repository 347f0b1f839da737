//! The training text, compiled into the binary: nothing is read or downloaded at run time.
//!
//! `data/langid/train/` holds everyday sentences written for Faro in each of the sixteen
//! languages; `data/langid/other/` holds a little text in languages Faro does not serve but
//! that share the Latin script, so that German or Indonesian has a better home than the
//! nearest of the sixteen. Neither is taken from the content pack or the translations, and
//! neither overlaps the held-out sentences in `tests/langid/`.

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

/// Latin-script languages outside the sixteen, by ISO 639-1 code.
pub(crate) const OTHER_LATIN: [(&str, &str); 9] = [
    ("de", data!("other/de.txt")),
    ("id", data!("other/id.txt")),
    ("it", data!("other/it.txt")),
    ("nl", data!("other/nl.txt")),
    ("pl", data!("other/pl.txt")),
    ("ro", data!("other/ro.txt")),
    ("sw", data!("other/sw.txt")),
    ("tl", data!("other/tl.txt")),
    ("tr", data!("other/tr.txt")),
];

pub(crate) fn training_text(locale: Locale) -> &'static str {
    TRAINING
        .iter()
        .find(|(candidate, _)| *candidate == locale)
        .map_or("", |(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_training_text_in_table_order() {
        for (index, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(TRAINING[index].0, *locale);
            assert!(training_text(*locale).len() > 2_000, "{locale}");
        }
    }
}
