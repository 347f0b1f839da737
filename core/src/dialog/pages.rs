//! Topics cut into parts that each fit one message and about one phone screen: whole `##`
//! sections put together while they fit, a section too long cut at its blocks, lines or
//! words. Prepared once at start for every topic and locale, with the channel's own measure.
//!
//! One part per section made the first part of a topic only its opening lines, and put the
//! emergency numbers on part 2 of 7; a long section filled several screens. Packing by
//! [`PART_LINES`] gives the first part substance and keeps every part readable without
//! scrolling far.

use std::collections::HashMap;

use crate::channel::ChannelLimits;
use crate::content::markdown::{Section, to_rich_text};
use crate::content::{ContentPack, Localized, Topic, TopicText};
use crate::i18n::Translations;
use crate::locale::Locale;
use crate::rich_text::{self, Block, Inline, ListItem, RichText};
use unicode_segmentation::UnicodeSegmentation;

/// About how many lines of a topic one part holds on a phone: with the title, the notices and
/// "part 2 of 5" around them, one screen of Telegram's default text on a small phone.
pub(crate) const PART_LINES: usize = 15;
/// Columns of one line on a narrow phone (360 px wide at the default text size): Latin
/// letters take one, the wide characters of Chinese two.
const LINE_COLUMNS: usize = 36;

pub(crate) struct TopicPages {
    parts: HashMap<(String, Locale), Vec<RichText>>,
    /// For each part, the indices of the sections it shows (whole or in part), so that its
    /// "Listen" sends those sections' clips.
    sections: HashMap<(String, Locale), Vec<Vec<usize>>>,
}

impl TopicPages {
    pub fn build(
        content: &ContentPack,
        translations: &Translations,
        limits: &ChannelLimits,
    ) -> Self {
        let mut parts = HashMap::new();
        let mut sections = HashMap::new();
        for topic in content.topics() {
            for locale in Locale::ALL {
                let Some(text) = topic.text(locale) else {
                    continue;
                };
                // Room for the longest header and footer a part can have.
                // Room for the machine notice whether or not a review later takes it away.
                let header = header(translations, topic, &text, true, false);
                let footer = footer(translations, locale, 999, 999);
                let fits = |body: &RichText| {
                    let whole = page(&header, body, Some(&footer));
                    limits.fits(&whole) && phone_lines(body) <= PART_LINES
                };
                let short = |body: &RichText| phone_lines(body) < PART_LINES / 3;
                let (mut body, mut shown): (Vec<RichText>, Vec<Vec<usize>>) =
                    split_sections(&text.value.sections, fits, short)
                        .into_iter()
                        .unzip();
                if body.is_empty() {
                    body.push(RichText::text(text.value.summary.clone()));
                    shown.push(Vec::new());
                }
                let key = (topic.slug.as_str().to_owned(), locale);
                parts.insert(key.clone(), body);
                sections.insert(key, shown);
            }
        }
        TopicPages { parts, sections }
    }

    /// The indices of the sections that part `part` of `topic` shows, for a reader of
    /// `locale`.
    pub fn sections_of(&self, topic: &str, locale: Locale, part: usize) -> &[usize] {
        self.sections
            .get(&(topic.to_owned(), locale))
            .and_then(|parts| parts.get(part))
            .map_or(&[], Vec::as_slice)
    }

    /// The body of every part of `topic` for a reader of `locale`.
    pub fn get(&self, topic: &str, locale: Locale) -> Option<&[RichText]> {
        self.parts
            .get(&(topic.to_owned(), locale))
            .map(Vec::as_slice)
    }
}

/// One part as a message: header, body, and the footer when there are several parts.
pub(crate) fn page(header: &Block, body: &RichText, footer: Option<&Block>) -> RichText {
    let mut text = RichText::from(header.clone());
    text.append(body.clone());
    if let Some(footer) = footer {
        text.push(footer.clone());
    }
    text
}

/// The topic's icon and title, and on the first part the notices a reader must see: that the
/// text is in another language than theirs, or machine-translated (unless a reviewer's
/// current mark, `reviewed`, says a person has checked it).
pub(crate) fn header(
    translations: &Translations,
    topic: &Topic,
    text: &Localized<'_, TopicText>,
    first_part: bool,
    reviewed: bool,
) -> Block {
    let mut header = vec![
        Inline::text(format!("{} ", topic.emoji)),
        Inline::bold(text.value.title.clone()),
    ];
    if first_part {
        if text.fell_back() {
            let notice = translations.format(
                text.requested,
                "notice-fallback",
                &[
                    ("requested", text.requested.native_name().into()),
                    ("shown", text.locale.native_name().into()),
                ],
            );
            header.push(Inline::text("\n"));
            header.push(Inline::italic(notice.text));
        }
        if text.value.status.needs_machine_notice() && !reviewed {
            header.push(Inline::text("\n"));
            header.push(Inline::italic(
                translations.text(text.requested, "notice-machine"),
            ));
        }
    }
    Block::Paragraph(header)
}

/// "Part 2 of 5", in the reader's locale.
pub(crate) fn footer(
    translations: &Translations,
    locale: Locale,
    current: usize,
    total: usize,
) -> Block {
    let text = translations.format(
        locale,
        "topic-part",
        &[("current", current.into()), ("total", total.into())],
    );
    Block::italic(text.text)
}

/// The sections as parts, each with the indices of the sections it shows: a section that
/// fits beside the part before it joins it; one that does not starts a part of its own, cut
/// where it is too long for one — except after a part too `short` to stand alone (an opening
/// line, a notice), which takes in as many of the next section's first blocks as fit, so
/// that the first screen carries substance.
fn split_sections(
    sections: &[Section],
    fits: impl Fn(&RichText) -> bool,
    short: impl Fn(&RichText) -> bool,
) -> Vec<(RichText, Vec<usize>)> {
    let mut parts = Vec::new();
    let mut current: Option<(RichText, Vec<usize>)> = None;
    for (index, section) in sections.iter().enumerate() {
        let mut rest = to_rich_text(&section.markdown);
        if let Some((mut part, mut shown)) = current.take() {
            let mut joined = part.clone();
            joined.append(rest.clone());
            if fits(&joined) {
                shown.push(index);
                current = Some((joined, shown));
                continue;
            }
            if short(&part) {
                let (lead, tail) = leading_blocks(&part, &rest, &fits);
                if !lead.blocks().is_empty() {
                    shown.push(index);
                }
                part.append(lead);
                rest = tail;
            }
            parts.push((part, shown));
        }
        if rest.blocks().is_empty() {
            continue;
        }
        let mut pieces = rich_text::split(&rest, &fits)
            .into_iter()
            .map(|piece| (piece, vec![index]));
        current = pieces.next_back();
        parts.extend(pieces);
    }
    parts.extend(current);
    parts
}

/// The most blocks from the start of `next` that fit after `part` — a list's first items when
/// the whole list does not —, and what is left of `next`. A heading is never taken without
/// the block under it.
fn leading_blocks(
    part: &RichText,
    next: &RichText,
    fits: impl Fn(&RichText) -> bool,
) -> (RichText, RichText) {
    let fits_after = |lead: &[Block]| {
        let mut candidate = part.clone();
        candidate.append(RichText::from(lead.to_vec()));
        fits(&candidate)
    };
    let blocks = next.blocks();
    let mut lead: Vec<Block> = Vec::new();
    let mut taken = 0;
    let mut list_left: Vec<ListItem> = Vec::new();
    while let Some(block) = blocks.get(taken) {
        lead.push(block.clone());
        if fits_after(&lead) {
            taken += 1;
            continue;
        }
        lead.pop();
        if let Block::List(items) = block {
            let first_items = (1..items.len())
                .take_while(|&count| {
                    let mut candidate = lead.clone();
                    candidate.push(Block::List(items[..count].to_vec()));
                    fits_after(&candidate)
                })
                .last();
            if let Some(count) = first_items {
                lead.push(Block::List(items[..count].to_vec()));
                list_left = items[count..].to_vec();
                taken += 1;
            }
        }
        break;
    }
    if list_left.is_empty() {
        while matches!(lead.last(), Some(Block::Heading(_))) {
            lead.pop();
            taken -= 1;
        }
    }
    let mut tail = Vec::new();
    if !list_left.is_empty() {
        tail.push(Block::List(list_left));
    }
    tail.extend_from_slice(&blocks[taken..]);
    (RichText::from(lead), RichText::from(tail))
}

/// How many lines `text` takes on a narrow phone: each line of its plain text wrapped at
/// [`LINE_COLUMNS`]. An estimate (words are not wrapped whole), which errs towards more lines.
pub(crate) fn phone_lines(text: &RichText) -> usize {
    text.plain()
        .split('\n')
        .map(|line| columns(line).div_ceil(LINE_COLUMNS).max(1))
        .sum()
}

/// A line's width in columns: one per letter with its marks (a grapheme), two for the wide
/// characters of East Asian scripts and for emoji.
fn columns(line: &str) -> usize {
    line.graphemes(true)
        .map(|grapheme| {
            let wide = grapheme.chars().next().is_some_and(is_wide);
            if wide { 2 } else { 1 }
        })
        .sum()
}

fn is_wide(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::sections;

    fn within(limit: usize) -> impl Fn(&RichText) -> bool {
        move |text| text.plain().chars().count() <= limit
    }

    fn never(_: &RichText) -> bool {
        false
    }

    /// The parts' texts alone.
    fn split(
        sections: &[Section],
        fits: impl Fn(&RichText) -> bool,
        short: impl Fn(&RichText) -> bool,
    ) -> Vec<RichText> {
        split_sections(sections, fits, short)
            .into_iter()
            .map(|(part, _)| part)
            .collect()
    }

    #[test]
    fn each_part_knows_the_sections_it_shows() {
        let markdown = "Hi.\n\n## Steps\n\nFirst step here.\n\nSecond step here.\n\n## Next\nX";
        let short = |text: &RichText| text.plain().chars().count() < 5;
        let shown: Vec<Vec<usize>> = split_sections(&sections(markdown), within(40), short)
            .into_iter()
            .map(|(_, shown)| shown)
            .collect();
        // The opening with the first step; the second step with the next section.
        assert_eq!(shown, [vec![0, 1], vec![1, 2]]);
    }

    #[test]
    fn a_part_too_short_to_stand_alone_takes_in_the_next_sections_first_blocks() {
        let markdown = "Hi.\n\n## Steps\n\nFirst step here.\n\nSecond step here.\n\n## Next\nX";
        let short = |text: &RichText| text.plain().chars().count() < 5;
        let parts = split(&sections(markdown), within(40), short);
        assert_eq!(
            parts,
            [
                RichText::from(vec![
                    Block::text("Hi."),
                    heading("Steps"),
                    Block::text("First step here."),
                ]),
                RichText::from(vec![
                    Block::text("Second step here."),
                    heading("Next"),
                    Block::text("X"),
                ]),
            ]
        );
    }

    #[test]
    fn a_list_too_long_to_take_in_whole_gives_its_first_items() {
        let markdown = "Hi.\n\n## Steps\n\n1. One.\n2. Two.\n3. Three, which is long.";
        let short = |text: &RichText| text.plain().chars().count() < 5;
        let parts = split(&sections(markdown), within(30), short);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(
            parts[0].plain().ends_with("2. Two."),
            "{:?}",
            parts[0].plain()
        );
        assert_eq!(parts[1].plain(), "3. Three, which is long.");
    }

    #[test]
    fn a_heading_is_not_taken_in_without_its_text() {
        let markdown = "Hi.\n\n## Steps\n\nA first step that is long.\n\nMore.";
        let short = |text: &RichText| text.plain().chars().count() < 5;
        let parts = split(&sections(markdown), within(30), short);
        assert_eq!(parts[0], RichText::text("Hi."));
        assert!(matches!(parts[1].blocks()[0], Block::Heading(_)));
    }

    fn heading(title: &str) -> Block {
        Block::Heading(vec![Inline::text(title)])
    }

    #[test]
    fn short_sections_are_put_together_in_one_part() {
        let parts = split(
            &sections("Intro.\n\n## One\nA\n\n## Two\nB"),
            within(4000),
            never,
        );
        assert_eq!(
            parts,
            [RichText::from(vec![
                Block::text("Intro."),
                heading("One"),
                Block::text("A"),
                heading("Two"),
                Block::text("B"),
            ])]
        );
    }

    #[test]
    fn a_section_that_does_not_fit_beside_the_part_before_starts_the_next() {
        let markdown = "Intro.\n\n## One\nAAAAAAAAAA\n\n## Two\nBBBBBBBBBB";
        let parts = split(&sections(markdown), within(30), never);
        assert_eq!(
            parts,
            [
                RichText::from(vec![
                    Block::text("Intro."),
                    heading("One"),
                    Block::text("AAAAAAAAAA")
                ]),
                RichText::from(vec![heading("Two"), Block::text("BBBBBBBBBB")]),
            ]
        );
    }

    #[test]
    fn a_section_too_long_for_one_part_starts_its_own_and_its_tail_takes_the_next_in() {
        let long = ["Long paragraph one.", "Long paragraph two."].join("\n\n");
        let markdown = format!("Intro.\n\n## Cut\n\n{long}\n\n## Next\nX");
        let parts = split(&sections(&markdown), within(40), never);
        assert_eq!(
            parts,
            [
                RichText::text("Intro."),
                RichText::from(vec![heading("Cut"), Block::text("Long paragraph one.")]),
                RichText::from(vec![
                    Block::text("Long paragraph two."),
                    heading("Next"),
                    Block::text("X"),
                ]),
            ]
        );
    }

    #[test]
    fn phone_lines_wrap_long_lines_and_count_wide_characters_twice() {
        assert_eq!(phone_lines(&RichText::text("short")), 1);
        assert_eq!(
            phone_lines(&RichText::text("a".repeat(LINE_COLUMNS + 1))),
            2
        );
        assert_eq!(
            phone_lines(&RichText::text("中".repeat(LINE_COLUMNS / 2))),
            1
        );
        assert_eq!(
            phone_lines(&RichText::text("中".repeat(LINE_COLUMNS / 2 + 1))),
            2
        );
        // A Devanagari letter with its vowel sign is one column, not two.
        assert_eq!(phone_lines(&RichText::text("कि".repeat(LINE_COLUMNS))), 1);
        // Two paragraphs: a blank line between them.
        let two = RichText::from(vec![Block::text("a"), Block::text("b")]);
        assert_eq!(phone_lines(&two), 3);
    }

    #[test]
    fn a_long_section_is_cut_at_paragraphs_within_the_budget() {
        let paragraph = "Ask for asylum & keep your papers. ".repeat(20);
        let markdown = format!("## Long\n\n{}", [paragraph.as_str(); 12].join("\n\n"));
        let parts = split(&sections(&markdown), within(1500), never);
        assert!(parts.len() > 1, "{}", parts.len());
        for part in &parts {
            assert!(part.plain().chars().count() <= 1500);
            assert!(
                part.blocks()
                    .iter()
                    .all(|block| !matches!(block, Block::Paragraph(c) if c.len() != 1)),
                "whole paragraphs, not pieces of them"
            );
        }
        assert!(matches!(parts[0].blocks()[0], Block::Heading(_)));
        let ampersands: usize = parts.iter().map(|p| p.plain().matches('&').count()).sum();
        assert_eq!(ampersands, 20 * 12, "no text lost");
    }

    #[test]
    fn a_paragraph_longer_than_a_message_is_cut_at_spaces() {
        let giant = "a&b ".repeat(2000);
        let parts = split(&sections(&giant), within(1000), never);
        assert!(parts.len() >= 8);
        for part in &parts {
            let plain = part.plain();
            assert!(plain.chars().count() <= 1000);
            assert!(plain.split(' ').all(|word| word == "a&b"), "{plain}");
        }
    }
}
