//! Voluntary self-declaration and interpreter routing.
//!
//! A person agrees to a versioned consent text, then may say where they are from (or prefer
//! not to), which languages they speak and where they are; that becomes a declaration and an
//! interpreter request with a short reference. Interpreters who speak one of the languages and
//! serve the place are told; the first to accept gets it. Declarations expire and are deleted;
//! "delete my data" deletes them at once.

pub mod choices;
mod declaration;
mod escalation;
mod interpreters;
pub mod kiosk_forms;
pub mod link_secret;
pub mod queue;
mod queue_version;
mod reference;
mod requests;
pub mod response_times;
mod retention;
pub mod router;
mod routing;
pub mod stats;
pub mod throttle;

use std::fmt;

pub use declaration::{
    ANOTHER_COUNTRY, Declaration, DeclarationId, MAX_LANGUAGES, NewDeclaration, Origin, Subject,
};
pub use escalation::{Escalation, EscalationTimes};
pub use interpreters::{
    Interpreter, InterpreterId, Interpreters, LinkCode, NewInterpreter, ServiceArea,
};
pub use kiosk_forms::{FormKind, KioskForm, KioskForms};
pub use link_secret::LinkSecret;
pub use queue_version::QueueVersion;
pub use reference::Reference;
pub use requests::{
    AcceptOutcome, LINK_ATTEMPT_WINDOW, LINK_ATTEMPTS, Request, RequestStatus, Requests,
};
pub(crate) use retention::LINKED_TO_CHAT;
pub(crate) use retention::erase_subject_rows;
pub use retention::{Declarations, Keep, PURGE_EVERY, run_purger};
pub use routing::{NOTICE_WINDOW_SECONDS, ROUTE_WITHIN_SECONDS, RoutingSignal, notice_due};

use crate::store::StoreError;

/// The version of the consent text people agree to; recorded with each declaration. Change it
/// whenever `consent-text` changes in meaning.
pub const CONSENT_VERSION: &str = "2026-11-23";

/// A language tag a person or interpreter declares: Faro's locales and other languages
/// (`wo`, `pa`, …) alike. Lower-case ASCII letters, optionally `-Script`, at most 12 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(raw: &str) -> Result<Self, IntakeError> {
        let raw = raw.trim();
        let (primary, rest) = raw.split_once('-').unwrap_or((raw, ""));
        let valid = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_lowercase())
            && rest.len() <= 8
            && rest.bytes().all(|b| b.is_ascii_alphabetic());
        if valid && !raw.ends_with('-') {
            Ok(LanguageTag(raw.to_owned()))
        } else {
            Err(IntakeError::BadLanguage(raw.chars().take(20).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("{0:?} is not a language tag")]
    BadLanguage(String),
    #[error("a name is 1 to 80 characters without invisible direction controls")]
    BadName,
    #[error("a request needs at least one language")]
    NoLanguage,
    #[error("too many languages (at most {max})")]
    TooManyLanguages { max: usize },
    #[error("unknown shelter {0:?}")]
    UnknownShelter(String),
    #[error("{0:?} is not a request reference")]
    BadReference(String),
    #[error("no such request")]
    NoSuchRequest,
    #[error("interpreter link code is unknown or already used")]
    BadLinkCode,
    #[error("the request is {0} and cannot change that way")]
    WrongStatus(&'static str),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for IntakeError {
    fn from(error: sqlx::Error) -> Self {
        IntakeError::Store(StoreError::from(error))
    }
}

#[cfg(test)]
mod tests;
