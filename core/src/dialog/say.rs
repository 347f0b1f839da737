//! UI strings in one locale, as plain text (for labels, or to put in rich text) or as a
//! paragraph of their own.

use crate::country::CountryCode;
use crate::i18n::Arg;
use crate::locale::Locale;
use crate::rich_text::RichText;

use super::context::Context;

#[derive(Clone, Copy)]
pub(crate) struct Say<'a> {
    pub ctx: &'a Context,
    pub locale: Locale,
}

impl<'a> Say<'a> {
    pub fn new(ctx: &'a Context, locale: Locale) -> Self {
        Say { ctx, locale }
    }

    pub fn text(&self, key: &str) -> String {
        self.ctx.translations.text(self.locale, key)
    }

    pub fn text_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.ctx.translations.format(self.locale, key, args).text
    }

    /// The string as a message text of one paragraph.
    pub fn paragraph(&self, key: &str) -> RichText {
        RichText::text(self.text(key))
    }

    pub fn paragraph_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> RichText {
        RichText::text(self.text_with(key, args))
    }

    /// The country's name in this locale, or its code when no locale has a name for it.
    pub fn country(&self, country: CountryCode) -> String {
        let key = format!("country-{country}");
        if self.ctx.translations.resolve(self.locale, &key).is_some() {
            self.text(&key)
        } else {
            country.to_string()
        }
    }

    /// A language's name in this locale (any language a person may declare, not only Faro's
    /// sixteen), or its tag when none is known.
    pub fn language_name(&self, tag: &str) -> String {
        self.ctx
            .translations
            .language_name(self.locale, tag)
            .unwrap_or_else(|| tag.to_owned())
    }
}

/// Cuts a text to at most `max` characters (for search and detection of huge messages).
pub(crate) fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((index, _)) => &text[..index],
        None => text,
    }
}

/// At most `max` characters of a long `text` to route: its opening and its end, where people
/// put what they ask (a long story with the question last, a question with details after it).
pub(crate) fn head_and_tail(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= max {
        return std::borrow::Cow::Borrowed(text);
    }
    let head = truncate_chars(text, max / 2);
    let tail_start = text
        .char_indices()
        .nth(count - (max - max / 2))
        .map_or(text.len(), |(index, _)| index);
    std::borrow::Cow::Owned(format!("{head}\n{}", &text[tail_start..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_read_by_its_opening_and_its_end() {
        assert_eq!(head_and_tail("short", 10), "short");
        let long = format!("{}¿dónde duermo?", "x".repeat(1_000));
        let read = head_and_tail(&long, 40);
        assert_eq!(
            read,
            format!("{}\n{}¿dónde duermo?", "x".repeat(20), "x".repeat(6))
        );
        assert_eq!(head_and_tail("سلام دنیا", 4), "سل\nیا");
    }

    #[test]
    fn truncate_chars_cuts_on_character_boundaries() {
        assert_eq!(truncate_chars("سلام دنیا", 4), "سلام");
        assert_eq!(truncate_chars("ab", 10), "ab");
    }
}
