//! UI strings for one page in one locale, remembering whether any came from another locale
//! so the page can say so.

use std::cell::Cell;

use faro_core::Locale;
use faro_core::content::hours::{self, OpeningHours};
use faro_core::country::CountryCode;
use faro_core::i18n::{Arg, Translations};

pub struct Tr<'a> {
    translations: &'a Translations,
    locale: Locale,
    fell_back_to: Cell<Option<Locale>>,
}

impl<'a> Tr<'a> {
    pub fn new(translations: &'a Translations, locale: Locale) -> Self {
        Tr {
            translations,
            locale,
            fell_back_to: Cell::new(None),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The locale of the first string that was not in the page's own locale, if any.
    pub fn fell_back_to(&self) -> Option<Locale> {
        self.fell_back_to.get()
    }

    pub fn get(&self, key: &str) -> String {
        self.format_args(key, &[])
    }

    pub fn with(&self, key: &str, name: &str, value: &str) -> String {
        self.format_args(key, &[(name, Arg::from(value))])
    }

    pub fn count(&self, key: &str, name: &str, value: f64) -> String {
        self.format_args(key, &[(name, Arg::from(value))])
    }

    /// `text` kept left to right inside a right-to-left sentence (`Locale::keep_ltr`).
    pub fn ltr(&self, text: &str) -> String {
        self.locale.keep_ltr(text)
    }

    /// Joins list items with the comma of the locale's script.
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.locale.list_separator())
    }

    /// An entry's opening hours in the page's language.
    pub fn hours(&self, hours: &[OpeningHours]) -> String {
        hours::describe(hours, self.locale, &|key, args| self.format_args(key, args))
    }

    /// `country-XX`, or the code itself for a country the strings do not name.
    pub fn country(&self, code: CountryCode) -> String {
        let key = format!("country-{}", code.as_str());
        if self.translations.resolve(self.locale, &key).is_some() {
            self.get(&key)
        } else {
            code.as_str().to_owned()
        }
    }

    /// A language tag from the directory: Faro's own locales by native name, others by the
    /// `language-xx` strings, anything else as the tag.
    pub fn language(&self, tag: &str) -> String {
        if let Ok(locale) = tag.parse::<Locale>() {
            return locale.native_name().to_owned();
        }
        let key = format!("language-{tag}");
        if self.translations.resolve(self.locale, &key).is_some() {
            self.get(&key)
        } else {
            tag.to_owned()
        }
    }

    pub fn format_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let text = self.translations.format(self.locale, key, args);
        if text.locale != self.locale && self.fell_back_to.get().is_none() {
            self.fell_back_to.set(Some(text.locale));
        }
        text.text
    }
}
