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
use axum::extract::{Path, State};
use axum::middleware;
use axum::routing::{MethodRouter, get, post};
use faro_core::publishing::Step;

use crate::AppState;
use crate::staff::page;

/// The route of one step from draft to published.
fn step(step: Step) -> MethodRouter<AppState> {
    post(
        move |State(state): State<AppState>, Path(slug): Path<String>, posted| {
            actions::step(state, slug, posted, step)
        },
    )
}

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
        .route("/admin/campaigns/{slug}/submit", step(Step::Submit))
        .route("/admin/campaigns/{slug}/return", step(Step::Return))
        .route("/admin/campaigns/{slug}/approve", step(Step::Approve))
        .route("/admin/campaigns/{slug}/publish", step(Step::Publish))
        .route("/admin/translations", get(translations::page))
        .route("/admin/translations/review", post(translations::review))
        .route("/admin/audit", get(audit::page))
        .layer(middleware::map_response(page::no_store))
}
