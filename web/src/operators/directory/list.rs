//! `/directory`: the entries this account may see — every one for admins, their country's for
//! a focal point, their own shelter for its staff — with what needs attention (a sample, a
//! pack conflict, retired).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use faro_core::directory::permissions::{self, DirectoryAction};

use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;

pub struct Row {
    pub id: String,
    pub name: String,
    pub country: String,
    pub city: String,
    /// The kind and country as the operator reads them, not the pack's codes.
    pub kind: String,
    pub demo: bool,
    pub last_verified: String,
    pub verified_by: String,
    pub conflict: bool,
    pub retired: bool,
    /// A real entry not verified for over 180 days.
    pub stale: bool,
    /// Its coordinates are its city's centre, not its own.
    pub city_level: bool,
}

#[derive(Template)]
#[template(path = "operators/directory/list.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    may_create: bool,
}

pub async fn page(State(state): State<AppState>, who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Directory)?;
    let today = faro_core::directory::edit::day_of(faro_core::clock::now_unix());
    let rows = state
        .app
        .store
        .directory()
        .all()
        .await?
        .into_iter()
        .filter(|stored| {
            permissions::may(
                &who.user,
                DirectoryAction::See,
                &stored.entry.id,
                stored.entry.country,
            )
        })
        .map(|stored| Row {
            id: stored.entry.id.clone(),
            name: stored.entry.name.clone(),
            country: who.tr.country(stored.entry.country),
            city: stored.entry.city.clone().unwrap_or_default(),
            kind: who.tr.kind(stored.entry.kind),
            demo: stored.entry.demo,
            last_verified: stored.entry.last_verified.to_string(),
            verified_by: stored.verified_by.clone().unwrap_or_default(),
            conflict: stored.in_conflict(),
            retired: stored.is_retired(),
            stale: stored.entry.is_stale(today),
            city_level: stored.entry.location.is_some()
                && !stored.entry.location_precision.is_address(),
        })
        .collect();
    let tr = who.tr.clone();
    chrome::render(&ListPage {
        chrome: Chrome::signed_in(&tr, tr.get("op-directory-title"), &who, "/directory"),
        rows,
        may_create: permissions::may_create(&who.user),
    })
}
