//! Telling interpreters about requests. Whoever creates a request (the bot, a kiosk page)
//! wakes the router; the router — run by the bot, the only channel that reaches
//! interpreters — looks for waiting requests nobody has been told about and tells the
//! interpreters `interpreters_for` finds. A notice is claimed in the database before it is
//! sent, so two routers (two instances, or a wake-up racing the periodic scan) never tell
//! the same interpreter twice.

use sqlx::Row;

use super::{IntakeError, Interpreter, InterpreterId, Request};
use crate::store::Store;

/// The doorbell from request creators to the router. Ringing it with no router listening
/// (the bot is off) does nothing, and the request waits in the staff queue.
pub type RoutingSignal = crate::signal::Signal;

/// How far back the router looks for requests nobody was told about: older ones are left to
/// the staff queue rather than sent to an interpreter linked much later.
pub const ROUTE_WITHIN_SECONDS: i64 = 7 * 86_400;

impl Store {
    /// Waiting requests created since `since` of which no interpreter has been told, oldest
    /// first.
    pub async fn unrouted_requests(&self, since: i64) -> Result<Vec<Request>, IntakeError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT r.id FROM interpreter_requests r
             WHERE r.status = 'waiting' AND r.created_at >= $1
               AND NOT EXISTS (SELECT 1 FROM interpreter_notices n WHERE n.request_id = r.id)
             ORDER BY r.created_at, r.id LIMIT 100",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let mut requests = Vec::with_capacity(ids.len());
        for id in ids {
            requests.push(self.request(id).await?);
        }
        Ok(requests)
    }

    /// The interpreters `interpreters_for` finds for this request's languages and place.
    pub async fn interpreters_for_request(
        &self,
        request: &Request,
    ) -> Result<Vec<(InterpreterId, i64)>, IntakeError> {
        self.interpreters_for(
            &request.languages,
            request.shelter_id.as_deref(),
            request.city.as_deref(),
        )
        .await
    }

    /// Claims the right to tell `interpreter` about `request_id`: true for exactly one caller.
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
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The interpreter whose Telegram account is `chat_id`, if any (active or not).
    pub async fn interpreter_by_chat(
        &self,
        chat_id: i64,
    ) -> Result<Option<Interpreter>, IntakeError> {
        let row = sqlx::query("SELECT id FROM interpreters WHERE telegram_chat_id = $1")
            .bind(chat_id)
            .fetch_optional(self.pool())
            .await?;
        match row {
            Some(row) => Ok(Some(self.interpreter(row.try_get("id")?).await?)),
            None => Ok(None),
        }
    }
}
