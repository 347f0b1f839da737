//! Interpreter requests: creation with a reference, acceptance by exactly one interpreter, and
//! the staff queue.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::declaration::{self, NewDeclaration, Origin};
use super::{CONSENT_VERSION, IntakeError, InterpreterId, LanguageTag, LinkSecret, Reference};
use crate::locale::Locale;
use crate::store::{Store, StoreError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestStatus {
    Waiting,
    Accepted,
    Done,
    Cancelled,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Waiting => "waiting",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Done => "done",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    pub(super) fn parse(text: &str) -> Self {
        match text {
            "accepted" => RequestStatus::Accepted,
            "done" => RequestStatus::Done,
            "cancelled" => RequestStatus::Cancelled,
            _ => RequestStatus::Waiting,
        }
    }
}

/// A request as staff and interpreters see it: the origin only if the person agreed.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub id: i64,
    pub reference: Reference,
    pub status: RequestStatus,
    pub locale: Locale,
    pub languages: Vec<LanguageTag>,
    pub shelter_id: Option<String>,
    /// The city of the shelter (or the one the person gave), for interpreters serving a city.
    pub city: Option<String>,
    /// `None` unless the person agreed to share it.
    pub shared_origin: Option<Origin>,
    pub interpreter_id: Option<InterpreterId>,
    pub notify_chat_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// When an interpreter (or staff) accepted it; `None` while it waits.
    pub accepted_at: Option<i64>,
    /// When the person and the interpreter started talking through the relay, and when
    /// that ended (`crate::relay`).
    pub conversation_started_at: Option<i64>,
    pub conversation_ended_at: Option<i64>,
    /// How far it was escalated while nobody accepted.
    pub escalation: super::Escalation,
}

impl Request {
    /// What the person reads about this request (a Fluent key taking `$reference`), when
    /// `interpreters_available` says whether some interpreter can be told of it now. It names
    /// who can see a waiting request truthfully: the shelter's staff when it has a shelter,
    /// otherwise the coordinators, whose queue holds the requests of no shelter.
    pub fn status_key(&self, interpreters_available: bool) -> &'static str {
        match self.status {
            RequestStatus::Accepted => "intake-accepted",
            RequestStatus::Waiting if interpreters_available => "intake-created",
            _ if self.shelter_id.is_none() => "intake-waiting-remote",
            _ => "intake-waiting",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum AcceptOutcome {
    /// This interpreter got it.
    Accepted(Box<Request>),
    /// Someone (maybe this interpreter, on a double tap) already has it.
    AlreadyTaken { by_same_interpreter: bool },
}

const SELECT_REQUEST: &str = "SELECT r.id, r.reference, r.status, r.interpreter_id, r.notify_chat_id, r.created_at, r.updated_at,
        r.accepted_at, r.conversation_started_at, r.conversation_ended_at, r.escalation,
        d.id AS declaration_id, d.locale, d.origin, d.share_origin, d.shelter_id, d.city
    FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id";

/// /start attempts with a link secret a chat may make per [`LINK_ATTEMPT_WINDOW`].
pub const LINK_ATTEMPTS: i64 = 5;
/// One hour.
pub const LINK_ATTEMPT_WINDOW: i64 = 3600;

/// Attempts at a fresh reference before giving up (collisions are rare: 25^6 codes).
const REFERENCE_ATTEMPTS: usize = 5;

/// Interpreter requests and their notices.
pub struct Requests<'a> {
    store: &'a Store,
}

impl Store {
    pub fn requests(&self) -> Requests<'_> {
        Requests { store: self }
    }
}

impl Requests<'_> {
    /// Records the declaration and opens a request for it. A person with a request still
    /// open gets that one back instead of a second (a double tap on "Done" is harmless).
    pub async fn create(
        &self,
        new: &NewDeclaration,
        retention_days: u32,
        now: i64,
    ) -> Result<Request, IntakeError> {
        new.validate()?;
        if let Some(open) = self.open_of(&new.subject).await? {
            return Ok(open);
        }
        let expires_at = now + i64::from(retention_days) * 86_400;
        let mut last_error = None;
        for _ in 0..REFERENCE_ATTEMPTS {
            let mut transaction = self.store.begin().await?;
            let declaration_id =
                declaration::insert(&mut transaction, new, CONSENT_VERSION, now, expires_at)
                    .await?;
            let reference = Reference::random();
            let notify = match new.subject {
                super::Subject::Telegram(chat) => Some(chat),
                super::Subject::Kiosk(_) => None,
            };
            let inserted = sqlx::query(
                "INSERT INTO interpreter_requests (reference, declaration_id, status, notify_chat_id, created_at, updated_at)
                 VALUES ($1, $2, 'waiting', $3, $4, $4) RETURNING id",
            )
            .bind(reference.as_str())
            .bind(declaration_id)
            .bind(notify)
            .bind(now)
            .fetch_one(&mut *transaction)
            .await
            .map_err(StoreError::from);
            match inserted {
                Ok(row) => {
                    let id: i64 = row.try_get("id")?;
                    transaction.commit().await?;
                    return self.get(id).await;
                }
                // Another request drew the same reference: draw again.
                Err(error @ StoreError::Duplicate(_)) => {
                    transaction.rollback().await?;
                    last_error = Some(error);
                }
                Err(error) => return Err(error.into()),
            }
        }
        Err(last_error.map_or(IntakeError::NoSuchRequest, IntakeError::from))
    }

    /// The subject's request still waiting or accepted, if any.
    pub async fn open_of(&self, subject: &super::Subject) -> Result<Option<Request>, IntakeError> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id
             WHERE d.subject = $1 AND r.status IN ('waiting', 'accepted') ORDER BY r.id DESC LIMIT 1",
        )
        .bind(subject.key())
        .fetch_optional(self.store.pool())
        .await?;
        match id {
            Some(id) => Ok(Some(self.get(id).await?)),
            None => Ok(None),
        }
    }

    /// The subject's latest request, whatever its status (the person asks where it stands).
    pub async fn latest_of(
        &self,
        subject: &super::Subject,
    ) -> Result<Option<Request>, IntakeError> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id
             WHERE d.subject = $1 OR r.notify_chat_id = $2 ORDER BY r.created_at DESC, r.id DESC LIMIT 1",
        )
        .bind(subject.key())
        .bind(match subject {
            super::Subject::Telegram(chat) => Some(*chat),
            super::Subject::Kiosk(_) => None,
        })
        .fetch_optional(self.store.pool())
        .await?;
        match id {
            Some(id) => Ok(Some(self.get(id).await?)),
            None => Ok(None),
        }
    }

    pub async fn get(&self, id: i64) -> Result<Request, IntakeError> {
        let sql = format!("{SELECT_REQUEST} WHERE r.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.store.pool())
            .await?
            .ok_or(IntakeError::NoSuchRequest)?;
        self.request_from_row(row).await
    }

    pub async fn by_reference(&self, reference: &Reference) -> Result<Request, IntakeError> {
        let sql = format!("{SELECT_REQUEST} WHERE r.reference = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(reference.as_str())
            .fetch_optional(self.store.pool())
            .await?
            .ok_or(IntakeError::NoSuchRequest)?;
        self.request_from_row(row).await
    }

    async fn request_from_row(&self, row: AnyRow) -> Result<Request, IntakeError> {
        let declaration_id: i64 = row.try_get("declaration_id")?;
        let languages: Vec<String> = sqlx::query_scalar(
            "SELECT language FROM declaration_languages WHERE declaration_id = $1 ORDER BY language",
        )
        .bind(declaration_id)
        .fetch_all(self.store.pool())
        .await?;
        let share: i64 = row.try_get("share_origin")?;
        let locale: String = row.try_get("locale")?;
        Ok(Request {
            id: row.try_get("id")?,
            reference: Reference::parse(&row.try_get::<String, _>("reference")?)?,
            status: RequestStatus::parse(&row.try_get::<String, _>("status")?),
            locale: locale.parse().unwrap_or(Locale::En),
            languages: languages
                .iter()
                .filter_map(|l| LanguageTag::parse(l).ok())
                .collect(),
            shelter_id: row.try_get("shelter_id")?,
            city: row.try_get("city")?,
            shared_origin: (share != 0)
                .then(|| Origin::from_column(row.try_get("origin").ok().flatten())),
            interpreter_id: row.try_get("interpreter_id")?,
            notify_chat_id: row.try_get("notify_chat_id")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
            accepted_at: row.try_get("accepted_at")?,
            conversation_started_at: row.try_get("conversation_started_at")?,
            conversation_ended_at: row.try_get("conversation_ended_at")?,
            escalation: super::Escalation::from_column(row.try_get("escalation")?),
        })
    }

    /// Waiting requests that may have an escalation step due at `now` (waited at least
    /// `remote_after` and not yet at staff), oldest first.
    pub async fn escalation_candidates(
        &self,
        now: i64,
        times: &super::EscalationTimes,
    ) -> Result<Vec<Request>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM interpreter_requests
             WHERE status = 'waiting' AND escalation < 2 AND created_at <= $1
             ORDER BY created_at, id LIMIT 100",
        )
        .bind(now - times.remote_after)
        .fetch_all(self.store.pool())
        .await?;
        self.requests_by_id(ids).await
    }

    /// Moves a waiting request from `from` to `to`: true for exactly one caller, so that of
    /// two routers one takes the step. `updated_at` changes too, so the staff queue shows it.
    pub async fn escalate(
        &self,
        request_id: i64,
        from: super::Escalation,
        to: super::Escalation,
        now: i64,
    ) -> Result<bool, IntakeError> {
        let done = sqlx::query(
            "UPDATE interpreter_requests SET escalation = $1, escalated_at = $2, updated_at = $2
             WHERE id = $3 AND escalation = $4 AND status = 'waiting'",
        )
        .bind(to.column())
        .bind(now)
        .bind(request_id)
        .bind(from.column())
        .execute(self.store.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Gives the request to `interpreter` if it is still waiting. One conditional UPDATE, so
    /// that of two interpreters tapping at the same moment exactly one wins, on SQLite and
    /// PostgreSQL alike.
    pub async fn accept(
        &self,
        request_id: i64,
        interpreter: InterpreterId,
        now: i64,
    ) -> Result<AcceptOutcome, IntakeError> {
        let won = sqlx::query(
            "UPDATE interpreter_requests SET status = 'accepted', interpreter_id = $1, updated_at = $2, accepted_at = $2
             WHERE id = $3 AND status = 'waiting'",
        )
        .bind(interpreter)
        .bind(now)
        .bind(request_id)
        .execute(self.store.pool())
        .await?
        .rows_affected()
            == 1;
        let request = self.get(request_id).await?;
        if won {
            Ok(AcceptOutcome::Accepted(Box::new(request)))
        } else {
            Ok(AcceptOutcome::AlreadyTaken {
                by_same_interpreter: request.interpreter_id == Some(interpreter),
            })
        }
    }

    /// Staff actions. Accepting from the queue takes a waiting request; done and cancel end
    /// an open one, and its conversation through the relay if one is under way (ended by
    /// staff: the bot tells both sides, `Conversations::staff_endings`). Repeating the same
    /// action is harmless.
    pub async fn set_status(
        &self,
        request_id: i64,
        to: RequestStatus,
        now: i64,
    ) -> Result<Request, IntakeError> {
        let current = self.get(request_id).await?;
        super::queue::check_change(current.status, to)?;
        // Staff accepting from the queue is an acceptance too, timed for the figures.
        sqlx::query(
            "UPDATE interpreter_requests SET status = $1, updated_at = $2,
                 accepted_at = CASE WHEN $1 = 'accepted' AND accepted_at IS NULL THEN $2 ELSE accepted_at END,
                 conversation_end = CASE WHEN $1 <> 'accepted' AND conversation_started_at IS NOT NULL
                     AND conversation_ended_at IS NULL THEN 'staff' ELSE conversation_end END,
                 conversation_ended_at = CASE WHEN $1 <> 'accepted' AND conversation_started_at IS NOT NULL
                     AND conversation_ended_at IS NULL THEN $2 ELSE conversation_ended_at END
             WHERE id = $3 AND status = $4",
        )
            .bind(to.as_str())
            .bind(now)
            .bind(request_id)
            .bind(current.status.as_str())
            .execute(self.store.pool())
            .await?;
        self.get(request_id).await
    }

    /// The open requests of a shelter, oldest first.
    pub async fn queue_of(&self, shelter_id: &str) -> Result<Vec<Request>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id
             WHERE d.shelter_id = $1 AND r.status IN ('waiting', 'accepted') ORDER BY r.created_at, r.id",
        )
        .bind(shelter_id)
        .fetch_all(self.store.pool())
        .await?;
        self.requests_by_id(ids).await
    }

    /// The open requests of people who did not say where they are (admins work these).
    pub async fn queue_without_shelter(&self) -> Result<Vec<Request>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id
             WHERE d.shelter_id IS NULL AND r.status IN ('waiting', 'accepted') ORDER BY r.created_at, r.id",
        )
        .fetch_all(self.store.pool())
        .await?;
        self.requests_by_id(ids).await
    }

    async fn requests_by_id(&self, ids: Vec<i64>) -> Result<Vec<Request>, IntakeError> {
        let mut queue = Vec::with_capacity(ids.len());
        for id in ids {
            queue.push(self.get(id).await?);
        }
        Ok(queue)
    }

    /// Gives a kiosk request a fresh [`LinkSecret`], replacing any earlier one; only its hash
    /// is kept. The secret goes into the reference page's QR code and delete button.
    pub async fn new_link_secret(&self, request_id: i64) -> Result<LinkSecret, IntakeError> {
        let secret = LinkSecret::random();
        sqlx::query("UPDATE interpreter_requests SET link_secret_hash = $1 WHERE id = $2")
            .bind(secret.hash())
            .bind(request_id)
            .execute(self.store.pool())
            .await?;
        Ok(secret)
    }

    /// A person who made a request at a kiosk opens the bot with the secret of its QR code:
    /// from then on they hear about it on Telegram, and "delete my data" there deletes it too
    /// (erasure follows `notify_chat_id`). `None` — whatever the reason: no such secret, the
    /// request is closed, or another chat follows it — so that no answer tells a guesser more
    /// than another. The same two statements run in every case.
    pub async fn link_by_secret(
        &self,
        secret: &LinkSecret,
        chat_id: i64,
    ) -> Result<Option<Request>, IntakeError> {
        let hash = secret.hash();
        sqlx::query(
            "UPDATE interpreter_requests SET notify_chat_id = $1
             WHERE link_secret_hash = $2 AND (notify_chat_id IS NULL OR notify_chat_id = $1)
               AND status IN ('waiting', 'accepted')",
        )
        .bind(chat_id)
        .bind(&hash)
        .execute(self.store.pool())
        .await?;
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM interpreter_requests
             WHERE link_secret_hash = $1 AND notify_chat_id = $2 AND status IN ('waiting', 'accepted')",
        )
        .bind(&hash)
        .bind(chat_id)
        .fetch_optional(self.store.pool())
        .await?;
        match id {
            Some(id) => Ok(Some(self.get(id).await?)),
            None => Ok(None),
        }
    }

    /// Counts one /start attempt with a link secret from `chat_id` and says whether it is
    /// within [`LINK_ATTEMPTS`] in the last [`LINK_ATTEMPT_WINDOW`] seconds. Past the limit
    /// even the right secret gets the neutral answer, so guessing stays hopeless.
    pub async fn link_attempt(&self, chat_id: i64, now: i64) -> Result<bool, IntakeError> {
        let since = now - LINK_ATTEMPT_WINDOW;
        sqlx::query("DELETE FROM link_attempts WHERE attempted_at <= $1")
            .bind(since)
            .execute(self.store.pool())
            .await?;
        sqlx::query("INSERT INTO link_attempts (chat_id, attempted_at) VALUES ($1, $2)")
            .bind(chat_id)
            .bind(now)
            .execute(self.store.pool())
            .await?;
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM link_attempts WHERE chat_id = $1 AND attempted_at > $2",
        )
        .bind(chat_id)
        .bind(since)
        .fetch_one(self.store.pool())
        .await?;
        Ok(count <= LINK_ATTEMPTS)
    }

    pub async fn record_notice(
        &self,
        request_id: i64,
        interpreter: InterpreterId,
        chat_id: i64,
        message_id: Option<i64>,
    ) -> Result<(), IntakeError> {
        sqlx::query(
            "INSERT INTO interpreter_notices (request_id, interpreter_id, chat_id, message_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (request_id, interpreter_id) DO UPDATE SET message_id = excluded.message_id",
        )
        .bind(request_id)
        .bind(interpreter)
        .bind(chat_id)
        .bind(message_id)
        .execute(self.store.pool())
        .await?;
        Ok(())
    }

    /// Marks the notices of `request_ids` to `interpreter` sent at `now` (in one message,
    /// `message_id` when it is to be edited to "taken" later; `None` for a batch, or when
    /// sending failed — it is not tried again).
    pub async fn mark_sent(
        &self,
        request_ids: &[i64],
        interpreter: InterpreterId,
        message_id: Option<i64>,
        now: i64,
    ) -> Result<(), IntakeError> {
        for request_id in request_ids {
            sqlx::query(
                "UPDATE interpreter_notices SET sent_at = $1, message_id = $2 WHERE request_id = $3 AND interpreter_id = $4",
            )
            .bind(now)
            .bind(message_id)
            .bind(*request_id)
            .bind(interpreter)
            .execute(self.store.pool())
            .await?;
        }
        Ok(())
    }

    /// When `interpreter` was last sent a notice, if ever.
    pub async fn last_notice_at(
        &self,
        interpreter: InterpreterId,
    ) -> Result<Option<i64>, IntakeError> {
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(sent_at) FROM interpreter_notices WHERE interpreter_id = $1",
        )
        .bind(interpreter)
        .fetch_one(self.store.pool())
        .await?;
        Ok(last)
    }

    /// Notices claimed but held (the interpreter was told of something less than a window
    /// before), of requests still waiting: per interpreter, its chat and the requests, oldest
    /// first.
    pub async fn held_notices(
        &self,
    ) -> Result<Vec<(InterpreterId, i64, Vec<Request>)>, IntakeError> {
        let rows = sqlx::query(
            "SELECT n.interpreter_id, n.chat_id, n.request_id FROM interpreter_notices n
             JOIN interpreter_requests r ON r.id = n.request_id
             WHERE n.sent_at IS NULL AND r.status = 'waiting'
             ORDER BY n.interpreter_id, r.created_at, r.id",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut held: Vec<(InterpreterId, i64, Vec<Request>)> = Vec::new();
        for row in rows {
            let interpreter: InterpreterId = row.try_get("interpreter_id")?;
            let chat: i64 = row.try_get("chat_id")?;
            let request = self.get(row.try_get("request_id")?).await?;
            match held.last_mut() {
                Some((last, _, requests)) if *last == interpreter => requests.push(request),
                _ => held.push((interpreter, chat, vec![request])),
            }
        }
        Ok(held)
    }

    /// The notices sent for a request: (interpreter, chat, message) — to mark them taken.
    pub async fn notices(
        &self,
        request_id: i64,
    ) -> Result<Vec<(InterpreterId, i64, Option<i64>)>, IntakeError> {
        let rows = sqlx::query(
            "SELECT interpreter_id, chat_id, message_id FROM interpreter_notices WHERE request_id = $1 ORDER BY interpreter_id",
        )
        .bind(request_id)
        .fetch_all(self.store.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("interpreter_id")?,
                    row.try_get("chat_id")?,
                    row.try_get("message_id")?,
                ))
            })
            .collect()
    }

    /// Waiting requests created since `since` of which no interpreter has been told, oldest
    /// first (the router's work).
    pub async fn unrouted(&self, since: i64) -> Result<Vec<Request>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r
             WHERE r.status = 'waiting' AND r.created_at >= $1
               AND NOT EXISTS (SELECT 1 FROM interpreter_notices n WHERE n.request_id = r.id)
             ORDER BY r.created_at, r.id LIMIT 100",
        )
        .bind(since)
        .fetch_all(self.store.pool())
        .await?;
        self.requests_by_id(ids).await
    }

    /// Claims the right to tell `interpreter` about `request_id`: true for exactly one caller,
    /// so two routers (two instances, or a wake-up racing the periodic scan) never tell the
    /// same interpreter twice.
    pub async fn claim_notice(
        &self,
        request_id: i64,
        interpreter: InterpreterId,
        chat_id: i64,
    ) -> Result<bool, IntakeError> {
        let done = sqlx::query(
            "INSERT INTO interpreter_notices (request_id, interpreter_id, chat_id, message_id) VALUES ($1, $2, $3, NULL)
             ON CONFLICT (request_id, interpreter_id) DO NOTHING",
        )
        .bind(request_id)
        .bind(interpreter)
        .bind(chat_id)
        .execute(self.store.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
