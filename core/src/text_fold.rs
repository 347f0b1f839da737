//! Accent folding, the one rule for "the same letter with or without its accent": each
//! character is decomposed (Unicode NFD) and its combining diacritical marks (U+0300–U+036F:
//! acute, grave, circumflex, tilde, diaeresis, cedilla, ring…) are dropped, so "é", "e\u{301}"
//! and "e" are one letter, as are "ñ" and "n". Every other character is kept as it is: the
//! vowel signs and nukta letters of Indic scripts, the Arabic letters and the Han characters
//! are untouched, because there a mark changes the word.
//!
//! Used by the search of topics and places (`dialog::search`) and by the language
//! identifier's training on text typed without accents (`langid`). Sorting names for people
//! is a different job: see [`crate::i18n::collation`].

use unicode_normalization::char::decompose_canonical;

/// The combining diacritical marks that folding drops.
fn is_accent(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `c` without its accents, added to `out` (one character, or none for a lone accent).
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    if is_accent(c) {
        return;
    }
    let mut parts = ['\0'; 4];
    let mut count = 0;
    let mut accented = false;
    let mut overflow = false;
    decompose_canonical(c, |part| {
        if is_accent(part) {
            accented = true;
        } else if count < parts.len() {
            parts[count] = part;
            count += 1;
        } else {
            overflow = true;
        }
    });
    if accented && !overflow {
        out.extend(&parts[..count]);
    } else {
        out.push(c);
    }
}

/// `text` without the accents of its letters (case is kept).
pub fn fold_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_accents_go_in_every_form() {
        assert_eq!(
            fold_accents("Dónde, São, ça, Kreyòl, niño"),
            "Donde, Sao, ca, Kreyol, nino"
        );
        // Letters of their own stay.
        assert_eq!(fold_accents("Ñandú Ærø"), "Nandu Ærø");
        // Already decomposed: the lone accent goes too.
        assert_eq!(fold_accents("Mexico\u{301}"), "Mexico");
        assert_eq!(fold_accents("ǖ ý ÿ å"), "u y y a");
    }

    #[test]
    fn marks_that_change_a_word_stay() {
        // Devanagari and Bengali vowel signs and nukta letters, Arabic letters with hamza,
        // Persian joiners, Ethiopic and Han.
        for text in [
            "चाहिए क़ानून",
            "সাহায্য য় ড় কো",
            "أين إلى آمن",
            "می‌خواهم",
            "ስራ እፈልጋለሁ",
            "申请庇护",
        ] {
            assert_eq!(fold_accents(text), text);
        }
    }
}
