//! `X-Hub-Signature-256: sha256=<hex>`: Meta signs each webhook call's raw body with the app
//! secret (HMAC-SHA256). Checked before anything is parsed, in time that does not depend on
//! where a forged signature goes wrong.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

pub const HEADER: &str = "x-hub-signature-256";

/// Whether `header` is the signature of `body` with `secret`.
pub fn valid(secret: &[u8], body: &[u8], header: Option<&[u8]>) -> bool {
    let Some(given) = header.and_then(|value| value.strip_prefix(b"sha256=")) else {
        return false;
    };
    let Ok(given) = hex::decode(given) else {
        return false;
    };
    let expected = sign(secret, body);
    bool::from(given.as_slice().ct_eq(expected.as_slice()))
}

/// The raw signature bytes (the header holds them in hex after `sha256=`).
pub fn sign(secret: &[u8], body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// The header's value for `body` (for tests and the fake's callers).
pub fn header_for(secret: &[u8], body: &[u8]) -> String {
    format!("sha256={}", hex::encode(sign(secret, body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_signature_passes_and_nothing_else() {
        let body = br#"{"object":"whatsapp_business_account"}"#;
        let header = header_for(b"app-secret", body);
        assert!(valid(b"app-secret", body, Some(header.as_bytes())));
        assert!(!valid(b"other-secret", body, Some(header.as_bytes())));
        assert!(!valid(b"app-secret", b"{}", Some(header.as_bytes())));
        assert!(!valid(b"app-secret", body, None));
        assert!(!valid(b"app-secret", body, Some(b"sha256=")));
        assert!(!valid(b"app-secret", body, Some(b"sha256=zz")));
        assert!(!valid(
            b"app-secret",
            body,
            Some(&header.as_bytes()[..header.len() - 2])
        ));
        // Without the scheme, or with another one.
        assert!(!valid(b"app-secret", body, Some(&header.as_bytes()[7..])));
        assert!(!valid(
            b"app-secret",
            body,
            Some(header.replace("sha256", "sha1").as_bytes())
        ));
        // Hex in upper case is the same bytes.
        let upper = format!("sha256={}", header[7..].to_uppercase());
        assert!(valid(b"app-secret", body, Some(upper.as_bytes())));
    }
}
