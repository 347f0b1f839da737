//! Reading `content/campaigns/<slug>/campaign.toml` and `<locale>.md`: campaigns that ship
//! with the pack. Faro loads each into the database as a draft the first time it starts
//! (`publishing::seed`); focal points then review, approve and publish it.

use std::path::Path;

use serde::Deserialize;

use super::frontmatter;
use super::load_topics::sorted_entries;
use super::markdown;
use super::toml_spans::{error_line, error_message};
use crate::country::CountryCode;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::locale::Locale;
use crate::publishing::{CampaignSlug, MAX_BODY_CHARS, MAX_TITLE_CHARS, Targets};

/// A campaign as the pack describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct PackCampaign {
    pub slug: CampaignSlug,
    pub targets: Targets,
    pub starts_at: i64,
    pub ends_at: i64,
    pub texts: Vec<PackCampaignText>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackCampaignText {
    pub locale: Locale,
    pub title: String,
    pub body: String,
    /// `original` or `machine` (a review is recorded in the database, not the file).
    pub translation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCampaign {
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    starts: toml::value::Datetime,
    ends: toml::value::Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    title: String,
    translation: String,
}

pub(super) fn load(dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PackCampaign> {
    // A pack without campaigns is fine.
    let Ok(folders) = sorted_entries(dir) else {
        return Vec::new();
    };
    folders
        .into_iter()
        .filter(|path| path.is_dir())
        .filter_map(|folder| load_campaign(&folder, diagnostics))
        .collect()
}

fn load_campaign(folder: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<PackCampaign> {
    let name = folder.file_name()?.to_string_lossy().into_owned();
    let meta_path = folder.join("campaign.toml");
    let Ok(slug) = CampaignSlug::parse(&name) else {
        diagnostics.push(Diagnostic::error(
            folder,
            1,
            format!("{name:?} is not a campaign slug (3 to 48 of a-z, 0-9 and '-')"),
        ));
        return None;
    };
    let source = match std::fs::read_to_string(&meta_path) {
        Ok(source) => source,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                &meta_path,
                1,
                format!("cannot read: {error}"),
            ));
            return None;
        }
    };
    let raw: RawCampaign = match toml::from_str(&source) {
        Ok(raw) => raw,
        Err(error) => {
            let line = error_line(&error, &LineIndex::new(&source), 1);
            diagnostics.push(Diagnostic::error(&meta_path, line, error_message(&error)));
            return None;
        }
    };
    let mut targets = Targets::default();
    for tag in &raw.locales {
        match tag.parse::<Locale>() {
            Ok(locale) => targets.locales.push(locale),
            Err(_) => diagnostics.push(Diagnostic::error(
                &meta_path,
                1,
                format!("unknown locale {tag:?} in locales"),
            )),
        }
    }
    for code in &raw.countries {
        match CountryCode::parse(code) {
            Ok(country) => targets.countries.push(country),
            Err(_) => diagnostics.push(Diagnostic::error(
                &meta_path,
                1,
                format!("unknown country code {code:?} in countries"),
            )),
        }
    }
    let (Some(starts_at), Some(ends_at)) = (unix_time(&raw.starts), unix_time(&raw.ends)) else {
        diagnostics.push(Diagnostic::error(
            &meta_path,
            1,
            "starts and ends must be times with a zone, such as 2026-12-01T00:00:00Z",
        ));
        return None;
    };
    if ends_at <= starts_at {
        diagnostics.push(Diagnostic::error(
            &meta_path,
            1,
            "the campaign ends before it starts",
        ));
        return None;
    }
    let texts = load_texts(folder, diagnostics);
    if !texts.iter().any(|text| text.locale == Locale::SOURCE) {
        diagnostics.push(Diagnostic::error(
            folder,
            1,
            format!("campaign {slug} has no {}.md", Locale::SOURCE.tag()),
        ));
        return None;
    }
    for locale in Locale::ALL {
        if targets.includes_locale(locale) && !texts.iter().any(|text| text.locale == locale) {
            diagnostics.push(Diagnostic::warning(
                folder,
                1,
                format!("campaign {slug} has no text in {}", locale.tag()),
            ));
        }
    }
    Some(PackCampaign {
        slug,
        targets,
        starts_at,
        ends_at,
        texts,
    })
}

fn load_texts(folder: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<PackCampaignText> {
    let mut texts = Vec::new();
    let Ok(files) = sorted_entries(folder) else {
        return texts;
    };
    for path in files {
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(locale) = stem.parse::<Locale>() else {
            diagnostics.push(Diagnostic::error(
                &path,
                1,
                format!("{stem:?} is not one of Faro's locales"),
            ));
            continue;
        };
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(error) => {
                diagnostics.push(Diagnostic::error(&path, 1, format!("cannot read: {error}")));
                continue;
            }
        };
        let split = match frontmatter::split(&source) {
            Ok(split) => split,
            Err(error) => {
                diagnostics.push(Diagnostic::error(&path, 1, error.to_string()));
                continue;
            }
        };
        let raw: RawText = match toml::from_str(split.front) {
            Ok(raw) => raw,
            Err(error) => {
                let line = error_line(&error, &LineIndex::new(split.front), split.front_first_line);
                diagnostics.push(Diagnostic::error(&path, line, error_message(&error)));
                continue;
            }
        };
        // Reviews of campaign texts are recorded in /admin, not in files.
        let expected = if locale == Locale::SOURCE {
            "original"
        } else {
            "machine"
        };
        if raw.translation != expected {
            diagnostics.push(Diagnostic::error(
                &path,
                2,
                format!("translation must be \"{expected}\" in {}.md", locale.tag()),
            ));
            continue;
        }
        let title = raw.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
            diagnostics.push(Diagnostic::error(
                &path,
                2,
                format!("the title must be 1 to {MAX_TITLE_CHARS} characters"),
            ));
            continue;
        }
        let body = split.body.trim().to_owned();
        if body.is_empty() || body.chars().count() > MAX_BODY_CHARS {
            diagnostics.push(Diagnostic::error(
                &path,
                split.body_first_line,
                format!("the text must be 1 to {MAX_BODY_CHARS} characters"),
            ));
            continue;
        }
        let problems = markdown::problems(&body);
        if !problems.is_empty() {
            for problem in problems {
                let message = match problem {
                    markdown::MarkdownProblem::RawHtml { .. } => {
                        "raw HTML is not allowed; write Markdown".to_owned()
                    }
                    markdown::MarkdownProblem::DisallowedLink { url, .. } => {
                        format!("link {url:?} is not allowed (https, http, tel or mailto only)")
                    }
                    markdown::MarkdownProblem::Image { .. } => {
                        "images are not allowed in campaign texts".to_owned()
                    }
                };
                diagnostics.push(Diagnostic::error(&path, split.body_first_line, message));
            }
            continue;
        }
        texts.push(PackCampaignText {
            locale,
            title,
            body,
            translation: raw.translation,
        });
    }
    texts
}

fn unix_time(value: &toml::value::Datetime) -> Option<i64> {
    let text = value.to_string();
    time::OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(|time| time.unix_timestamp())
}
