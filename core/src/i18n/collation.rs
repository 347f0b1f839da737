//! Names in the order their readers expect (the country and language lists people choose
//! from): ICU's collation for the page's locale (ICU4X, with its data compiled in), so that
//! Spanish puts "Ñ" after "N", Persian puts پ after ب and و before ه, Arabic ه before و, and
//! Chinese sorts by pinyin. Matching typed text is a different job: see
//! [`crate::text_fold`].

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale as IcuLocale;

use crate::locale::Locale;
use crate::text_fold::fold_accents;

/// The collator for `locale`; ICU's root order when the locale has no tailoring of its own.
fn collator(locale: Locale) -> Option<CollatorBorrowed<'static>> {
    let icu: IcuLocale = locale.tag().parse().ok()?;
    match Collator::try_new(CollatorPreferences::from(&icu), CollatorOptions::default()) {
        Ok(collator) => Some(collator),
        Err(error) => {
            tracing::warn!(locale = locale.tag(), %error, "no collation data; names sorted by code point");
            None
        }
    }
}

/// Sorts `items` by the name `name` gives each, as readers of `locale` expect.
pub fn sort_by_name<T>(locale: Locale, items: &mut [T], name: impl Fn(&T) -> &str) {
    match collator(locale) {
        Some(collator) => items.sort_by(|a, b| collator.compare(name(a), name(b))),
        // Never with the compiled data; still a stable, case- and accent-blind order.
        None => items.sort_by(|a, b| fallback(name(a), name(b))),
    }
}

fn fallback(a: &str, b: &str) -> Ordering {
    fold_accents(&a.to_lowercase()).cmp(&fold_accents(&b.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: Locale, names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        sort_by_name(locale, &mut names, String::as_str);
        names
    }

    #[test]
    fn every_locale_has_a_collator() {
        for locale in Locale::ALL {
            assert!(collator(locale).is_some(), "{locale:?}");
        }
    }

    #[test]
    fn spanish_puts_enye_after_n_and_ignores_accents() {
        assert_eq!(
            sorted(
                Locale::Es,
                &[
                    "Ñuñoa",
                    "Nicaragua",
                    "Oman",
                    "Níger",
                    "México",
                    "Ecuador",
                    "Eritrea",
                    "Égypte"
                ]
            ),
            [
                "Ecuador",
                "Égypte",
                "Eritrea",
                "México",
                "Nicaragua",
                "Níger",
                "Ñuñoa",
                "Oman"
            ]
        );
    }

    #[test]
    fn french_ignores_accents_and_case() {
        assert_eq!(
            sorted(
                Locale::Fr,
                &[
                    "Équateur",
                    "Érythrée",
                    "cuba",
                    "Éthiopie",
                    "Haïti",
                    "Egypte"
                ]
            ),
            [
                "cuba",
                "Egypte",
                "Équateur",
                "Érythrée",
                "Éthiopie",
                "Haïti"
            ]
        );
    }

    #[test]
    fn persian_follows_its_alphabet_and_ignores_the_joiner() {
        // پ after ب, ک and گ before ل, و before ه, ی last; ZWNJ ignored.
        assert_eq!(
            sorted(
                Locale::Fa,
                &[
                    "گینه",
                    "پرو",
                    "یمن",
                    "برزیل",
                    "کوبا",
                    "لبنان",
                    "سری‌لانکا",
                    "هند",
                    "ونزوئلا"
                ]
            ),
            [
                "برزیل",
                "پرو",
                "سری‌لانکا",
                "کوبا",
                "گینه",
                "لبنان",
                "ونزوئلا",
                "هند",
                "یمن"
            ]
        );
    }

    #[test]
    fn arabic_puts_heh_before_waw() {
        assert_eq!(
            sorted(Locale::Ar, &["ونزويلا", "هايتي", "اليمن", "بيرو", "غينيا"]),
            ["اليمن", "بيرو", "غينيا", "هايتي", "ونزويلا"]
        );
    }

    #[test]
    fn chinese_sorts_by_pinyin() {
        // 阿富汗 Afuhan, 巴西 Baxi, 古巴 Guba, 海地 Haiti, 墨西哥 Moxige, 也门 Yemen: in code
        // point order 也 (U+4E5F) would come first.
        assert_eq!(
            sorted(
                Locale::ZhHans,
                &["也门", "墨西哥", "古巴", "阿富汗", "海地", "巴西"]
            ),
            ["阿富汗", "巴西", "古巴", "海地", "墨西哥", "也门"]
        );
    }
}
