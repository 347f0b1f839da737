//! What a person declares, and how it is stored.

use sqlx::Row;

use super::{IntakeError, LanguageTag};
use crate::country::CountryCode;
use crate::locale::Locale;

/// Who a declaration belongs to, so that "delete my data" finds everything: a Telegram chat,
/// or a kiosk session known only by a random token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Telegram(i64),
    Kiosk(String),
}

impl Subject {
    pub fn key(&self) -> String {
        match self {
            Subject::Telegram(chat) => format!("tg:{chat}"),
            Subject::Kiosk(token) => format!("kiosk:{token}"),
        }
    }

    /// A fresh kiosk subject with 128 random bits.
    pub fn new_kiosk() -> Self {
        Subject::Kiosk(hex::encode(rand::random::<[u8; 16]>()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    Country(CountryCode),
    /// "Prefer not to say" — its own category in the figures.
    Undisclosed,
    /// "Another country": one not in the offered list, said without naming it (no free
    /// text is ever kept) — its own category in the figures, apart from "prefer not to say".
    Another,
}

/// How [`Origin::Another`] is stored and counted in the figures (not "other", which is the
/// figures' row of small groups).
pub const ANOTHER_COUNTRY: &str = "another";

impl Origin {
    fn to_column(self) -> Option<String> {
        match self {
            Origin::Country(code) => Some(code.to_string()),
            Origin::Undisclosed => None,
            Origin::Another => Some(ANOTHER_COUNTRY.to_owned()),
        }
    }

    pub(super) fn from_column(value: Option<String>) -> Origin {
        match value.as_deref() {
            Some(ANOTHER_COUNTRY) => Origin::Another,
            _ => value
                .and_then(|code| CountryCode::parse(&code).ok())
                .map_or(Origin::Undisclosed, Origin::Country),
        }
    }
}

pub type DeclarationId = i64;

/// At most this many languages per declaration: enough for anyone, bounded for the database.
pub const MAX_LANGUAGES: usize = 8;

#[derive(Clone, Debug)]
pub struct NewDeclaration {
    pub subject: Subject,
    pub locale: Locale,
    pub origin: Origin,
    /// Whether the interpreter may see the origin.
    pub share_origin: bool,
    /// The languages the person chose; empty when they preferred not to say (the request
    /// then reaches the staff of its shelter, not an interpreter by language).
    pub languages: Vec<LanguageTag>,
    /// A directory shelter id, checked by the caller against the content pack.
    pub shelter_id: Option<String>,
    pub city: Option<String>,
}

impl NewDeclaration {
    /// The declaration with the city of its shelter, as the directory names it, so that
    /// interpreters who serve that whole city hear of the request too.
    pub fn with_city_from(mut self, directory: &crate::content::Directory) -> Self {
        self.city = self
            .shelter_id
            .as_deref()
            .and_then(|id| directory.get(id))
            .and_then(|entry| entry.city.clone());
        self
    }

    pub(super) fn validate(&self) -> Result<(), IntakeError> {
        if self.languages.len() > MAX_LANGUAGES {
            return Err(IntakeError::TooManyLanguages { max: MAX_LANGUAGES });
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Declaration {
    pub id: DeclarationId,
    pub locale: Locale,
    pub origin: Origin,
    pub share_origin: bool,
    pub languages: Vec<LanguageTag>,
    pub shelter_id: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
}

pub(super) async fn insert(
    transaction: &mut crate::store::Tx,
    new: &NewDeclaration,
    consent_version: &str,
    now: i64,
    expires_at: i64,
) -> Result<DeclarationId, IntakeError> {
    let row = sqlx::query(
        "INSERT INTO declarations (subject, consent_version, locale, origin, share_origin, shelter_id, city, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(new.subject.key())
    .bind(consent_version)
    .bind(new.locale.tag())
    .bind(new.origin.to_column())
    .bind(i64::from(new.share_origin))
    .bind(new.shelter_id.clone())
    .bind(new.city.clone())
    .bind(now)
    .bind(expires_at)
    .fetch_one(&mut **transaction)
    .await?;
    let id: i64 = row.try_get("id")?;
    let mut languages = new.languages.clone();
    languages.sort();
    languages.dedup();
    for language in &languages {
        sqlx::query("INSERT INTO declaration_languages (declaration_id, language) VALUES ($1, $2)")
            .bind(id)
            .bind(language.as_str())
            .execute(&mut **transaction)
            .await?;
    }
    let keys = super::stats::declaration_keys(
        new.origin.to_column(),
        new.shelter_id.clone(),
        languages.iter().map(|l| l.as_str().to_owned()).collect(),
    );
    super::stats::record(transaction, &super::stats::quarter_of(now), &keys).await?;
    Ok(id)
}
