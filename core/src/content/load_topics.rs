//! Reading `content/topics/<slug>/topic.toml` and `<locale>.md`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use time::Date;
use toml::Spanned;

use super::frontmatter;
use super::markdown::{self, MarkdownProblem};
use super::toml_spans::{error_line, error_message};
use super::topic::{Topic, TopicSlug, TopicText};
use crate::country::CountryCode;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::locale::Locale;
use crate::translation_status::TranslationStatus;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopicMeta {
    order: u32,
    icon: String,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    last_verified: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    summary: String,
    translation: Spanned<String>,
    reviewed_by: Option<String>,
    reviewed_on: Option<toml::value::Datetime>,
}

pub(super) fn load(topics_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Topic> {
    let mut topics = Vec::new();
    let folders = match sorted_entries(topics_dir) {
        Ok(folders) => folders,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                topics_dir,
                1,
                format!("cannot read the topics folder: {error}"),
            ));
            return topics;
        }
    };
    for folder in folders.into_iter().filter(|path| path.is_dir()) {
        if let Some(topic) = load_topic(&folder, diagnostics) {
            topics.push(topic);
        }
    }
    topics.sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
    check_sections_match_english(topics_dir, &topics, diagnostics);
    topics
}

pub(super) fn sorted_entries(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()?;
    paths.sort();
    Ok(paths)
}

pub(super) fn date_of(value: &toml::value::Datetime) -> Option<Date> {
    match (value.date, value.time, value.offset) {
        (Some(date), None, None) => {
            let month = time::Month::try_from(date.month).ok()?;
            Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
        }
        _ => None,
    }
}

fn load_topic(folder: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Topic> {
    let name = folder.file_name()?.to_string_lossy().into_owned();
    let meta_path = folder.join("topic.toml");
    let slug = match TopicSlug::parse(&name) {
        Ok(slug) => slug,
        Err(error) => {
            diagnostics.push(Diagnostic::error(folder, 1, error.to_string()));
            return None;
        }
    };
    let meta_source = match std::fs::read_to_string(&meta_path) {
        Ok(source) => source,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                &meta_path,
                1,
                format!("cannot read topic.toml: {error}"),
            ));
            return None;
        }
    };
    let index = LineIndex::new(&meta_source);
    let meta: RawTopicMeta = match toml::from_str(&meta_source) {
        Ok(meta) => meta,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                &meta_path,
                error_line(&error, &index, 1),
                format!("TOML syntax error: {}", error_message(&error)),
            ));
            return None;
        }
    };
    let mut countries = Vec::new();
    for raw in &meta.countries {
        match CountryCode::parse(raw.get_ref()) {
            Ok(code) => countries.push(code),
            Err(error) => diagnostics.push(Diagnostic::error(
                &meta_path,
                index.line_of(raw.span().start),
                error.to_string(),
            )),
        }
    }
    let Some(last_verified) = date_of(meta.last_verified.get_ref()) else {
        diagnostics.push(Diagnostic::error(
            &meta_path,
            index.line_of(meta.last_verified.span().start),
            "last_verified must be a date such as 2026-11-20",
        ));
        return None;
    };

    let mut texts = BTreeMap::new();
    // Locales with a page, even a broken one: those are reported for what is wrong with them,
    // not as missing.
    let mut present = Vec::new();
    for path in sorted_entries(folder).unwrap_or_default() {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file_name == "topic.toml" {
            continue;
        }
        let Some(tag) = file_name.strip_suffix(".md") else {
            diagnostics.push(Diagnostic::warning(
                &path,
                1,
                "unexpected file in a topic folder (expected topic.toml and <locale>.md)",
            ));
            continue;
        };
        let locale = match tag.parse::<Locale>() {
            Ok(locale) => locale,
            Err(error) => {
                diagnostics.push(Diagnostic::error(&path, 1, error.to_string()));
                continue;
            }
        };
        present.push(locale);
        if let Some(text) = load_page(&path, locale, diagnostics) {
            texts.insert(locale, text);
        }
    }

    if !texts.contains_key(&Locale::SOURCE) && !texts.is_empty() {
        diagnostics.push(Diagnostic::error(
            &meta_path,
            1,
            format!(
                "topic {slug} has no en.md: English is the source every translation falls back to"
            ),
        ));
    }
    for locale in Locale::ALL {
        if !present.contains(&locale) && locale != Locale::SOURCE {
            diagnostics.push(Diagnostic::warning(
                &meta_path,
                1,
                format!(
                    "topic {slug} has no {locale} translation (expected {})",
                    folder.join(format!("{locale}.md")).display()
                ),
            ));
        }
    }
    Some(Topic {
        slug,
        order: meta.order,
        icon: meta.icon,
        countries,
        last_verified,
        texts,
    })
}

fn load_page(path: &Path, locale: Locale, diagnostics: &mut Vec<Diagnostic>) -> Option<TopicText> {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                path,
                1,
                format!("cannot read page: {error}"),
            ));
            return None;
        }
    };
    let split = match frontmatter::split(&source) {
        Ok(split) => split,
        Err(error) => {
            diagnostics.push(Diagnostic::error(path, 1, format!("front matter: {error}")));
            return None;
        }
    };
    let front_index = LineIndex::new(split.front);
    let front_line = |offset: usize| front_index.line_of(offset) + split.front_first_line - 1;
    let front: RawFrontMatter = match toml::from_str(split.front) {
        Ok(front) => front,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                path,
                error_line(&error, &front_index, split.front_first_line),
                format!("front matter TOML syntax error: {}", error_message(&error)),
            ));
            return None;
        }
    };
    let reviewed_on = front.reviewed_on.as_ref().and_then(date_of);
    let status = match TranslationStatus::from_fields(
        front.translation.get_ref(),
        front.reviewed_by.as_deref(),
        reviewed_on,
    ) {
        Ok(status) => status,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                path,
                front_line(front.translation.span().start),
                error.to_string(),
            ));
            return None;
        }
    };
    if matches!(status, TranslationStatus::Original) && locale != Locale::SOURCE {
        diagnostics.push(Diagnostic::error(
            path,
            front_line(front.translation.span().start),
            "only the English source may be \"original\"; a translation is \"machine\" or \"reviewed\"",
        ));
    }
    if front.title.get_ref().trim().is_empty() {
        diagnostics.push(Diagnostic::error(
            path,
            front_line(front.title.span().start),
            "title is empty",
        ));
    }
    let body_index = LineIndex::new(split.body);
    for problem in markdown::problems(split.body) {
        let (offset, message) = match problem {
            MarkdownProblem::RawHtml { offset } => (
                offset,
                "raw HTML is not allowed in content; use Markdown".to_owned(),
            ),
            MarkdownProblem::DisallowedLink { offset, url } => (
                offset,
                format!("link {url:?} is not allowed: only https, http, tel and mailto"),
            ),
            MarkdownProblem::Image { offset } => {
                (offset, "images are not allowed in topic pages".to_owned())
            }
        };
        diagnostics.push(Diagnostic::error(
            path,
            body_index.line_of(offset) + split.body_first_line - 1,
            message,
        ));
    }
    Some(TopicText::new(
        front.title.into_inner(),
        front.summary,
        status,
        split.body.to_owned(),
    ))
}

/// Translations keep the English headings, so readers and the bot can match sections.
fn check_sections_match_english(
    topics_dir: &Path,
    topics: &[Topic],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for topic in topics {
        let Some(english) = topic.texts.get(&Locale::SOURCE) else {
            continue;
        };
        let expected = english
            .sections
            .iter()
            .filter(|s| s.heading.is_some())
            .count();
        for (locale, text) in &topic.texts {
            let found = text.sections.iter().filter(|s| s.heading.is_some()).count();
            if found != expected {
                let path = topics_dir
                    .join(topic.slug.as_str())
                    .join(format!("{locale}.md"));
                diagnostics.push(Diagnostic::warning(
                    &path,
                    1,
                    format!("has {found} sections (## headings) but en.md has {expected}; keep the same headings as English"),
                ));
            }
        }
    }
}
