//! Which wording a person agreed to when they turned alerts on: WhatsApp wants an opt-in
//! before any message the business starts, and Faro records what the person was shown. The
//! version names the locale and a digest of the very strings they read (the menu's offer,
//! the question and the confirmation), so that any change to that wording is a new version
//! without anyone having to remember to bump a number.

use faro_core::Locale;
use faro_core::i18n::Translations;
use sha2::{Digest, Sha256};

/// The strings a person reads on the way to alerts on WhatsApp, in order.
pub const WORDING: [&str; 3] = ["menu-alerts-on", "bot-alerts-country", "bot-alerts-on"];

/// `ht:0123456789abcdef`: the locale and the first 8 bytes of the wording's SHA-256.
pub fn wording_version(translations: &Translations, locale: Locale) -> String {
    let mut digest = Sha256::new();
    for key in WORDING {
        digest.update(translations.text(locale, key).as_bytes());
        digest.update([0]);
    }
    let digest = digest.finalize();
    format!("{}:{}", locale.tag(), hex::encode(&digest[..8]))
}
