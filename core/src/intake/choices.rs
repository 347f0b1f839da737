//! What the intake offers to choose from, shared by the bot and the kiosk so that both ask
//! the same questions and the figures count the same categories.

use crate::country::CountryCode;
use crate::locale::Locale;

use super::LanguageTag;

/// The countries offered at "Which country are you from?": the origins the seeds' reports
/// see most on the route, each with a `country-XX` name in every locale. Anything else is
/// answered with "prefer not to say" rather than typed, so no free text is ever kept.
pub const ORIGIN_COUNTRIES: &[&str] = &[
    "AF", "AO", "BD", "BR", "BZ", "CD", "CL", "CM", "CN", "CO", "CR", "CU", "DO", "EC", "ER", "ET",
    "GH", "GN", "GT", "HN", "HT", "IN", "IQ", "IR", "LK", "MX", "NG", "NI", "NP", "PA", "PE", "PK",
    "SN", "SO", "SV", "SY", "UZ", "VE", "YE",
];

/// Languages offered under "Another language", each with a `language-xx` name.
pub const OTHER_LANGUAGES: &[&str] = &[
    "wo", "pa", "ta", "si", "om", "sw", "ln", "ff", "ru", "uz", "tr", "ku",
];

/// [`ORIGIN_COUNTRIES`] as codes.
pub fn origin_countries() -> Vec<CountryCode> {
    ORIGIN_COUNTRIES
        .iter()
        .filter_map(|code| CountryCode::parse(code).ok())
        .collect()
}

/// [`OTHER_LANGUAGES`] as tags.
pub fn other_languages() -> Vec<LanguageTag> {
    OTHER_LANGUAGES
        .iter()
        .filter_map(|tag| LanguageTag::parse(tag).ok())
        .collect()
}

/// Every language the languages question offers: the sixteen, then the others.
pub fn offered_languages() -> Vec<LanguageTag> {
    Locale::ALL
        .into_iter()
        .map(language_of)
        .chain(other_languages())
        .collect()
}

/// Whether `tag` is one of the languages a person can choose: Faro's locales or the others.
pub fn is_offered_language(tag: &LanguageTag) -> bool {
    Locale::ALL
        .iter()
        .any(|locale| locale.tag() == tag.as_str())
        || OTHER_LANGUAGES.contains(&tag.as_str())
}

pub fn is_offered_origin(code: &str) -> bool {
    ORIGIN_COUNTRIES.contains(&code)
}

/// A locale's own tag as a declared language.
pub fn language_of(locale: Locale) -> LanguageTag {
    LanguageTag::parse(locale.tag()).unwrap_or_else(|_| unreachable!("locale tags are valid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_valid_and_every_locale_is_a_language() {
        for code in ORIGIN_COUNTRIES {
            assert!(CountryCode::parse(code).is_ok(), "{code}");
        }
        for tag in OTHER_LANGUAGES {
            assert!(is_offered_language(&LanguageTag::parse(tag).unwrap()));
        }
        for locale in Locale::ALL {
            assert!(is_offered_language(&language_of(locale)));
        }
        assert!(!is_offered_language(&LanguageTag::parse("xx").unwrap()));
    }
}
