//! The sentences of the operations commands (`faro backup`, `faro restore`), from
//! `translations/<locale>/operations.ftl`, in the operator's language: `FARO_LANG`, else the
//! system's (`LC_ALL`, `LC_MESSAGES`, `LANG`: `es_MX.UTF-8` reads Spanish), else English.

use std::path::Path;

use faro_core::Locale;
use faro_core::i18n::{Arg, Translations};

pub struct OperationsText {
    translations: Option<Translations>,
    locale: Locale,
}

impl OperationsText {
    /// Strings from `dir`, in the language `env` asks for. When the translations cannot be
    /// read, [`OperationsText::say`] gives `None` and the caller shows the error as it is.
    pub fn load(dir: &Path, env: impl IntoIterator<Item = (String, String)>) -> Self {
        OperationsText {
            translations: Translations::load(dir).ok(),
            locale: locale_from(env),
        }
    }

    pub fn say(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let translations = self.translations.as_ref()?;
        translations.resolve(self.locale, key)?;
        Some(translations.format(self.locale, key, args).text)
    }
}

/// The first of `FARO_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty names
/// the language; `es_MX.UTF-8` and `fr-CA` count as `es` and `fr`.
fn locale_from(env: impl IntoIterator<Item = (String, String)>) -> Locale {
    let env: Vec<(String, String)> = env.into_iter().collect();
    ["FARO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| {
            env.iter()
                .find(|(key, value)| key == name && !value.is_empty())
                .map(|(_, value)| value.clone())
        })
        .and_then(|value| {
            let language = value.split(['_', '-', '.', '@']).next().unwrap_or_default();
            language.to_ascii_lowercase().parse::<Locale>().ok()
        })
        .unwrap_or(Locale::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_language_comes_from_faro_lang_then_the_system() {
        assert_eq!(locale_from(env(&[("LANG", "es_MX.UTF-8")])), Locale::Es);
        assert_eq!(
            locale_from(env(&[("LANG", "es_MX.UTF-8"), ("FARO_LANG", "fr")])),
            Locale::Fr
        );
        assert_eq!(
            locale_from(env(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")])),
            Locale::Fr
        );
        assert_eq!(locale_from(env(&[("LANG", "C.UTF-8")])), Locale::En);
        assert_eq!(locale_from(env(&[])), Locale::En);
    }
}
