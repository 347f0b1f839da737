//! The interpreter registry: who speaks what, where they serve, and their linked chat: a
//! Telegram chat, or a WhatsApp one (a phone chat id, `crate::channel`; its number sealed in
//! `phone_contacts`). The column keeps its first name, `telegram_chat_id`, for either.

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::{IntakeError, LanguageTag, Request};
use crate::clock::now_unix;
use crate::relay::hours::InterpreterHours;
use crate::store::Store;

pub type InterpreterId = i64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceArea {
    /// Works by phone or video, wherever the person is.
    Remote,
    /// Serves the shelter with this directory id.
    Shelter(String),
    /// Serves a whole city (every shelter there), as the directory names it.
    City(String),
}

impl ServiceArea {
    fn to_column(&self) -> String {
        match self {
            ServiceArea::Remote => "remote".into(),
            ServiceArea::Shelter(id) => format!("shelter:{id}"),
            ServiceArea::City(city) => format!("city:{city}"),
        }
    }

    fn from_column(value: &str) -> Option<Self> {
        match value {
            "remote" => Some(ServiceArea::Remote),
            other => match other.split_once(':') {
                Some(("shelter", id)) => Some(ServiceArea::Shelter(id.to_owned())),
                Some(("city", city)) => Some(ServiceArea::City(city.to_owned())),
                _ => None,
            },
        }
    }
}

#[derive(Clone, Debug)]
pub struct NewInterpreter {
    pub display_name: String,
    pub languages: Vec<LanguageTag>,
    pub areas: Vec<ServiceArea>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interpreter {
    pub id: InterpreterId,
    pub display_name: String,
    pub languages: Vec<LanguageTag>,
    pub areas: Vec<ServiceArea>,
    pub telegram_chat_id: Option<i64>,
    pub active: bool,
}

/// A one-time code an interpreter sends to the bot (`/start` then the code) to link their
/// Telegram account; only its hash is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkCode(pub String);

impl LinkCode {
    fn random() -> Self {
        LinkCode(hex::encode(rand::random::<[u8; 10]>()))
    }

    fn hash(code: &str) -> String {
        hex::encode(Sha256::digest(code.trim().to_ascii_lowercase().as_bytes()))
    }
}

/// The interpreter registry.
pub struct Interpreters<'a> {
    store: &'a Store,
}

impl Store {
    pub fn interpreters(&self) -> Interpreters<'_> {
        Interpreters { store: self }
    }
}

impl Interpreters<'_> {
    pub async fn add(
        &self,
        new: &NewInterpreter,
    ) -> Result<(InterpreterId, LinkCode), IntakeError> {
        if new.languages.is_empty() {
            return Err(IntakeError::NoLanguage);
        }
        let name = new.display_name.trim();
        if name.is_empty()
            || name.chars().count() > 80
            || crate::text_safety::has_bidi_controls(name)
        {
            return Err(IntakeError::BadName);
        }
        let code = LinkCode::random();
        let mut transaction = self.store.begin().await?;
        let row = sqlx::query(
            "INSERT INTO interpreters (display_name, link_code_hash, active, created_at) VALUES ($1, $2, 1, $3) RETURNING id",
        )
        .bind(new.display_name.trim())
        .bind(LinkCode::hash(&code.0))
        .bind(now_unix())
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        for language in &new.languages {
            sqlx::query("INSERT INTO interpreter_languages (interpreter_id, language) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(language.as_str())
                .execute(&mut *transaction)
                .await?;
        }
        for area in &new.areas {
            sqlx::query("INSERT INTO interpreter_areas (interpreter_id, area) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id)
                .bind(area.to_column())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok((id, code))
    }

    /// Links the chat that sent `code`; the code then no longer works.
    pub async fn link(&self, code: &str, chat_id: i64) -> Result<Interpreter, IntakeError> {
        let row = sqlx::query(
            "UPDATE interpreters SET telegram_chat_id = $1, link_code_hash = NULL WHERE link_code_hash = $2 RETURNING id",
        )
        .bind(chat_id)
        .bind(LinkCode::hash(code))
        .fetch_optional(self.store.pool())
        .await?
        .ok_or(IntakeError::BadLinkCode)?;
        let id: i64 = row.try_get("id")?;
        self.get(id).await
    }

    /// Removes interpreter `id` for good: their registration, languages, areas and notices;
    /// requests they accepted keep no trace of them. A WhatsApp number they linked is erased
    /// with everything kept about its chat, as "delete my data" does (and written to the
    /// erasure ledger, so a restored backup forgets it again).
    pub async fn remove(&self, id: InterpreterId, now: i64) -> Result<(), IntakeError> {
        let linked: Option<Option<i64>> =
            sqlx::query_scalar("SELECT telegram_chat_id FROM interpreters WHERE id = $1")
                .bind(id)
                .fetch_optional(self.store.pool())
                .await?;
        let Some(linked) = linked else {
            return Err(IntakeError::NoSuchRequest);
        };
        sqlx::query("DELETE FROM interpreters WHERE id = $1")
            .bind(id)
            .execute(self.store.pool())
            .await?;
        if let Some(chat) = linked.filter(|chat| crate::channel::is_phone_chat(*chat)) {
            crate::erasure::erase_chat(self.store, chat, now).await?;
        }
        Ok(())
    }

    pub async fn set_active(&self, id: InterpreterId, active: bool) -> Result<(), IntakeError> {
        let done = sqlx::query("UPDATE interpreters SET active = $1 WHERE id = $2")
            .bind(i64::from(active))
            .bind(id)
            .execute(self.store.pool())
            .await?;
        if done.rows_affected() == 0 {
            Err(IntakeError::NoSuchRequest)
        } else {
            Ok(())
        }
    }

    /// `/available` and `/away`: only available interpreters are told of new requests.
    pub async fn set_available(
        &self,
        id: InterpreterId,
        available: bool,
    ) -> Result<(), IntakeError> {
        sqlx::query("UPDATE interpreters SET available = $1 WHERE id = $2")
            .bind(i64::from(available))
            .bind(id)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// `/hours`: the hours `id` takes requests from now on, or none (whenever available).
    pub async fn set_hours(
        &self,
        id: InterpreterId,
        hours: Option<&InterpreterHours>,
    ) -> Result<(), IntakeError> {
        sqlx::query("UPDATE interpreters SET available_hours = $1 WHERE id = $2")
            .bind(hours.map(InterpreterHours::to_column))
            .bind(id)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// The hours `id` set, if any.
    pub async fn hours(&self, id: InterpreterId) -> Result<Option<InterpreterHours>, IntakeError> {
        let column: Option<String> =
            sqlx::query_scalar("SELECT available_hours FROM interpreters WHERE id = $1")
                .bind(id)
                .fetch_optional(self.store.pool())
                .await?
                .flatten();
        Ok(column.as_deref().and_then(InterpreterHours::from_column))
    }

    pub async fn get(&self, id: InterpreterId) -> Result<Interpreter, IntakeError> {
        let row = sqlx::query(
            "SELECT id, display_name, telegram_chat_id, active FROM interpreters WHERE id = $1",
        )
        .bind(id)
        .fetch_one(self.store.pool())
        .await?;
        let languages: Vec<String> =
            sqlx::query_scalar("SELECT language FROM interpreter_languages WHERE interpreter_id = $1 ORDER BY language")
                .bind(id)
                .fetch_all(self.store.pool())
                .await?;
        let areas: Vec<String> = sqlx::query_scalar(
            "SELECT area FROM interpreter_areas WHERE interpreter_id = $1 ORDER BY area",
        )
        .bind(id)
        .fetch_all(self.store.pool())
        .await?;
        Ok(Interpreter {
            id: row.try_get("id")?,
            display_name: row.try_get("display_name")?,
            languages: languages
                .iter()
                .filter_map(|l| LanguageTag::parse(l).ok())
                .collect(),
            areas: areas
                .iter()
                .filter_map(|a| ServiceArea::from_column(a))
                .collect(),
            telegram_chat_id: row.try_get("telegram_chat_id")?,
            active: row.try_get::<i64, _>("active")? != 0,
        })
    }

    pub async fn all(&self) -> Result<Vec<Interpreter>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM interpreters ORDER BY id")
            .fetch_all(self.store.pool())
            .await?;
        let mut all = Vec::with_capacity(ids.len());
        for id in ids {
            all.push(self.get(id).await?);
        }
        Ok(all)
    }

    /// Active, available, linked interpreters who speak one of `languages` and serve `shelter`
    /// or its `city`; when there are none, the remote ones who speak one of them. Available
    /// means: not /away, and now within their hours if they set some.
    pub async fn for_languages(
        &self,
        languages: &[LanguageTag],
        shelter: Option<&str>,
        city: Option<&str>,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        let now = now_unix();
        let local = self
            .in_areas(languages, &local_areas(shelter, city), now)
            .await?;
        if !local.is_empty() {
            return Ok(local);
        }
        self.in_areas(languages, &[ServiceArea::Remote.to_column()], now)
            .await
    }

    /// The interpreters of the request's shelter or city alone (none when it has neither)
    /// available at `now`.
    pub async fn local_for(
        &self,
        request: &Request,
        now: i64,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        let areas = local_areas(request.shelter_id.as_deref(), request.city.as_deref());
        self.in_areas(&request.languages, &areas, now).await
    }

    /// The remote interpreters who speak one of the request's languages, available at `now`.
    pub async fn remote_for(
        &self,
        request: &Request,
        now: i64,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        self.in_areas(&request.languages, &[ServiceArea::Remote.to_column()], now)
            .await
    }

    async fn in_areas(
        &self,
        languages: &[LanguageTag],
        areas: &[String],
        now: i64,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        let mut candidates = Vec::new();
        for language in languages {
            for area in areas {
                let rows = sqlx::query(
                    "SELECT i.id, i.telegram_chat_id, i.available_hours FROM interpreters i
                     JOIN interpreter_languages l ON l.interpreter_id = i.id
                     JOIN interpreter_areas a ON a.interpreter_id = i.id
                     WHERE i.active = 1 AND i.available = 1 AND i.telegram_chat_id IS NOT NULL AND l.language = $1 AND a.area = $2
                     ORDER BY i.id",
                )
                .bind(language.as_str())
                .bind(area)
                .fetch_all(self.store.pool())
                .await?;
                for row in rows {
                    let hours: Option<String> = row.try_get("available_hours")?;
                    // Outside the hours they set: not told now (a stored value that no longer
                    // reads as hours does not hide them).
                    if hours
                        .as_deref()
                        .and_then(InterpreterHours::from_column)
                        .is_some_and(|hours| !hours.contains(now))
                    {
                        continue;
                    }
                    let pair: (i64, i64) = (row.try_get("id")?, row.try_get("telegram_chat_id")?);
                    if !candidates.contains(&pair) {
                        candidates.push(pair);
                    }
                }
            }
        }
        Ok(candidates)
    }

    /// The interpreters [`for_languages`](Self::for_languages) finds for this request's
    /// languages and place.
    pub async fn for_request(
        &self,
        request: &Request,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        self.for_languages(
            &request.languages,
            request.shelter_id.as_deref(),
            request.city.as_deref(),
        )
        .await
    }

    /// The interpreter whose Telegram account is `chat_id`, if any (active or not).
    pub async fn by_chat(&self, chat_id: i64) -> Result<Option<Interpreter>, IntakeError> {
        let row = sqlx::query("SELECT id FROM interpreters WHERE telegram_chat_id = $1")
            .bind(chat_id)
            .fetch_optional(self.store.pool())
            .await?;
        match row {
            Some(row) => Ok(Some(self.get(row.try_get("id")?).await?)),
            None => Ok(None),
        }
    }
}

/// The areas of a shelter and its city, as the registry stores them.
fn local_areas(shelter: Option<&str>, city: Option<&str>) -> Vec<String> {
    shelter
        .map(|id| ServiceArea::Shelter(id.to_owned()).to_column())
        .into_iter()
        .chain(city.map(|city| ServiceArea::City(city.to_owned()).to_column()))
        .collect()
}
