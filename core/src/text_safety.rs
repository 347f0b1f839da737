//! Text that operators type and many people read (campaign titles and bodies, interpreter
//! names): refused when it holds the invisible controls that reorder what follows them. A
//! right-to-left override in a title makes `\u{202E}elif.exe` read as `exe.file`, and a reviewer
//! approving the rendered text would approve something else than what is stored. Legitimate
//! right-to-left text needs none of them: Faro isolates mixed-direction text itself.

/// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
pub fn has_bidi_controls(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

#[cfg(test)]
mod tests {
    use super::has_bidi_controls;

    #[test]
    fn overrides_and_isolates_are_found_and_plain_rtl_text_is_not() {
        assert!(has_bidi_controls("Faro \u{202E}exe.fdp"));
        assert!(has_bidi_controls("\u{2066}x\u{2069}"));
        assert!(!has_bidi_controls("پناهندگی در مکسیکو (COMAR)"));
        assert!(!has_bidi_controls("العربية 911"));
        // Marks (not embeddings) are ordinary characters of RTL typing.
        assert!(!has_bidi_controls("a\u{200F}b\u{200E}c"));
    }
}
