//! The kiosk's pages, each at `/{locale}/…` and, in a shelter's kiosk mode, at
//! `/k/{shelter}/{locale}/…`: one handler serves both, told apart by the scope its address
//! gives (`scope_path`).

mod campaign;
mod consulates;
mod directory;
mod emergency;
mod entry;
mod listing;
pub mod picker;
mod topics;

#[cfg(test)]
pub use topics::render_home;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Redirect;
use axum::routing::get;

use crate::AppState;
use crate::public::error::PageError;
use crate::public::scope::{Scope, Shelter};

pub fn router() -> Router<AppState> {
    let mut router = Router::new()
        .route("/", get(picker::public))
        .route("/k/{shelter}/", get(picker::kiosk))
        .route("/k/{shelter}", get(kiosk_root))
        .route("/{locale}", get(add_slash))
        .route("/k/{shelter}/{locale}", get(add_slash));
    for prefix in ["/{locale}", "/k/{shelter}/{locale}"] {
        router = router
            .route(&format!("{prefix}/"), get(topics::home))
            .route(&format!("{prefix}/topics/{{slug}}"), get(topics::topic))
            .route(&format!("{prefix}/directory"), get(directory::page))
            .route(&format!("{prefix}/consulates"), get(consulates::page))
            .route(&format!("{prefix}/emergency"), get(emergency::page))
            .route(&format!("{prefix}/campaigns/{{slug}}"), get(campaign::page));
    }
    router
}

/// `/fa` → `/fa/`, only for a known locale (so no redirect leads anywhere unexpected).
async fn add_slash(_scope: Scope, uri: Uri) -> Redirect {
    Redirect::permanent(&format!("{}/", uri.path()))
}

async fn kiosk_root(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Redirect, PageError> {
    let shelter =
        Shelter::find(&state.app, &id).ok_or(PageError::UnknownShelter { id, locale: None })?;
    Ok(Redirect::permanent(&shelter.home()))
}
