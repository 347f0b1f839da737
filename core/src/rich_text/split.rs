//! Cutting a text that is too long for one message into several, each within a limit that
//! only the channel can measure (Telegram counts UTF-16 units of its HTML; another channel
//! counts characters of its own markup), so the measure comes in as `fits`.
//!
//! Cuts fall between blocks where they can; inside a block that is too long alone, at its
//! last line break that fits, else between words, and only for a "word" longer than a whole
//! message (a URL, text in a script written without spaces) between graphemes — never inside
//! one, so no letter loses its accent or vowel sign and no emoji is broken.

use unicode_segmentation::UnicodeSegmentation;

use super::{Block, Inline, ListItem, RichText};

/// `text` as pieces that each `fits`, in order, with nothing left out but the spaces where it
/// was cut. A grapheme that does not fit even alone is given a piece of its own all the same.
pub fn split(text: &RichText, fits: impl Fn(&RichText) -> bool) -> Vec<RichText> {
    let fits: &dyn Fn(&RichText) -> bool = &fits;
    let mut pieces = Vec::new();
    let mut current = RichText::new();
    for block in text.blocks() {
        if try_add(&mut current, block.clone(), fits) {
            continue;
        }
        if !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        if try_add(&mut current, block.clone(), fits) {
            continue;
        }
        for part in split_block(block, fits) {
            if try_add(&mut current, part.clone(), fits) {
                continue;
            }
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
            current.push(part);
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// Adds `block` to `current` if the result still fits.
fn try_add(current: &mut RichText, block: Block, fits: &dyn Fn(&RichText) -> bool) -> bool {
    current.push(block);
    if fits(current) {
        return true;
    }
    current.blocks.pop();
    false
}

/// A block too long for a message, as smaller blocks that each fit alone.
fn split_block(block: &Block, fits: &dyn Fn(&RichText) -> bool) -> Vec<Block> {
    match block {
        Block::Paragraph(content) => split_inlines(content, &|part| {
            fits(&RichText::from(Block::Paragraph(part.to_vec())))
        })
        .into_iter()
        .map(Block::Paragraph)
        .collect(),
        Block::Heading(content) => split_inlines(content, &|part| {
            fits(&RichText::from(Block::Heading(part.to_vec())))
        })
        .into_iter()
        .map(Block::Heading)
        .collect(),
        Block::List(items) => split_list(items, fits),
    }
}

/// Items together while they fit; an item too long alone is cut like a paragraph, its first
/// piece keeping the bullet.
fn split_list(items: &[ListItem], fits: &dyn Fn(&RichText) -> bool) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut group: Vec<ListItem> = Vec::new();
    for item in items {
        group.push(item.clone());
        if fits(&RichText::from(Block::List(group.clone()))) {
            continue;
        }
        group.pop();
        if !group.is_empty() {
            blocks.push(Block::List(std::mem::take(&mut group)));
        }
        if fits(&RichText::from(Block::List(vec![item.clone()]))) {
            group.push(item.clone());
            continue;
        }
        let with_marker = |content: &[Inline]| ListItem {
            content: content.to_vec(),
            ..item.clone()
        };
        let pieces = split_inlines(&item.content, &|part| {
            fits(&RichText::from(Block::List(vec![with_marker(part)])))
        });
        for (index, piece) in pieces.into_iter().enumerate() {
            blocks.push(if index == 0 {
                Block::List(vec![with_marker(&piece)])
            } else {
                Block::Paragraph(piece)
            });
        }
    }
    if !group.is_empty() {
        blocks.push(Block::List(group));
    }
    blocks
}

/// How a piece of text is formatted: the wrappers around it, outermost first.
#[derive(Clone, Debug, PartialEq)]
enum Wrap {
    Bold,
    Italic,
    Link(String),
}

#[derive(Clone, Debug)]
struct Segment {
    style: Vec<Wrap>,
    text: String,
}

/// A word with the whitespace after it; it may change formatting midway (`**bold**ed`), so
/// it is one or more segments.
#[derive(Clone, Debug, Default)]
struct Unit {
    segments: Vec<Segment>,
}

impl Unit {
    fn ends_line(&self) -> bool {
        self.segments
            .last()
            .is_some_and(|segment| segment.text.ends_with('\n'))
    }

    fn is_blank(&self) -> bool {
        self.segments
            .iter()
            .all(|segment| segment.text.trim().is_empty())
    }
}

/// Inline content as pieces that each `fits`.
fn split_inlines(content: &[Inline], fits: &dyn Fn(&[Inline]) -> bool) -> Vec<Vec<Inline>> {
    let mut segments = Vec::new();
    flatten(content, &mut Vec::new(), &mut segments);
    let mut units: Vec<Unit> = Vec::new();
    let mut open = Unit::default();
    for segment in segments {
        let ends_word = segment.text.ends_with(char::is_whitespace);
        open.segments.push(segment);
        if ends_word {
            units.push(std::mem::take(&mut open));
        }
    }
    if !open.segments.is_empty() {
        units.push(open);
    }

    let mut pieces = Vec::new();
    let mut start = 0;
    while start < units.len() {
        if units[start].is_blank() {
            start += 1;
            continue;
        }
        let built = |end: usize| build(&units[start..end]);
        let longest = longest_prefix(start, units.len(), |end| fits(&built(end)));
        let Some(end) = longest else {
            // One word longer than a whole message: cut between graphemes.
            let (head, rest) = cut_unit(&units[start], fits);
            pieces.push(head);
            match rest {
                Some(rest) => units[start] = rest,
                None => start += 1,
            }
            continue;
        };
        let end = if end == units.len() {
            end
        } else {
            // The last line break that fits, rather than the last space.
            (start + 1..=end)
                .rev()
                .find(|&cut| units[cut - 1].ends_line())
                .unwrap_or(end)
        };
        pieces.push(built(end));
        start = end;
    }
    pieces
}

/// The largest `end` in `start + 1..=len` for which `fits(end)`, given that a longer prefix
/// never fits when a shorter one does not.
fn longest_prefix(start: usize, len: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let (mut low, mut high) = (start, len);
    while low < high {
        let middle = low + (high - low).div_ceil(2);
        if fits(middle) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    (low > start).then_some(low)
}

/// The longest run of graphemes at the start of `unit` that fits (at least one), and what is
/// left of the unit.
fn cut_unit(unit: &Unit, fits: &dyn Fn(&[Inline]) -> bool) -> (Vec<Inline>, Option<Unit>) {
    let graphemes: Vec<Segment> = unit
        .segments
        .iter()
        .flat_map(|segment| {
            segment.text.graphemes(true).map(|grapheme| Segment {
                style: segment.style.clone(),
                text: grapheme.to_owned(),
            })
        })
        .collect();
    let as_unit = |range: &[Segment]| Unit {
        segments: range.to_vec(),
    };
    let end = longest_prefix(0, graphemes.len(), |end| {
        fits(&build(&[as_unit(&graphemes[..end])]))
    })
    .unwrap_or(1)
    .min(graphemes.len());
    let head = build(&[as_unit(&graphemes[..end])]);
    let rest = (end < graphemes.len()).then(|| as_unit(&graphemes[end..]));
    (head, rest)
}

fn flatten(content: &[Inline], style: &mut Vec<Wrap>, out: &mut Vec<Segment>) {
    for inline in content {
        let (wrap, inner) = match inline {
            Inline::Text(text) => {
                out.extend(
                    text.split_inclusive(char::is_whitespace)
                        .map(|token| Segment {
                            style: style.clone(),
                            text: token.to_owned(),
                        }),
                );
                continue;
            }
            Inline::Bold(inner) => (Wrap::Bold, inner),
            Inline::Italic(inner) => (Wrap::Italic, inner),
            Inline::Link { url, content } => (Wrap::Link(url.clone()), content),
        };
        style.push(wrap);
        flatten(inner, style, out);
        style.pop();
    }
}

/// The units as inline content again, without the whitespace at either end.
fn build(units: &[Unit]) -> Vec<Inline> {
    let mut segments: Vec<Segment> = units
        .iter()
        .flat_map(|unit| unit.segments.iter().cloned())
        .collect();
    while segments
        .last()
        .is_some_and(|s| s.text.trim_end().is_empty())
    {
        segments.pop();
    }
    if let Some(last) = segments.last_mut() {
        last.text.truncate(last.text.trim_end().len());
    }
    let mut out = Vec::new();
    for segment in &segments {
        push_segment(&mut out, &segment.style, &segment.text);
    }
    out
}

fn push_segment(out: &mut Vec<Inline>, style: &[Wrap], text: &str) {
    let Some((wrap, inner_style)) = style.split_first() else {
        match out.last_mut() {
            Some(Inline::Text(last)) => last.push_str(text),
            _ => out.push(Inline::text(text)),
        }
        return;
    };
    let continues = match (out.last(), wrap) {
        (Some(Inline::Bold(_)), Wrap::Bold) | (Some(Inline::Italic(_)), Wrap::Italic) => true,
        (Some(Inline::Link { url, .. }), Wrap::Link(wanted)) => url == wanted,
        _ => false,
    };
    if !continues {
        out.push(match wrap {
            Wrap::Bold => Inline::Bold(Vec::new()),
            Wrap::Italic => Inline::Italic(Vec::new()),
            Wrap::Link(url) => Inline::Link {
                url: url.clone(),
                content: Vec::new(),
            },
        });
    }
    if let Some(Inline::Bold(inner) | Inline::Italic(inner) | Inline::Link { content: inner, .. }) =
        out.last_mut()
    {
        push_segment(inner, inner_style, text);
    }
}
