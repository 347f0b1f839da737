//! What migrants use, with no account and no cookie: the kiosk and phone pages in every
//! locale, each also in a shelter's kiosk mode (`pages/`), the kiosk's interpreter request
//! (`intake/`), campaign banners, QR codes, the frame around every page, the translated error
//! pages, keeping a locale's pages on a phone (`offline/`), and the page cache in front of it
//! all.

pub mod assets;
pub mod audio;
pub mod banner_watch;
pub mod banners;
pub mod cache;
pub mod directory_watch;
pub mod error;
pub mod error_page;
pub mod frame;
pub mod intake;
pub mod offline;
pub mod pages;
pub mod qr;
pub mod query;
pub mod scope;
pub mod scope_path;
pub mod tr;
pub mod watch;

use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use faro_core::metrics::RouteGroup;

use crate::AppState;
use crate::metrics::group;

pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .merge(group(assets::router(), RouteGroup::Assets))
        .merge(group(audio::router(), RouteGroup::Assets))
        .merge(group(pages::router(), RouteGroup::PublicPages))
        .merge(group(offline::router(), RouteGroup::PublicPages))
        .merge(group(intake::router(), RouteGroup::Intake))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            refresh_reviews,
        ))
}

/// Before a page is rendered (the page cache answers kept ones before this), the translation
/// reviews it honours are read again if the snapshot is a few seconds old, so a review made
/// through another instance counts here too. A database that cannot be read leaves the last
/// snapshot: the page still renders.
async fn refresh_reviews(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if let Err(error) = state.app.reviews.refresh_if_old(&state.app.store).await {
        tracing::warn!(%error, "reading the translation reviews");
    }
    next.run(request).await
}
