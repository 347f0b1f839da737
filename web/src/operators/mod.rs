//! What operators use: sign-in, the shelter staff's queue (`/staff`), the publishing pages
//! and figures (`/admin`) and the JSON API (`/api/v1`). Each folder is the URL prefix it
//! serves. Pages behind a sign-in take [`auth::SignedIn`] (GET) or [`csrf::Posted`] (POST);
//! every handler answers with [`error::OperatorError`], shown as a page here and as JSON under
//! `/api/v1`; every sentence comes from `operators.ftl` ([`strings`]). Nothing here is marked
//! for the page cache, which keys on the address alone, and every answer is `no-store`.

pub mod account;
pub mod admin;
pub mod api;
pub mod auth;
pub mod chrome;
mod cookies;
pub mod csrf;
mod directory;
pub mod error;
mod error_page;
mod kept;
mod labels;
mod response_times;
pub(crate) mod sign_in;
mod staff;
pub mod strings;
pub mod targets;
pub mod time;

use axum::Router;
use axum::middleware;
use faro_core::metrics::RouteGroup;

use crate::AppState;
use crate::metrics::group;

pub fn router(state: &AppState) -> Router<AppState> {
    let pages = Router::new()
        .merge(account::router())
        .merge(staff::router())
        .merge(admin::router())
        .merge(directory::router());
    // The sign-in form has its own, smaller limit (set in `sign_in`).
    let pages = crate::limit_body(pages, crate::OPERATOR_PAGES_BODY_LIMIT)
        .merge(crate::limit_body(sign_in::router(), sign_in::BODY_LIMIT));
    let pages = pages
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error_page::render_error_pages,
        ))
        .layer(middleware::map_response(chrome::no_store));
    group(pages, RouteGroup::OperatorPages).merge(group(
        crate::limit_body(api::router(state), crate::API_BODY_LIMIT),
        RouteGroup::Api,
    ))
}
