//! UI strings: one Fluent bundle per locale, loaded from `translations/<tag>/*.ftl`.
//!
//! Isolation marks: Fluent wraps every placeable in U+2068/U+2069 by default. They count toward
//! Telegram's length limit, break exact comparisons and some fonts draw them, so bundles are
//! built with isolation off and [`Translations::format`] adds the marks only around a string
//! argument whose direction differs from the locale's (a Latin place name inside Persian text),
//! which is the case they exist for.

mod args;
pub mod collation;
mod files;
mod header;
mod load;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

pub use args::Arg;
pub use files::{FtlFile, locale_files};
pub use header::parse_status_header;
pub use load::LoadError;

/// The `.ftl` files of one locale folder in load order (`faro.ftl` first), for `faro check`.
pub fn ftl_files_for_check(folder: &Path) -> Result<Vec<PathBuf>, LoadError> {
    load::ftl_files(folder)
}

use crate::locale::Locale;
use crate::translation_status::TranslationStatus;

type Bundle = FluentBundle<FluentResource>;

struct LocaleStrings {
    bundle: Bundle,
    status: TranslationStatus,
}

/// All UI strings of all locales. Cheap to share behind an `Arc`; `Send + Sync`.
pub struct Translations {
    locales: HashMap<Locale, LocaleStrings>,
    dir: PathBuf,
}

/// A formatted string and the locale it actually came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub locale: Locale,
}

impl Translations {
    /// Loads every locale's folder. Any syntax error or unreadable file is an error here: the
    /// server must not start with half its strings (run `faro check` for the full list).
    pub fn load(dir: &Path) -> Result<Self, LoadError> {
        load::load_dir(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn status(&self, locale: Locale) -> Option<&TranslationStatus> {
        self.locales.get(&locale).map(|strings| &strings.status)
    }

    pub fn has(&self, locale: Locale, key: &str) -> bool {
        self.locales
            .get(&locale)
            .is_some_and(|strings| strings.bundle.has_message(key))
    }

    /// The locale along `locale`'s fallback chain that has `key`.
    pub fn resolve(&self, locale: Locale, key: &str) -> Option<Locale> {
        locale.chain().find(|candidate| self.has(*candidate, key))
    }

    /// A declared language as a reader of `locale` knows it: Faro's own locales by their
    /// native name, others by their `language-xx` string; `None` when no string names it.
    pub fn language_name(&self, locale: Locale, tag: &str) -> Option<String> {
        if let Ok(own) = tag.parse::<Locale>() {
            return Some(own.native_name().to_owned());
        }
        let key = format!("language-{tag}");
        self.resolve(locale, &key).map(|_| self.text(locale, &key))
    }

    /// Formats `key` with `args`, falling back along the locale chain. A key that no locale
    /// has yields the key itself (and a warning in the log), never a panic.
    pub fn format(&self, locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> Text {
        let Some(found) = self.resolve(locale, key) else {
            tracing::warn!(key, locale = %locale, "UI string missing in every locale of the chain");
            return Text {
                text: key.to_owned(),
                locale: Locale::SOURCE,
            };
        };
        let bundle = &self.locales[&found].bundle;
        let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
            tracing::warn!(key, locale = %found, "UI string has no value (attributes only)");
            return Text {
                text: key.to_owned(),
                locale: found,
            };
        };
        let fluent_args = args::to_fluent(found, args);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(key, locale = %found, ?errors, "UI string formatted with errors");
        }
        Text {
            text: text.into_owned(),
            locale: found,
        }
    }

    /// Shorthand for a string without arguments when the caller does not need to know the
    /// locale it came from.
    pub fn text(&self, locale: Locale, key: &str) -> String {
        self.format(locale, key, &[]).text
    }
}

#[cfg(test)]
mod tests;
