//! `/staff/queue/version`: what the queue page's script asks every [`POLL_SECONDS`] to learn
//! whether its queue changed — the queue's fingerprint from the database, so a request made
//! through any instance shows. Scoped as the page is: staff get their own shelter's only
//! (another shelter is refused, as on `/staff`), admins any shelter or all. When the
//! fingerprint differs from the page's, the script fetches the page again and swaps the list.
//!
//! A poll rather than server-sent events: an open event stream per staff screen would hold a
//! connection (and a graceful shutdown) open indefinitely, and every stream would poll the
//! database anyway to hear other instances; one small answer every few seconds costs the
//! same query and nothing in between.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use faro_core::intake::queue;
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::error::OperatorError;
use crate::operators::strings::Said;

pub const PATH: &str = "/staff/queue/version";

/// How often the page asks: a new request shows within this.
pub const POLL_SECONDS: u64 = 5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionQuery {
    #[serde(default)]
    shelter: Option<String>,
}

#[derive(Serialize)]
struct VersionReply {
    version: String,
    waiting: i64,
    newest: i64,
}

pub async fn version(
    State(state): State<AppState>,
    who: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, OperatorError> {
    who.require(Area::Queue)?;
    let query: VersionQuery = serde_urlencoded::from_str(query.as_deref().unwrap_or_default())
        .map_err(|_| OperatorError::BadRequest(Said::new("op-staff-bad-query")))?;
    let asked = query.shelter.filter(|id| !id.is_empty());
    let view = queue::view(&who.user, asked.as_deref()).map_err(|_| OperatorError::Forbidden)?;
    let version = state.app.store.queue_version(&view).await?;
    Ok(Json(VersionReply {
        version: version.version,
        waiting: version.waiting,
        newest: version.newest,
    })
    .into_response())
}
