//! `/staff`: the shelter staff's queue of interpreter requests. Every route here answers
//! `Cache-Control: no-store`, and none is marked for the page cache, which keys on the address
//! alone.

mod queue;

use axum::Router;
use axum::middleware;
use axum::routing::{get, post};

use crate::AppState;
use crate::operators::chrome;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(queue::page))
        .route("/staff/requests/{id}/{action}", post(queue::act))
        .layer(middleware::map_response(chrome::no_store))
}
