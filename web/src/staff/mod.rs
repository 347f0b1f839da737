//! Pages for people with an account: sign-in, the shelter staff's queue, the figures.
//!
//! `/admin` pages to come reuse [`auth::SignedIn`] (GET) and [`csrf::Posted`] (POST), and
//! answer with [`error::StaffError`]. Every route here answers `Cache-Control: no-store`, and
//! none is marked for the page cache, which keys on the address alone.

pub mod auth;
mod cookies;
pub mod csrf;
pub mod error;
mod figures;
mod labels;
pub mod page;
mod queue;
mod sign_in;

use axum::Router;
use axum::middleware;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in::form).post(sign_in::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/staff", get(queue::page))
        .route("/staff/requests/{id}/{action}", post(queue::act))
        .route("/admin", get(figures::admin_home))
        .route("/admin/figures", get(figures::figures))
        .route("/admin/figures.csv", get(figures::figures_csv))
        .layer(middleware::map_response(page::no_store))
}
