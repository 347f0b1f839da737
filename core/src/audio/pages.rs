//! What each page says aloud, as pieces the build makes one clip each of: a topic's sections,
//! the emergency numbers, the interpreter request's explanation (the consent a person reads
//! before any question). The build decides which pieces need the engine; this only says the
//! words.

use super::speech::section_speech;
use crate::content::{ContentPack, EntryKind};
use crate::i18n::Translations;
use crate::locale::Locale;

/// The emergency page (`/{locale}/emergency`): its title, its advice and every real hotline.
/// Not a topic slug (those have no `_`), so never one's clip.
pub const EMERGENCY_PAGE: &str = "_emergency";
/// The explanation a person reads before asking for an interpreter (`consent-text`), on the
/// kiosk's and the bot's first intake step.
pub const INTERPRETER_PAGE: &str = "_interpreter";

/// One clip's worth of words: a section of a page (its id), or the whole page (`None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub section: Option<String>,
    pub words: String,
}

/// A page in one locale, as the pieces it is heard in, in page order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSpeech {
    pub page: String,
    pub locale: Locale,
    pub pieces: Vec<Piece>,
}

/// Every page that can be heard, in every locale it has a text in: the emergency page and the
/// interpreter explanation in every locale whose strings have them (never another locale's
/// words under this locale's name), then the topics (each of their own locales, one piece per
/// section). In that order because the build makes them in it: on a new installation the whole
/// pack takes half an hour, and the emergency numbers should be heard in every language within
/// its first minute. Which locales get a voice is the build's to decide.
pub fn pages_to_speak(
    pack: &ContentPack,
    translations: &Translations,
    retention_days: u32,
) -> Vec<PageSpeech> {
    let mut pages = interface_speech(pack, translations, retention_days);
    pages.extend(topic_speech(pack));
    pages
}

/// The topics alone, each of their locales, one piece per section.
pub fn topic_speech(pack: &ContentPack) -> Vec<PageSpeech> {
    let mut pages = Vec::new();
    for topic in pack.topics() {
        for (locale, text) in &topic.texts {
            let pieces = text
                .sections
                .iter()
                .enumerate()
                .filter_map(|(index, section)| {
                    let words = section_speech(text, index);
                    (!words.is_empty()).then(|| Piece {
                        section: section.id.clone(),
                        words,
                    })
                })
                .collect();
            pages.push(PageSpeech {
                page: topic.slug.as_str().to_owned(),
                locale: *locale,
                pieces,
            });
        }
    }
    pages
}

/// The emergency page and the interpreter explanation, whose words are the interface's.
pub fn interface_speech(
    pack: &ContentPack,
    translations: &Translations,
    retention_days: u32,
) -> Vec<PageSpeech> {
    let mut pages = Vec::new();
    for locale in Locale::ALL {
        let own = |key: &str| translations.resolve(locale, key) == Some(locale);
        if own("emergency-title") && own("emergency-intro") && own("emergency-dial") {
            pages.push(whole(
                EMERGENCY_PAGE,
                locale,
                emergency(pack, translations, locale),
            ));
        }
        if own("consent-title") && own("consent-text") {
            let text = translations
                .format(
                    locale,
                    "consent-text",
                    &[("days", f64::from(retention_days).into())],
                )
                .text;
            let words = [translations.text(locale, "consent-title"), text].join("\n\n");
            pages.push(whole(INTERPRETER_PAGE, locale, words));
        }
    }
    pages
}

fn whole(page: &str, locale: Locale, words: String) -> PageSpeech {
    PageSpeech {
        page: page.to_owned(),
        locale,
        pieces: vec![Piece {
            section: None,
            words: strip_isolation(&words),
        }],
    }
}

/// The emergency page's words: the title, the advice, then each country's real lines with
/// their numbers, digit by digit (a number said as "nine hundred and eleven" is not the one
/// to dial). Demo entries are not real numbers and are not said.
fn emergency(pack: &ContentPack, translations: &Translations, locale: Locale) -> String {
    let mut blocks = vec![
        translations.text(locale, "emergency-title"),
        translations.text(locale, "emergency-intro"),
    ];
    let directory = pack.directory();
    let mut lines: Vec<_> = directory
        .entries()
        .iter()
        .filter(|entry| entry.kind == EntryKind::Hotline && !entry.demo)
        .collect();
    lines.sort_by_key(|entry| entry.country);
    for entry in lines {
        let key = format!("country-{}", entry.country.as_str());
        let country = if translations.resolve(locale, &key).is_some() {
            translations.text(locale, &key)
        } else {
            entry.country.as_str().to_owned()
        };
        let numbers = entry
            .short_codes
            .iter()
            .map(|code| code.as_str())
            .chain(entry.phones.iter().map(|phone| phone.as_str()))
            .map(|number| {
                translations
                    .format(
                        locale,
                        "emergency-dial",
                        &[("number", digit_by_digit(number).into())],
                    )
                    .text
            })
            .collect::<Vec<_>>()
            .join(". ");
        blocks.push(format!("{country}. {}. {numbers}.", entry.name));
    }
    blocks.join("\n\n")
}

fn digit_by_digit(number: &str) -> String {
    number
        .chars()
        .filter(char::is_ascii_digit)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fluent's direction marks around arguments are not words; the engine need not see them.
fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_said_digit_by_digit() {
        assert_eq!(digit_by_digit("911"), "9 1 1");
        assert_eq!(digit_by_digit("+50212345678").len(), 21);
        assert_eq!(strip_isolation("Dial \u{2068}9 1 1\u{2069}"), "Dial 9 1 1");
    }
}
