//! Topics cut into parts that each fit one message: one part per `##` section, a section too
//! long for a message cut at its blocks, lines or words. Prepared once at start for every
//! topic and locale, with the channel's own measure.

use std::collections::HashMap;

use crate::channel::ChannelLimits;
use crate::content::markdown::{Section, to_rich_text};
use crate::content::{ContentPack, Localized, Topic, TopicText};
use crate::i18n::Translations;
use crate::locale::Locale;
use crate::rich_text::{self, Block, Inline, RichText};

pub(crate) struct TopicPages {
    parts: HashMap<(String, Locale), Vec<RichText>>,
}

impl TopicPages {
    pub fn build(
        content: &ContentPack,
        translations: &Translations,
        limits: &ChannelLimits,
    ) -> Self {
        let mut parts = HashMap::new();
        for topic in content.topics() {
            for locale in Locale::ALL {
                let Some(text) = topic.text(locale) else {
                    continue;
                };
                // Room for the longest header and footer a part can have.
                // Room for the machine notice whether or not a review later takes it away.
                let header = header(translations, topic, &text, true, false);
                let footer = footer(translations, locale, 999, 999);
                let fits = |body: &RichText| limits.fits(&page(&header, body, Some(&footer)));
                let mut body = split_sections(&text.value.sections, fits);
                if body.is_empty() {
                    body.push(RichText::text(text.value.summary.clone()));
                }
                parts.insert((topic.slug.as_str().to_owned(), locale), body);
            }
        }
        TopicPages { parts }
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

fn split_sections(sections: &[Section], fits: impl Fn(&RichText) -> bool) -> Vec<RichText> {
    sections
        .iter()
        .flat_map(|section| rich_text::split(&to_rich_text(&section.markdown), &fits))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::sections;

    fn within(limit: usize) -> impl Fn(&RichText) -> bool {
        move |text| text.plain().chars().count() <= limit
    }

    #[test]
    fn short_sections_become_one_part_each() {
        let parts = split_sections(&sections("Intro.\n\n## One\nA\n\n## Two\nB"), within(4000));
        let heading = |title: &str| Block::Heading(vec![Inline::text(title)]);
        assert_eq!(
            parts,
            [
                RichText::text("Intro."),
                RichText::from(vec![heading("One"), Block::text("A")]),
                RichText::from(vec![heading("Two"), Block::text("B")]),
            ]
        );
    }

    #[test]
    fn a_long_section_is_cut_at_paragraphs_within_the_budget() {
        let paragraph = "Ask for asylum & keep your papers. ".repeat(20);
        let markdown = format!("## Long\n\n{}", [paragraph.as_str(); 12].join("\n\n"));
        let parts = split_sections(&sections(&markdown), within(1500));
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
        let parts = split_sections(&sections(&giant), within(1000));
        assert!(parts.len() >= 8);
        for part in &parts {
            let plain = part.plain();
            assert!(plain.chars().count() <= 1000);
            assert!(plain.split(' ').all(|word| word == "a&b"), "{plain}");
        }
    }
}
