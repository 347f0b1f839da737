//! Rich text as a chat shows it, in the small HTML subset Telegram's HTML parse mode takes:
//! `<b>`, `<i>` and `<a href>` around text with `&`, `<`, `>` and `"` escaped; blocks apart by
//! a blank line (a heading, in bold, directly above its block); list items one to a line with
//! their bullet or number. The Telegram adapter sends it; the campaign pages show it as the
//! message's preview (with `white-space: pre-wrap` keeping its line breaks). Plain markup, not
//! a channel's API: both read the same lines here, so the preview is what a reader gets.

use super::{Block, Inline, RichText, separator};

pub fn to_html(text: &RichText) -> String {
    let mut out = String::new();
    let blocks = text.blocks();
    for (index, block) in blocks.iter().enumerate() {
        if let Some(before) = index.checked_sub(1).and_then(|i| blocks.get(i)) {
            out.push_str(separator(before));
        }
        match block {
            Block::Paragraph(content) => push_inlines(&mut out, content),
            Block::Heading(content) => {
                out.push_str("<b>");
                push_inlines(&mut out, content);
                out.push_str("</b>");
            }
            Block::List(items) => {
                for (number, item) in items.iter().enumerate() {
                    if number > 0 {
                        out.push('\n');
                    }
                    out.push_str(&escape_html(&item.marker()));
                    push_inlines(&mut out, &item.content);
                }
            }
        }
    }
    out
}

fn push_inlines(out: &mut String, content: &[Inline]) {
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(&escape_html(text)),
            Inline::Bold(inner) => wrap(out, "<b>", inner, "</b>"),
            Inline::Italic(inner) => wrap(out, "<i>", inner, "</i>"),
            Inline::Link { url, content } => {
                let open = format!("<a href=\"{}\">", escape_html(url));
                wrap(out, &open, content, "</a>");
            }
        }
    }
}

fn wrap(out: &mut String, open: &str, content: &[Inline], close: &str) {
    out.push_str(open);
    push_inlines(out, content);
    out.push_str(close);
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
