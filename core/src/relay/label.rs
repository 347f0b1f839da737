//! The label an interpreter shows in conversations: a first name or a nickname they choose.

use std::fmt;

/// Letters (any script), spaces and the marks names use; 1 to [`Label::MAX_CHARS`]
/// characters. No digits, `@`, `/` or `:`, so a label cannot carry a phone number, a
/// username or a link to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a label is 1 to 30 letters, spaces, hyphens or apostrophes")]
pub struct LabelError;

impl Label {
    pub const MAX_CHARS: usize = 30;

    pub fn parse(raw: &str) -> Result<Self, LabelError> {
        let label = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let allowed = |c: char| c.is_alphabetic() || c == ' ' || "-'’.".contains(c);
        let chars = label.chars().count();
        if (1..=Self::MAX_CHARS).contains(&chars)
            && label.chars().all(allowed)
            && label.chars().any(char::is_alphabetic)
            && !crate::text_safety::has_bidi_controls(&label)
        {
            Ok(Label(label))
        } else {
            Err(LabelError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_labels() {
        for name in [
            "Marie",
            "Jean-Baptiste",
            "  Rose   Marie ",
            "ማርያም",
            "مریم",
            "O’Neil",
        ] {
            assert!(Label::parse(name).is_ok(), "{name}");
        }
        assert_eq!(
            Label::parse("  Rose   Marie ").unwrap().as_str(),
            "Rose Marie"
        );
    }

    #[test]
    fn nothing_that_reaches_a_person_is_a_label() {
        for bad in [
            "",
            "   ",
            "+52 962 000 0000",
            "Marie 5551234",
            "@marie_interp",
            "t.me/marie",
            "https://example.org",
            "٣٤٥",
            "Marie\u{202e}",
            &"a".repeat(31),
        ] {
            assert_eq!(Label::parse(bad), Err(LabelError), "{bad}");
        }
    }
}
