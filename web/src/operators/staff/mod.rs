//! `/staff`: the shelter staff's queue of interpreter requests (`queue.rs`), the page that
//! asks before a cancel (`cancel.rs`), what the queue's script polls (`live.rs`), and the
//! one-time code that links staff's Telegram (`telegram.rs`).

mod cancel;
mod live;
mod queue;
mod telegram;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(queue::page))
        .route(live::PATH, get(live::version))
        .route(telegram::PATH, post(telegram::new_code))
        // The static segment wins over `{action}` for every method: both live here.
        .route(
            "/staff/requests/{id}/cancel",
            get(cancel::page).post(queue::act_cancel),
        )
        .route("/staff/requests/{id}/{action}", post(queue::act))
}
