//! Markdown from the content pack, rendered for the kiosk (sanitised HTML) and read into the
//! channel-neutral [`RichText`] for the chat channels, and split into sections at `##`
//! headings.

use std::collections::HashSet;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::rich_text::{Block, Inline, ListItem, RichText};

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

/// The Markdown as the engine's channel-neutral text, for the bot and any other chat
/// channel: headings stay headings (each channel shows them as it can), lists keep their
/// bullets, numbers and nesting, and bold, italic and links to allowed addresses stay. What a
/// chat message has no use for keeps its words only: quotes, code, struck-through text and
/// images (their description); raw HTML is dropped.
pub fn to_rich_text(markdown: &str) -> RichText {
    let mut builder = RichTextBuilder::default();
    for event in parser(markdown) {
        builder.event(event);
    }
    builder.finish()
}

#[derive(Default)]
struct RichTextBuilder {
    blocks: Vec<Block>,
    /// The inline content of the paragraph, heading or list item being read.
    content: Vec<Inline>,
    /// Bold, italic and links opened inside it and not yet closed.
    open: Vec<(Wrapper, Vec<Inline>)>,
    /// The next number of each list open, outermost first (`None` for bullets).
    lists: Vec<Option<u64>>,
    /// Items of the outermost list open, nested ones included.
    items: Vec<ListItem>,
    /// The list items being read, the innermost last.
    open_items: Vec<OpenItem>,
}

struct OpenItem {
    depth: usize,
    /// Its number; taken by its first line, so that text after a nested list goes on
    /// without a number of its own.
    number: Option<u64>,
    /// It already has a paragraph, so the next one starts a new line.
    has_paragraph: bool,
}

enum Wrapper {
    Bold,
    Italic,
    Link(String),
    /// Formatting chat messages do without: the text is kept, unformatted.
    Plain,
}

impl RichTextBuilder {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            // Raw HTML is not allowed in the pack; drop it rather than show or pass it on.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph
                if self
                    .open_items
                    .last()
                    .is_some_and(|item| item.has_paragraph) =>
            {
                self.text("\n")
            }
            Tag::List(start) => {
                // A nested list ends its parent item's own line.
                self.end_item();
                self.lists.push(start);
            }
            Tag::Item => {
                let depth = self.lists.len().saturating_sub(1);
                let number = match self.lists.last_mut() {
                    Some(Some(next)) => {
                        let number = *next;
                        *next += 1;
                        Some(number)
                    }
                    _ => None,
                };
                self.open_items.push(OpenItem {
                    depth,
                    number,
                    has_paragraph: false,
                });
            }
            Tag::Emphasis => self.open.push((Wrapper::Italic, Vec::new())),
            Tag::Strong => self.open.push((Wrapper::Bold, Vec::new())),
            Tag::Link {
                dest_url,
                link_type,
                ..
            } => {
                let wrapper = if is_allowed_url(&dest_url) && link_type != LinkType::Email {
                    Wrapper::Link(dest_url.to_string())
                } else {
                    Wrapper::Plain
                };
                self.open.push((wrapper, Vec::new()));
            }
            Tag::Strikethrough | Tag::Image { .. } => self.open.push((Wrapper::Plain, Vec::new())),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if !self.open_items.is_empty() => {
                if let Some(item) = self.open_items.last_mut() {
                    item.has_paragraph = true;
                }
            }
            TagEnd::Paragraph | TagEnd::CodeBlock => self.end_block(Block::Paragraph),
            TagEnd::Heading(_) => self.end_block(Block::Heading),
            TagEnd::Item => {
                self.end_item();
                self.open_items.pop();
            }
            TagEnd::List(_) => {
                self.lists.pop();
                if self.lists.is_empty() && !self.items.is_empty() {
                    self.blocks
                        .push(Block::List(std::mem::take(&mut self.items)));
                }
            }
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Link
            | TagEnd::Strikethrough
            | TagEnd::Image => self.close_inline(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        let target = match self.open.last_mut() {
            Some((_, content)) => content,
            None => &mut self.content,
        };
        match target.last_mut() {
            Some(Inline::Text(last)) => last.push_str(text),
            _ => target.push(Inline::text(text)),
        }
    }

    fn close_inline(&mut self) {
        let Some((wrapper, content)) = self.open.pop() else {
            return;
        };
        let closed = match wrapper {
            Wrapper::Bold => vec![Inline::Bold(content)],
            Wrapper::Italic => vec![Inline::Italic(content)],
            Wrapper::Link(url) => vec![Inline::Link { url, content }],
            Wrapper::Plain => content,
        };
        for inline in closed {
            match (inline, self.open.last_mut()) {
                (Inline::Text(text), _) => self.text(&text),
                (other, Some((_, content))) => content.push(other),
                (other, None) => self.content.push(other),
            }
        }
    }

    /// The content read so far, with anything left open closed.
    fn take_content(&mut self) -> Vec<Inline> {
        while !self.open.is_empty() {
            self.close_inline();
        }
        let mut content = std::mem::take(&mut self.content);
        trim_end(&mut content);
        content
    }

    fn end_block(&mut self, block: fn(Vec<Inline>) -> Block) {
        let content = self.take_content();
        if !content.is_empty() {
            self.blocks.push(block(content));
        }
    }

    fn end_item(&mut self) {
        let content = self.take_content();
        if let Some(item) = self.open_items.last_mut()
            && !content.is_empty()
        {
            self.items.push(ListItem {
                depth: item.depth,
                number: item.number.take(),
                content,
            });
        }
    }

    fn finish(mut self) -> RichText {
        self.end_block(Block::Paragraph);
        RichText::from(self.blocks)
    }
}

/// Without the spaces and line breaks a block's source ends with (a code block's last line
/// break, a paragraph's trailing hard break).
fn trim_end(content: &mut Vec<Inline>) {
    while let Some(last) = content.last_mut() {
        match last {
            Inline::Text(text) => {
                text.truncate(text.trim_end().len());
                if !text.is_empty() {
                    return;
                }
            }
            Inline::Bold(inner) | Inline::Italic(inner) | Inline::Link { content: inner, .. } => {
                trim_end(inner);
                if !inner.is_empty() {
                    return;
                }
            }
        }
        content.pop();
    }
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
    fn rich_text_keeps_headings_lists_emphasis_and_allowed_links_only() {
        let text = to_rich_text(
            "## Title 1 < 2\n\nA & B **bold** *it*\n\n- one\n- two\n\n[UNHCR](https://www.acnur.org) [no](javascript:x) <b>raw</b>",
        );
        assert_eq!(
            text.blocks(),
            [
                Block::Heading(vec![Inline::text("Title 1 < 2")]),
                Block::paragraph([
                    Inline::text("A & B "),
                    Inline::bold("bold"),
                    Inline::text(" "),
                    Inline::italic("it"),
                ]),
                Block::List(vec![
                    ListItem {
                        depth: 0,
                        number: None,
                        content: vec![Inline::text("one")],
                    },
                    ListItem {
                        depth: 0,
                        number: None,
                        content: vec![Inline::text("two")],
                    },
                ]),
                Block::paragraph([
                    Inline::Link {
                        url: "https://www.acnur.org".into(),
                        content: vec![Inline::text("UNHCR")],
                    },
                    Inline::text(" no raw"),
                ]),
            ]
        );
    }

    #[test]
    fn rich_text_numbers_and_nests_lists_and_keeps_the_words_of_the_rest() {
        let text = to_rich_text(
            "3. first\n4. second\n   - inner *x*\n\n> quoted ~~gone~~\n\n```\ncode\n```\n\n![alt](https://x.org/i.png)\n\n---\n\nline  \nbreak",
        );
        assert_eq!(
            text.plain(),
            "3. first\n4. second\n  • inner x\n\nquoted gone\n\ncode\n\nalt\n\nline\nbreak"
        );
        let Block::List(items) = &text.blocks()[0] else {
            panic!("{text:?}");
        };
        assert_eq!(items[2].depth, 1);
        assert_eq!(items[2].content[1], Inline::italic("x"));
    }

    #[test]
    fn rich_text_of_a_loose_list_keeps_an_items_paragraphs_on_its_lines() {
        let text = to_rich_text("- a\n\n  more a\n\n- b");
        assert_eq!(text.plain(), "• a\nmore a\n• b");
        assert!(to_rich_text("").is_empty());
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
        assert!(!to_rich_text(page).plain().contains("{#"));
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
