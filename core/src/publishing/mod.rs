//! Publishing: focal points' campaigns and their broadcast.
//!
//! A campaign has a slug, a text per locale (Markdown, sanitised when shown), targets
//! (locales, countries; empty means all) and a time window. It moves draft → review →
//! approved → published; approval by a second person is required when configured, and any
//! change to an approved campaign sends it back to draft, so what is published is what was
//! approved. Publishing fills the outbox — one row per subscribed chat whose locale and
//! country match, unique per campaign and chat — which the bot's sender works through under
//! a database lease (see [`lease`]), and puts a banner on the kiosks during the window.
//!
//! Who may do what is decided here ([`permissions`]), not in the adapters, so the web pages
//! and the JSON API cannot disagree.

mod campaigns;
pub mod lease;
mod message;
pub mod outbox;
pub mod permissions;
mod reviews;
pub mod seed;

use std::fmt;

pub use campaigns::{Campaign, CampaignText, NewCampaign, Step, TextInput};
pub use message::{banner_title, campaign_message, campaign_page_html};
pub use outbox::{LocaleProgress, OutboxItem, Progress, SendFailure};
pub use reviews::ReviewMark;

use crate::accounts::AccountError;
use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::StoreError;

/// A campaign's name in addresses and the API: 3 to 48 of a-z, 0-9 and '-'.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CampaignSlug(String);

impl CampaignSlug {
    pub fn parse(raw: &str) -> Result<Self, PublishError> {
        let valid = (3..=48).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-');
        if valid {
            Ok(CampaignSlug(raw.to_owned()))
        } else {
            Err(PublishError::BadSlug(raw.chars().take(60).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CampaignSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CampaignStatus {
    Draft,
    /// Submitted; waiting for approval.
    Review,
    Approved,
    Published,
}

impl CampaignStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Review => "review",
            CampaignStatus::Approved => "approved",
            CampaignStatus::Published => "published",
        }
    }

    pub fn parse(text: &str) -> Result<Self, PublishError> {
        match text {
            "draft" => Ok(CampaignStatus::Draft),
            "review" => Ok(CampaignStatus::Review),
            "approved" => Ok(CampaignStatus::Approved),
            "published" => Ok(CampaignStatus::Published),
            other => Err(PublishError::Store(StoreError::Corrupt(format!(
                "campaign status {other:?}"
            )))),
        }
    }
}

/// Who a campaign is for. Empty lists mean everyone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Targets {
    pub locales: Vec<Locale>,
    pub countries: Vec<CountryCode>,
}

impl Targets {
    pub fn includes_locale(&self, locale: Locale) -> bool {
        self.locales.is_empty() || self.locales.contains(&locale)
    }

    /// A subscriber who chose no country hears about every country.
    pub fn includes_country(&self, country: Option<CountryCode>) -> bool {
        match country {
            None => true,
            Some(country) => self.countries.is_empty() || self.countries.contains(&country),
        }
    }

    pub(super) fn locales_column(&self) -> String {
        self.locales
            .iter()
            .map(|l| l.tag())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub(super) fn countries_column(&self) -> String {
        self.countries
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn from_columns(locales: &str, countries: &str) -> Targets {
        Targets {
            locales: locales
                .split_whitespace()
                .filter_map(|tag| tag.parse().ok())
                .collect(),
            countries: countries
                .split_whitespace()
                .filter_map(|code| CountryCode::parse(code).ok())
                .collect(),
        }
    }
}

/// The longest title and body a focal point may write: a title fits a banner line, and a
/// body with its title and the stop hint stays under Telegram's 4096 characters.
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_BODY_CHARS: usize = 3000;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0:?} is not a campaign slug (3 to 48 of a-z, 0-9 and '-')")]
    BadSlug(String),
    #[error("a campaign named {0} already exists")]
    SlugTaken(String),
    #[error("no such campaign")]
    NoSuchCampaign,
    #[error("this account may not {0}")]
    Forbidden(&'static str),
    #[error("the campaign is {0}, so it cannot {1}")]
    WrongStatus(&'static str, &'static str),
    #[error("the campaign ends before it starts")]
    BadWindow,
    #[error("a publisher for one country can only target that country")]
    OutsideScope,
    #[error("the title is empty or longer than {MAX_TITLE_CHARS} characters")]
    BadTitle,
    #[error("the text is empty or longer than {MAX_BODY_CHARS} characters")]
    BadBody,
    #[error("the campaign has no text yet")]
    NoText,
    #[error("{0} has no text in this campaign")]
    NoTextIn(Locale),
    #[error("a second person must approve: you submitted this campaign")]
    SecondApproverRequired,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for PublishError {
    fn from(error: sqlx::Error) -> Self {
        PublishError::Store(StoreError::from(error))
    }
}

impl From<AccountError> for PublishError {
    fn from(error: AccountError) -> Self {
        match error {
            AccountError::Store(error) => PublishError::Store(error),
            other => PublishError::Store(StoreError::Corrupt(other.to_string())),
        }
    }
}

/// Milliseconds since the Unix epoch (leases need finer time than the tables' seconds).
pub fn now_millis() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

#[cfg(test)]
mod tests;
