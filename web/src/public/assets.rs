//! The stylesheet and the idle-reset script, compiled into the binary and served under
//! fingerprinted names, so a browser keeps them for a year and still sees every change.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::AppState;
use crate::public::cache::Shared;

const STYLESHEET: &str = include_str!("../../static/kiosk.css");
const IDLE_SCRIPT: &str = include_str!("../../static/idle_reset.js");

struct Asset {
    path: String,
    body: &'static str,
    content_type: &'static str,
}

fn fingerprinted(stem: &str, ext: &str, body: &'static str, content_type: &'static str) -> Asset {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    Asset {
        path: format!("/static/{stem}.{:016x}.{ext}", hasher.finish()),
        body,
        content_type,
    }
}

static ASSETS: LazyLock<[Asset; 2]> = LazyLock::new(|| {
    [
        fingerprinted("kiosk", "css", STYLESHEET, "text/css; charset=utf-8"),
        fingerprinted("idle", "js", IDLE_SCRIPT, "text/javascript; charset=utf-8"),
    ]
});

pub fn stylesheet_path() -> &'static str {
    &ASSETS[0].path
}

pub fn idle_script_path() -> &'static str {
    &ASSETS[1].path
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
