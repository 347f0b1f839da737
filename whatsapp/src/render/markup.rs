//! Rich text in WhatsApp's own markup: `*bold*`, `_italic_`; a heading in bold directly above
//! its block; list items one to a line with their bullet or number; a link as its text and
//! then the plain URL (WhatsApp makes a URL tappable itself, and has no link markup).

use faro_core::rich_text::{Block, Inline, RichText, separator};

pub fn to_markup(text: &RichText) -> String {
    let mut out = String::new();
    let blocks = text.blocks();
    for (index, block) in blocks.iter().enumerate() {
        if let Some(before) = index.checked_sub(1).and_then(|i| blocks.get(i)) {
            out.push_str(separator(before));
        }
        match block {
            Block::Paragraph(content) => push_inlines(&mut out, content),
            Block::Heading(content) => wrap(&mut out, '*', content),
            Block::List(items) => {
                for (number, item) in items.iter().enumerate() {
                    if number > 0 {
                        out.push('\n');
                    }
                    out.push_str(&item.marker());
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
            Inline::Text(text) => out.push_str(text),
            Inline::Bold(inner) => wrap(out, '*', inner),
            Inline::Italic(inner) => wrap(out, '_', inner),
            Inline::Link { url, content } => {
                let mut label = String::new();
                push_inlines(&mut label, content);
                let label = label.trim();
                if label.is_empty() || label == url {
                    out.push_str(url);
                } else {
                    out.push_str(label);
                    out.push_str(": ");
                    out.push_str(url);
                }
            }
        }
    }
}

/// WhatsApp formats `*x*` only when the marks touch the text, so the spaces at either end of
/// the inner text go outside them; an inner text of spaces only gets no marks.
fn wrap(out: &mut String, mark: char, content: &[Inline]) {
    let mut inner = String::new();
    push_inlines(&mut inner, content);
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(&inner);
        return;
    }
    let start = inner.len() - inner.trim_start().len();
    out.push_str(&inner[..start]);
    out.push(mark);
    out.push_str(trimmed);
    out.push(mark);
    out.push_str(&inner[start + trimmed.len()..]);
}
