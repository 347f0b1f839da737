//! An operator's account as a row of the users table reads, shared by the users, sessions and
//! sign-in handles.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{AccountError, Role};
use crate::Locale;
use crate::country::CountryCode;

pub type UserId = i64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub preferences: Preferences,
}

/// What an operator picked on their account page; `None` follows the browser's language
/// and the instance's time zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    pub language: Option<Locale>,
    /// An IANA zone name, checked when it was set.
    pub time_zone: Option<String>,
}

pub(super) fn user_from_row(row: &AnyRow) -> Result<User, AccountError> {
    let role: String = row.try_get("role")?;
    let country: Option<String> = row.try_get("scope_country")?;
    let shelter: Option<String> = row.try_get("scope_shelter")?;
    let role = match role.as_str() {
        "admin" => Role::Admin,
        "publisher" => Role::Publisher {
            country: country.and_then(|c| CountryCode::parse(&c).ok()),
        },
        // A staff row without a shelter sees nothing rather than everything.
        _ => Role::Staff {
            shelter: shelter.unwrap_or_default(),
        },
    };
    Ok(User {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        role,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        preferences: Preferences {
            // A tag no longer among Faro's locales follows the browser again.
            language: row
                .try_get::<Option<String>, _>("language")?
                .and_then(|tag| tag.parse().ok()),
            time_zone: row.try_get("time_zone")?,
        },
    })
}

pub(super) const SELECT_USER: &str = "SELECT id, name, role, scope_country, scope_shelter, disabled, language, time_zone, password_hash FROM users";
