//! `/sw.js`: the service worker that keeps a locale's pages. Served at the root so that one
//! script serves every locale, each registered with its own scope (`/fa/`), and never under a
//! fingerprinted name: a worker is looked up by its address, and the browser compares the
//! bytes on each check (`no-cache`) to take a new version. Its policy lets it fetch from this
//! server (`connect-src 'self'`), and nothing else.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::headers::ConnectsToSelf;

const WORKER_SCRIPT: &str = include_str!("../../../static/sw.js");

pub async fn script() -> Response {
    let mut response = (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        WORKER_SCRIPT,
    )
        .into_response();
    response.extensions_mut().insert(ConnectsToSelf);
    response
}
