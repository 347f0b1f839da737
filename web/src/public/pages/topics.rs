//! `/{locale}/`: the topics (with campaign banners); `/{locale}/topics/{slug}`: one topic.

use askama::Template;
use axum::extract::State;
use faro_core::App;
use faro_core::content::TopicSlug;
use faro_core::publishing::ReviewKind;

use crate::AppState;
use crate::public::assets;
use crate::public::audio::Listen;
use crate::public::banners::{Banner, active_banners};
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::scope::Scope;
use crate::public::scope_path::{Scoped, SlugPath};

pub struct TopicCard {
    pub href: String,
    /// The icon's address; decorative beside the title, so shown with an empty `alt`.
    pub icon: Option<&'static str>,
    pub title: String,
    pub summary: String,
    pub lang: &'static str,
    pub dir: &'static str,
}

#[derive(Template)]
#[template(path = "public/home.html")]
struct HomeTemplate<'a> {
    frame: Frame<'a>,
    banners: Vec<Banner>,
    banner_label: String,
    topics: Vec<TopicCard>,
}

impl Page for HomeTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn home(State(state): State<AppState>, scope: Scope) -> Result<Rendered, PageError> {
    let banners = active_banners(&state.app, &scope).await;
    render_home(&state.app, scope, banners)
}

/// The home page with the given campaign banners.
pub fn render_home(app: &App, scope: Scope, banners: Vec<Banner>) -> Result<Rendered, PageError> {
    let locale = scope.locale;
    let mut frame = Frame::new(app, scope, Section::Topics, "", None);
    frame.title = frame.tr.get("home-title");
    let mut topics = Vec::new();
    for topic in app.content.topics() {
        let Some(text) = topic.text(locale) else {
            continue;
        };
        if text.fell_back() && frame.content_fallback.is_none() {
            frame.content_fallback = Some(text.locale);
        }
        topics.push(TopicCard {
            href: format!("{}/topics/{}", frame.base, topic.slug),
            icon: assets::icon_path(&topic.icon),
            title: text.value.title.clone(),
            summary: text.value.summary.clone(),
            lang: text.locale.tag(),
            dir: text.locale.direction().as_str(),
        });
    }
    let page = HomeTemplate {
        banner_label: frame.tr.get("campaign-label"),
        frame,
        banners,
        topics,
    };
    frame::render(&page)
}

/// One section of a topic, with its clip and the sources its facts rest on.
struct Part<'a> {
    /// The section's heading and the rest of its HTML, sanitised when the content pack was
    /// loaded (core's `markdown::to_html`); the player goes between them.
    heading: &'a str,
    body: &'a str,
    /// The section read aloud, when its clip is ready.
    listen: Option<Listen>,
    sources: Vec<SourceLine<'a>>,
}

/// A section's HTML cut after its `<h2>`, so that the section's player sits under its
/// heading; all of it is the body when it has none (the opening).
fn split_heading(html: &str) -> (&str, &str) {
    const END: &str = "</h2>";
    match html.find(END) {
        Some(at) if html.trim_start().starts_with("<h2") => html.split_at(at + END.len()),
        _ => ("", html),
    }
}

/// "Source: <title> (<publisher>), checked on <date>", its parts for the template.
struct SourceLine<'a> {
    title: &'a str,
    publisher: Option<&'a str>,
    url: Option<&'a str>,
    checked: String,
}

#[cfg(test)]
mod tests {
    use super::split_heading;

    #[test]
    fn a_section_is_cut_after_its_heading() {
        assert_eq!(
            split_heading("<h2 id=\"where\">Where</h2>\n<p>At COMAR.</p>"),
            ("<h2 id=\"where\">Where</h2>", "\n<p>At COMAR.</p>")
        );
        assert_eq!(split_heading("<p>Opening.</p>"), ("", "<p>Opening.</p>"));
    }
}

#[derive(Template)]
#[template(path = "public/topic.html")]
struct TopicTemplate<'a> {
    frame: Frame<'a>,
    /// The same picture as on the topic's card, so a reader knows where they are.
    icon: Option<&'static str>,
    parts: Vec<Part<'a>>,
    source_label: String,
    summary: &'a str,
    text_lang: &'static str,
    text_dir: &'static str,
    last_verified: String,
    /// The whole page read aloud by a person, when there is such a recording (then the
    /// sections have no players of their own).
    listen: Option<Listen>,
}

impl Page for TopicTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn topic(
    State(state): State<AppState>,
    Scoped { scope, path }: Scoped<SlugPath>,
) -> Result<Rendered, PageError> {
    let app = &state.app;
    let locale = scope.locale;
    let found = TopicSlug::parse(&path.slug)
        .ok()
        .and_then(|slug| app.content.topic(slug.as_str()))
        .and_then(|topic| Some((topic, topic.text(locale)?)));
    let Some((topic, text)) = found else {
        return Err(PageError::UnknownTopic(scope));
    };
    let path = format!("topics/{}", topic.slug);
    let mut frame = Frame::new(app, scope, Section::Topics, &path, Some(&topic.slug));
    frame.title = text.value.title.clone();
    frame.content_fallback = text.fell_back().then_some(text.locale);
    // A current review of this page in the shown locale counts as much as the file's own
    // "reviewed" (a stale one, made before the English changed, does not).
    frame.machine = text.value.status.needs_machine_notice()
        && !app
            .reviews
            .is_reviewed(ReviewKind::Topic, topic.slug.as_str(), text.locale);
    let last_verified = frame.tr.with(
        "notice-last-verified",
        "date",
        &frame.tr.ltr(&topic.last_verified.to_string()),
    );
    // The audio of the text shown (after any fallback), so that what is heard is what is read.
    let slug = topic.slug.as_str();
    let listen = Listen::for_clip(app, &frame.tr, slug, text.locale, None);
    let parts = text
        .value
        .sections
        .iter()
        .zip(&text.value.section_html)
        .map(|(section, html)| {
            let (heading, body) = split_heading(html);
            let listen = listen
                .is_none()
                .then(|| {
                    let id = section.id.as_deref()?;
                    Listen::for_clip(app, &frame.tr, slug, text.locale, Some(id))
                })
                .flatten();
            (heading, body, listen, section)
        })
        .map(|(heading, body, listen, section)| Part {
            heading,
            body,
            listen,
            sources: section
                .id
                .as_deref()
                .map(|id| topic.sources_of(id))
                .unwrap_or_default()
                .into_iter()
                .map(|source| SourceLine {
                    title: &source.title,
                    publisher: source.publisher.as_deref(),
                    url: source.url.as_deref(),
                    checked: frame.tr.with(
                        "topic-source-checked",
                        "date",
                        &frame.tr.ltr(&source.checked.to_string()),
                    ),
                })
                .collect(),
        })
        .collect();
    let page = TopicTemplate {
        listen,
        icon: assets::icon_path(&topic.icon),
        source_label: frame.tr.get("topic-source"),
        frame,
        parts,
        summary: &text.value.summary,
        text_lang: text.locale.tag(),
        text_dir: text.locale.direction().as_str(),
        last_verified,
    };
    frame::render(&page)
}
