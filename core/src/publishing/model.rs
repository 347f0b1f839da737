//! What a campaign is: its name, status, targets, window and a text per locale. Plain values;
//! the rules that move them are in [`super::rules`], the SQL in [`super::campaign_rows`].

use std::fmt;

use crate::content::markdown::to_html;
use crate::country::CountryCode;
use crate::locale::Locale;
use crate::store::StoreError;

use super::PublishError;

/// The longest title and body a focal point may write: a title fits a banner line, and a
/// body with its title and the stop hint stays within a chat message.
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_BODY_CHARS: usize = 3000;

/// A campaign's name in addresses and the API: 3 to 48 of a-z, 0-9 and '-'.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CampaignSlug(String);

impl CampaignSlug {
    pub fn parse(raw: &str) -> Result<Self, PublishError> {
        if crate::slug::is_slug(raw, 3..=48) {
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
    /// Taken down by its publisher or an admin, or replaced by a published correction: no
    /// banner, and nothing more of it is sent.
    Stopped,
}

impl CampaignStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Review => "review",
            CampaignStatus::Approved => "approved",
            CampaignStatus::Published => "published",
            CampaignStatus::Stopped => "stopped",
        }
    }

    /// Every status, in the order of a campaign's life.
    pub const ALL: [CampaignStatus; 5] = [
        CampaignStatus::Draft,
        CampaignStatus::Review,
        CampaignStatus::Approved,
        CampaignStatus::Published,
        CampaignStatus::Stopped,
    ];

    pub fn parse(text: &str) -> Result<Self, StoreError> {
        match text {
            "draft" => Ok(CampaignStatus::Draft),
            "review" => Ok(CampaignStatus::Review),
            "approved" => Ok(CampaignStatus::Approved),
            "published" => Ok(CampaignStatus::Published),
            "stopped" => Ok(CampaignStatus::Stopped),
            other => Err(StoreError::Corrupt(format!("campaign status {other:?}"))),
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

    /// Whether a page about `country` shows the campaign (a banner, its page): campaigns for
    /// every country show everywhere; a campaign for some countries shows only where the
    /// country is known to be one of them (a kiosk's shelter, or the reader's choice), never
    /// on a page that knows no country.
    pub fn shown_in(&self, country: Option<CountryCode>) -> bool {
        self.countries.is_empty()
            || country.is_some_and(|country| self.countries.contains(&country))
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

    pub(super) fn from_columns(locales: &str, countries: &str) -> Targets {
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

#[derive(Clone, Debug, PartialEq)]
pub struct Campaign {
    pub id: i64,
    pub slug: CampaignSlug,
    pub status: CampaignStatus,
    pub targets: Targets,
    pub starts_at: i64,
    pub ends_at: i64,
    pub created_by: String,
    pub submitted_by: Option<String>,
    pub approved_by: Option<String>,
    pub published_by: Option<String>,
    pub published_at: Option<i64>,
    pub updated_at: i64,
    /// Who stopped it and when (for a replaced revision: whoever published the correction).
    pub stopped_by: Option<String>,
    pub stopped_at: Option<i64>,
    /// For a correction: the first campaign of the line it corrects; `None` for a first one.
    pub revision_of: Option<i64>,
    /// 1 for a first campaign, 2 for its first correction, and so on.
    pub revision: i64,
    /// For a published correction: whether it was sent to the chats that had received an
    /// earlier revision.
    pub resend: bool,
    /// In the order of `Locale::ALL`.
    pub texts: Vec<CampaignText>,
}

impl Campaign {
    pub fn text(&self, locale: Locale) -> Option<&CampaignText> {
        self.texts.iter().find(|text| text.locale == locale)
    }

    /// The text a reader of `locale` gets: theirs, else along its fallback chain.
    pub fn text_for(&self, locale: Locale) -> Option<&CampaignText> {
        locale.chain().find_map(|locale| self.text(locale))
    }

    /// The first campaign of the line this one belongs to (itself, unless a correction).
    pub fn first_revision(&self) -> i64 {
        self.revision_of.unwrap_or(self.id)
    }

    /// The locales a campaign targets that have no text of their own (they get a fallback).
    pub fn missing_locales(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|l| self.targets.includes_locale(*l) && self.text(*l).is_none())
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CampaignText {
    pub locale: Locale,
    pub title: String,
    /// Markdown as the focal point wrote it.
    pub body: String,
    /// `original`, `machine` or `reviewed`.
    pub translation: String,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<i64>,
    /// Who last wrote it (`None` for texts from before this was recorded).
    pub written_by: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NewCampaign {
    pub slug: CampaignSlug,
    pub targets: Targets,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// A locale's text as a focal point submits it.
#[derive(Clone, Debug)]
pub struct TextInput {
    pub title: String,
    pub body: String,
    /// `original` or `machine`; `reviewed` only through a reviewer's mark.
    pub translation: String,
}

impl TextInput {
    pub(super) fn validate(&self) -> Result<(), PublishError> {
        if crate::text_safety::has_bidi_controls(&self.title)
            || crate::text_safety::has_bidi_controls(&self.body)
        {
            return Err(PublishError::BidiControls);
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS || title.contains('\n') {
            return Err(PublishError::BadTitle);
        }
        let body = self.body.trim();
        // A body that sanitises to nothing (only raw HTML, say) is as empty as no body.
        if body.is_empty()
            || body.chars().count() > MAX_BODY_CHARS
            || to_html(body).trim().is_empty()
        {
            return Err(PublishError::BadBody);
        }
        if !matches!(self.translation.as_str(), "original" | "machine") {
            return Err(PublishError::BadBody);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_target_shows_only_where_that_country_is_known() {
        let mx = CountryCode::parse("MX").unwrap();
        let gt = CountryCode::parse("GT").unwrap();
        let everywhere = Targets::default();
        let mexico = Targets {
            locales: Vec::new(),
            countries: vec![mx],
        };
        for country in [None, Some(mx), Some(gt)] {
            assert!(everywhere.shown_in(country));
        }
        assert!(mexico.shown_in(Some(mx)));
        assert!(!mexico.shown_in(Some(gt)));
        assert!(!mexico.shown_in(None), "a page that knows no country");
        // Subscribers who chose no country still hear of it: that rule is another.
        assert!(mexico.includes_country(None));
    }
}
