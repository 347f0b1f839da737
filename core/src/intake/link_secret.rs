//! The secret of a kiosk request: what only the person holds. It travels in the reference
//! page's QR code (`/start <locale>_k-<secret>`) and its "Delete my data" button, never on
//! screen as text and never read aloud, unlike the short [`Reference`](super::Reference) staff
//! call out. Linking the request to a Telegram chat or erasing it from a kiosk takes the
//! secret; the reference alone does neither. 128 random bits in lower-case hex (32 characters,
//! inside Telegram's 64-character deep-link limit); the database keeps only its SHA-256.

use std::fmt;

use sha2::{Digest, Sha256};

const BYTES: usize = 16;
pub const LEN: usize = BYTES * 2;

#[derive(Clone, PartialEq, Eq)]
pub struct LinkSecret(String);

impl fmt::Debug for LinkSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LinkSecret([redacted])")
    }
}

impl LinkSecret {
    pub fn random() -> Self {
        LinkSecret(hex::encode(rand::random::<[u8; BYTES]>()))
    }

    /// Exactly as [`LinkSecret::random`] writes it; anything else is no secret of Faro's.
    pub fn parse(raw: &str) -> Option<Self> {
        let well_formed = raw.len() == LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        well_formed.then(|| LinkSecret(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the database keeps: the SHA-256 in hex. A plain hash is enough for 128 random
    /// bits (nothing to guess from), and it lets the lookup be one indexed equality.
    pub fn hash(&self) -> String {
        hash_text(&self.0)
    }
}

/// SHA-256 of `text`, lower-case hex.
pub fn hash_text(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_random_well_formed_and_parse_back() {
        let a = LinkSecret::random();
        let b = LinkSecret::random();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), LEN);
        assert_eq!(LinkSecret::parse(a.as_str()), Some(a.clone()));
        assert_eq!(a.hash().len(), 64);
        assert_ne!(a.hash(), a.as_str());
        assert_eq!(format!("{a:?}"), "LinkSecret([redacted])");
    }

    #[test]
    fn anything_else_is_refused() {
        let good = LinkSecret::random();
        for bad in [
            String::new(),
            "K7M4QX".to_owned(),
            good.as_str().to_uppercase(),
            format!("{}0", good.as_str()),
            good.as_str()[1..].to_owned(),
            format!("{}g", &good.as_str()[1..]),
        ] {
            assert_eq!(LinkSecret::parse(&bad), None, "{bad}");
        }
    }
}
