//! What operators read, from Fluent: `translations/<locale>/operators.ftl`, keys `op-…` by
//! area (`op-signin-`, `op-staff-`, `op-admin-`, `op-api-`; `op-error-`, `op-nav-`, `op-time-`
//! and `op-zone-` for what every page shares), complete in Spanish, English and French. A
//! request's strings are in the account's language if it picked one, else the first of the
//! browser's `Accept-Language` that Faro has, else the instance's `operator_language`; other
//! locales fall back along their chain (Haitian Creole to French, Portuguese to Spanish, the
//! rest to English). Times are shown and read on the account's zone's clock, else the
//! instance's `operator_time_zone`, in the order each language's `op-time-` patterns give.
//! A key that no locale has shows as the key itself, with a warning in the log, never a
//! failure; the tests below hold every key the code and the templates use to the English
//! file, and the file to them (`faro check` holds Spanish and French to English).

use std::fmt;
use std::sync::Arc;

use axum::http::{HeaderMap, header};
use faro_core::accounts::{Role, User};
use faro_core::content::EntryKind;
use faro_core::country::CountryCode;
use faro_core::i18n::{Arg, Translations};
use faro_core::locale_choice;
use faro_core::zone::Zone;
use faro_core::{App, Locale};

use super::time;

/// The file of each locale's folder that holds them.
pub const FILE: &str = "operators.ftl";

/// A key every operators.ftl has: where it is found is where the operator strings come from.
const PROBE: &str = "op-brand";

/// Operator strings in one locale, and times on one zone's clock; cheap to clone into every
/// page.
#[derive(Clone)]
pub struct OperatorStrings {
    translations: Arc<Translations>,
    locale: Locale,
    zone: Zone,
}

impl OperatorStrings {
    /// What one request reads: `user`'s picks where they made them, else the browser's
    /// language and the instance's defaults.
    pub fn for_request(app: &App, user: Option<&User>, headers: &HeaderMap) -> Self {
        let picked = user.map(|user| &user.preferences);
        let locale = picked
            .and_then(|preferences| preferences.language)
            .or_else(|| {
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .and_then(locale_choice::from_accept_language)
            })
            .unwrap_or(app.config.operator_language);
        // The configured zone was checked at start, and a stored one when it was picked.
        let zone = picked
            .and_then(|preferences| preferences.time_zone.as_deref())
            .and_then(|name| Zone::parse(name).ok())
            .or_else(|| Zone::parse(&app.config.operator_time_zone).ok())
            .unwrap_or_else(Zone::utc);
        OperatorStrings {
            translations: app.translations.clone(),
            locale,
            zone,
        }
    }

    /// Strings asked for in `locale`, each falling back along its chain to English, with
    /// times in `zone`.
    pub fn in_locale(translations: Arc<Translations>, locale: Locale, zone: Zone) -> Self {
        OperatorStrings {
            translations,
            locale,
            zone,
        }
    }

    /// The locale asked for (the account's, the browser's or the instance's).
    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn zone(&self) -> &Zone {
        &self.zone
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

    /// A directory entry's kind as readers name it (`kind-*`, the strings the public pages use).
    pub fn kind(&self, kind: EntryKind) -> String {
        self.get(&format!("kind-{}", kind.as_str()))
    }

    /// A country by its name, its code beside it ("México (MX)") because operators type the
    /// code in the forms; the code alone for a country no string names.
    pub fn country(&self, code: CountryCode) -> String {
        let key = format!("country-{}", code.as_str());
        match self.translations.resolve(self.locale, &key) {
            Some(_) => format!("{} ({code})", self.get(&key)),
            None => code.to_string(),
        }
    }

    /// An account's role as its holder reads it, with its scope.
    pub fn role(&self, role: &Role) -> String {
        match role {
            Role::Admin => self.get("op-role-admin"),
            Role::Publisher {
                country: Some(country),
            } => self.with("op-role-publisher", "country", &country.to_string()),
            Role::Publisher { country: None } => self.get("op-role-publisher-all"),
            Role::Staff { shelter } => self.with("op-role-staff", "shelter", shelter),
        }
    }

    /// A zone by its name in the operator's language when it is one of those offered, else
    /// by its IANA name.
    pub fn zone_name(&self, zone: &Zone) -> String {
        match zone.key_suffix() {
            Some(suffix) => self.get(&format!("{ZONE_PREFIX}{suffix}")),
            None => zone.name().to_owned(),
        }
    }

    /// A moment on the operator's clock, in their language's order, with the zone named:
    /// "01/12/2026 09:30 (Ciudad de México)".
    pub fn datetime(&self, unix: i64) -> String {
        let mut args = self.wall_args(unix);
        args.push(("zone", Arg::from(self.zone_name(&self.zone))));
        self.format("op-time-datetime", &args)
    }

    /// A moment on the operator's clock without the zone, for a column or range that names
    /// it once: "01/12/2026 09:30".
    pub fn datetime_plain(&self, unix: i64) -> String {
        self.format("op-time-datetime-plain", &self.wall_args(unix))
    }

    /// A string with the operator's zone's name as `$zone`, such as a column heading.
    pub fn with_zone(&self, key: &str) -> String {
        self.with(key, "zone", &self.zone_name(&self.zone))
    }

    /// The day of a moment on the operator's clock: "01/12/2026".
    pub fn date(&self, unix: i64) -> String {
        self.format("op-time-date", &self.wall_args(unix))
    }

    /// A `datetime-local` form value on the operator's clock.
    pub fn form_time(&self, unix: i64) -> String {
        time::form_value(&self.zone, unix)
    }

    /// A `datetime-local` form value read on the operator's clock.
    pub fn parse_form_time(&self, text: &str) -> Option<i64> {
        time::parse_form(&self.zone, text)
    }

    /// Zero-padded, as strings, so that no language's number formatting touches them.
    fn wall_args(&self, unix: i64) -> Vec<(&'static str, Arg<'static>)> {
        let wall = self.zone.wall(unix);
        vec![
            ("year", Arg::from(format!("{:04}", wall.year))),
            ("month", Arg::from(format!("{:02}", wall.month))),
            ("day", Arg::from(format!("{:02}", wall.day))),
            ("hour", Arg::from(format!("{:02}", wall.hour))),
            ("minute", Arg::from(format!("{:02}", wall.minute))),
        ]
    }
}

/// Before each offered zone's key suffix (`faro_core::zone::OFFERED`).
pub const ZONE_PREFIX: &str = "op-zone-";

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

    /// What programs match on: the key without its `op-` (`admin-bad-window`), as stable as
    /// the key.
    pub fn code(&self) -> &'static str {
        self.key.strip_prefix("op-").unwrap_or(self.key)
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

    /// The directory pages' and commands' strings, in a file of their own beside it (es, en,
    /// fr); the loader reads every file of a locale's folder.
    const DIRECTORY_FILE: &str = "directory-operators.ftl";

    fn repo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn strings(locale: Locale) -> OperatorStrings {
        strings_in(locale, Zone::utc())
    }

    fn strings_in(locale: Locale, zone: Zone) -> OperatorStrings {
        let translations = Translations::load(&repo().join("translations")).unwrap();
        OperatorStrings::in_locale(Arc::new(translations), locale, zone)
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
                // A prefix that keys are built from (`op-zone-`) is not a key.
                if !rest[..end].ends_with('-') {
                    found.insert(rest[..end].to_owned());
                }
            }
        }
    }

    #[test]
    fn every_key_the_code_uses_is_in_english_and_every_english_key_is_used() {
        let web = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        keys_used(&web.join("src/operators"), &["rs"], &mut used);
        keys_used(&web.join("templates/operators"), &["html"], &mut used);
        // The command line says its messages with these strings too.
        keys_used(&repo().join("src/commands"), &["rs"], &mut used);
        // The directory's form problems are named by the core (`FieldProblem::key`).
        keys_used(&repo().join("core/src/directory"), &["rs"], &mut used);
        // Built from the zone table rather than written out.
        used.extend(
            faro_core::zone::OFFERED
                .iter()
                .map(|(_, suffix)| format!("{ZONE_PREFIX}{suffix}")),
        );
        let english: BTreeSet<String> =
            faro_core::i18n::locale_files(&repo().join("translations"), Locale::En)
                .unwrap()
                .into_iter()
                // A feature's own operator strings (`relay-operators.ftl`) count as well.
                .filter(|file| file.name == FILE || file.name.ends_with("-operators.ftl"))
                .flat_map(|file| file.keys)
                .collect();
        let missing: Vec<_> = used.difference(&english).collect();
        let unused: Vec<_> = english.difference(&used).collect();
        assert!(
            missing.is_empty(),
            "used but not in en/{FILE} or en/{DIRECTORY_FILE}: {missing:?}"
        );
        assert!(
            unused.is_empty(),
            "in en/{FILE} or en/{DIRECTORY_FILE} but never used: {unused:?}"
        );
    }

    #[test]
    fn operators_read_spanish_english_or_french_and_other_locales_fall_back() {
        for locale in Locale::ALL {
            let strings = strings(locale);
            let (lang, title) = match locale {
                Locale::Es | Locale::Pt => ("es", "Iniciar sesión"),
                Locale::Fr | Locale::Ht => ("fr", "Connexion"),
                _ => ("en", "Sign in"),
            };
            assert_eq!(strings.get("op-signin-title"), title, "{locale}");
            assert_eq!(strings.lang(), lang, "{locale}");
            assert_eq!(strings.dir(), "ltr", "{locale}");
        }
    }

    #[test]
    fn times_read_on_the_operator_s_clock_in_their_language_s_order() {
        // 2026-12-01T15:30:00Z.
        let instant = 1_796_139_000;
        let mexico = Zone::parse("America/Mexico_City").unwrap();
        let panama = Zone::parse("America/Panama").unwrap();
        assert_eq!(
            strings_in(Locale::Es, mexico.clone()).datetime(instant),
            "01/12/2026 09:30 (Ciudad de México)"
        );
        assert_eq!(
            strings_in(Locale::Fr, panama.clone()).datetime(instant),
            "01/12/2026 10:30 (Panama)"
        );
        assert_eq!(
            strings_in(Locale::En, mexico.clone()).datetime(instant),
            "2026-12-01 09:30 (Mexico City)"
        );
        assert_eq!(strings_in(Locale::Es, panama).date(instant), "01/12/2026");
        // A configured zone outside the offered list is named as configured.
        let merida = Zone::parse("America/Merida").unwrap();
        assert_eq!(
            strings_in(Locale::Es, merida).datetime(instant),
            "01/12/2026 09:30 (America/Merida)"
        );
        let es = strings_in(Locale::Es, mexico);
        assert_eq!(es.form_time(instant), "2026-12-01T09:30");
        assert_eq!(es.parse_form_time("2026-12-01T09:30"), Some(instant));
    }

    #[test]
    fn roles_read_in_the_operator_s_language() {
        let es = strings(Locale::Es);
        assert_eq!(es.role(&Role::Admin), "administración");
        assert_eq!(
            es.role(&Role::Staff {
                shelter: "albergue-1".into()
            }),
            "personal del albergue albergue-1"
        );
        assert_eq!(
            strings(Locale::Fr).role(&Role::Publisher { country: None }),
            "publication (tous les pays)"
        );
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
            "Les 500 entrées les plus récentes, de la plus récente à la plus ancienne."
        );
    }
}
