//! A campaign's chat message as a web page shows it in a preview: the channel-neutral rich
//! text core writes, as HTML with the look of a chat message (bold, italics, links, bullets,
//! line breaks kept by the preview's `white-space: pre-wrap`). Everything is escaped here,
//! so the template may print it as it is.

use faro_core::rich_text::{Block, Inline, RichText, separator};

pub(super) fn preview_html(text: &RichText) -> String {
    let mut out = String::new();
    let blocks = text.blocks();
    for (index, block) in blocks.iter().enumerate() {
        if let Some(before) = index.checked_sub(1).and_then(|i| blocks.get(i)) {
            out.push_str(separator(before));
        }
        match block {
            Block::Paragraph(content) => push(&mut out, content),
            Block::Heading(content) => {
                out.push_str("<b>");
                push(&mut out, content);
                out.push_str("</b>");
            }
            Block::List(items) => {
                for (number, item) in items.iter().enumerate() {
                    if number > 0 {
                        out.push('\n');
                    }
                    out.push_str(&escape(&item.marker()));
                    push(&mut out, &item.content);
                }
            }
        }
    }
    out
}

fn push(out: &mut String, content: &[Inline]) {
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(&escape(text)),
            Inline::Bold(inner) => {
                out.push_str("<b>");
                push(out, inner);
                out.push_str("</b>");
            }
            Inline::Italic(inner) => {
                out.push_str("<i>");
                push(out, inner);
                out.push_str("</i>");
            }
            Inline::Link { url, content } => {
                out.push_str(&format!("<a href=\"{}\">", escape(url)));
                push(out, content);
                out.push_str("</a>");
            }
        }
    }
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
