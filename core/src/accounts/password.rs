//! argon2id hashing with the crate's default parameters (19 MiB, 2 passes, 1 lane) and a
//! random salt per password.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use super::AccountError;

pub(super) const MIN_LENGTH: usize = 12;

pub(super) fn hash(password: &str) -> Result<String, AccountError> {
    if password.chars().count() < MIN_LENGTH {
        return Err(AccountError::WeakPassword);
    }
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|_| AccountError::Hashing)
}

pub(super) fn verify(password: &str, stored: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// A real hash of a random password, checked against when the user does not exist, so that a
/// missing name takes as long as a wrong password. Computed once: it is a constant, not state.
pub(super) fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let random = hex::encode(rand::random::<[u8; 16]>());
        hash(&random).unwrap_or_default()
    });
    &DUMMY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let first = hash("correct horse battery").unwrap();
        let second = hash("correct horse battery").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second, "each hash has its own salt");
        assert!(verify("correct horse battery", &first));
        assert!(!verify("wrong horse battery", &first));
        assert!(!verify("anything", "not a hash"));
        assert!(dummy_hash().starts_with("$argon2id$"));
        assert!(!verify("anything", dummy_hash()));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(matches!(hash("short"), Err(AccountError::WeakPassword)));
    }
}
