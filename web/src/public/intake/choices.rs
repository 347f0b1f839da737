//! The answers the questions offer, labelled for the page: the lists themselves are core's
//! (`faro_core::intake::choices`), shared with the bot so that both ask the same questions.

use faro_core::Locale;
use faro_core::country::CountryCode;
use faro_core::i18n::collation::sort_by_name;
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
    sort_by_name(tr.locale(), &mut choices, |choice| &choice.label);
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
    sort_by_name(tr.locale(), &mut choices, |choice| &choice.label);
    choices
}
