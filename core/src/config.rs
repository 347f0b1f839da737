//! Faro's one configuration, read once at start: command-line flags over `FARO_*` environment
//! variables over `faro.toml` over defaults that run as they are.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::secret::{Secret, redact_url};

/// Every setting, with the environment variable that sets it (`FARO_` + the field name in
/// upper case) and the key in `faro.toml` (the field name).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address and port the kiosk, staff pages and webhook listen on.
    #[serde(default = "defaults::listen")]
    pub listen: SocketAddr,
    /// `sqlite://data/faro.db` (created on first start) or a `postgres://` URL.
    #[serde(default = "defaults::database_url")]
    pub database_url: String,
    #[serde(default = "defaults::content_dir")]
    pub content_dir: PathBuf,
    #[serde(default = "defaults::translations_dir")]
    pub translations_dir: PathBuf,
    /// The address people reach the kiosk at, used in QR codes and links.
    #[serde(default = "defaults::public_url")]
    pub public_url: String,
    /// The bot is off unless this is set.
    #[serde(default)]
    pub telegram_token: Option<Secret>,
    #[serde(default = "defaults::telegram_api_url")]
    pub telegram_api_url: String,
    /// When set, Telegram delivers updates to this URL (served by the kiosk server) instead of
    /// the bot polling; needed for several instances.
    #[serde(default)]
    pub telegram_webhook_url: Option<String>,
    /// The bot's @username, for t.me links; asked from Telegram when not set.
    #[serde(default)]
    pub telegram_bot_username: Option<String>,
    /// Seconds without a touch before a kiosk screen returns to the language picker.
    #[serde(default = "defaults::kiosk_idle_seconds")]
    pub kiosk_idle_seconds: u32,
    /// Seconds between each instance's look at which campaign banners are live (one cheap
    /// query): a banner published or stopped shows or goes on every instance's pages within
    /// this (pages are cached, and browsers revalidate every page; see
    /// `web/src/public/cache.rs`).
    #[serde(default = "defaults::banner_check_seconds")]
    pub banner_check_seconds: u32,
    /// Days a self-declaration is kept before it is deleted.
    #[serde(default = "defaults::retention_days")]
    pub retention_days: u32,
    /// Telegram messages per second in all.
    #[serde(default = "defaults::send_rate_global")]
    pub send_rate_global: u32,
    /// Telegram messages per second to one chat.
    #[serde(default = "defaults::send_rate_per_chat")]
    pub send_rate_per_chat: u32,
    /// Whether a campaign needs approval by someone other than whoever submitted it.
    #[serde(default = "defaults::require_second_approver")]
    pub require_second_approver: bool,
    /// Whether the client address of a request is the last `X-Forwarded-For` entry (set this
    /// only behind a reverse proxy that appends it) rather than the connection's peer.
    #[serde(default)]
    pub trust_forwarded_for: bool,
    /// Interpreter requests one client address may start at one kiosk per hour (0: no limit).
    #[serde(default = "defaults::kiosk_intake_per_address")]
    pub kiosk_intake_per_address: u32,
    /// Interpreter requests one kiosk (a shelter's `/k/<id>/` pages, from every address)
    /// may start per hour (0: no limit).
    #[serde(default = "defaults::kiosk_intake_per_kiosk")]
    pub kiosk_intake_per_kiosk: u32,
    /// Passwords hashed or checked at once (sign-ins beyond a short queue are refused before
    /// any hashing); 0 means the number of cores.
    #[serde(default)]
    pub sign_in_concurrency: usize,
    /// Days a new API token lasts.
    #[serde(default = "defaults::api_token_days")]
    pub api_token_days: u32,
    /// Days a backup may be restored: erasures are remembered (as keyed hashes) this long so
    /// that a restore can replay them, and `faro restore` refuses older backups.
    #[serde(default = "defaults::backup_retention_days")]
    pub backup_retention_days: u32,
    /// How log lines are written to stderr: `text` for people, `json` for a log collector.
    #[serde(default)]
    pub log_format: LogFormat,
    /// The language of operator pages and messages for whoever has not picked one and whose
    /// browser asks for none of Faro's locales; also the command line's without `--lang`,
    /// `FARO_LANG` or `LANG`.
    #[serde(default = "defaults::operator_language")]
    pub operator_language: crate::Locale,
    /// The IANA time zone operator pages show and read times in, for accounts without their
    /// own.
    #[serde(default = "defaults::operator_time_zone")]
    pub operator_time_zone: String,
    /// Where `/metrics` (Prometheus' text format) is served: its own address, apart from
    /// `listen`, so that a reverse proxy in front of the site does not expose it; `off` for
    /// none. An address other than loopback needs `metrics_token`.
    #[serde(default = "defaults::metrics_listen")]
    pub metrics_listen: MetricsListen,
    /// When set, a scrape must send `Authorization: Bearer <token>` (401 otherwise).
    #[serde(default)]
    pub metrics_token: Option<Secret>,
    /// WhatsApp (Meta's Cloud API) is off unless this access token is set; the settings below
    /// are then required (see README's "WhatsApp").
    #[serde(default)]
    pub whatsapp_token: Option<Secret>,
    /// The business number's id in Meta's Cloud API: messages go to
    /// `{whatsapp_api_url}/{whatsapp_phone_number_id}/messages`.
    #[serde(default, deserialize_with = "digits::optional")]
    pub whatsapp_phone_number_id: Option<String>,
    /// The business number as people dial it (E.164, the `+` optional), for `wa.me` links.
    #[serde(default, deserialize_with = "digits::optional")]
    pub whatsapp_display_number: Option<String>,
    /// The Meta app's secret: every webhook call is signed with it (`X-Hub-Signature-256`).
    #[serde(default)]
    pub whatsapp_app_secret: Option<Secret>,
    /// The token Meta sends back when the webhook is registered (`hub.verify_token`).
    #[serde(default)]
    pub whatsapp_verify_token: Option<Secret>,
    /// Meta's Graph API with its version; tests point it at a fake on 127.0.0.1.
    #[serde(default = "defaults::whatsapp_api_url")]
    pub whatsapp_api_url: String,
    /// 64 hex digits (32 bytes): the key that encrypts people's WhatsApp numbers and keys
    /// their lookup hash. Never in the database; the same on every instance that shares one;
    /// lost, the numbers kept cannot be read again (README: keep it with the backups' keys).
    #[serde(default)]
    pub whatsapp_number_key: Option<Secret>,
    /// WhatsApp messages per second from the business number (Meta's default throughput is
    /// about 80).
    #[serde(default = "defaults::whatsapp_send_rate")]
    pub whatsapp_send_rate: u32,
    /// The approved template a campaign goes as to WhatsApp readers outside the 24-hour
    /// window, per reader's locale: `[whatsapp_templates.es] name = "faro_alerta"
    /// language = "es_MX"`. For a locale Meta has no template language for (ht, am, ti, so, ps,
    /// ne), a template in a bridge language (`language = "fr"` for ht): its one quick-reply
    /// button brings the campaign in the reader's own language. Readers of a locale without
    /// one are reached only inside the window (README's "WhatsApp").
    #[serde(default)]
    pub whatsapp_templates: std::collections::BTreeMap<crate::Locale, WhatsAppTemplate>,
    /// The approved template a notice with a button (an interpreter's new request) goes as to
    /// an interpreter on WhatsApp outside their 24-hour window: `[whatsapp_notice_template]
    /// name = "faro_solicitud" language = "es"`, one body variable (the notice on one line)
    /// and one quick-reply button, whose tap does what the notice's first button does
    /// (Accept). Interpreters read es, en or fr, so no bridge is needed. Without one, such an
    /// interpreter is told only inside their window (README's "WhatsApp").
    #[serde(default)]
    pub whatsapp_notice_template: Option<WhatsAppTemplate>,
    /// Unique people WhatsApp lets the number reach outside the 24-hour window in a rolling
    /// 24 hours (Meta's messaging limit tier: 250, 2000, 10000, 100000).
    #[serde(default = "defaults::whatsapp_daily_limit")]
    pub whatsapp_daily_limit: u32,
    /// Where synthetic speech is kept between starts, named by a hash of its words and voice
    /// (`crate::audio`); beside the default database.
    #[serde(default = "defaults::audio_cache_dir")]
    pub audio_cache_dir: PathBuf,
    /// The locales that get synthetic speech where no person recorded a page: a list (`["ht",
    /// "fa"]`, or `ht,fa` in the environment), empty for none. Decided by listening: only
    /// locales with an acceptable espeak-ng voice are accepted (never ps, ti or so).
    #[serde(
        default = "defaults::tts_locales",
        deserialize_with = "locale_list::deserialize"
    )]
    pub tts_locales: Vec<crate::Locale>,
    /// The pace of a locale's synthetic voice in espeak-ng's words a minute (its `-s`, 80 to
    /// 450), where listening found its default (175) wrong for the language: a table in
    /// `faro.toml` (`[tts_words_per_minute]` then `"zh-Hans" = 240`), `zh-Hans=240,ar=160` in
    /// the environment. A locale not named keeps espeak-ng's pace. Changing it makes that
    /// locale's clips again.
    #[serde(default, deserialize_with = "locale_paces::deserialize")]
    pub tts_words_per_minute: std::collections::BTreeMap<crate::Locale, u32>,
    /// Seconds a request waits for an interpreter at the person's shelter or city before
    /// remote interpreters who speak the language are told too.
    #[serde(default = "defaults::escalate_remote_after_seconds")]
    pub escalate_remote_after_seconds: u32,
    /// Seconds (from the request) after which, still without an interpreter, staff see that
    /// nobody answered and the person is told what happens next.
    #[serde(default = "defaults::escalate_staff_after_seconds")]
    pub escalate_staff_after_seconds: u32,
    /// The time to accept a request that the staff and figures pages count as answered in
    /// time ("share answered within the target"), in seconds.
    #[serde(default = "defaults::response_target_seconds")]
    pub response_target_seconds: u32,
}

/// An approved WhatsApp message template: its name and its language code as Meta names them.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhatsAppTemplate {
    pub name: String,
    pub language: String,
}

/// Faro's locales Meta has no template language for: their readers get a template in a
/// bridge language.
pub const WITHOUT_TEMPLATE_LANGUAGE: [crate::Locale; 6] = [
    crate::Locale::Ht,
    crate::Locale::Am,
    crate::Locale::Ti,
    crate::Locale::So,
    crate::Locale::Ps,
    crate::Locale::Ne,
];

impl WhatsAppTemplate {
    /// A name, and a language code as Meta writes them (`es`, `pt_BR`).
    fn is_well_formed(&self) -> bool {
        let language = self.language.as_str();
        !self.name.trim().is_empty()
            && (2..=6).contains(&language.len())
            && language
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '_')
    }

    /// Whether it is a bridge: in another language than the reader's, which Meta lacks.
    pub fn is_bridge_for(&self, locale: crate::Locale) -> bool {
        WITHOUT_TEMPLATE_LANGUAGE.contains(&locale)
    }
}

/// `metrics_listen`: an address and port, or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricsListen {
    Off,
    At(SocketAddr),
}

impl std::str::FromStr for MetricsListen {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        if raw.trim().eq_ignore_ascii_case("off") {
            return Ok(MetricsListen::Off);
        }
        raw.trim().parse().map(MetricsListen::At).map_err(|_| {
            format!("{raw:?} is neither an address with a port (127.0.0.1:9464) nor off")
        })
    }
}

impl<'de> Deserialize<'de> for MetricsListen {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// `metrics_listen` is not loopback and no `metrics_token` is set: the figures would be open
/// to whoever reaches that address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("metrics_listen {address} is not a loopback address and metrics_token is not set")]
pub struct MetricsWithoutToken {
    pub address: SocketAddr,
}

/// The log's line format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

impl std::str::FromStr for LogFormat {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        match raw {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            other => Err(format!("{other:?} is neither text nor json")),
        }
    }
}

/// The settings the command line can override; unset flags leave the lower layers alone.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translations_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_format: Option<LogFormat>,
}

/// A bearer token shorter than this is refused: it would be guessed.
const METRICS_TOKEN_MIN_CHARS: usize = 16;

/// Names of the settings, for reading only those from the environment (so that unrelated
/// `FARO_*` variables, such as the tests' `FARO_TEST_DATABASE_URL`, are not taken for typos).
const KEYS: [&str; 43] = [
    "listen",
    "database_url",
    "content_dir",
    "translations_dir",
    "public_url",
    "telegram_token",
    "telegram_api_url",
    "telegram_webhook_url",
    "telegram_bot_username",
    "kiosk_idle_seconds",
    "banner_check_seconds",
    "retention_days",
    "send_rate_global",
    "send_rate_per_chat",
    "require_second_approver",
    "trust_forwarded_for",
    "kiosk_intake_per_address",
    "kiosk_intake_per_kiosk",
    "sign_in_concurrency",
    "api_token_days",
    "backup_retention_days",
    "log_format",
    "operator_language",
    "operator_time_zone",
    "metrics_listen",
    "metrics_token",
    "whatsapp_token",
    "whatsapp_phone_number_id",
    "whatsapp_display_number",
    "whatsapp_app_secret",
    "whatsapp_verify_token",
    "whatsapp_api_url",
    "whatsapp_number_key",
    "whatsapp_send_rate",
    "whatsapp_templates",
    "whatsapp_notice_template",
    "whatsapp_daily_limit",
    "audio_cache_dir",
    "tts_locales",
    "tts_words_per_minute",
    "escalate_remote_after_seconds",
    "escalate_staff_after_seconds",
    "response_target_seconds",
];

/// Ids and numbers made of digits, which an environment variable hands over as a number.
mod digits {
    use serde::{Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Number(u64),
        Signed(i64),
    }

    pub fn optional<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<String>, D::Error> {
        Ok(
            Option::<Raw>::deserialize(deserializer)?.map(|raw| match raw {
                Raw::Text(text) => text,
                Raw::Number(number) => number.to_string(),
                Raw::Signed(number) => number.to_string(),
            }),
        )
    }
}

mod defaults {
    use super::*;

    pub fn listen() -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], 8080))
    }
    pub fn database_url() -> String {
        "sqlite://data/faro.db".into()
    }
    pub fn content_dir() -> PathBuf {
        "content".into()
    }
    pub fn translations_dir() -> PathBuf {
        "translations".into()
    }
    pub fn public_url() -> String {
        "http://127.0.0.1:8080".into()
    }
    pub fn telegram_api_url() -> String {
        "https://api.telegram.org".into()
    }
    pub fn kiosk_idle_seconds() -> u32 {
        120
    }
    pub fn banner_check_seconds() -> u32 {
        2
    }
    pub fn retention_days() -> u32 {
        90
    }
    pub fn require_second_approver() -> bool {
        true
    }
    pub fn send_rate_global() -> u32 {
        30
    }
    pub fn send_rate_per_chat() -> u32 {
        1
    }
    pub fn kiosk_intake_per_address() -> u32 {
        12
    }
    pub fn kiosk_intake_per_kiosk() -> u32 {
        40
    }
    pub fn api_token_days() -> u32 {
        crate::accounts::API_TOKEN_DAYS
    }
    pub fn backup_retention_days() -> u32 {
        30
    }
    /// Spanish: the language of most shelter staff and focal points in Mexico and Central
    /// America (DESIGN.md), so a browser that asks for none of Faro's locales still gets
    /// what most operators read.
    pub fn operator_language() -> crate::Locale {
        crate::Locale::Es
    }
    pub fn operator_time_zone() -> String {
        crate::zone::DEFAULT.into()
    }
    /// Ten minutes at the shelter or city before remote interpreters (issue 20).
    pub fn escalate_remote_after_seconds() -> u32 {
        600
    }
    /// Half an hour in all before staff and the person hear that nobody answered.
    pub fn escalate_staff_after_seconds() -> u32 {
        1800
    }
    /// Ten minutes: the first escalation's limit, the time a person may fairly wait.
    pub fn response_target_seconds() -> u32 {
        600
    }
    /// 9464: the port OpenTelemetry's Prometheus exporter uses, free on a small box.
    pub fn metrics_listen() -> MetricsListen {
        MetricsListen::At(SocketAddr::from(([127, 0, 0, 1], 9464)))
    }
    /// The Graph API version the payloads were written against.
    pub fn whatsapp_api_url() -> String {
        "https://graph.facebook.com/v23.0".into()
    }
    pub fn whatsapp_send_rate() -> u32 {
        80
    }
    /// Meta's first tier for a new business number.
    pub fn whatsapp_daily_limit() -> u32 {
        250
    }
    pub fn audio_cache_dir() -> PathBuf {
        "data/audio".into()
    }
    /// Every locale whose espeak-ng voice was found acceptable (`audio::with_voice`).
    pub fn tts_locales() -> Vec<crate::Locale> {
        crate::audio::with_voice()
    }
}

/// `tts_locales`: a list of tags, or one string of tags separated by commas (as an
/// environment variable gives it).
mod locale_list {
    use serde::{Deserialize, Deserializer};

    use crate::Locale;

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        List(Vec<String>),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Locale>, D::Error> {
        let tags = match Raw::deserialize(deserializer)? {
            Raw::List(tags) => tags,
            Raw::Text(text) => text.split(',').map(str::to_owned).collect(),
        };
        let mut locales = Vec::new();
        for tag in tags
            .iter()
            .map(|tag| tag.trim())
            .filter(|tag| !tag.is_empty())
        {
            let locale: Locale = tag.parse().map_err(serde::de::Error::custom)?;
            if !locales.contains(&locale) {
                locales.push(locale);
            }
        }
        Ok(locales)
    }
}

/// `tts_words_per_minute`: a table of locale tags to numbers, or one string of `tag=number`
/// pairs separated by commas (as an environment variable gives it).
mod locale_paces {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer};

    use crate::Locale;

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Table(BTreeMap<String, u32>),
        Text(String),
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<Locale, u32>, D::Error> {
        let pairs: Vec<(String, u32)> = match Raw::deserialize(deserializer)? {
            Raw::Table(table) => table.into_iter().collect(),
            Raw::Text(text) => text
                .split(',')
                .map(str::trim)
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (tag, pace) = pair.split_once('=').ok_or_else(|| {
                        serde::de::Error::custom(format!("{pair:?}: expected tag=number"))
                    })?;
                    let pace = pace.trim().parse::<u32>().map_err(|_| {
                        serde::de::Error::custom(format!("{pair:?}: expected tag=number"))
                    })?;
                    Ok((tag.trim().to_owned(), pace))
                })
                .collect::<Result<_, D::Error>>()?,
        };
        let mut paces = BTreeMap::new();
        for (tag, pace) in pairs {
            let locale: Locale = tag.parse().map_err(serde::de::Error::custom)?;
            paces.insert(locale, pace);
        }
        Ok(paces)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("configuration: {key}: {message}")]
    Value { key: &'static str, message: String },
}

impl Config {
    /// Layers, lowest first: defaults, the TOML file (if it exists), `FARO_*` variables
    /// taken from `env`, then `overrides`. `env` is passed in so tests need not touch the
    /// process environment.
    pub fn load(
        file: &Path,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &Overrides,
    ) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        if file.exists() {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment = figment.merge(EnvVars {
            vars: env.into_iter().collect(),
        });
        figment = figment.merge(Serialized::defaults(overrides));
        let config: Config = figment.extract().map_err(Box::new)?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let http = |url: &str| url.starts_with("http://") || url.starts_with("https://");
        if !http(&self.public_url) {
            return Err(ConfigError::Value {
                key: "public_url",
                message: "must start with http:// or https://".into(),
            });
        }
        if !http(&self.telegram_api_url) {
            return Err(ConfigError::Value {
                key: "telegram_api_url",
                message: "must start with http:// or https://".into(),
            });
        }
        if self
            .telegram_webhook_url
            .as_deref()
            .is_some_and(|url| !url.starts_with("https://") && !url.starts_with("http://"))
        {
            return Err(ConfigError::Value {
                key: "telegram_webhook_url",
                message: "must be an http(s) URL".into(),
            });
        }
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::Value {
                key: "database_url",
                message: "must be sqlite://PATH or postgres://…".into(),
            });
        }
        if self.send_rate_global == 0 || self.send_rate_per_chat == 0 {
            return Err(ConfigError::Value {
                key: "send_rate_global",
                message: "send rates must be at least 1 per second".into(),
            });
        }
        if self.kiosk_idle_seconds < 10 {
            return Err(ConfigError::Value {
                key: "kiosk_idle_seconds",
                message: "must be at least 10".into(),
            });
        }
        if !(1..=60).contains(&self.banner_check_seconds) {
            return Err(ConfigError::Value {
                key: "banner_check_seconds",
                message: "must be 1 to 60".into(),
            });
        }
        if self.api_token_days == 0 {
            return Err(ConfigError::Value {
                key: "api_token_days",
                message: "must be at least 1".into(),
            });
        }
        if self.backup_retention_days == 0 {
            return Err(ConfigError::Value {
                key: "backup_retention_days",
                message: "must be at least 1".into(),
            });
        }
        if let Err(error) = crate::zone::Zone::parse(&self.operator_time_zone) {
            return Err(ConfigError::Value {
                key: "operator_time_zone",
                message: error.to_string(),
            });
        }
        if self.escalate_remote_after_seconds == 0 {
            return Err(ConfigError::Value {
                key: "escalate_remote_after_seconds",
                message: "must be at least 1".into(),
            });
        }
        if self.escalate_staff_after_seconds <= self.escalate_remote_after_seconds {
            return Err(ConfigError::Value {
                key: "escalate_staff_after_seconds",
                message: "must be more than escalate_remote_after_seconds".into(),
            });
        }
        if self.response_target_seconds == 0 {
            return Err(ConfigError::Value {
                key: "response_target_seconds",
                message: "must be at least 1".into(),
            });
        }
        if self.retention_days == 0 {
            return Err(ConfigError::Value {
                key: "retention_days",
                message: "must be at least 1".into(),
            });
        }
        if self
            .metrics_token
            .as_ref()
            .is_some_and(|token| token.expose().chars().count() < METRICS_TOKEN_MIN_CHARS)
        {
            return Err(ConfigError::Value {
                key: "metrics_token",
                message: format!("must be at least {METRICS_TOKEN_MIN_CHARS} characters"),
            });
        }
        if let Some(locale) = self
            .tts_locales
            .iter()
            .find(|locale| crate::audio::espeak_voice(**locale).is_none())
        {
            return Err(ConfigError::Value {
                key: "tts_locales",
                message: format!(
                    "{locale} has no acceptable voice: it gets no synthetic speech, never a wrong voice"
                ),
            });
        }
        for (locale, pace) in &self.tts_words_per_minute {
            if crate::audio::espeak_voice(*locale).is_none() {
                return Err(ConfigError::Value {
                    key: "tts_words_per_minute",
                    message: format!("{locale} has no voice to set the pace of"),
                });
            }
            if !crate::audio::WORDS_PER_MINUTE.contains(pace) {
                return Err(ConfigError::Value {
                    key: "tts_words_per_minute",
                    message: format!(
                        "{locale} = {pace}: must be from {} to {}",
                        crate::audio::WORDS_PER_MINUTE.start(),
                        crate::audio::WORDS_PER_MINUTE.end()
                    ),
                });
            }
        }
        if self.metrics_listen == MetricsListen::At(self.listen) && self.listen.port() != 0 {
            return Err(ConfigError::Value {
                key: "metrics_listen",
                message: "must be another address than listen".into(),
            });
        }
        self.validate_whatsapp()?;
        Ok(())
    }

    /// With a WhatsApp token, everything else WhatsApp needs must be there too: a channel
    /// that cannot check its webhook's signature or keep numbers encrypted does not start.
    fn validate_whatsapp(&self) -> Result<(), ConfigError> {
        if !self.whatsapp_api_url.starts_with("http://")
            && !self.whatsapp_api_url.starts_with("https://")
        {
            return Err(ConfigError::Value {
                key: "whatsapp_api_url",
                message: "must start with http:// or https://".into(),
            });
        }
        if self.whatsapp_send_rate == 0 {
            return Err(ConfigError::Value {
                key: "whatsapp_send_rate",
                message: "must be at least 1 per second".into(),
            });
        }
        if let Some(template) = &self.whatsapp_notice_template
            && !template.is_well_formed()
        {
            return Err(ConfigError::Value {
                key: "whatsapp_notice_template",
                message: "needs a name and Meta's language code (es, en_US, fr)".into(),
            });
        }
        for (locale, template) in &self.whatsapp_templates {
            let language = template.language.as_str();
            let well_formed = template.is_well_formed();
            // Meta has no template language for these: a template "in Kreyòl" cannot exist.
            let own = language.split('_').next().unwrap_or_default();
            if !well_formed || (template.is_bridge_for(*locale) && own == locale.tag()) {
                return Err(ConfigError::Value {
                    key: "whatsapp_templates",
                    message: format!(
                        "{}: needs a name and Meta's language code (es, pt_BR, fr; a bridge language for ht, am, ti, so, ps, ne)",
                        locale.tag()
                    ),
                });
            }
        }
        if self.whatsapp_token.is_none() {
            return Ok(());
        }
        let missing = |key: &'static str| ConfigError::Value {
            key,
            message: "is required when whatsapp_token is set".into(),
        };
        if self
            .whatsapp_phone_number_id
            .as_deref()
            .is_none_or(str::is_empty)
        {
            return Err(missing("whatsapp_phone_number_id"));
        }
        if self.whatsapp_app_secret.is_none() {
            return Err(missing("whatsapp_app_secret"));
        }
        if self.whatsapp_verify_token.is_none() {
            return Err(missing("whatsapp_verify_token"));
        }
        let Some(key) = &self.whatsapp_number_key else {
            return Err(missing("whatsapp_number_key"));
        };
        if crate::phone_contacts::NumberKey::parse(key.expose()).is_none() {
            return Err(ConfigError::Value {
                key: "whatsapp_number_key",
                message: "must be 64 hex digits (32 random bytes, e.g. openssl rand -hex 32)"
                    .into(),
            });
        }
        // The environment hands `+15550783881` over as a number, without its `+`.
        if let Some(number) = &self.whatsapp_display_number
            && let Err(error) =
                crate::phone::E164Phone::parse(&format!("+{}", number.trim_start_matches('+')))
        {
            return Err(ConfigError::Value {
                key: "whatsapp_display_number",
                message: error.to_string(),
            });
        }
        Ok(())
    }

    /// Where to serve `/metrics`, if anywhere. Refused (for `faro serve` to say so in the
    /// operator's language) when the address is reachable from elsewhere and no token guards
    /// it: the figures are not personal, but how busy a shelter's kiosk is and how many
    /// requests wait is not for everyone to read.
    pub fn metrics_address(&self) -> Result<Option<SocketAddr>, MetricsWithoutToken> {
        match self.metrics_listen {
            MetricsListen::Off => Ok(None),
            MetricsListen::At(address)
                if !address.ip().is_loopback() && self.metrics_token.is_none() =>
            {
                Err(MetricsWithoutToken { address })
            }
            MetricsListen::At(address) => Ok(Some(address)),
        }
    }

    /// The public URL without a trailing slash, for joining paths.
    pub fn public_base(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

impl fmt::Debug for Config {
    /// Secrets redacted: this is what the log shows at start.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database_url", &redact_url(&self.database_url))
            .field("content_dir", &self.content_dir)
            .field("translations_dir", &self.translations_dir)
            .field("public_url", &self.public_url)
            .field(
                "telegram_token",
                &self.telegram_token.as_ref().map(|_| "[redacted]"),
            )
            .field("telegram_api_url", &self.telegram_api_url)
            .field("telegram_webhook_url", &self.telegram_webhook_url)
            .field("telegram_bot_username", &self.telegram_bot_username)
            .field("kiosk_idle_seconds", &self.kiosk_idle_seconds)
            .field("banner_check_seconds", &self.banner_check_seconds)
            .field("retention_days", &self.retention_days)
            .field("send_rate_global", &self.send_rate_global)
            .field("send_rate_per_chat", &self.send_rate_per_chat)
            .field("require_second_approver", &self.require_second_approver)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("kiosk_intake_per_address", &self.kiosk_intake_per_address)
            .field("kiosk_intake_per_kiosk", &self.kiosk_intake_per_kiosk)
            .field("sign_in_concurrency", &self.sign_in_concurrency)
            .field("api_token_days", &self.api_token_days)
            .field("backup_retention_days", &self.backup_retention_days)
            .field("log_format", &self.log_format)
            .field("operator_language", &self.operator_language)
            .field("operator_time_zone", &self.operator_time_zone)
            .field("metrics_listen", &self.metrics_listen)
            .field(
                "metrics_token",
                &self.metrics_token.as_ref().map(|_| "[redacted]"),
            )
            .field(
                "whatsapp_token",
                &self.whatsapp_token.as_ref().map(|_| "[redacted]"),
            )
            .field("whatsapp_phone_number_id", &self.whatsapp_phone_number_id)
            .field("whatsapp_display_number", &self.whatsapp_display_number)
            .field(
                "whatsapp_app_secret",
                &self.whatsapp_app_secret.as_ref().map(|_| "[redacted]"),
            )
            .field(
                "whatsapp_verify_token",
                &self.whatsapp_verify_token.as_ref().map(|_| "[redacted]"),
            )
            .field("whatsapp_api_url", &self.whatsapp_api_url)
            .field(
                "whatsapp_number_key",
                &self.whatsapp_number_key.as_ref().map(|_| "[redacted]"),
            )
            .field("whatsapp_send_rate", &self.whatsapp_send_rate)
            .field("whatsapp_templates", &self.whatsapp_templates)
            .field("whatsapp_notice_template", &self.whatsapp_notice_template)
            .field("whatsapp_daily_limit", &self.whatsapp_daily_limit)
            .field("audio_cache_dir", &self.audio_cache_dir)
            .field("tts_locales", &self.tts_locales)
            .field("tts_words_per_minute", &self.tts_words_per_minute)
            .field(
                "escalate_remote_after_seconds",
                &self.escalate_remote_after_seconds,
            )
            .field(
                "escalate_staff_after_seconds",
                &self.escalate_staff_after_seconds,
            )
            .field("response_target_seconds", &self.response_target_seconds)
            .finish()
    }
}

/// `FARO_*` variables from a given list rather than the process's (figment's `Env` reads the
/// process environment, which tests running in parallel must not share).
struct EnvVars {
    vars: Vec<(String, String)>,
}

impl figment::Provider for EnvVars {
    fn metadata(&self) -> figment::Metadata {
        figment::Metadata::named("FARO_* environment variables")
    }

    fn data(
        &self,
    ) -> Result<figment::value::Map<figment::Profile, figment::value::Dict>, figment::Error> {
        let mut dict = figment::value::Dict::new();
        for (name, value) in &self.vars {
            let Some(rest) = name.strip_prefix("FARO_") else {
                continue;
            };
            let key = rest.to_lowercase();
            if !KEYS.contains(&key.as_str()) {
                continue;
            }
            let parsed: figment::value::Value =
                value.parse().unwrap_or_else(|_| value.clone().into());
            dict.insert(key, parsed);
        }
        Ok(figment::Profile::Default.collect(dict))
    }
}

#[cfg(test)]
mod tests;
