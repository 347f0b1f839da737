//! Accounts of the people who run Faro: admins, publishers scoped to a country (or all), and
//! shelter staff scoped to a shelter. Passwords are argon2id hashes; sessions and API tokens
//! are random values of which only a SHA-256 is stored (API tokens expire); failed sign-ins
//! are throttled per name and address (`throttle`, `sign_in`); password hashing runs on a
//! bounded pool off the async workers (`PasswordWork`); every sign-in and account change goes
//! to the audit log, which is kept for [`audit::KEEP_SECONDS`].

pub mod audit;
mod password;
pub mod permissions;
mod sessions;
pub mod sign_in;
mod telegram;
pub mod throttle;
mod user;
mod users;

use std::fmt;

pub use audit::{AuditEntry, AuditLog};
pub use password::{Admission, MIN_LENGTH, PasswordProblem, PasswordWork};
pub use permissions::Area;
pub use sessions::{API_TOKEN_DAYS, Session, SessionToken, Sessions};
pub use sign_in::{Attempt, Authenticated, authenticate};
pub use users::{NewUser, OPERATOR_LOCALES, Preferences, User, UserId, Users};

use crate::store::StoreError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    /// Publishes campaigns for one country, or for all when `None`.
    Publisher {
        country: Option<crate::country::CountryCode>,
    },
    /// Sees and works the interpreter queue of one shelter.
    Staff {
        shelter: String,
    },
}

impl Role {
    pub fn name(&self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Publisher { .. } => "publisher",
            Role::Staff { .. } => "staff",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::Admin => f.write_str("admin"),
            Role::Publisher {
                country: Some(country),
            } => write!(f, "publisher ({country})"),
            Role::Publisher { country: None } => f.write_str("publisher (all countries)"),
            Role::Staff { shelter } => write!(f, "staff ({shelter})"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("user names are 3 to 40 characters of a-z, 0-9, '.', '_' and '-'")]
    BadName,
    #[error("{0}")]
    WeakPassword(PasswordProblem),
    #[error("a user named {0:?} already exists")]
    NameTaken(String),
    #[error("no such user")]
    NoSuchUser,
    #[error("operators read es, en or fr, not {0}")]
    NotAnOperatorLanguage(crate::Locale),
    #[error("{0:?} is not an IANA time zone name")]
    UnknownZone(String),
    #[error("wrong name or password")]
    WrongCredentials,
    #[error("too many failed sign-ins for this name; try again in {retry_after_seconds} seconds")]
    TooManyAttempts { retry_after_seconds: i64 },
    #[error("password hashing failed")]
    Hashing,
    /// Too many sign-ins are being checked at this moment: refused before any hashing.
    #[error("too many sign-ins at once; try again in a moment")]
    Busy,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for AccountError {
    fn from(error: sqlx::Error) -> Self {
        AccountError::Store(StoreError::from(error))
    }
}

#[cfg(test)]
mod tests;
