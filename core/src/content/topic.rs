use std::collections::BTreeMap;
use std::fmt;

use time::Date;

use super::markdown::{self, Section};
use crate::country::CountryCode;
use crate::locale::Locale;
use crate::translation_status::TranslationStatus;

/// A topic's folder name: lower-case ASCII letters, digits and `-`, at most 48 characters,
/// so it is safe in URLs, file paths and Telegram payloads.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct TopicSlug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("topic slug {0:?} must be 1 to 48 characters of a-z, 0-9 and -")]
pub struct BadSlug(pub String);

impl TopicSlug {
    pub fn parse(raw: &str) -> Result<Self, BadSlug> {
        if crate::slug::is_slug(raw, 1..=48) {
            Ok(TopicSlug(raw.to_owned()))
        } else {
            Err(BadSlug(raw.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TopicSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub slug: TopicSlug,
    pub order: u32,
    /// The name of its SVG icon (`content::icons`), for the pages.
    pub icon: String,
    /// The same picture as an emoji, for channels that show text only.
    pub emoji: String,
    /// Countries the topic applies to; empty means everywhere.
    pub countries: Vec<CountryCode>,
    /// The day someone last checked the whole page against its sources.
    pub last_verified: Date,
    /// What the page's facts rest on; sections cite them by id.
    pub sources: Vec<Source>,
    /// Every section of the English page, by id, in page order.
    pub sections: Vec<SectionMeta>,
    pub texts: BTreeMap<Locale, TopicText>,
}

impl Topic {
    /// The sources a section cites, in the order it cites them.
    pub fn sources_of(&self, section_id: &str) -> Vec<&Source> {
        self.sections
            .iter()
            .find(|section| section.id == section_id)
            .map(|section| {
                section
                    .sources
                    .iter()
                    .filter_map(|id| self.sources.iter().find(|source| &source.id == id))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A law, an official page, a report or a news article that a page's facts rest on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    /// The day someone read it and confirmed what the page says.
    pub checked: Date,
}

/// What `topic.toml` says of one section: the countries whose specific facts it states (empty:
/// true everywhere) and the sources it cites. A country-specific section must cite at least
/// one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionMeta {
    pub id: String,
    pub countries: Vec<CountryCode>,
    pub sources: Vec<String>,
}

/// One locale's text of a topic, parsed and rendered once at load.
#[derive(Debug, Clone)]
pub struct TopicText {
    pub title: String,
    pub summary: String,
    pub status: TranslationStatus,
    pub markdown: String,
    /// Sanitised HTML for the kiosk.
    pub html: String,
    pub sections: Vec<Section>,
    /// The same sections as sanitised HTML, in order, so that a page can show each section's
    /// sources under it.
    pub section_html: Vec<String>,
    /// What the front matter's `[recording]` says of `<locale>.opus` (or of the sections'
    /// `<locale>.<section>.opus`) beside the page, if it says anything (the recordings
    /// themselves are found and checked by `crate::audio`).
    pub recording: Option<RecordingMeta>,
}

/// A person's recording of a page or of its sections: the day the speaker agreed to its use,
/// and the version of the text they read (`crate::audio::text_version` for the whole page,
/// `crate::audio::section_version` for each recorded section, by its id).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecordingMeta {
    pub consent: Option<Date>,
    pub text_version: Option<String>,
    pub sections: std::collections::BTreeMap<String, String>,
}

impl TopicText {
    pub fn new(
        title: String,
        summary: String,
        status: TranslationStatus,
        markdown: String,
    ) -> Self {
        let html = markdown::to_html(&markdown);
        let sections = markdown::sections(&markdown);
        let section_html = sections
            .iter()
            .map(|section| markdown::to_html(&section.markdown))
            .collect();
        TopicText {
            title,
            summary,
            status,
            markdown,
            html,
            sections,
            section_html,
            recording: None,
        }
    }
}
