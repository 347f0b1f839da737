//! What operators use: sign-in, the shelter staff's queue (`/staff`), the publishing pages
//! and figures (`/admin`) and the JSON API (`/api/v1`). Each folder is the URL prefix it
//! serves. Pages behind a sign-in take [`auth::SignedIn`] (GET) or [`csrf::Posted`] (POST);
//! nothing here is marked for the page cache, which keys on the address alone.

pub mod admin;
pub mod api;
pub mod auth;
pub mod chrome;
mod cookies;
pub mod csrf;
pub mod error;
mod labels;
mod sign_in;
mod staff;
pub mod targets;
pub mod time;

use axum::Router;

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(sign_in::router())
        .merge(staff::router())
        .merge(admin::router())
        .merge(api::router())
}
