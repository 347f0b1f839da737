//! `/staff`: the interpreter requests waiting at a shelter, and the staff's actions on them.
//! Staff see and act on their own shelter only; admins on every shelter. A request of
//! another shelter is "not found" to staff, so its existence is not given away.
//!
//! Each request is a card (a phone at 320 px shows it whole): its one forward action as a
//! button, and Cancel apart from it, a link to a page that asks first (`cancel.rs`); a
//! cancel posted without that page's confirmation is sent there. The page keeps itself
//! current through `static/staff_queue.js`, which asks `live.rs` every few seconds; without
//! a script it is a plain page to reload.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::App;
use faro_core::accounts::Role;
use faro_core::clock::now_unix;
use faro_core::content::EntryKind;
use faro_core::intake::queue::{self, QueueView};
use faro_core::intake::{Escalation, Request, RequestStatus};
use serde::Deserialize;

use crate::AppState;
use crate::headers::ConnectsToSelf;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::csrf::Posted;
use crate::operators::error::OperatorError;
use crate::operators::labels;
use crate::operators::response_times::{self, ResponseTable};
use crate::operators::strings::{OperatorStrings, Said};
use crate::public::assets;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Action {
    Accept,
    Done,
    Cancel,
}

impl Action {
    pub(super) fn parse(text: &str) -> Option<Action> {
        match text {
            "accept" => Some(Action::Accept),
            "done" => Some(Action::Done),
            "cancel" => Some(Action::Cancel),
            _ => None,
        }
    }

    pub(super) fn as_str(self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Done => "done",
            Action::Cancel => "cancel",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Action::Accept => "op-staff-accept",
            Action::Done => "op-staff-done",
            Action::Cancel => "op-staff-cancel",
        }
    }

    fn target(self) -> RequestStatus {
        match self {
            Action::Accept => RequestStatus::Accepted,
            Action::Done => RequestStatus::Done,
            Action::Cancel => RequestStatus::Cancelled,
        }
    }

    /// The actions a request in the queue offers.
    pub(super) fn offered(status: RequestStatus) -> &'static [Action] {
        match status {
            RequestStatus::Waiting => &[Action::Accept, Action::Cancel],
            RequestStatus::Accepted => &[Action::Done, Action::Cancel],
            RequestStatus::Done | RequestStatus::Cancelled => &[],
        }
    }
}

struct Button {
    href: String,
    label: String,
}

pub(super) struct Row {
    pub reference: String,
    pub languages: String,
    pub waiting: String,
    pub status: String,
    pub origin: Option<String>,
    /// Set when no interpreter accepted within the escalation's second limit: staff are
    /// the ones who can help now.
    pub unanswered: Option<String>,
    /// Accept or Done: the request's step forward.
    forward: Option<Button>,
    /// The page that asks before cancelling.
    cancel: Option<String>,
}

struct ShelterQueue {
    name: String,
    rows: Vec<Row>,
}

/// What the page's script needs to keep it current.
struct Live {
    /// Where it asks whether the queue changed (`live.rs`).
    poll: String,
    version: String,
    newest: i64,
    seconds: u64,
}

struct Choice {
    id: String,
    name: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "operators/staff/queue.html")]
struct QueuePage {
    chrome: Chrome,
    queues: Vec<ShelterQueue>,
    /// Admins pick a shelter; staff have only theirs.
    choices: Option<Vec<Choice>>,
    live: Live,
    script: &'static str,
    /// How fast requests of this queue's shelter (or every shelter) were accepted.
    response: ResponseTable,
    /// Whether this account's Telegram is linked (to join conversations from there).
    telegram_linked: bool,
    csrf: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QueueQuery {
    #[serde(default)]
    shelter: Option<String>,
}

/// The directory's shelters, as (id, name).
fn directory_shelters(app: &App) -> Vec<(String, String)> {
    app.content
        .directory()
        .entries()
        .iter()
        .filter(|entry| entry.kind == EntryKind::Shelter)
        .map(|entry| (entry.id.clone(), entry.name.clone()))
        .collect()
}

fn shelter_name(app: &App, id: &str) -> String {
    app.content
        .directory()
        .get(id)
        .map_or_else(|| id.to_owned(), |entry| entry.name.clone())
}

pub(super) fn row(tr: &OperatorStrings, request: &Request, now: i64) -> Row {
    let offered = Action::offered(request.status);
    Row {
        reference: request.reference.to_string(),
        languages: labels::languages(tr, &request.languages),
        waiting: tr.say(&labels::waiting(now - request.created_at)),
        status: tr.get(labels::status(request.status)),
        origin: request
            .shared_origin
            .map(|origin| labels::origin(tr, origin)),
        unanswered: (request.status == RequestStatus::Waiting
            && request.escalation == Escalation::Staff)
            .then(|| tr.get("op-relay-unanswered")),
        forward: offered
            .iter()
            .find(|action| **action != Action::Cancel)
            .map(|action| Button {
                href: format!("/staff/requests/{}/{}", request.id, action.as_str()),
                label: tr.get(action.label()),
            }),
        cancel: offered
            .contains(&Action::Cancel)
            .then(|| format!("/staff/requests/{}/cancel", request.id)),
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    RawQuery(query): RawQuery,
) -> Result<Response, OperatorError> {
    who.require(Area::Queue)?;
    let app = &state.app;
    let tr = who.tr.clone();
    let query: QueueQuery = serde_urlencoded::from_str(query.as_deref().unwrap_or_default())
        .map_err(|_| OperatorError::BadRequest(Said::new("op-staff-bad-query")))?;
    let asked = query.shelter.filter(|id| !id.is_empty());
    let shelters = directory_shelters(app);
    if let Some(id) = &asked
        && !shelters.iter().any(|(known, _)| known == id)
    {
        return Err(OperatorError::BadRequest(Said::new(
            "op-staff-unknown-shelter",
        )));
    }
    // Which queue this account sees is the core's rule; the page only lays it out.
    let view = queue::view(&who.user, asked.as_deref()).map_err(|_| OperatorError::Forbidden)?;
    let choices = matches!(who.user.role, Role::Admin).then(|| {
        shelters
            .iter()
            .map(|(id, name)| Choice {
                id: id.clone(),
                name: name.clone(),
                selected: asked.as_ref() == Some(id),
            })
            .collect()
    });
    let version = app.store.queue_version(&view).await?;
    let poll = match &asked {
        Some(id) => serde_urlencoded::to_string([("shelter", id)]).map_or_else(
            |_| super::live::PATH.to_owned(),
            |q| format!("{}?{q}", super::live::PATH),
        ),
        None => super::live::PATH.to_owned(),
    };
    let now = now_unix();
    let times = app
        .store
        .response_times(
            match &view {
                QueueView::Shelter(id) => Some(id.as_str()),
                QueueView::Everywhere => None,
            },
            i64::from(app.config.response_target_seconds),
            now,
        )
        .await?;
    let response = response_times::table(&tr, &times);
    let (ids, everywhere) = match view {
        QueueView::Shelter(id) => (vec![id], false),
        QueueView::Everywhere => (shelters.into_iter().map(|(id, _)| id).collect(), true),
    };
    let show_empty = !everywhere;
    let mut queues = Vec::new();
    for id in ids {
        let requests = app.store.requests().queue_of(&id).await?;
        // In the all-shelters view only shelters with someone waiting are listed.
        if requests.is_empty() && !show_empty {
            continue;
        }
        queues.push(ShelterQueue {
            name: shelter_name(app, &id),
            rows: requests.iter().map(|r| row(&tr, r, now)).collect(),
        });
    }
    // Requests of people who did not say where they are belong to no shelter: admins, who
    // see every shelter, see these too.
    if everywhere {
        let requests = app.store.requests().queue_without_shelter().await?;
        if !requests.is_empty() {
            queues.push(ShelterQueue {
                name: tr.get("op-staff-no-shelter"),
                rows: requests.iter().map(|r| row(&tr, r, now)).collect(),
            });
        }
    }
    let page = QueuePage {
        chrome: Chrome::signed_in(&tr, tr.get("op-staff-title"), &who, "/staff"),
        queues,
        choices,
        live: Live {
            poll,
            version: version.version,
            newest: version.newest,
            seconds: super::live::POLL_SECONDS,
        },
        script: assets::staff_queue_script_path(),
        response,
        telegram_linked: app.store.users().has_telegram(who.user.id).await?,
        csrf: who.csrf_token.clone(),
    };
    // Its script asks this server for changes: the one thing the CSP must allow it.
    let mut response = chrome::render(&page)?;
    response.extensions_mut().insert(ConnectsToSelf);
    Ok(response)
}

/// A cancel posted from the confirmation page carries `confirm=yes`; any other post of
/// Cancel (an old page, a stray click) is sent to that page instead.
#[derive(Deserialize)]
pub struct ActForm {
    #[serde(default)]
    confirm: Option<String>,
}

pub async fn act(
    State(state): State<AppState>,
    Path((id, action)): Path<(String, String)>,
    posted: Posted<ActForm>,
) -> Result<Response, OperatorError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    who.require(Area::Queue)?;
    let action = Action::parse(&action).ok_or_else(OperatorError::not_found)?;
    let id: i64 = id.parse().map_err(|_| OperatorError::not_found())?;
    if action == Action::Cancel && form.confirm.as_deref() != Some("yes") {
        return Ok(Redirect::to(&format!("/staff/requests/{id}/cancel")).into_response());
    }
    let app = &state.app;
    let request = app.store.requests().get(id).await?;
    // Another shelter's request is not there for this account: not found, not forbidden.
    if !queue::may_act_on(&who.user, &request) {
        return Err(OperatorError::not_found());
    }
    let now = now_unix();
    let updated = app
        .store
        .requests()
        .set_status(id, action.target(), now)
        .await?;
    // A repeated click changes nothing, and so is not a change to audit.
    if updated.status != request.status {
        if updated.conversation_ended_at.is_some() && request.conversation_ended_at.is_none() {
            // It ended a conversation through the relay: the bot tells both sides.
            app.routing.wake();
        }
        app.metrics.request_changed(request.status, &updated, now);
        app.store
            .audit_log()
            .record(
                &who.user.name,
                &format!("request.{}", action.as_str()),
                request.reference.as_str(),
                now,
            )
            .await?;
    }
    let back = back_to(&who.user.role, &request);
    Ok(Redirect::to(&back).into_response())
}

/// `POST /staff/requests/{id}/cancel`, which the router gives its own route.
pub async fn act_cancel(
    state: State<AppState>,
    Path(id): Path<String>,
    posted: Posted<ActForm>,
) -> Result<Response, OperatorError> {
    act(
        state,
        Path((id, Action::Cancel.as_str().to_owned())),
        posted,
    )
    .await
}

/// The queue a request is listed in, as this account opens it.
pub(super) fn back_to(role: &Role, request: &Request) -> String {
    match (role, &request.shelter_id) {
        (Role::Admin, Some(shelter)) => serde_urlencoded::to_string([("shelter", shelter)])
            .map_or_else(|_| "/staff".to_owned(), |query| format!("/staff?{query}")),
        _ => "/staff".to_owned(),
    }
}
