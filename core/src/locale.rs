//! The sixteen locales Faro speaks, with their native names, script direction and fallback chains.
//!
//! The table is the one place that says which locales exist; adding one means a row here, a
//! `translations/<tag>/faro.ftl` and the content pages (see README).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    Es,
    Fr,
    Pt,
    Ht,
    Fa,
    Ps,
    Ar,
    Ur,
    Hi,
    Bn,
    Ne,
    ZhHans,
    Am,
    Ti,
    So,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One row of the locale table.
#[derive(Debug)]
pub struct LocaleInfo {
    pub locale: Locale,
    /// BCP 47 tag, as used in URLs, file names and `lang` attributes.
    pub tag: &'static str,
    /// The language's name in its own language and script.
    pub native_name: &'static str,
    /// The language's name in English, for logs and operators.
    pub english_name: &'static str,
    pub direction: Direction,
    /// Locales tried, in order, when a text is missing; `en` is always appended last.
    pub fallback: &'static [Locale],
}

use Direction::{Ltr, Rtl};
use Locale::*;

/// Fallbacks follow what readers of each language are most likely to read as well:
/// Haitian Creole speakers French, Brazilians and Portuguese speakers Spanish in this region,
/// Pashto speakers Dari/Persian, Nepali speakers Hindi (same script), Tigrinya speakers
/// Amharic (same script).
#[rustfmt::skip]
pub static LOCALES: [LocaleInfo; 16] = [
    LocaleInfo { locale: En, tag: "en", native_name: "English", english_name: "English", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Es, tag: "es", native_name: "Español", english_name: "Spanish", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Fr, tag: "fr", native_name: "Français", english_name: "French", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Pt, tag: "pt", native_name: "Português", english_name: "Portuguese", direction: Ltr, fallback: &[Es] },
    LocaleInfo { locale: Ht, tag: "ht", native_name: "Kreyòl ayisyen", english_name: "Haitian Creole", direction: Ltr, fallback: &[Fr] },
    LocaleInfo { locale: Fa, tag: "fa", native_name: "فارسی", english_name: "Persian", direction: Rtl, fallback: &[] },
    LocaleInfo { locale: Ps, tag: "ps", native_name: "پښتو", english_name: "Pashto", direction: Rtl, fallback: &[Fa] },
    LocaleInfo { locale: Ar, tag: "ar", native_name: "العربية", english_name: "Arabic", direction: Rtl, fallback: &[] },
    LocaleInfo { locale: Ur, tag: "ur", native_name: "اردو", english_name: "Urdu", direction: Rtl, fallback: &[] },
    LocaleInfo { locale: Hi, tag: "hi", native_name: "हिन्दी", english_name: "Hindi", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Bn, tag: "bn", native_name: "বাংলা", english_name: "Bengali", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Ne, tag: "ne", native_name: "नेपाली", english_name: "Nepali", direction: Ltr, fallback: &[Hi] },
    LocaleInfo { locale: ZhHans, tag: "zh-Hans", native_name: "简体中文", english_name: "Chinese (Simplified)", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Am, tag: "am", native_name: "አማርኛ", english_name: "Amharic", direction: Ltr, fallback: &[] },
    LocaleInfo { locale: Ti, tag: "ti", native_name: "ትግርኛ", english_name: "Tigrinya", direction: Ltr, fallback: &[Am] },
    LocaleInfo { locale: So, tag: "so", native_name: "Soomaali", english_name: "Somali", direction: Ltr, fallback: &[] },
];

impl Locale {
    pub const ALL: [Locale; 16] = [
        En, Es, Fr, Pt, Ht, Fa, Ps, Ar, Ur, Hi, Bn, Ne, ZhHans, Am, Ti, So,
    ];

    /// The locale every chain ends in and every key must exist in.
    pub const SOURCE: Locale = En;

    pub fn info(self) -> &'static LocaleInfo {
        &LOCALES[self as usize]
    }

    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    pub fn direction(self) -> Direction {
        self.info().direction
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Rtl
    }

    /// `text` kept left to right inside a right-to-left sentence: a time range, a date or a
    /// phone number has no strongly directional character, so in Farsi `09:00–14:00` would read
    /// `14:00–09:00`, `2026-11-20` would read `20-11-2026` and `+52…` would put its plus sign at
    /// the end. Left-to-right locales get the text as it is.
    pub fn keep_ltr(self, text: &str) -> String {
        if self.is_rtl() {
            format!("\u{2066}{text}\u{2069}")
        } else {
            text.to_owned()
        }
    }

    /// What joins clauses that hold lists of their own (one opening-hours rule from the
    /// next): the semicolon of the locale's script.
    pub fn clause_separator(self) -> &'static str {
        match self {
            Fa | Ps | Ar | Ur => "؛ ",
            ZhHans => "；",
            _ => "; ",
        }
    }

    /// What joins the items of a list: the comma of the locale's script.
    pub fn list_separator(self) -> &'static str {
        match self {
            Fa | Ps | Ar | Ur => "، ",
            ZhHans => "、",
            Am | Ti => "፣ ",
            _ => ", ",
        }
    }

    /// The locale itself, then its fallbacks, ending in `en` (never repeated).
    pub fn chain(self) -> impl Iterator<Item = Locale> {
        let info = self.info();
        let tail = if self == En { None } else { Some(En) };
        std::iter::once(self)
            .chain(info.fallback.iter().copied())
            .chain(tail)
    }

    /// Parses a tag exactly as Faro writes it (`zh-Hans`), and also the common spellings a
    /// client may send (`zh_hans`, `ZH-HANS`, `zh-CN`, `pt-BR`, `fa-IR`): region subtags are
    /// ignored, and a bare `zh` means Simplified Chinese.
    pub fn from_language_code(code: &str) -> Option<Locale> {
        let normalized = code.trim().replace('_', "-").to_ascii_lowercase();
        if let Some(exact) = LOCALES
            .iter()
            .find(|info| info.tag.eq_ignore_ascii_case(&normalized))
        {
            return Some(exact.locale);
        }
        let primary = normalized.split('-').next().unwrap_or_default();
        match primary {
            "zh" => {
                let traditional = normalized.contains("hant")
                    || normalized.ends_with("-tw")
                    || normalized.ends_with("-hk");
                (!traditional).then_some(ZhHans)
            }
            // Dari is written as Persian.
            "prs" => Some(Fa),
            _ => LOCALES
                .iter()
                .find(|info| info.tag == primary)
                .map(|info| info.locale),
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown locale {0:?}; known: en es fr pt ht fa ps ar ur hi bn ne zh-Hans am ti so")]
pub struct UnknownLocale(pub String);

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Strict: only the sixteen tags exactly as written in the table. URLs and file names use
    /// this; lenient matching of client hints is `from_language_code`.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        LOCALES
            .iter()
            .find(|info| info.tag == tag)
            .map(|info| info.locale)
            .ok_or_else(|| UnknownLocale(tag.to_owned()))
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(deserializer)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_match_enum_order() {
        for (index, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(LOCALES[index].locale, *locale);
            assert_eq!(locale.tag().parse::<Locale>(), Ok(*locale));
        }
    }

    #[test]
    fn exactly_four_locales_are_right_to_left() {
        let rtl: Vec<_> = Locale::ALL
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.tag())
            .collect();
        assert_eq!(rtl, ["fa", "ps", "ar", "ur"]);
    }

    #[test]
    fn every_chain_starts_with_itself_and_ends_in_english_once() {
        for locale in Locale::ALL {
            let chain: Vec<_> = locale.chain().collect();
            assert_eq!(chain.first(), Some(&locale));
            assert_eq!(chain.last(), Some(&Locale::En));
            assert_eq!(chain.iter().filter(|l| **l == Locale::En).count(), 1);
        }
        assert_eq!(Ht.chain().collect::<Vec<_>>(), [Ht, Fr, En]);
    }

    #[test]
    fn client_language_codes_map_leniently() {
        assert_eq!(Locale::from_language_code("pt-BR"), Some(Pt));
        assert_eq!(Locale::from_language_code("zh-hans"), Some(ZhHans));
        assert_eq!(Locale::from_language_code("zh"), Some(ZhHans));
        assert_eq!(Locale::from_language_code("zh-TW"), None);
        assert_eq!(Locale::from_language_code("FA_ir"), Some(Fa));
        assert_eq!(Locale::from_language_code("de"), None);
        assert_eq!(Locale::from_language_code(""), None);
    }

    #[test]
    fn strict_parse_rejects_variants() {
        assert!("zh".parse::<Locale>().is_err());
        assert!("EN".parse::<Locale>().is_err());
        assert!("../etc".parse::<Locale>().is_err());
    }
}
