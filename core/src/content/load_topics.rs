//! Reading `content/topics/<slug>/topic.toml` and `<locale>.md`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use time::Date;
use toml::Spanned;

use super::frontmatter;
use super::icons;
use super::markdown::{self, MarkdownProblem};
use super::toml_spans::{error_line, error_message};
use super::topic::{RecordingMeta, SectionMeta, Source, Topic, TopicSlug, TopicText};
use crate::country::CountryCode;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::locale::Locale;
use crate::translation_status::TranslationStatus;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopicMeta {
    order: u32,
    /// The name of one of Faro's SVG icons (`content::icons`).
    icon: Spanned<String>,
    /// For channels that show text only (a Telegram button).
    emoji: String,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    last_verified: Spanned<toml::value::Datetime>,
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    sections: BTreeMap<String, Spanned<RawSection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    title: Spanned<String>,
    publisher: Option<String>,
    url: Option<Spanned<String>>,
    checked: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    summary: String,
    translation: Spanned<String>,
    reviewed_by: Option<String>,
    reviewed_on: Option<toml::value::Datetime>,
    /// `<locale>.opus` (or `<locale>.<section>.opus`) beside the page: its speaker's consent
    /// and the text version it reads.
    recording: Option<RawRecording>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecording {
    consent: Option<toml::value::Datetime>,
    text_version: Option<String>,
    /// Section id → the version of that section's text its recording reads.
    #[serde(default)]
    sections: std::collections::BTreeMap<String, String>,
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

    if icons::svg(meta.icon.get_ref()).is_none() {
        diagnostics.push(Diagnostic::error(
            &meta_path,
            index.line_of(meta.icon.span().start),
            format!(
                "unknown icon {:?}; Faro's icons are {} (core/data/icons/)",
                meta.icon.get_ref(),
                icons::names()
            ),
        ));
    }
    let sources = sources_of(&meta.sources, &meta_path, &index, diagnostics);
    let sections = sections_of(&meta.sections, &sources, &meta_path, &index, diagnostics);

    let mut texts = BTreeMap::new();
    // Locales with a page, even a broken one: those are reported for what is wrong with them,
    // not as missing.
    let mut present = Vec::new();
    for path in sorted_entries(folder).unwrap_or_default() {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // A person's recording of a page or of one of its sections (`<locale>.opus`,
        // `<locale>.<section>.opus`; `crate::audio` checks it against the page).
        if file_name == "topic.toml"
            || file_name.strip_suffix(".opus").is_some_and(|stem| {
                let tag = stem.split_once('.').map_or(stem, |(tag, _)| tag);
                tag.parse::<Locale>().is_ok()
            })
        {
            continue;
        }
        let Some(tag) = file_name.strip_suffix(".md") else {
            diagnostics.push(Diagnostic::warning(
                &path,
                1,
                "unexpected file in a topic folder (expected topic.toml, <locale>.md, <locale>.opus and <locale>.<section>.opus)",
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
    let topic = Topic {
        slug,
        order: meta.order,
        icon: meta.icon.get_ref().clone(),
        emoji: meta.emoji.clone(),
        countries,
        last_verified,
        sources,
        sections,
        texts,
    };
    check_sections_declared(&topic, &meta, &meta_path, &index, folder, diagnostics);
    Some(topic)
}

/// The line of `en.md` where the `##` heading with this text stands (1 when not found).
fn heading_line(path: &Path, heading: &str) -> usize {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|source| {
            source.lines().position(|line| {
                line.strip_prefix("## ")
                    .is_some_and(|rest| rest.trim() == heading.trim())
            })
        })
        .map_or(1, |index| index + 1)
}

fn sources_of(
    raw: &[RawSource],
    meta_path: &Path,
    index: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    for source in raw {
        let line = |span: std::ops::Range<usize>| index.line_of(span.start);
        let id = source.id.get_ref();
        if !crate::slug::is_slug(id, 1..=64) {
            diagnostics.push(Diagnostic::error(
                meta_path,
                line(source.id.span()),
                format!("source id {id:?} must be lower-case a-z, 0-9 and -"),
            ));
            continue;
        }
        if sources.iter().any(|known| &known.id == id) {
            diagnostics.push(Diagnostic::error(
                meta_path,
                line(source.id.span()),
                format!("source {id:?} is listed twice"),
            ));
            continue;
        }
        if source.title.get_ref().trim().is_empty() {
            diagnostics.push(Diagnostic::error(
                meta_path,
                line(source.title.span()),
                format!("source {id:?} has no title: say what it is (a law and its article, a page and its publisher)"),
            ));
        }
        if let Some(url) = &source.url
            && !url.get_ref().starts_with("https://")
        {
            diagnostics.push(Diagnostic::error(
                meta_path,
                line(url.span()),
                format!("source {id:?}: the address must start with https://"),
            ));
        }
        let Some(checked) = date_of(source.checked.get_ref()) else {
            diagnostics.push(Diagnostic::error(
                meta_path,
                line(source.checked.span()),
                format!("source {id:?}: checked must be a date such as 2026-12-06"),
            ));
            continue;
        };
        sources.push(Source {
            id: id.clone(),
            title: source.title.get_ref().trim().to_owned(),
            publisher: source.publisher.clone().filter(|p| !p.trim().is_empty()),
            url: source.url.as_ref().map(|url| url.get_ref().clone()),
            checked,
        });
    }
    sources
}

fn sections_of(
    raw: &BTreeMap<String, Spanned<RawSection>>,
    sources: &[Source],
    meta_path: &Path,
    index: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SectionMeta> {
    let mut sections = Vec::new();
    for (id, section) in raw {
        let line = index.line_of(section.span().start);
        let section = section.get_ref();
        let mut countries = Vec::new();
        for raw in &section.countries {
            match CountryCode::parse(raw.get_ref()) {
                Ok(code) => countries.push(code),
                Err(error) => diagnostics.push(Diagnostic::error(
                    meta_path,
                    index.line_of(raw.span().start),
                    error.to_string(),
                )),
            }
        }
        for cited in &section.sources {
            if !sources.iter().any(|source| &source.id == cited.get_ref()) {
                diagnostics.push(Diagnostic::error(
                    meta_path,
                    index.line_of(cited.span().start),
                    format!(
                        "section {id:?} cites source {:?}, which is not in [[sources]]",
                        cited.get_ref()
                    ),
                ));
            }
        }
        if !countries.is_empty() && section.sources.is_empty() {
            let named = countries
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            diagnostics.push(Diagnostic::error(
                meta_path,
                line,
                format!(
                    "section {id:?} states facts about {named} but cites no source: add its sources, or write less"
                ),
            ));
        }
        sections.push(SectionMeta {
            id: id.clone(),
            countries,
            sources: section
                .sources
                .iter()
                .map(|cited| cited.get_ref().clone())
                .collect(),
        });
    }
    sections
}

/// Every section of the English page is declared in `topic.toml` (so none escapes the
/// country-specific rule), every declared section is on the page, and every source is cited.
fn check_sections_declared(
    topic: &Topic,
    meta: &RawTopicMeta,
    meta_path: &Path,
    index: &LineIndex,
    folder: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(english) = topic.texts.get(&Locale::SOURCE) else {
        return;
    };
    let en_path = folder.join("en.md");
    let mut on_page = Vec::new();
    for section in &english.sections {
        match (&section.id, &section.heading) {
            (Some(id), _) => on_page.push(id.clone()),
            (None, heading) => diagnostics.push(Diagnostic::error(
                &en_path,
                heading_line(&en_path, heading.as_deref().unwrap_or_default()),
                format!(
                    "the heading {:?} has no section id: write it as `## {} {{#some-id}}` and describe the section in topic.toml",
                    heading.as_deref().unwrap_or_default(),
                    heading.as_deref().unwrap_or_default()
                ),
            )),
        }
    }
    for id in &on_page {
        if on_page.iter().filter(|other| *other == id).count() > 1 {
            diagnostics.push(Diagnostic::error(
                &en_path,
                1,
                format!("section id {id:?} is used twice"),
            ));
        }
        if !topic.sections.iter().any(|section| &section.id == id) {
            diagnostics.push(Diagnostic::error(
                meta_path,
                1,
                format!(
                    "section {id:?} of en.md is not described: add [sections.{id}] with its countries (empty if true everywhere) and sources"
                ),
            ));
        }
    }
    for section in &topic.sections {
        if !on_page.contains(&section.id) {
            let line = meta
                .sections
                .get(&section.id)
                .map_or(1, |raw| index.line_of(raw.span().start));
            diagnostics.push(Diagnostic::error(
                meta_path,
                line,
                format!("[sections.{}] names no section of en.md", section.id),
            ));
        }
    }
    for source in &topic.sources {
        if !topic
            .sections
            .iter()
            .any(|s| s.sources.contains(&source.id))
        {
            diagnostics.push(Diagnostic::warning(
                meta_path,
                1,
                format!("source {:?} is cited by no section", source.id),
            ));
        }
    }
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
    let mut text = TopicText::new(
        front.title.into_inner(),
        front.summary,
        status,
        split.body.to_owned(),
    );
    text.recording = front.recording.map(|raw| RecordingMeta {
        consent: raw.consent.as_ref().and_then(date_of),
        text_version: raw.text_version.map(|version| version.trim().to_owned()),
        sections: raw
            .sections
            .into_iter()
            .map(|(id, version)| (id, version.trim().to_owned()))
            .collect(),
    });
    Some(text)
}

/// Translations keep the English sections and their ids in the same order, so readers and the
/// bot can match them and each carries its sources.
fn check_sections_match_english(
    topics_dir: &Path,
    topics: &[Topic],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for topic in topics {
        let Some(english) = topic.texts.get(&Locale::SOURCE) else {
            continue;
        };
        let ids = |text: &TopicText| -> Vec<Option<String>> {
            text.sections
                .iter()
                .filter(|s| s.heading.is_some())
                .map(|s| s.id.clone())
                .collect()
        };
        let expected = ids(english);
        for (locale, text) in &topic.texts {
            let found = ids(text);
            if found != expected {
                let path = topics_dir
                    .join(topic.slug.as_str())
                    .join(format!("{locale}.md"));
                let show = |ids: &[Option<String>]| {
                    ids.iter()
                        .map(|id| id.as_deref().unwrap_or("(no id)"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                diagnostics.push(Diagnostic::warning(
                    &path,
                    1,
                    format!(
                        "has sections [{}] but en.md has [{}]; keep the same ## headings with the same {{#id}} as English",
                        show(&found),
                        show(&expected)
                    ),
                ));
            }
        }
    }
}
