//! What a staff queue page asks every few seconds to learn that its queue changed: a short
//! fingerprint of one queue, read from the database (so a request made through another
//! instance shows as soon as one made through this one). One aggregate query over the
//! queue's own requests, never a request's details.

use sqlx::Row;

use super::IntakeError;
use super::queue::QueueView;
use crate::store::Store;

/// A queue's fingerprint: it changes whenever a request of the queue arrives, changes status,
/// or goes (done, cancelled, erased, expired).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueVersion {
    /// Requests waiting now.
    pub waiting: i64,
    /// The highest request id of the queue, open or not: a new request raises it.
    pub newest: i64,
    /// The whole fingerprint, for comparing two readings.
    pub version: String,
}

impl Store {
    /// The fingerprint of the queue `view` shows. Counting per status (not only the latest
    /// change's second) catches two changes within the same second.
    pub async fn queue_version(&self, view: &QueueView) -> Result<QueueVersion, IntakeError> {
        const COLUMNS: &str = "SELECT COUNT(*) AS total,
                COALESCE(SUM(CASE WHEN r.status = 'waiting' THEN 1 ELSE 0 END), 0) AS waiting,
                COALESCE(SUM(CASE WHEN r.status = 'accepted' THEN 1 ELSE 0 END), 0) AS accepted,
                COALESCE(MAX(r.id), 0) AS newest,
                COALESCE(MAX(r.updated_at), 0) AS changed
            FROM interpreter_requests r JOIN declarations d ON d.id = r.declaration_id";
        let row = match view {
            QueueView::Shelter(id) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{COLUMNS} WHERE d.shelter_id = $1"
                )))
                .bind(id)
                .fetch_one(self.pool())
                .await?
            }
            QueueView::Everywhere => sqlx::query(COLUMNS).fetch_one(self.pool()).await?,
        };
        // COUNT and SUM of integers are BIGINT on PostgreSQL and integers on SQLite alike.
        let number = |name: &str| row.try_get::<i64, _>(name);
        let (total, waiting, accepted, newest, changed) = (
            number("total")?,
            number("waiting")?,
            number("accepted")?,
            number("newest")?,
            number("changed")?,
        );
        Ok(QueueVersion {
            waiting,
            newest,
            version: format!("{total}.{waiting}.{accepted}.{newest}.{changed}"),
        })
    }
}
