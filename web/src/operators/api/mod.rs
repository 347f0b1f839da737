//! The JSON API under `/api/v1`: the campaign operations of the publishing pages for
//! scripts and other systems, authenticated with an API token (`auth`), never with cookies,
//! so it needs no form tokens. Every answer, errors and unknown addresses included, is JSON
//! (errors through `error_json`, the API's face of the operators' error) and
//! `Cache-Control: no-store`. The endpoints live in one table ([`endpoints`]) that builds
//! the router and that a test holds the OpenAPI document (`openapi`) to.

mod auth;
mod campaigns;
mod directory;
mod error_json;
mod json;
pub(crate) mod openapi;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::middleware;
use axum::routing::{MethodRouter, get, post, put};
use faro_core::publishing::Step;

use crate::AppState;
use crate::operators::chrome::no_store;
use crate::operators::error::OperatorError;
use crate::operators::strings::Said;

pub const PREFIX: &str = "/api/v1";

/// The endpoint of one step from draft to published.
fn step(step: Step) -> MethodRouter<AppState> {
    post(
        move |State(state): State<AppState>, Path(slug): Path<String>, who| {
            campaigns::step(state, slug, who, step)
        },
    )
}

/// Every endpoint: its method and path under [`PREFIX`] (as the OpenAPI document writes
/// them), and its handler.
pub fn endpoints() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::GET, "/openapi.json", get(openapi::serve)),
        (Method::GET, "/directory", get(directory::geojson)),
        (Method::GET, "/campaigns", get(campaigns::list)),
        (Method::POST, "/campaigns", post(campaigns::create)),
        (Method::GET, "/campaigns/{slug}", get(campaigns::status)),
        (Method::PUT, "/campaigns/{slug}", put(campaigns::update)),
        (
            Method::PUT,
            "/campaigns/{slug}/texts/{locale}",
            put(campaigns::set_text),
        ),
        (
            Method::POST,
            "/campaigns/{slug}/texts/{locale}/review",
            post(campaigns::review_text),
        ),
        (Method::POST, "/campaigns/{slug}/submit", step(Step::Submit)),
        (Method::POST, "/campaigns/{slug}/return", step(Step::Return)),
        (
            Method::POST,
            "/campaigns/{slug}/approve",
            step(Step::Approve),
        ),
        (
            Method::POST,
            "/campaigns/{slug}/publish",
            post(campaigns::publish),
        ),
        (
            Method::POST,
            "/campaigns/{slug}/stop",
            post(campaigns::stop),
        ),
        (
            Method::POST,
            "/campaigns/{slug}/corrections",
            post(campaigns::correct),
        ),
    ]
}

async fn not_found() -> OperatorError {
    OperatorError::NotFound(Said::new("op-api-no-endpoint"))
}

async fn method_not_allowed() -> OperatorError {
    OperatorError::WrongMethod
}

pub fn router(state: &AppState) -> Router<AppState> {
    let api = endpoints()
        .into_iter()
        .fold(Router::new(), |api, (_, path, handler)| {
            api.route(path, handler)
        })
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error_json::render_json_errors,
        ));
    Router::new()
        .nest(PREFIX, api)
        .layer(middleware::map_response(no_store))
}
