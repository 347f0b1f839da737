//! Phone numbers in E.164, and short emergency codes.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A number in E.164: `+`, a country code not starting with 0, at most 15 digits in all.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct E164Phone(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error(
        "phone number {0:?} is not in E.164 (a + and 8 to 15 digits, no spaces, e.g. +525512345678)"
    )]
    NotE164(String),
    #[error("short code {0:?} must be 2 to 6 digits, e.g. 911")]
    NotShortCode(String),
}

impl E164Phone {
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        let digits = raw.strip_prefix('+').unwrap_or_default();
        let valid = (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        if valid {
            Ok(E164Phone(raw.to_owned()))
        } else {
            Err(PhoneError::NotE164(raw.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A placeholder nobody could dial by mistake: every digit after the first three is 0.
    /// Anything else in a demo entry could be somebody's real number.
    pub fn is_obvious_placeholder(&self) -> bool {
        self.0[1..].bytes().skip(3).all(|b| b == b'0')
    }

    /// `tel:` URI for links.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.0)
    }
}

impl fmt::Display for E164Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for E164Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "E164Phone({})", self.0)
    }
}

impl Serialize for E164Phone {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for E164Phone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        E164Phone::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// A short number dialled as it is, such as 911 or 128.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ShortCode(String);

impl ShortCode {
    pub fn parse(raw: &str) -> Result<Self, PhoneError> {
        if (2..=6).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_digit()) {
            Ok(ShortCode(raw.to_owned()))
        } else {
            Err(PhoneError::NotShortCode(raw.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ShortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_e164() {
        assert!(E164Phone::parse("+525512345678").is_ok());
        assert!(E164Phone::parse("+50712345678").is_ok());
    }

    #[test]
    fn rejects_non_e164() {
        for bad in [
            "525512345678",
            "+52 55 1234 5678",
            "+052123456",
            "+1234",
            "+1234567890123456",
            "+52-55",
            "",
        ] {
            assert!(E164Phone::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn placeholders_are_all_zero_after_the_prefix() {
        assert!(
            E164Phone::parse("+520000000000")
                .unwrap()
                .is_obvious_placeholder()
        );
        assert!(
            !E164Phone::parse("+525512345678")
                .unwrap()
                .is_obvious_placeholder()
        );
    }

    #[test]
    fn short_codes() {
        assert!(ShortCode::parse("911").is_ok());
        assert!(ShortCode::parse("9").is_err());
        assert!(ShortCode::parse("91a").is_err());
    }
}
