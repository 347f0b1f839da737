//! UI strings in one locale, as Telegram-safe HTML for message text or as plain text for
//! button labels.

use crate::content::markdown::escape_html;
use crate::country::CountryCode;
use crate::i18n::Arg;
use crate::locale::Locale;

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

    /// Plain text, for button labels (which are never parsed as HTML).
    pub fn plain(&self, key: &str) -> String {
        self.ctx.translations.text(self.locale, key)
    }

    pub fn plain_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.ctx.translations.format(self.locale, key, args).text
    }

    /// Escaped for message text.
    pub fn html(&self, key: &str) -> String {
        escape_html(&self.plain(key))
    }

    pub fn html_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        escape_html(&self.plain_with(key, args))
    }

    /// The country's name in this locale, or its code when no locale has a name for it.
    pub fn country(&self, country: CountryCode) -> String {
        let key = format!("country-{country}");
        if self.ctx.translations.resolve(self.locale, &key).is_some() {
            self.plain(&key)
        } else {
            country.to_string()
        }
    }
}

/// Length as Telegram counts it: UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Cuts plain text into pieces of at most `limit` UTF-16 units, at spaces where it can.
pub(crate) fn split_plain(text: &str, limit: usize) -> Vec<String> {
    let limit = limit.max(16);
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let word_len = utf16_len(word);
        if current_len + word_len > limit && !current.is_empty() {
            pieces.push(std::mem::take(&mut current).trim_end().to_owned());
            current_len = 0;
        }
        if word_len > limit {
            // A "word" longer than a message: cut it by characters.
            for c in word.chars() {
                if current_len + c.len_utf16() > limit {
                    pieces.push(std::mem::take(&mut current));
                    current_len = 0;
                }
                current.push(c);
                current_len += c.len_utf16();
            }
        } else {
            current.push_str(word);
            current_len += word_len;
        }
    }
    if !current.trim().is_empty() {
        pieces.push(current.trim_end().to_owned());
    }
    pieces
}

/// Cuts a text to at most `max` characters (for search and detection of huge messages).
pub(crate) fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((index, _)) => &text[..index],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_astral_characters_twice() {
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("سلام"), 4);
        assert_eq!(utf16_len("🛡️"), 3);
    }

    #[test]
    fn split_plain_respects_the_limit_and_keeps_every_word() {
        let text = "word ".repeat(100) + &"x".repeat(70);
        let pieces = split_plain(&text, 32);
        assert!(pieces.iter().all(|p| utf16_len(p) <= 32), "{pieces:?}");
        let rejoined: String = pieces.concat();
        assert_eq!(
            rejoined.chars().filter(|c| !c.is_whitespace()).count(),
            text.chars().filter(|c| !c.is_whitespace()).count()
        );
    }

    #[test]
    fn truncate_chars_cuts_on_character_boundaries() {
        assert_eq!(truncate_chars("سلام دنیا", 4), "سلام");
        assert_eq!(truncate_chars("ab", 10), "ab");
    }
}
