//! Everything under `/admin`, for focal points and admins: the home and the aggregate
//! figures, campaigns from draft to published with previews in every locale (`campaigns/`),
//! translation coverage with reviewers' marks, and the audit log. What an account may do with
//! a campaign is the core's decision (`publishing::permissions`), shared with the JSON API.

pub(crate) mod audit;
pub(crate) mod campaigns;
pub(crate) mod fields;
mod figures;
pub(crate) mod publisher;
mod translation_review;
mod translations;

use axum::Router;
use axum::extract::{Path, State};
use axum::routing::{MethodRouter, get, post};
use faro_core::publishing::Step;

use crate::AppState;

use self::campaigns::{actions, list, new, page};

/// The route of one step from draft to published.
fn step(step: Step) -> MethodRouter<AppState> {
    post(
        move |State(state): State<AppState>, Path(slug): Path<String>, publisher| {
            actions::step(state, slug, publisher, step)
        },
    )
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(figures::admin_home))
        .route("/admin/figures", get(figures::figures))
        .route("/admin/figures.csv", get(figures::figures_csv))
        .route("/admin/campaigns", get(list::list).post(new::create))
        .route("/admin/campaigns/new", get(new::form))
        .route("/admin/campaigns/{slug}", get(page::page))
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
        .route("/admin/campaigns/{slug}/publish", post(actions::publish))
        .route("/admin/campaigns/{slug}/stop", post(actions::stop))
        .route(
            "/admin/campaigns/{slug}/corrections",
            post(actions::correct),
        )
        .route("/admin/translations", get(translations::page))
        .route("/admin/translations/review", post(translations::review))
        .route("/admin/translations/unreview", post(translations::unreview))
        .route(
            "/admin/translations/{locale}/{kind}/{item}",
            get(translation_review::page),
        )
        .route("/admin/audit", get(audit::page))
}
