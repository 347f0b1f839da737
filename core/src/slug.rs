//! The one rule for names that go into addresses, file names and chat payloads: topic folders,
//! campaign names, directory ids. Lower-case ASCII letters, digits and `-`, not starting or
//! ending with `-`, within a length the caller chooses.

use std::ops::RangeInclusive;

/// Whether `raw` is a slug of a length within `lengths` (in bytes, which are characters here).
pub fn is_slug(raw: &str, lengths: RangeInclusive<usize>) -> bool {
    lengths.contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !raw.starts_with('-')
        && !raw.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::is_slug;

    #[test]
    fn slugs_are_lower_case_ascii_words_joined_by_dashes() {
        assert!(is_slug("asylum", 1..=48));
        assert!(is_slug("mx-tapachula-2", 1..=48));
        for bad in ["", "Asylum", "a b", "-x", "x-", "ñandú", "a_b", "a/b"] {
            assert!(!is_slug(bad, 1..=48), "{bad:?}");
        }
        assert!(!is_slug("ab", 3..=48), "too short for the range");
        assert!(!is_slug(&"a".repeat(49), 1..=48), "too long for the range");
    }
}
