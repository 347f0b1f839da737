//! Topics cut into parts that each fit one message: one part per `##` section, a section too
//! long for a message cut at paragraphs. Prepared once at start for every topic and locale.

use std::collections::HashMap;

use crate::content::markdown::{Section, escape_html, to_plain_text, to_telegram_html};
use crate::content::{ContentPack, Localized, Topic, TopicText};
use crate::i18n::Translations;
use crate::locale::Locale;

use super::context::Settings;
use super::say::{split_plain, utf16_len};

/// Room left for the blank lines between header, body and footer.
const SEPARATORS: usize = 8;

pub(crate) struct TopicPages {
    parts: HashMap<(String, Locale), Vec<String>>,
}

impl TopicPages {
    pub fn build(content: &ContentPack, translations: &Translations, settings: &Settings) -> Self {
        let mut parts = HashMap::new();
        for topic in content.topics() {
            for locale in Locale::ALL {
                let Some(text) = topic.text(locale) else {
                    continue;
                };
                let header = header(translations, topic, &text, true);
                let footer = footer(translations, locale, 999, 999);
                let budget = settings
                    .max_message_len
                    .saturating_sub(utf16_len(&header) + utf16_len(&footer) + SEPARATORS);
                let mut body = split_sections(&text.value.sections, budget);
                if body.is_empty() {
                    body.push(escape_html(&text.value.summary));
                }
                parts.insert((topic.slug.as_str().to_owned(), locale), body);
            }
        }
        TopicPages { parts }
    }

    /// The body of every part of `topic` for a reader of `locale`.
    pub fn get(&self, topic: &str, locale: Locale) -> Option<&[String]> {
        self.parts
            .get(&(topic.to_owned(), locale))
            .map(Vec::as_slice)
    }
}

/// The topic's icon and title, and on the first part the notices a reader must see: that the
/// text is in another language than theirs, or machine-translated.
pub(crate) fn header(
    translations: &Translations,
    topic: &Topic,
    text: &Localized<'_, TopicText>,
    first_part: bool,
) -> String {
    let mut header = format!(
        "{} <b>{}</b>",
        escape_html(&topic.icon),
        escape_html(&text.value.title)
    );
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
            header.push_str("\n<i>");
            header.push_str(&escape_html(&notice.text));
            header.push_str("</i>");
        }
        if text.value.status.needs_machine_notice() {
            header.push_str("\n<i>");
            header.push_str(&escape_html(
                &translations.text(text.requested, "notice-machine"),
            ));
            header.push_str("</i>");
        }
    }
    header
}

/// "Part 2 of 5", in the reader's locale.
pub(crate) fn footer(
    translations: &Translations,
    locale: Locale,
    current: usize,
    total: usize,
) -> String {
    let text = translations.format(
        locale,
        "topic-part",
        &[("current", current.into()), ("total", total.into())],
    );
    format!("<i>{}</i>", escape_html(&text.text))
}

fn split_sections(sections: &[Section], budget: usize) -> Vec<String> {
    let mut parts = Vec::new();
    for section in sections {
        let html = to_telegram_html(&section.markdown);
        if utf16_len(&html) <= budget {
            if !html.is_empty() {
                parts.push(html);
            }
            continue;
        }
        let mut current = String::new();
        for block in section
            .markdown
            .split("\n\n")
            .filter(|b| !b.trim().is_empty())
        {
            let block_html = to_telegram_html(block);
            let pieces = if utf16_len(&block_html) <= budget {
                vec![block_html]
            } else {
                split_block(block, budget)
            };
            for piece in pieces {
                if !current.is_empty() && utf16_len(&current) + 2 + utf16_len(&piece) > budget {
                    parts.push(std::mem::take(&mut current));
                }
                if !current.is_empty() {
                    current.push_str("\n\n");
                }
                current.push_str(&piece);
            }
        }
        if !current.is_empty() {
            parts.push(current);
        }
    }
    parts
}

/// A paragraph longer than a message loses its formatting and is cut at spaces; escaping
/// lengthens text, so the cut is repeated shorter until every piece fits.
fn split_block(block: &str, budget: usize) -> Vec<String> {
    let plain = to_plain_text(block);
    let mut limit = budget;
    loop {
        let pieces: Vec<String> = split_plain(&plain, limit)
            .iter()
            .map(|piece| escape_html(piece))
            .collect();
        if limit <= 16 || pieces.iter().all(|p| utf16_len(p) <= budget) {
            return pieces;
        }
        limit = limit * 3 / 4;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::sections;

    #[test]
    fn short_sections_become_one_part_each() {
        let parts = split_sections(&sections("Intro.\n\n## One\nA\n\n## Two\nB"), 4000);
        assert_eq!(parts, ["Intro.", "<b>One</b>\nA", "<b>Two</b>\nB"]);
    }

    #[test]
    fn a_long_section_is_cut_at_paragraphs_within_the_budget() {
        let paragraph = "Ask for asylum & keep your papers. ".repeat(20);
        let markdown = format!("## Long\n\n{}", [paragraph.as_str(); 12].join("\n\n"));
        let parts = split_sections(&sections(&markdown), 1500);
        assert!(parts.len() > 1, "{}", parts.len());
        for part in &parts {
            assert!(utf16_len(part) <= 1500, "{}", utf16_len(part));
        }
        assert!(parts[0].starts_with("<b>Long</b>"));
        let ampersands: usize = parts.iter().map(|p| p.matches("&amp;").count()).sum();
        assert_eq!(ampersands, 20 * 12, "no text lost");
    }

    #[test]
    fn a_paragraph_longer_than_a_message_is_cut_at_spaces_without_breaking_entities() {
        let giant = "a&b ".repeat(2000);
        let parts = split_sections(&sections(&giant), 1000);
        assert!(parts.len() >= 8);
        for part in &parts {
            assert!(utf16_len(part) <= 1000);
            assert!(!part.contains("&am ") && !part.ends_with("&a"), "{part}");
        }
    }
}
