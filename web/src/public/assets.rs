//! The stylesheet, the kiosk's scripts and the topic icons, compiled into the binary and served
//! under fingerprinted names, so a browser keeps them for a year and still sees every change.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use faro_core::content::icons;

use crate::AppState;
use crate::public::cache::Shared;

const STYLESHEET: &str = include_str!("../../static/kiosk.css");
const IDLE_SCRIPT: &str = include_str!("../../static/idle_reset.js");
const LOCATE_SCRIPT: &str = include_str!("../../static/locate.js");
const STAFF_QUEUE_SCRIPT: &str = include_str!("../../static/staff_queue.js");
const OFFLINE_SCRIPT: &str = include_str!("../../static/offline.js");

struct Asset {
    /// What pages ask for: `kiosk`, `idle`, `icon-shield`.
    stem: String,
    path: String,
    body: &'static str,
    content_type: &'static str,
}

fn fingerprinted(stem: String, ext: &str, body: &'static str, content_type: &'static str) -> Asset {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    Asset {
        path: format!("/static/{stem}.{:016x}.{ext}", hasher.finish()),
        stem,
        body,
        content_type,
    }
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    let mut assets = vec![
        fingerprinted("kiosk".into(), "css", STYLESHEET, "text/css; charset=utf-8"),
        fingerprinted(
            "idle".into(),
            "js",
            IDLE_SCRIPT,
            "text/javascript; charset=utf-8",
        ),
        fingerprinted(
            "locate".into(),
            "js",
            LOCATE_SCRIPT,
            "text/javascript; charset=utf-8",
        ),
        fingerprinted(
            "staff-queue".into(),
            "js",
            STAFF_QUEUE_SCRIPT,
            "text/javascript; charset=utf-8",
        ),
        fingerprinted(
            "offline".into(),
            "js",
            OFFLINE_SCRIPT,
            "text/javascript; charset=utf-8",
        ),
    ];
    assets.extend(
        icons::ALL
            .iter()
            .map(|(name, svg)| fingerprinted(format!("icon-{name}"), "svg", svg, "image/svg+xml")),
    );
    assets
});

pub fn stylesheet_path() -> &'static str {
    &ASSETS[0].path
}

pub fn idle_script_path() -> &'static str {
    &ASSETS[1].path
}

/// The directory's "use my location" button.
pub fn locate_script_path() -> &'static str {
    &ASSETS[2].path
}

/// The staff queue's script: it keeps the queue current and gives the notices.
pub fn staff_queue_script_path() -> &'static str {
    &ASSETS[3].path
}

/// The public pages' offer to keep their locale on the phone (`offline/`).
pub fn offline_script_path() -> &'static str {
    &ASSETS[4].path
}

/// The asset at `path` (an address these functions gave), for the offline pack's size.
pub fn body_of(path: &str) -> Option<&'static str> {
    ASSETS
        .iter()
        .find(|asset| asset.path == path)
        .map(|asset| asset.body)
}

/// The address of a topic icon; `None` for a name that is not one (the content check refuses
/// such a pack, so pages simply leave it out).
pub fn icon_path(name: &str) -> Option<&'static str> {
    ASSETS
        .iter()
        .find(|asset| asset.stem.strip_prefix("icon-") == Some(name))
        .map(|asset| asset.path.as_str())
}

pub fn router() -> Router<AppState> {
    Router::new().route("/static/{name}", get(asset))
}

async fn asset(Path(name): Path<String>) -> Response {
    let Some(asset) = ASSETS
        .iter()
        .find(|asset| asset.path.strip_prefix("/static/") == Some(name.as_str()))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(asset.content_type),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        asset.body,
    )
        .into_response();
    response.extensions_mut().insert(Shared);
    response
}
