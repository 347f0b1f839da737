//! Message text with just the structure Faro's messages need — paragraphs, headings, bulleted
//! and numbered lists, bold, italic and links — and no channel's markup. The engine and the
//! content pack write it; each channel's adapter renders it in its own syntax (Telegram's HTML
//! subset, WhatsApp's `*bold*` and `_italic_`) and says how long it is in its own units.
//!
//! Text may hold line breaks (`\n`): every channel shows them as such.

pub mod html;
mod split;

pub use split::split;

/// A message's text: blocks, shown one after the other with a blank line between them (a
/// heading sits directly above what it titles).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RichText {
    blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// A line that titles what follows; channels without headings show it in bold.
    Heading(Vec<Inline>),
    /// Consecutive items, one per line.
    List(Vec<ListItem>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// 0 for an item of the outermost list, 1 for one nested in it, and so on.
    pub depth: usize,
    /// The item's number in a numbered list; `None` for a bullet.
    pub number: Option<u64>,
    pub content: Vec<Inline>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Bold(Vec<Inline>),
    Italic(Vec<Inline>),
    /// Only to https, http, tel and mailto addresses (see `content::markdown::is_allowed_url`).
    Link {
        url: String,
        content: Vec<Inline>,
    },
}

impl RichText {
    pub fn new() -> Self {
        RichText::default()
    }

    /// One paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        RichText::from(Block::text(text))
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    pub fn into_blocks(self) -> Vec<Block> {
        self.blocks
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// This text with `block` after it.
    pub fn then(mut self, block: Block) -> Self {
        self.push(block);
        self
    }

    /// Adds `other`'s blocks after this text's.
    pub fn append(&mut self, other: RichText) {
        self.blocks.extend(other.blocks);
    }

    /// Puts `other`'s blocks before this text's.
    pub fn prepend(&mut self, other: RichText) {
        let mut blocks = other.blocks;
        blocks.append(&mut self.blocks);
        self.blocks = blocks;
    }

    /// The words without formatting, laid out as a channel without markup would show them:
    /// for search, logs and tests.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for (index, block) in self.blocks.iter().enumerate() {
            if index > 0 {
                out.push_str(separator(&self.blocks[index - 1]));
            }
            match block {
                Block::Paragraph(content) | Block::Heading(content) => {
                    push_plain(&mut out, content)
                }
                Block::List(items) => {
                    for (number, item) in items.iter().enumerate() {
                        if number > 0 {
                            out.push('\n');
                        }
                        out.push_str(&item.marker());
                        push_plain(&mut out, &item.content);
                    }
                }
            }
        }
        out
    }
}

/// What goes between `before` and the block after it: a blank line, except under a heading.
pub fn separator(before: &Block) -> &'static str {
    match before {
        Block::Heading(_) => "\n",
        _ => "\n\n",
    }
}

fn push_plain(out: &mut String, content: &[Inline]) {
    for inline in content {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Bold(inner) | Inline::Italic(inner) | Inline::Link { content: inner, .. } => {
                push_plain(out, inner)
            }
        }
    }
}

impl ListItem {
    /// The indentation and bullet or number that begin the item's line, as plain text.
    pub fn marker(&self) -> String {
        let indent = "  ".repeat(self.depth);
        match self.number {
            Some(number) => format!("{indent}{number}. "),
            None => format!("{indent}• "),
        }
    }
}

impl Block {
    pub fn paragraph(content: impl IntoIterator<Item = Inline>) -> Self {
        Block::Paragraph(content.into_iter().collect())
    }

    /// A paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Block::Paragraph(vec![Inline::text(text)])
    }

    /// A paragraph that is all bold.
    pub fn bold(text: impl Into<String>) -> Self {
        Block::Paragraph(vec![Inline::bold(text)])
    }

    /// A paragraph that is all italic.
    pub fn italic(text: impl Into<String>) -> Self {
        Block::Paragraph(vec![Inline::italic(text)])
    }
}

impl Inline {
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text(text.into())
    }

    pub fn bold(text: impl Into<String>) -> Self {
        Inline::Bold(vec![Inline::text(text)])
    }

    pub fn italic(text: impl Into<String>) -> Self {
        Inline::Italic(vec![Inline::text(text)])
    }
}

impl From<Block> for RichText {
    fn from(block: Block) -> Self {
        RichText {
            blocks: vec![block],
        }
    }
}

impl From<Vec<Block>> for RichText {
    fn from(blocks: Vec<Block>) -> Self {
        RichText { blocks }
    }
}

impl FromIterator<Block> for RichText {
    fn from_iter<I: IntoIterator<Item = Block>>(blocks: I) -> Self {
        RichText {
            blocks: blocks.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests;
