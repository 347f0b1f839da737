//! Short request references people can read out and type: six characters from an alphabet
//! without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).

use std::fmt;

use rand::Rng;

use super::IntakeError;

const ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
const LENGTH: usize = 6;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reference(String);

impl Reference {
    pub fn random() -> Self {
        let mut rng = rand::rng();
        let code = (0..LENGTH)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        Reference(code)
    }

    /// Accepts lower case and surrounding spaces, as people type it.
    pub fn parse(raw: &str) -> Result<Self, IntakeError> {
        let code = raw.trim().to_ascii_uppercase();
        if code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(Reference(code))
        } else {
            Err(IntakeError::BadReference(raw.chars().take(20).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_references_parse_back() {
        for _ in 0..100 {
            let reference = Reference::random();
            assert_eq!(
                Reference::parse(&reference.as_str().to_lowercase()).unwrap(),
                reference
            );
        }
    }

    #[test]
    fn look_alikes_and_wrong_lengths_are_rejected() {
        for bad in ["", "ABC", "A0CDEF", "AICDEF", "ACDEFGH", "ACD EF"] {
            assert!(Reference::parse(bad).is_err(), "{bad}");
        }
    }
}
