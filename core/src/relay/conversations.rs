//! Conversations as the store keeps them: on the request an interpreter accepted, with the
//! person's chat (`notify_chat_id`) and the interpreter's linked chat, each a Telegram chat
//! or a WhatsApp one (`ChatRef::of` tells them apart by their range). Only times and how it
//! ended are written; a conversation is "open" while its request is accepted, started and not
//! ended.

use sqlx::Row;

use super::{ChatRef, Label};
use crate::intake::{IntakeError, InterpreterId, LanguageTag, Reference};
use crate::locale::Locale;
use crate::metrics::Channel;
use crate::store::Store;

/// Which side of a conversation a chat is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Person,
    Interpreter,
    /// Shelter staff who joined from Telegram (`/join`).
    Staff,
}

/// How a conversation ended (kept for the figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The person sent /end.
    Person,
    /// The interpreter sent /end.
    Interpreter,
    /// One side deleted their data ("delete my data", /forget).
    Erased,
    /// Staff marked the request done or cancelled in their queue.
    Staff,
}

impl Ending {
    pub fn as_str(self) -> &'static str {
        match self {
            Ending::Person => "person",
            Ending::Interpreter => "interpreter",
            Ending::Erased => "erased",
            Ending::Staff => "staff",
        }
    }

    pub fn by(side: Side) -> Self {
        match side {
            Side::Person => Ending::Person,
            Side::Interpreter => Ending::Interpreter,
            Side::Staff => Ending::Staff,
        }
    }
}

/// An open conversation: who is on each side, and what each may be shown of the other.
#[derive(Clone, Debug, PartialEq)]
pub struct Conversation {
    pub request_id: i64,
    pub reference: Reference,
    pub person: ChatRef,
    /// The language the person made the request in.
    pub person_locale: Locale,
    pub languages: Vec<LanguageTag>,
    pub interpreter_id: InterpreterId,
    pub interpreter: ChatRef,
    /// What the interpreter chose to be called; `None` shows the role alone.
    pub label: Option<Label>,
    pub started_at: i64,
    /// Shelter staff who joined from Telegram, if any.
    pub staff: Option<ChatRef>,
}

impl Conversation {
    /// Every side's chat: the person's, the interpreter's, and staff's if they joined.
    pub fn sides(&self) -> Vec<(Side, ChatRef)> {
        let mut sides = vec![
            (Side::Person, self.person),
            (Side::Interpreter, self.interpreter),
        ];
        sides.extend(self.staff.map(|chat| (Side::Staff, chat)));
        sides
    }

    /// The other sides' chats, seen from `side`.
    pub fn others(&self, side: Side) -> Vec<(Side, ChatRef)> {
        self.sides()
            .into_iter()
            .filter(|(other, _)| *other != side)
            .collect()
    }
}

pub struct Conversations<'a> {
    store: &'a Store,
}

impl Store {
    pub fn conversations(&self) -> Conversations<'_> {
        Conversations { store: self }
    }
}

const OPEN: &str = "r.status = 'accepted' AND r.conversation_started_at IS NOT NULL AND r.conversation_ended_at IS NULL";

impl Conversations<'_> {
    /// Starts the conversation of an accepted request, when both sides have a chat the relay
    /// reaches (a kiosk request nobody linked to a phone has none: it is met at the desk).
    /// `None` when it cannot start or had already started.
    pub async fn start(
        &self,
        request_id: i64,
        now: i64,
    ) -> Result<Option<Conversation>, IntakeError> {
        let started = sqlx::query(
            "UPDATE interpreter_requests SET conversation_started_at = $1
             WHERE id = $2 AND status = 'accepted' AND conversation_started_at IS NULL
               AND notify_chat_id IS NOT NULL
               AND interpreter_id IN (SELECT id FROM interpreters WHERE telegram_chat_id IS NOT NULL)",
        )
        .bind(now)
        .bind(request_id)
        .execute(self.store.pool())
        .await?
        .rows_affected()
            == 1;
        if !started {
            return Ok(None);
        }
        // The interpreter writes to the conversation that starts now, until they say /to.
        sqlx::query(
            "UPDATE interpreters SET relay_focus = NULL
             WHERE id = (SELECT interpreter_id FROM interpreter_requests WHERE id = $1)",
        )
        .bind(request_id)
        .execute(self.store.pool())
        .await?;
        self.open(request_id).await
    }

    /// The open conversation `chat` is a side of, and which side. A person has at most one
    /// open request; an interpreter talks in the one they chose with `/to`, else the one
    /// that started last.
    pub async fn of_chat(
        &self,
        chat: ChatRef,
    ) -> Result<Option<(Conversation, Side)>, IntakeError> {
        let as_person: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT r.id FROM interpreter_requests r WHERE r.notify_chat_id = $1 AND {OPEN}
             ORDER BY r.conversation_started_at DESC, r.id DESC LIMIT 1"
        )))
        .bind(chat.chat)
        .fetch_optional(self.store.pool())
        .await?;
        if let Some(id) = as_person {
            return Ok(self.open(id).await?.map(|c| (c, Side::Person)));
        }
        let as_interpreter: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT r.id FROM interpreter_requests r JOIN interpreters i ON i.id = r.interpreter_id
             WHERE i.telegram_chat_id = $1 AND {OPEN}
             ORDER BY CASE WHEN r.id = i.relay_focus THEN 0 ELSE 1 END,
                      r.conversation_started_at DESC, r.id DESC LIMIT 1"
        )))
        .bind(chat.chat)
        .fetch_optional(self.store.pool())
        .await?;
        if let Some(id) = as_interpreter {
            return Ok(self.open(id).await?.map(|c| (c, Side::Interpreter)));
        }
        let as_staff: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT r.id FROM interpreter_requests r WHERE r.staff_chat_id = $1 AND {OPEN}
             ORDER BY r.conversation_started_at DESC, r.id DESC LIMIT 1"
        )))
        .bind(chat.chat)
        .fetch_optional(self.store.pool())
        .await?;
        match as_staff {
            Some(id) => Ok(self.open(id).await?.map(|c| (c, Side::Staff))),
            None => Ok(None),
        }
    }

    /// Staff `chat` joins the open conversation of `request_id` (replacing staff who had);
    /// false when it is not open, or `chat` is already one of its sides. Staff link a
    /// Telegram chat only (`accounts::telegram`).
    pub async fn join_staff(&self, request_id: i64, chat: ChatRef) -> Result<bool, IntakeError> {
        if chat.channel != Channel::Telegram {
            return Ok(false);
        }
        let joined = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE interpreter_requests SET staff_chat_id = $1
             WHERE id = $2 AND notify_chat_id <> $1
               AND interpreter_id NOT IN (SELECT id FROM interpreters WHERE telegram_chat_id = $1)
               AND id IN (SELECT r.id FROM interpreter_requests r WHERE r.id = $2 AND {OPEN})"
        )))
        .bind(chat.chat)
        .bind(request_id)
        .execute(self.store.pool())
        .await?
        .rows_affected();
        Ok(joined == 1)
    }

    /// Ends the conversation if it is still open (true for exactly one caller): the request
    /// is done, and how it ended is kept for the figures.
    pub async fn end(
        &self,
        request_id: i64,
        ending: Ending,
        now: i64,
    ) -> Result<bool, IntakeError> {
        let ended = sqlx::query(
            "UPDATE interpreter_requests
             SET conversation_ended_at = $1, conversation_end = $2, status = 'done', updated_at = $1
             WHERE id = $3 AND status = 'accepted' AND conversation_started_at IS NOT NULL
               AND conversation_ended_at IS NULL",
        )
        .bind(now)
        .bind(ending.as_str())
        .bind(request_id)
        .execute(self.store.pool())
        .await?
        .rows_affected();
        Ok(ended == 1)
    }

    /// The conversation of `request_id` if it is open.
    pub async fn open(&self, request_id: i64) -> Result<Option<Conversation>, IntakeError> {
        self.load(request_id, OPEN).await
    }

    /// The open conversations of `interpreter`, the latest first: (request id, reference).
    pub async fn of_interpreter(
        &self,
        interpreter: InterpreterId,
    ) -> Result<Vec<(i64, Reference)>, IntakeError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT r.id, r.reference FROM interpreter_requests r
             WHERE r.interpreter_id = $1 AND {OPEN}
             ORDER BY r.conversation_started_at DESC, r.id DESC"
        )))
        .bind(interpreter)
        .fetch_all(self.store.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("id")?,
                    Reference::parse(&row.try_get::<String, _>("reference")?)?,
                ))
            })
            .collect()
    }

    /// `/to REFERENCE`: `interpreter` writes to that conversation from now on.
    pub async fn set_focus(
        &self,
        interpreter: InterpreterId,
        request_id: i64,
    ) -> Result<(), IntakeError> {
        sqlx::query("UPDATE interpreters SET relay_focus = $1 WHERE id = $2")
            .bind(request_id)
            .bind(interpreter)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }

    /// Conversations staff ended from their queue that nobody has told the sides of yet,
    /// each claimed (true for exactly one caller across instances) before it is returned.
    pub async fn staff_endings(&self, now: i64) -> Result<Vec<Conversation>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM interpreter_requests
             WHERE conversation_end = 'staff' AND ending_told_at IS NULL ORDER BY id LIMIT 100",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut claimed = Vec::new();
        for id in ids {
            let done = sqlx::query(
                "UPDATE interpreter_requests SET ending_told_at = $1
                 WHERE id = $2 AND ending_told_at IS NULL",
            )
            .bind(now)
            .bind(id)
            .execute(self.store.pool())
            .await?
            .rows_affected();
            if done == 1
                && let Some(conversation) = self.load(id, "r.conversation_end = 'staff'").await?
            {
                claimed.push(conversation);
            }
        }
        Ok(claimed)
    }

    /// The conversation of `request_id` when `condition` (SQL on `r`) holds.
    async fn load(
        &self,
        request_id: i64,
        condition: &'static str,
    ) -> Result<Option<Conversation>, IntakeError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT r.id, r.reference, r.notify_chat_id, r.interpreter_id, r.conversation_started_at,
                    r.declaration_id, r.staff_chat_id, d.locale, i.telegram_chat_id, i.relay_label
             FROM interpreter_requests r
             JOIN declarations d ON d.id = r.declaration_id
             JOIN interpreters i ON i.id = r.interpreter_id
             WHERE r.id = $1 AND {condition}"
        )))
        .bind(request_id)
        .fetch_optional(self.store.pool())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let (Some(person), Some(interpreter)) = (
            row.try_get::<Option<i64>, _>("notify_chat_id")?,
            row.try_get::<Option<i64>, _>("telegram_chat_id")?,
        ) else {
            return Ok(None);
        };
        let languages: Vec<String> = sqlx::query_scalar(
            "SELECT language FROM declaration_languages WHERE declaration_id = $1 ORDER BY language",
        )
        .bind(row.try_get::<i64, _>("declaration_id")?)
        .fetch_all(self.store.pool())
        .await?;
        let locale: String = row.try_get("locale")?;
        Ok(Some(Conversation {
            request_id: row.try_get("id")?,
            reference: Reference::parse(&row.try_get::<String, _>("reference")?)?,
            person: ChatRef::of(person),
            person_locale: locale.parse().unwrap_or(Locale::SOURCE),
            languages: languages
                .iter()
                .filter_map(|tag| LanguageTag::parse(tag).ok())
                .collect(),
            interpreter_id: row.try_get("interpreter_id")?,
            interpreter: ChatRef::of(interpreter),
            label: row
                .try_get::<Option<String>, _>("relay_label")?
                .and_then(|label| Label::parse(&label).ok()),
            started_at: row.try_get("conversation_started_at")?,
            staff: row
                .try_get::<Option<i64>, _>("staff_chat_id")?
                .map(ChatRef::telegram),
        }))
    }

    /// Sets the label `interpreter` shows from now on (in conversations under way too).
    pub async fn set_label(
        &self,
        interpreter: InterpreterId,
        label: &Label,
    ) -> Result<(), IntakeError> {
        sqlx::query("UPDATE interpreters SET relay_label = $1 WHERE id = $2")
            .bind(label.as_str())
            .bind(interpreter)
            .execute(self.store.pool())
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
