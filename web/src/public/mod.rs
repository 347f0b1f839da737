//! What migrants use, with no account and no cookie: the kiosk and phone pages in every
//! locale, each also in a shelter's kiosk mode (`pages/`), the kiosk's interpreter request
//! (`intake/`), campaign banners, QR codes, the frame around every page, the translated error
//! pages, and the page cache in front of it all.

pub mod assets;
pub mod banners;
pub mod cache;
pub mod error;
pub mod error_page;
pub mod frame;
pub mod intake;
pub mod pages;
pub mod qr;
pub mod query;
pub mod scope;
pub mod scope_path;
pub mod tr;

use axum::Router;
use faro_core::metrics::RouteGroup;

use crate::AppState;
use crate::metrics::group;

/// Each part marked with its route group for `/metrics`.
pub fn router() -> Router<AppState> {
    Router::new()
        .merge(group(assets::router(), RouteGroup::Assets))
        .merge(group(pages::router(), RouteGroup::PublicPages))
        .merge(group(intake::router(), RouteGroup::Intake))
}
