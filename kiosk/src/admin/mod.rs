//! The publishing pages under `/admin` (the `/admin` home and figures are `staff`'s): campaigns
//! from draft to published with previews in every locale, translation coverage with
//! reviewers' marks, and the audit log. They reuse the staff pages' sign-in (`SignedIn`),
//! form tokens (`Posted`), errors and look; what an account may do with a campaign is the
//! core's decision (`publishing::permissions`), shared with the JSON API.

mod actions;
mod audit;
mod campaign_page;
mod campaigns;
pub(crate) mod errors;
mod fields;
pub(crate) mod targets;
pub(crate) mod time;
mod translations;
pub(crate) mod view;

use axum::Router;
use axum::middleware;
use axum::routing::{get, post};

use crate::AppState;
use crate::staff::page;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/campaigns",
            get(campaigns::list).post(campaigns::create),
        )
        .route("/admin/campaigns/new", get(campaigns::new_form))
        .route("/admin/campaigns/{slug}", get(campaign_page::page))
        .route(
            "/admin/campaigns/{slug}/texts/{locale}",
            post(actions::set_text),
        )
        .route(
            "/admin/campaigns/{slug}/texts/{locale}/review",
            post(actions::review_text),
        )
        .route("/admin/campaigns/{slug}/settings", post(actions::settings))
        .route("/admin/campaigns/{slug}/submit", post(actions::submit))
        .route(
            "/admin/campaigns/{slug}/return",
            post(actions::return_to_draft),
        )
        .route("/admin/campaigns/{slug}/approve", post(actions::approve))
        .route("/admin/campaigns/{slug}/publish", post(actions::publish))
        .route("/admin/translations", get(translations::page))
        .route("/admin/translations/review", post(translations::review))
        .route("/admin/audit", get(audit::page))
        .layer(middleware::map_response(page::no_store))
}
