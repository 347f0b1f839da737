//! Keeping a locale's pages on the phone, for stretches of the route without data. A public
//! page (never a kiosk's shared screen) offers it under its content (`frame.rs`'s `KeepBox`);
//! `/{locale}/offline` states what the pack holds and its size, text and audio apart, before
//! anything is saved (`keep.rs`). Saving needs JavaScript: on a tap, `static/offline.js`
//! registers this server's service worker (`/sw.js`, `worker.rs`) for the locale's pages
//! (`/fa/`), which downloads what `/{locale}/offline/pack.json` lists (`pack.rs`) — every
//! topic, the emergency numbers, the consulates, the directory by country, the audio only if
//! asked — and answers those addresses from the phone from then on, in airplane mode too.
//!
//! Nothing about the person is stored or sent: the worker keeps the pages, the day they were
//! saved and whether the audio was chosen; it asks this server only for the pack's list, to
//! say when a newer version is online. One tap clears it all and unregisters the worker.

mod keep;
mod pack;
mod worker;

pub use pack::Packs;

use axum::Router;
use axum::extract::State;
use axum::routing::get;

use crate::AppState;
use crate::public::error::PageError;
use crate::public::frame::Rendered;
use crate::public::scope::Scope;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sw.js", get(worker::script))
        .route("/{locale}/offline", get(keep_page))
        .route("/{locale}/offline/pack.json", get(pack::manifest))
}

/// `/{locale}/offline`, with the sizes of the pack as it is now.
async fn keep_page(State(state): State<AppState>, scope: Scope) -> Result<Rendered, PageError> {
    let pack = pack::pack(&state, scope.locale).await;
    keep::render(&state.app, scope, pack.text.download, pack.audio.download)
}
