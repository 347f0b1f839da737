//! One entry's page and its forms: every field (admins and focal points), the shelter's own
//! four fields (its staff), verify, retire or bring back, and a pack conflict side by side.
//! A change is refreshed into this instance's snapshot and page cache before the redirect, so
//! the next page anyone opens here shows it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::clock::now_unix;
use faro_core::directory::permissions::{self, DirectoryAction};
use faro_core::directory::{EditError, EntryDraft, FieldProblem, ShelterDraft, StoredEntry, edit};
use serde::Deserialize;

use super::form::{self, EntryForm, SettleForm, ShelterForm, VerifyForm, Vocabulary};
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::csrf::{NoFields, Posted};
use crate::operators::error::OperatorError;

/// What the page says about the entry beside the forms.
pub struct Facts {
    pub demo: bool,
    pub stale: bool,
    pub retired: bool,
    pub last_verified: String,
    pub source: String,
    pub verified_by: String,
    pub verified_at: String,
    pub edited_by: String,
    pub edited_at: String,
}

/// One field where a person's edit and the pack's newer version differ.
pub struct ConflictRow {
    pub field: &'static str,
    pub here: String,
    pub pack: String,
}

#[derive(Template)]
#[template(path = "operators/directory/entry.html")]
struct EntryPage {
    chrome: Chrome,
    /// The session's form token, for every form of the page.
    csrf: String,
    /// Empty for a new entry.
    id: String,
    /// Where the full form posts.
    action: String,
    manage: bool,
    draft: EntryDraft,
    shelter: ShelterDraft,
    problems: Vec<String>,
    saved: bool,
    facts: Option<Facts>,
    conflict: Vec<ConflictRow>,
    /// The pack no longer carries this entry, which a person edited here.
    dropped: bool,
    vocabulary: Vocabulary,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    saved: Option<String>,
}

fn conflict_rows(stored: &StoredEntry) -> Vec<ConflictRow> {
    let Some(pack) = &stored.conflict else {
        return Vec::new();
    };
    let (here, pack) = (EntryDraft::of(&stored.entry), EntryDraft::of(pack));
    let fields: [(&'static str, &String, &String); 19] = [
        ("kind", &here.kind, &pack.kind),
        ("name", &here.name, &pack.name),
        ("country", &here.country, &pack.country),
        ("city", &here.city, &pack.city),
        ("address", &here.address, &pack.address),
        ("lat", &here.lat, &pack.lat),
        ("lon", &here.lon, &pack.lon),
        (
            "location_precision",
            &here.location_precision,
            &pack.location_precision,
        ),
        (
            "location_source",
            &here.location_source,
            &pack.location_source,
        ),
        ("phones", &here.phones, &pack.phones),
        ("short_codes", &here.short_codes, &pack.short_codes),
        ("website", &here.website, &pack.website),
        ("hours", &here.hours, &pack.hours),
        ("languages", &here.languages, &pack.languages),
        ("services", &here.services, &pack.services),
        ("represents", &here.represents, &pack.represents),
        ("procedures", &here.procedures, &pack.procedures),
        ("source", &here.source, &pack.source),
        ("id", &here.id, &pack.id),
    ];
    let mut rows: Vec<ConflictRow> = fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, a, b)| ConflictRow {
            field,
            here: a.clone(),
            pack: b.clone(),
        })
        .collect();
    if here.demo != pack.demo {
        rows.push(ConflictRow {
            field: "demo",
            here: here.demo.to_string(),
            pack: pack.demo.to_string(),
        });
    }
    rows
}

/// The entry, if this account may at least see it (else "not found": the page never tells
/// which ids exist).
async fn visible(state: &AppState, who: &SignedIn, id: &str) -> Result<StoredEntry, OperatorError> {
    who.require(Area::Directory)?;
    let stored = state
        .app
        .store
        .directory()
        .get(id)
        .await?
        .ok_or_else(OperatorError::not_found)?;
    if permissions::may(&who.user, DirectoryAction::See, id, stored.entry.country) {
        Ok(stored)
    } else {
        Err(OperatorError::Forbidden)
    }
}

fn render_entry(
    who: &SignedIn,
    stored: &StoredEntry,
    draft: Option<EntryDraft>,
    shelter: Option<ShelterDraft>,
    problems: &[FieldProblem],
    saved: bool,
) -> Result<Response, OperatorError> {
    let tr = who.tr.clone();
    let entry = &stored.entry;
    let manage = permissions::may(&who.user, DirectoryAction::Manage, &entry.id, entry.country);
    let moment = |at: Option<i64>| at.map(|at| tr.datetime(at)).unwrap_or_default();
    let page = EntryPage {
        chrome: Chrome::signed_in(&tr, entry.name.clone(), who, "/directory"),
        csrf: who.csrf_token.clone(),
        id: entry.id.clone(),
        action: format!("/directory/{}", entry.id),
        manage,
        draft: draft.unwrap_or_else(|| EntryDraft::of(entry)),
        shelter: shelter.unwrap_or_else(|| ShelterDraft::of(entry)),
        problems: form::problems(&tr, problems),
        saved,
        facts: Some(Facts {
            demo: entry.demo,
            stale: entry.is_stale(edit::day_of(now_unix())),
            retired: stored.is_retired(),
            last_verified: entry.last_verified.to_string(),
            source: entry.source.clone(),
            verified_by: stored.verified_by.clone().unwrap_or_default(),
            verified_at: moment(stored.verified_at),
            edited_by: stored.edited_by.clone().unwrap_or_default(),
            edited_at: moment(stored.edited_at),
        }),
        conflict: conflict_rows(stored),
        dropped: stored.pack_dropped_at.is_some() && !stored.is_retired(),
        vocabulary: Vocabulary::new(&tr),
    };
    let mut response = chrome::render(&page)?;
    if !problems.is_empty() {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
    who: SignedIn,
) -> Result<Response, OperatorError> {
    let stored = visible(&state, &who, &id).await?;
    render_entry(&who, &stored, None, None, &[], query.saved.is_some())
}

fn render_new(
    who: &SignedIn,
    draft: EntryDraft,
    problems: &[FieldProblem],
) -> Result<Response, OperatorError> {
    let tr = who.tr.clone();
    let page = EntryPage {
        chrome: Chrome::signed_in(&tr, tr.get("op-directory-new-title"), who, "/directory"),
        csrf: who.csrf_token.clone(),
        id: String::new(),
        action: "/directory".to_owned(),
        manage: true,
        draft,
        shelter: ShelterDraft::default(),
        problems: form::problems(&tr, problems),
        saved: false,
        facts: None,
        conflict: Vec::new(),
        dropped: false,
        vocabulary: Vocabulary::new(&tr),
    };
    let mut response = chrome::render(&page)?;
    if !problems.is_empty() {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn new_form(who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Directory)?;
    if !permissions::may_create(&who.user) {
        return Err(OperatorError::Forbidden);
    }
    let draft = EntryDraft {
        // A new entry is a sample until someone says otherwise.
        demo: true,
        country: match &who.user.role {
            faro_core::accounts::Role::Publisher {
                country: Some(country),
            } => country.to_string(),
            _ => String::new(),
        },
        ..EntryDraft::default()
    };
    render_new(&who, draft, &[])
}

/// After a change: this instance's readers see it now; other instances at their next look.
async fn changed(state: &AppState, id: &str) -> Response {
    if let Err(error) = faro_core::directory::refresh(&state.app.content, &state.app.store).await {
        tracing::warn!(%error, "directory not refreshed after a change");
    }
    state.pages.clear();
    Redirect::to(&format!("/directory/{id}?saved=1")).into_response()
}

pub async fn create(
    State(state): State<AppState>,
    posted: Posted<EntryForm>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    who.require(Area::Directory)?;
    if !permissions::may_create(&who.user) {
        return Err(OperatorError::Forbidden);
    }
    let draft = posted.form.draft();
    match edit::create(&state.app.store, &who.user, &draft, now_unix()).await {
        Ok(entry) => Ok(changed(&state, &entry.id).await),
        Err(EditError::Invalid(problems)) => render_new(&who, draft, &problems),
        Err(error) => Err(error.into()),
    }
}

pub async fn edit(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<EntryForm>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    let stored = visible(&state, &who, &id).await?;
    let draft = posted.form.draft();
    match edit::edit(&state.app.store, &who.user, &id, &draft, now_unix()).await {
        Ok(_) => Ok(changed(&state, &id).await),
        Err(EditError::Invalid(problems)) => {
            render_entry(&who, &stored, Some(draft), None, &problems, false)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn edit_shelter(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<ShelterForm>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    let stored = visible(&state, &who, &id).await?;
    let draft = posted.form.draft();
    match edit::edit_shelter(&state.app.store, &who.user, &id, &draft, now_unix()).await {
        Ok(_) => Ok(changed(&state, &id).await),
        Err(EditError::Invalid(problems)) => {
            render_entry(&who, &stored, None, Some(draft), &problems, false)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn verify(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<VerifyForm>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    let stored = visible(&state, &who, &id).await?;
    match edit::verify(
        &state.app.store,
        &who.user,
        &id,
        &posted.form.source,
        now_unix(),
    )
    .await
    {
        Ok(_) => Ok(changed(&state, &id).await),
        Err(EditError::Invalid(problems)) => {
            render_entry(&who, &stored, None, None, &problems, false)
        }
        Err(error) => Err(error.into()),
    }
}

async fn set_retired(
    state: AppState,
    id: String,
    who: SignedIn,
    retired: bool,
) -> Result<Response, OperatorError> {
    visible(&state, &who, &id).await?;
    edit::set_retired(&state.app.store, &who.user, &id, retired, now_unix()).await?;
    Ok(changed(&state, &id).await)
}

pub async fn retire(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, OperatorError> {
    set_retired(state, id, posted.signed_in, true).await
}

pub async fn restore(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, OperatorError> {
    set_retired(state, id, posted.signed_in, false).await
}

pub async fn settle(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<SettleForm>,
) -> Result<Response, OperatorError> {
    let who = posted.signed_in;
    visible(&state, &who, &id).await?;
    let take_pack = posted.form.keep == "pack";
    edit::settle_conflict(&state.app.store, &who.user, &id, take_pack, now_unix()).await?;
    Ok(changed(&state, &id).await)
}
