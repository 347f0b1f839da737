//! What is read aloud for a page: its title, summary and body as plain text (no markup, no
//! link addresses), and the text's version, which a recording names to say what it reads.

use pulldown_cmark::{Event, Options, Parser, TagEnd};
use sha2::{Digest, Sha256};

use crate::content::TopicText;

/// The words of a page, one block to a paragraph (a blank line, which the engine reads as a
/// pause), without the Markdown's markup or the links' addresses.
pub fn speech_text(text: &TopicText) -> String {
    let mut blocks = vec![text.title.trim().to_owned(), text.summary.trim().to_owned()];
    blocks.extend(words(&text.markdown));
    joined(blocks)
}

/// The words of the section at `index` of a page: the first also says the page's title and
/// summary, so that the first clip opens the page as the screen does.
pub fn section_speech(text: &TopicText, index: usize) -> String {
    let mut blocks = Vec::new();
    if index == 0 {
        blocks.push(text.title.trim().to_owned());
        blocks.push(text.summary.trim().to_owned());
    }
    if let Some(section) = text.sections.get(index) {
        blocks.extend(words(&section.markdown));
    }
    joined(blocks)
}

fn joined(mut blocks: Vec<String>) -> String {
    blocks.retain(|block| !block.is_empty());
    blocks.join("\n\n")
}

fn words(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(words) | Event::Code(words) => current.push_str(&words),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                let block = current.trim();
                if !block.is_empty() {
                    blocks.push(block.to_owned());
                }
                current.clear();
            }
            _ => {}
        }
    }
    let rest = current.trim();
    if !rest.is_empty() {
        blocks.push(rest.to_owned());
    }
    blocks
}

/// The version of one section's text, as a recording of that section names it: 16 hex digits
/// over what [`section_speech`] reads (so the first section's changes with the title or the
/// summary too).
pub fn section_version(text: &TopicText, index: usize) -> String {
    let mut hasher = Sha256::new();
    hasher.update(section_speech(text, index).as_bytes());
    hex::encode(&hasher.finalize()[..8])
}

/// The version of a page's text: 16 hex digits of a SHA-256 over its title, summary and body
/// (not its front matter, which names this version and so cannot be part of it). A recording
/// states the version it reads; when the text changes, `faro check` says the recording is older.
pub fn text_version(text: &TopicText) -> String {
    let mut hasher = Sha256::new();
    for part in [&text.title, &text.summary, &text.markdown] {
        hasher.update(part.trim().as_bytes());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..8])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation_status::TranslationStatus;

    fn page(markdown: &str) -> TopicText {
        TopicText::new(
            "Asylum".into(),
            "Asking is free.".into(),
            TranslationStatus::Original,
            markdown.into(),
        )
    }

    #[test]
    fn reads_words_not_markup_or_addresses() {
        let text = speech_text(&page(
            "You **can** ask.\n\n## Where {#where}\n\n- At [COMAR](https://www.gob.mx/comar).\n- Call `911`.\n",
        ));
        assert_eq!(
            text,
            "Asylum\n\nAsking is free.\n\nYou can ask.\n\nWhere\n\nAt COMAR.\n\nCall 911."
        );
        assert!(!text.contains("https"));
    }

    #[test]
    fn a_section_reads_its_own_words_and_the_first_opens_with_the_title() {
        let text =
            page("You can ask.\n\n## Where {#where}\n\nAt COMAR.\n\n## When {#when}\n\nSoon.\n");
        assert_eq!(
            section_speech(&text, 0),
            "Asylum\n\nAsking is free.\n\nYou can ask."
        );
        assert_eq!(section_speech(&text, 1), "Where\n\nAt COMAR.");
        assert_eq!(section_speech(&text, 2), "When\n\nSoon.");
        assert_eq!(section_speech(&text, 3), "");
        let changed =
            page("You can ask.\n\n## Where {#where}\n\nAt COMAR.\n\n## When {#when}\n\nToday.\n");
        assert_eq!(section_version(&text, 1), section_version(&changed, 1));
        assert_ne!(section_version(&text, 2), section_version(&changed, 2));
    }

    #[test]
    fn the_version_follows_the_text() {
        let one = text_version(&page("You can ask.\n"));
        assert_eq!(one.len(), 16);
        assert_eq!(one, text_version(&page("You can ask.\n")));
        assert_ne!(one, text_version(&page("You can ask today.\n")));
    }
}
