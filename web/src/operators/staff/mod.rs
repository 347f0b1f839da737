//! `/staff`: the shelter staff's queue of interpreter requests.

mod queue;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(queue::page))
        .route("/staff/requests/{id}/{action}", post(queue::act))
}
