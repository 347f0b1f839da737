//! The kiosk's pages, each at `/{locale}/…` and, in a shelter's kiosk mode, at
//! `/k/{shelter}/{locale}/…`: one handler serves both, told apart by the [`Scope`] extractor.

mod consulates;
mod directory;
mod emergency;
mod entry;
pub mod picker;
mod topics;

#[cfg(test)]
pub use topics::render_home;

use std::collections::HashMap;

use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::Uri;
use axum::http::request::Parts;
use axum::response::Redirect;
use axum::routing::get;

use crate::AppState;
use crate::public::error::PageError;
use crate::public::scope::{Scope, Shelter, parse_locale};

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
            .route(
                &format!("{prefix}/campaigns/{{slug}}"),
                get(crate::public::banners::page),
            );
    }
    router
}

impl FromRequestParts<AppState> for Scope {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::UnknownLocale { shelter: None })?;
        let tag = params.get("locale").map(String::as_str).unwrap_or_default();
        let shelter = match params.get("shelter") {
            Some(id) => Some(Shelter::find(&state.app, id, tag.parse().ok())?),
            None => None,
        };
        let locale = parse_locale(tag, shelter.as_ref())?;
        Ok(Scope { locale, shelter })
    }
}

/// `/fa` → `/fa/`, only for a known locale (so no redirect leads anywhere unexpected).
async fn add_slash(_scope: Scope, uri: Uri) -> Redirect {
    Redirect::permanent(&format!("{}/", uri.path()))
}

async fn kiosk_root(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Redirect, PageError> {
    let shelter = Shelter::find(&state.app, &id, None)?;
    Ok(Redirect::permanent(&shelter.home()))
}
