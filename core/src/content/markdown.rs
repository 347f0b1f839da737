//! Markdown from the content pack, rendered for the kiosk (sanitised HTML) and for Telegram
//! (its small HTML subset), and split into sections at `##` headings.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// Link schemes a content page may use; anything else (javascript:, data:, file:) is dropped.
const ALLOWED_SCHEMES: [&str; 4] = ["https", "http", "tel", "mailto"];

/// Heading attributes carry a section's id (`## Time limits {#deadlines}`), which the pack uses
/// to match sections across translations and to hang each section's sources on.
fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES,
    )
}

/// What a Markdown text holds that the pack does not allow; `faro check` reports these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkdownProblem {
    RawHtml { offset: usize },
    DisallowedLink { offset: usize, url: String },
    Image { offset: usize },
}

pub fn problems(markdown: &str) -> Vec<MarkdownProblem> {
    let mut found = Vec::new();
    for (event, range) in parser(markdown).into_offset_iter() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => found.push(MarkdownProblem::RawHtml {
                offset: range.start,
            }),
            Event::Start(Tag::Link { dest_url, .. }) if !is_allowed_url(&dest_url) => {
                found.push(MarkdownProblem::DisallowedLink {
                    offset: range.start,
                    url: dest_url.to_string(),
                })
            }
            Event::Start(Tag::Image { .. }) => found.push(MarkdownProblem::Image {
                offset: range.start,
            }),
            _ => {}
        }
    }
    found
}

pub fn is_allowed_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ALLOWED_SCHEMES.iter().any(|scheme| {
        lower
            .strip_prefix(scheme)
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

/// HTML for the kiosk: raw HTML and images removed, then cleaned by ammonia so that nothing
/// executable or external survives even if the parser is fooled.
pub fn to_html(markdown: &str) -> String {
    let events = parser(markdown).filter_map(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => None,
        other => Some(other),
    });
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events);
    sanitizer().clean(&raw).to_string()
}

fn sanitizer() -> ammonia::Builder<'static> {
    let tags: HashSet<&str> = [
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "del",
        "a",
        "code",
        "pre",
        "blockquote",
        "br",
        "hr",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .add_tag_attributes("a", ["href"])
        .url_schemes(ALLOWED_SCHEMES.into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .url_relative(ammonia::UrlRelative::Deny);
    builder
}

/// Telegram's HTML parse mode: `<b> <i> <s> <a> <code> <pre> <blockquote>` only, with `&<>`
/// escaped. Headings become bold lines, list items bullets.
pub fn to_telegram_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 64);
    let mut list_stack: Vec<Option<u64>> = Vec::new();
    let mut link_open = Vec::new();
    for event in parser(markdown) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {}
                Tag::Heading { .. } => out.push_str("<b>"),
                Tag::BlockQuote(_) => out.push_str("<blockquote>"),
                Tag::CodeBlock(_) => out.push_str("<pre>"),
                Tag::List(start) => {
                    if !list_stack.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                    list_stack.push(start)
                }
                Tag::Item => {
                    let depth = list_stack.len().saturating_sub(1);
                    out.push_str(&"  ".repeat(depth));
                    match list_stack.last_mut() {
                        Some(Some(number)) => {
                            out.push_str(&format!("{number}. "));
                            *number += 1;
                        }
                        _ => out.push_str("• "),
                    }
                }
                Tag::Emphasis => out.push_str("<i>"),
                Tag::Strong => out.push_str("<b>"),
                Tag::Strikethrough => out.push_str("<s>"),
                Tag::Link {
                    dest_url,
                    link_type,
                    ..
                } => {
                    let allowed = is_allowed_url(&dest_url) && link_type != LinkType::Email;
                    if allowed {
                        out.push_str("<a href=\"");
                        out.push_str(&escape_html(&dest_url));
                        out.push_str("\">");
                    }
                    link_open.push(allowed);
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => out.push_str("\n\n"),
                TagEnd::Heading(_) => out.push_str("</b>\n"),
                TagEnd::BlockQuote(_) => out.push_str("</blockquote>\n"),
                TagEnd::CodeBlock => out.push_str("</pre>\n"),
                TagEnd::List(_) => {
                    list_stack.pop();
                    if list_stack.is_empty() {
                        out.push('\n');
                    }
                }
                TagEnd::Item if !out.ends_with('\n') => out.push('\n'),
                TagEnd::Emphasis => out.push_str("</i>"),
                TagEnd::Strong => out.push_str("</b>"),
                TagEnd::Strikethrough => out.push_str("</s>"),
                TagEnd::Link if link_open.pop() == Some(true) => out.push_str("</a>"),
                _ => {}
            },
            Event::Text(text) | Event::Code(text) => push_text(&mut out, &text),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::Rule => out.push('\n'),
            // Raw HTML is not allowed in the pack; drop it rather than show or pass it on.
            _ => {}
        }
    }
    // Paragraphs inside list items end with blank lines; tidy so the message stays compact.
    let mut tidy = String::with_capacity(out.len());
    for line in out.trim().split('\n') {
        if line.trim().is_empty() && tidy.ends_with("\n\n") {
            continue;
        }
        tidy.push_str(line.trim_end());
        tidy.push('\n');
    }
    tidy.trim_end().to_owned()
}

fn push_text(out: &mut String, text: &CowStr<'_>) {
    out.push_str(&escape_html(text));
}

/// Escapes text for Telegram HTML and for attributes: `&`, `<`, `>` and `"`.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// A part of a topic that starts at a `##` heading (the first part may have none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Option<String>,
    /// The heading's `{#id}`; the part before the first heading is [`INTRO`].
    pub id: Option<String>,
    /// The section's Markdown, heading line included.
    pub markdown: String,
}

/// The id of the text before a page's first `##` heading.
pub const INTRO: &str = "intro";

/// Splits at level-2 headings, the unit readers page through and translations are matched by.
pub fn sections(markdown: &str) -> Vec<Section> {
    let mut starts: Vec<(usize, Option<String>, Option<String>)> = Vec::new();
    let mut heading_text: Option<String> = None;
    let mut in_h2 = false;
    for (event, range) in parser(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                id,
                ..
            }) => {
                in_h2 = true;
                heading_text = Some(String::new());
                starts.push((range.start, None, id.map(|id| id.to_string())));
            }
            Event::Text(text) | Event::Code(text) if in_h2 => {
                if let Some(heading) = heading_text.as_mut() {
                    heading.push_str(&text)
                }
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                in_h2 = false;
                if let Some(last) = starts.last_mut() {
                    last.1 = heading_text.take();
                }
            }
            _ => {}
        }
    }
    let mut sections = Vec::new();
    let first_start = starts.first().map_or(markdown.len(), |(start, ..)| *start);
    let preamble = markdown[..first_start].trim();
    if !preamble.is_empty() {
        sections.push(Section {
            heading: None,
            id: Some(INTRO.to_owned()),
            markdown: preamble.to_owned(),
        });
    }
    for (index, (start, heading, id)) in starts.iter().enumerate() {
        let end = starts
            .get(index + 1)
            .map_or(markdown.len(), |(next, ..)| *next);
        sections.push(Section {
            heading: heading.clone(),
            id: id.clone(),
            markdown: markdown[*start..end].trim().to_owned(),
        });
    }
    sections
}

/// Plain text of a Markdown snippet, for search and previews.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in parser(markdown) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_drops_raw_html_and_scripts() {
        let html = to_html(
            "Hi <script>alert(1)</script> <b onclick=x>bold</b>\n\n<iframe src=x></iframe>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("alert(1)</script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<iframe"), "{html}");
    }

    #[test]
    fn html_drops_javascript_links_but_keeps_https() {
        let html =
            to_html("[bad](javascript:alert(1)) [ok](https://www.acnur.org) [d](data:text/html,x)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains(r#"href="https://www.acnur.org""#), "{html}");
        assert!(html.contains("noopener"), "{html}");
    }

    #[test]
    fn problems_locate_html_and_bad_links() {
        let found = problems("ok\n\n<div>x</div>\n\n[x](javascript:void(0))\n");
        assert!(matches!(found[0], MarkdownProblem::RawHtml { offset: 4 }));
        assert!(matches!(found[1], MarkdownProblem::DisallowedLink { .. }));
    }

    #[test]
    fn telegram_html_escapes_and_uses_only_its_tags() {
        let out = to_telegram_html(
            "## Title 1 < 2\n\nA & B **bold** *it*\n\n- one\n- two\n\n[UNHCR](https://www.acnur.org) [no](javascript:x)",
        );
        assert_eq!(
            out,
            "<b>Title 1 &lt; 2</b>\nA &amp; B <b>bold</b> <i>it</i>\n\n• one\n• two\n\n<a href=\"https://www.acnur.org\">UNHCR</a> no"
        );
    }

    #[test]
    fn sections_split_at_h2() {
        let parts = sections("Intro.\n\n## One\nText\n\n### Sub\nMore\n\n## Two\nEnd");
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].heading, None);
        assert_eq!(parts[1].heading.as_deref(), Some("One"));
        assert!(parts[1].markdown.contains("### Sub"));
        assert_eq!(parts[2].heading.as_deref(), Some("Two"));
    }

    #[test]
    fn section_ids_come_from_heading_attributes_and_never_show() {
        let page = "Intro.\n\n## Time limits {#deadlines}\nText\n\n## Other\nMore";
        let parts = sections(page);
        let ids: Vec<_> = parts.iter().map(|p| p.id.as_deref()).collect();
        assert_eq!(ids, [Some(INTRO), Some("deadlines"), None]);
        assert_eq!(parts[1].heading.as_deref(), Some("Time limits"));
        assert!(!to_html(page).contains("{#"), "{}", to_html(page));
        assert!(!to_telegram_html(page).contains("{#"));
        assert!(!to_plain_text(page).contains("deadlines"));
    }

    #[test]
    fn sections_of_text_without_headings_is_one_part() {
        let parts = sections("Just text.");
        assert_eq!(
            parts,
            vec![Section {
                heading: None,
                id: Some(INTRO.into()),
                markdown: "Just text.".into()
            }]
        );
        assert!(sections("").is_empty());
    }
}
