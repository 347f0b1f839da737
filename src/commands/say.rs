//! What the operators' commands print, in the operator's language: `--lang`, else `FARO_LANG`,
//! else the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `es_MX.UTF-8` is Spanish), else the
//! instance's `operator_language`. The sentences are the web pages' (`operators.ftl`, keys
//! `op-cli-…` for the command line's own), so an account's role or a password refusal reads
//! the same in a terminal and on `/account`. Errors the operator can act on are said here;
//! faults of the machine (a database that cannot be opened) keep their own words.

use std::sync::Arc;

use anyhow::{Context, anyhow};
use faro_core::accounts::{AccountError, PasswordProblem};
use faro_core::i18n::{Arg, Translations};
use faro_core::intake::IntakeError;
use faro_core::zone::Zone;
use faro_core::{Config, Locale, locale_choice};
use faro_web::OperatorStrings;

/// The environment variables asked, in order, after `--lang`.
const LANGUAGE_VARIABLES: [&str; 4] = ["FARO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

pub struct Say {
    tr: OperatorStrings,
}

impl Say {
    /// Loads the translations the configuration names and picks the language.
    pub fn new(config: &Config, flag: Option<&str>) -> anyhow::Result<Say> {
        let translations = Translations::load(&config.translations_dir).with_context(|| {
            format!(
                "reading the translations in {} (set FARO_TRANSLATIONS_DIR)",
                config.translations_dir.display()
            )
        })?;
        let locale = choose(
            flag,
            |name| std::env::var(name).ok(),
            config.operator_language,
        );
        let zone = Zone::parse(&config.operator_time_zone).unwrap_or_else(|_| Zone::utc());
        Ok(Say {
            tr: OperatorStrings::in_locale(Arc::new(translations), locale, zone),
        })
    }

    pub fn strings(&self) -> &OperatorStrings {
        &self.tr
    }

    pub fn get(&self, key: &str) -> String {
        self.tr.get(key)
    }

    pub fn line(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.tr.format(key, args)
    }

    /// An error whose whole message is one sentence.
    pub fn error(&self, key: &str, args: &[(&str, Arg<'_>)]) -> anyhow::Error {
        anyhow!(self.line(key, args))
    }

    /// An account refusal in the operator's words; other failures as they are.
    pub fn account_error(&self, error: AccountError) -> anyhow::Error {
        let key = match &error {
            AccountError::BadName => "op-cli-bad-name",
            AccountError::WeakPassword(problem) => match problem {
                PasswordProblem::TooShort => "op-password-too-short",
                PasswordProblem::Repeated => "op-password-repeated",
                PasswordProblem::Sequence => "op-password-sequence",
                PasswordProblem::Common => "op-password-common",
            },
            AccountError::NameTaken(name) => {
                return self.error("op-cli-name-taken", &[("name", name.as_str().into())]);
            }
            AccountError::NoSuchUser => "op-cli-no-such-user",
            _ => return error.into(),
        };
        anyhow!(self.get(key))
    }

    /// An interpreter refusal in the operator's words; other failures as they are.
    pub fn intake_error(&self, error: IntakeError) -> anyhow::Error {
        match &error {
            IntakeError::BadLanguage(tag) => {
                self.error("op-cli-bad-language", &[("tag", format!("{tag:?}").into())])
            }
            IntakeError::BadName => anyhow!(self.get("op-cli-interpreter-bad-name")),
            _ => error.into(),
        }
    }

    pub fn yes_no(&self, yes: bool) -> String {
        self.get(if yes { "op-cli-yes" } else { "op-cli-no" })
    }

    /// A tab-separated heading line from column keys.
    pub fn columns(&self, keys: &[&str]) -> String {
        keys.iter()
            .map(|key| self.get(key))
            .collect::<Vec<_>>()
            .join("\t")
    }
}

/// The first of `--lang` and the variables that names one of Faro's locales, else `default`.
fn choose(flag: Option<&str>, var: impl Fn(&str) -> Option<String>, default: Locale) -> Locale {
    flag.and_then(locale_choice::from_posix)
        .or_else(|| {
            LANGUAGE_VARIABLES
                .iter()
                .find_map(|name| var(name).as_deref().and_then(locale_choice::from_posix))
        })
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn the_flag_then_faro_lang_then_the_posix_locale_then_the_instance() {
        let all = [
            ("FARO_LANG", "fr"),
            ("LC_ALL", "en_US.UTF-8"),
            ("LANG", "es_MX.UTF-8"),
        ];
        assert_eq!(choose(Some("en"), env(&all), Locale::Es), Locale::En);
        assert_eq!(choose(None, env(&all), Locale::Es), Locale::Fr);
        assert_eq!(choose(None, env(&all[1..]), Locale::Es), Locale::En);
        assert_eq!(choose(None, env(&all[2..]), Locale::En), Locale::Es);
        // C and unknown languages name none: the next source, then the instance's.
        assert_eq!(
            choose(Some("klingon"), env(&[("LANG", "C.UTF-8")]), Locale::Fr),
            Locale::Fr
        );
        assert_eq!(
            choose(
                None,
                env(&[("LC_ALL", "C"), ("LANG", "fr_CA.UTF-8")]),
                Locale::Es
            ),
            Locale::Fr
        );
    }
}
