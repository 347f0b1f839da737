//! What operators read, from Fluent: `translations/<locale>/operators.ftl`, keys `op-…` by
//! area (`op-signin-`, `op-staff-`, `op-admin-`, `op-api-`; `op-error-` and `op-nav-` for
//! what every page shares). The file exists in English only for now. Core's bundles fall back
//! along each locale's chain to English, so operator pages in any locale read English wherever
//! their locale has no string of its own. A key that no locale has shows as the key itself,
//! with a warning in the log, never a failure; the tests below hold every key the code and the
//! templates use to the English file, and the file to them.

use std::fmt;
use std::sync::Arc;

use faro_core::i18n::{Arg, Translations};
use faro_core::{App, Locale};

/// The file of each locale's folder that holds them.
pub const FILE: &str = "operators.ftl";

/// The locale operator pages ask for. Operators read Spanish, English or French (DESIGN.md);
/// until operators.ftl is translated and an operator can choose, every page asks for English.
const LOCALE: Locale = Locale::En;

/// A key every operators.ftl has: where it is found is where the operator strings come from.
const PROBE: &str = "op-brand";

/// Operator strings in one locale, cheap to clone into every page.
#[derive(Clone)]
pub struct OperatorStrings {
    translations: Arc<Translations>,
    locale: Locale,
}

impl OperatorStrings {
    pub fn new(app: &App) -> Self {
        OperatorStrings::in_locale(app.translations.clone(), LOCALE)
    }

    /// Strings asked for in `locale`, each falling back along its chain to English.
    pub fn in_locale(translations: Arc<Translations>, locale: Locale) -> Self {
        OperatorStrings {
            translations,
            locale,
        }
    }

    /// The page's language: the nearest locale along the chain that has operator strings,
    /// which is what the page is mostly written in.
    pub fn lang(&self) -> &'static str {
        self.shown().tag()
    }

    pub fn dir(&self) -> &'static str {
        self.shown().direction().as_str()
    }

    fn shown(&self) -> Locale {
        self.translations
            .resolve(self.locale, PROBE)
            .unwrap_or(Locale::SOURCE)
    }

    pub fn get(&self, key: &str) -> String {
        self.format(key, &[])
    }

    pub fn with(&self, key: &str, name: &str, value: &str) -> String {
        self.format(key, &[(name, Arg::from(value))])
    }

    pub fn format(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.translations.format(self.locale, key, args).text
    }

    /// A string that holds HTML tags of its own (`<code>` in a hint), for `|safe` in a
    /// template. Only for strings without arguments, so nothing from a request is in it; the
    /// translation files are part of the code and reviewed like it.
    pub fn markup(&self, key: &str) -> String {
        self.get(key)
    }

    /// A declared language as the operator knows it: Faro's own locales by their native name,
    /// others by their `language-xx` string; `None` when no string names it.
    pub fn language_name(&self, tag: &str) -> Option<String> {
        self.translations.language_name(self.locale, tag)
    }

    pub fn say(&self, said: &Said) -> String {
        let args: Vec<(&str, Arg<'_>)> = said
            .args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        self.format(said.key, &args)
    }
}

/// A sentence to be said once the strings are at hand: an error's message travels from the
/// handler that refuses to the face (page or JSON) that shows it.
#[derive(Clone, Debug)]
pub struct Said {
    key: &'static str,
    args: Vec<(&'static str, Arg<'static>)>,
}

impl Said {
    pub fn new(key: &'static str) -> Self {
        Said {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg<'static>>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    #[cfg(test)]
    pub fn key(&self) -> &'static str {
        self.key
    }
}

/// For logs: the key and its arguments.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key)?;
        for (name, value) in &self.args {
            match value {
                Arg::Str(text) => write!(f, " {name}={text:?}")?,
                Arg::Number(number) => write!(f, " {name}={number}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::*;

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn strings(locale: Locale) -> OperatorStrings {
        let translations = Translations::load(&repo().join("translations")).unwrap();
        OperatorStrings::in_locale(Arc::new(translations), locale)
    }

    /// Every `op-…` key written in the files under `dir` with one of `extensions`.
    fn keys_used(dir: &Path, extensions: &[&str], found: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                keys_used(&path, extensions, found);
                continue;
            }
            if !path
                .extension()
                .is_some_and(|ext| extensions.iter().any(|wanted| ext == *wanted))
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Tests may name keys that do not exist; only the code's own count.
            let text = text
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            for (start, _) in text.match_indices("\"op-") {
                let rest = &text[start + 1..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                    .unwrap_or(rest.len());
                found.insert(rest[..end].to_owned());
            }
        }
    }

    #[test]
    fn every_key_the_code_uses_is_in_english_and_every_english_key_is_used() {
        let web = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        keys_used(&web.join("src/operators"), &["rs"], &mut used);
        keys_used(&web.join("templates/operators"), &["html"], &mut used);
        let english: BTreeSet<String> =
            faro_core::i18n::locale_files(&repo().join("translations"), Locale::En)
                .unwrap()
                .into_iter()
                .filter(|file| file.name == FILE)
                .flat_map(|file| file.keys)
                .collect();
        let missing: Vec<_> = used.difference(&english).collect();
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(missing.is_empty(), "used but not in en/{FILE}: {missing:?}");
        assert!(unused.is_empty(), "in en/{FILE} but never used: {unused:?}");
    }

    #[test]
    fn every_locale_reads_english_until_it_has_operator_strings() {
        for locale in Locale::ALL {
            let strings = strings(locale);
            assert_eq!(strings.get("op-signin-title"), "Sign in", "{locale}");
            assert_eq!(strings.lang(), "en", "{locale}");
            assert_eq!(strings.dir(), "ltr", "{locale}");
        }
    }

    #[test]
    fn a_missing_key_shows_as_itself() {
        assert_eq!(strings(Locale::Es).get("op-nowhere"), "op-nowhere");
    }

    #[test]
    fn said_sentences_keep_their_arguments_until_said() {
        let said = Said::new("op-admin-campaign-title").with("slug", "rainy-season");
        assert_eq!(said.key(), "op-admin-campaign-title");
        assert_eq!(
            said.to_string(),
            "op-admin-campaign-title slug=\"rainy-season\""
        );
        assert_eq!(strings(Locale::En).say(&said), "Campaign rainy-season");
        let count = Said::new("op-admin-audit-intro").with("shown", 500);
        assert_eq!(
            strings(Locale::Fr).say(&count),
            "The newest 500 entries, newest first."
        );
    }
}
