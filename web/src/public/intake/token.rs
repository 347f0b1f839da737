//! The consent page's form token instead of a cookie: signed with the instance's key, naming
//! the shelter and the time it was issued. A POST without a valid, recent token for its
//! shelter was not made from one of this kiosk's pages; a valid one is spent when posted, so
//! it starts one request at most. Later pages carry one-time handles (`KioskForms`).

use faro_core::store::{Store, StoreError};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Kept in `app_meta` under its own name: a leak of the log key opens no form, and back.
const KEY_NAME: &str = "kiosk_form_key";

/// Long enough to read the consent text and answer, short enough that a page left on the
/// screen (or photographed) is soon useless.
pub const VALID_SECONDS: i64 = 30 * 60;

/// Clocks of several instances may differ a little.
const CLOCK_SKEW_SECONDS: i64 = 60;

#[derive(Clone)]
pub struct FormKey([u8; 32]);

/// A valid token's nonce, and when the token stops being valid anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issued {
    pub nonce: String,
    pub expires_at: i64,
}

impl std::fmt::Debug for FormKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormKey([redacted])")
    }
}

impl FormKey {
    #[cfg(test)]
    pub fn from_bytes(key: [u8; 32]) -> Self {
        FormKey(key)
    }

    /// The instance's key, made at random the first time and kept in the database so that
    /// every instance behind a load balancer accepts the others' forms.
    pub async fn load_or_create(store: &Store) -> Result<Self, StoreError> {
        Ok(FormKey(store.instance_key(KEY_NAME).await?))
    }

    /// `<issued>.<nonce>.<mac>`. The nonce makes every page's token different, so a page
    /// never repeats (and a cached copy would show at once).
    pub fn issue(&self, shelter: &str, now: i64) -> String {
        let nonce = hex::encode(rand::random::<[u8; 8]>());
        let mac = self.mac(shelter, now, &nonce).finalize().into_bytes();
        format!("{now}.{nonce}.{}", hex::encode(mac))
    }

    /// The token's nonce and end of life, if `token` was issued by this instance for
    /// `shelter` less than [`VALID_SECONDS`] ago. A valid token is not yet an unused one: the
    /// caller spends the nonce (see `KioskForms::spend`).
    pub fn verify(&self, token: &str, shelter: &str, now: i64) -> Option<Issued> {
        let mut parts = token.split('.');
        let (Some(issued), Some(nonce), Some(mac), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let issued_at = issued.parse::<i64>().ok()?;
        // The number must read back exactly as it was written (no `+1`, no leading zeros).
        if issued_at.to_string() != issued || nonce.len() != 16 || !is_lower_hex(nonce) {
            return None;
        }
        let fresh = issued_at <= now + CLOCK_SKEW_SECONDS && now - issued_at <= VALID_SECONDS;
        let mac = hex::decode(mac).ok()?;
        // Checked even when stale, so the time taken says nothing about the signature.
        let signed = self
            .mac(shelter, issued_at, nonce)
            .verify_slice(&mac)
            .is_ok();
        (signed && fresh).then(|| Issued {
            nonce: nonce.to_owned(),
            expires_at: issued_at + VALID_SECONDS + CLOCK_SKEW_SECONDS,
        })
    }

    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    fn mac(&self, shelter: &str, issued_at: i64, nonce: &str) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        // Separators that cannot occur in a shelter id keep the fields apart.
        mac.update(b"faro-kiosk-intake\n");
        mac.update(shelter.as_bytes());
        mac.update(b"\n");
        mac.update(issued_at.to_string().as_bytes());
        mac.update(b"\n");
        mac.update(nonce.as_bytes());
        mac
    }
}

pub fn is_lower_hex(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_holds_for_its_shelter_and_its_time_only() {
        let key = FormKey::from_bytes([7; 32]);
        let now = 1_800_000_000;
        let token = key.issue("test-shelter", now);
        let issued = key.verify(&token, "test-shelter", now).unwrap();
        assert_eq!(issued.nonce, token.split('.').nth(1).unwrap());
        assert!(issued.expires_at > now + VALID_SECONDS);
        assert!(
            key.verify(&token, "test-shelter", now + VALID_SECONDS)
                .is_some()
        );
        assert!(
            key.verify(&token, "test-shelter", now + VALID_SECONDS + 1)
                .is_none()
        );
        assert!(key.verify(&token, "far-shelter", now).is_none());
        assert!(
            FormKey::from_bytes([8; 32])
                .verify(&token, "test-shelter", now)
                .is_none()
        );
        let issued_later = key.issue("test-shelter", now + 3600);
        assert!(key.verify(&issued_later, "test-shelter", now).is_none());
        assert_ne!(token, key.issue("test-shelter", now), "each token is new");
    }

    #[test]
    fn altered_tokens_are_refused() {
        let key = FormKey::from_bytes([7; 32]);
        let now = 1_800_000_000;
        let token = key.issue("s", now);
        let (issued, rest) = token.split_once('.').unwrap();
        let last = if token.ends_with('0') { '1' } else { '0' };
        for bad in [
            String::new(),
            "x".to_owned(),
            format!("{}.{rest}", now + 1),
            format!("+{issued}.{rest}"),
            format!("0{issued}.{rest}"),
            format!("{token}.x"),
            token.replace('.', ""),
            format!("{}{last}", &token[..token.len() - 1]),
            token.to_uppercase(),
        ] {
            assert!(key.verify(&bad, "s", now).is_none(), "{bad}");
        }
    }

    #[test]
    fn debug_hides_the_key() {
        assert_eq!(
            format!("{:?}", FormKey::from_bytes([1; 32])),
            "FormKey([redacted])"
        );
    }
}
