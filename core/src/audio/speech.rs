//! What is read aloud for a page: its title, summary and body as plain text (no markup, no
//! link addresses), and the text's version, which a recording names to say what it reads.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
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

/// Where a sentence to say in Spanish begins and ends in the words: the content's convention is
/// a phrase in bold between quotation marks (`"**Necesito una ambulancia.**"`, `**"Quiero pedir
/// refugio."**`, `« **Emergencia.** »`), which every locale's page has where it tells a person
/// what to say. The engine reads it with the Spanish voice; a reader learning the words by ear
/// must hear them as an official will. Private-use characters: no text has them.
pub const SPANISH_START: char = '\u{E000}';
pub const SPANISH_END: char = '\u{E001}';

/// The words without the marks of Spanish sentences.
pub fn unmarked(words: &str) -> String {
    words
        .chars()
        .filter(|c| *c != SPANISH_START && *c != SPANISH_END)
        .collect()
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '‹' | '›' | '「' | '」' | '『' | '』'
    )
}

fn joined(mut blocks: Vec<String>) -> String {
    blocks.retain(|block| !block.is_empty());
    blocks.join("\n\n")
}

fn words(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current = String::new();
    // Where the bold text being read began in `current`, if it is in bold.
    let mut bold_from = None;
    // Bold text after an opening quotation mark, waiting to see one close it.
    let mut awaiting_close: Option<(usize, usize)> = None;
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    for event in Parser::new_ext(markdown, options) {
        if let Some((from, to)) = awaiting_close.take()
            && matches!(&event, Event::Text(next) if next.trim_start().starts_with(is_quote))
        {
            mark_spanish(&mut current, from, to);
        }
        match event {
            Event::Text(words) | Event::Code(words) => current.push_str(&words),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Strong) => bold_from = Some(current.len()),
            Event::End(TagEnd::Strong) => {
                if let Some(from) = bold_from.take() {
                    let to = current.len();
                    let bold = current[from..].trim();
                    let has_words = bold.chars().any(char::is_alphabetic);
                    if has_words && bold.starts_with(is_quote) && bold.ends_with(is_quote) {
                        mark_spanish(&mut current, from, to);
                    } else if has_words && current[..from].trim_end().ends_with(is_quote) {
                        awaiting_close = Some((from, to));
                    }
                }
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                let block = current.trim();
                if !block.is_empty() {
                    blocks.push(block.to_owned());
                }
                current.clear();
                bold_from = None;
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

/// Marks `from..to` of `current` as a Spanish sentence: bold text between quotation marks,
/// inside its bold (`**"Quiero pedir refugio."**`) or around it (`"**Emergencia.**"`,
/// `« **Emergencia.** »`). Bold text after a closing quotation mark is not one.
fn mark_spanish(current: &mut String, from: usize, to: usize) {
    current.insert(to, SPANISH_END);
    current.insert(from, SPANISH_START);
}

/// The version of one section's text, as a recording of that section names it: 16 hex digits
/// over what [`section_speech`] reads (so the first section's changes with the title or the
/// summary too).
pub fn section_version(text: &TopicText, index: usize) -> String {
    let mut hasher = Sha256::new();
    hasher.update(unmarked(&section_speech(text, index)).as_bytes());
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
    fn a_sentence_in_bold_between_quotation_marks_is_marked_as_spanish() {
        let text = speech_text(&page(
            "- \"**Necesito una ambulancia.**\" (I need an ambulance.)\n\
             - In Spanish: **\"Quiero pedir refugio.\"**\n\
             - « **Emergencia.** » (Urgence.)\n\
             - Go **now**, to the \"**Instituto**\" or **\"9 1 1\"**.\n\
             - The \"refuge\" **desk**, \"**half quoted**.\n",
        ));
        let (start, end) = (SPANISH_START, SPANISH_END);
        assert_eq!(
            text,
            format!(
                "Asylum\n\nAsking is free.\n\n\
                 \"{start}Necesito una ambulancia.{end}\" (I need an ambulance.)\n\n\
                 In Spanish: {start}\"Quiero pedir refugio.\"{end}\n\n\
                 « {start}Emergencia.{end} » (Urgence.)\n\n\
                 Go now, to the \"{start}Instituto{end}\" or \"9 1 1\".\n\n\
                 The \"refuge\" desk, \"half quoted."
            )
        );
        assert_eq!(unmarked(&text).chars().filter(|c| *c == start).count(), 0);
    }

    #[test]
    fn a_recordings_version_does_not_change_with_the_marks() {
        let text = page("Say: \"**Emergencia.**\"\n");
        let mut hasher = Sha256::new();
        hasher.update("Asylum\n\nAsking is free.\n\nSay: \"Emergencia.\"".as_bytes());
        assert_eq!(
            section_version(&text, 0),
            hex::encode(&hasher.finalize()[..8])
        );
    }

    #[test]
    fn the_version_follows_the_text() {
        let one = text_version(&page("You can ask.\n"));
        assert_eq!(one.len(), 16);
        assert_eq!(one, text_version(&page("You can ask.\n")));
        assert_ne!(one, text_version(&page("You can ask today.\n")));
    }
}
