//! The answers the questions offer, labelled for the page: the lists themselves are core's
//! (`faro_core::intake::choices`), shared with the bot so that both ask the same questions.

use faro_core::Locale;
use faro_core::country::CountryCode;
use faro_core::intake::LanguageTag;
pub use faro_core::intake::choices::{offered_languages, origin_countries, other_languages};

use crate::public::tr::Tr;

/// One answer a question offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    /// The label's own language and direction when it is not the page's (native names).
    pub lang: Option<&'static str>,
    pub dir: Option<&'static str>,
    pub checked: bool,
}

/// The origin question's choices, by their name in the page's language.
pub fn country_choices(tr: &Tr<'_>, countries: &[CountryCode]) -> Vec<Choice> {
    let mut choices: Vec<Choice> = countries
        .iter()
        .map(|code| Choice {
            value: code.to_string(),
            label: tr.country(*code),
            lang: None,
            dir: None,
            checked: false,
        })
        .collect();
    choices.sort_by_cached_key(|choice| sort_key(&choice.label, tr.locale()));
    choices
}

/// The sixteen by their native names, each marked with its own language, in Faro's order.
pub fn locale_choices(checked: &[LanguageTag]) -> Vec<Choice> {
    Locale::ALL
        .iter()
        .map(|locale| Choice {
            value: locale.tag().to_owned(),
            label: locale.native_name().to_owned(),
            lang: Some(locale.tag()),
            dir: Some(locale.direction().as_str()),
            checked: checked.iter().any(|tag| tag.as_str() == locale.tag()),
        })
        .collect()
}

/// The other languages, by their name in the page's language.
pub fn other_language_choices(
    tr: &Tr<'_>,
    others: &[LanguageTag],
    checked: &[LanguageTag],
) -> Vec<Choice> {
    let mut choices: Vec<Choice> = others
        .iter()
        .map(|tag| Choice {
            value: tag.to_string(),
            label: tr.language(tag.as_str()),
            lang: None,
            dir: None,
            checked: checked.contains(tag),
        })
        .collect();
    choices.sort_by_cached_key(|choice| sort_key(&choice.label, tr.locale()));
    choices
}

/// Arabic-script letters in dictionary order (Persian's, with the letters Urdu and Pashto
/// add next to their base letters); Unicode's order puts پ چ ژ ک گ ی after the Arabic ones.
const ARABIC_SCRIPT_ORDER: &str = "آاأإٱبپتټٹثجچځڅحخدډڈذرړڑزژږسشښصضطظعغفقکكګگلمنڼںوؤهھۀةیيېۍئے";

/// A key that sorts names as a reader of `locale` expects closely enough for a list scanned
/// by eye: case, accents and invisible joiners aside, Arabic-script letters in dictionary
/// order (Arabic puts ه before و, Persian after).
fn sort_key(label: &str, locale: Locale) -> Vec<(u8, u32)> {
    label
        .chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}'))
        .flat_map(char::to_lowercase)
        .map(|c| {
            let c = fold_accent(c);
            match ARABIC_SCRIPT_ORDER.chars().position(|letter| letter == c) {
                Some(index) => {
                    let index = index as u32;
                    let heh = arabic_index('ه');
                    let waw = arabic_index('و');
                    // Arabic: …ن ه و ي; Persian, Urdu, Pashto: …ن و ه ی.
                    let index = match (locale, index) {
                        (Locale::Ar, i) if i == heh => waw,
                        (Locale::Ar, i) if i == waw => heh,
                        _ => index,
                    };
                    (1, index)
                }
                None => (0, u32::from(c)),
            }
        })
        .collect()
}

fn arabic_index(letter: char) -> u32 {
    ARABIC_SCRIPT_ORDER
        .chars()
        .position(|c| c == letter)
        .map_or(u32::MAX, |index| index as u32)
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(locale: Locale, names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        names.sort_by_cached_key(|name| sort_key(name, locale));
        names
    }

    #[test]
    fn names_sort_as_their_readers_expect() {
        assert_eq!(
            sorted(
                Locale::Fr,
                &["Équateur", "Érythrée", "Cuba", "Éthiopie", "Haïti"]
            ),
            ["Cuba", "Équateur", "Érythrée", "Éthiopie", "Haïti"]
        );
        // Persian: پ after ب, ک and گ before ل, ی last, the joiner ignored.
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
        assert_eq!(
            sorted(Locale::Ar, &["ونزويلا", "هايتي"]),
            ["هايتي", "ونزويلا"]
        );
    }
}
