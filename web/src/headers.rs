//! Security headers on every response: nothing loads from elsewhere, no inline script runs,
//! no other site may frame a page, and no address leaks to the sites content links to. Only
//! Faro's own pages may ask for the position (the directory's "use my location", on a tap).
//! Audio (a topic read aloud) plays from this server only (`media-src 'self'`). A public page
//! that offers to keep its locale on the phone may register this server's service worker
//! (`worker-src 'self'`), and that worker alone may fetch from this server (`connect-src
//! 'self'` on `/sw.js`, the policy a worker runs under).

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// Inline SVG needs no `img-src`; the stylesheet and the idle script come from this server.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
     img-src 'self' data:; media-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

/// The same, and the page's own script may ask this server (`fetch`): the staff queue's.
const CONTENT_SECURITY_POLICY_CONNECT_SELF: &str = "default-src 'none'; style-src 'self'; \
     script-src 'self'; connect-src 'self'; img-src 'self' data:; media-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The base policy, and the page may register this server's service worker (`/sw.js`): a
/// public page that offers to keep its locale on the phone. Its script never fetches itself;
/// the worker does.
const CONTENT_SECURITY_POLICY_WORKER: &str = "default-src 'none'; style-src 'self'; \
     script-src 'self'; worker-src 'self'; img-src 'self' data:; media-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Marks a public page that may register the service worker: its policy adds
/// `worker-src 'self'` and nothing else.
#[derive(Clone, Copy, Debug)]
pub struct RegistersWorker;

/// Marks a page whose script asks this server for updates (the staff queue), or the service
/// worker's script (`/sw.js`, whose fetches run under its own policy): its policy
/// adds `connect-src 'self'` and nothing else. Every other page keeps `default-src 'none'`
/// for connections.
#[derive(Clone, Copy, Debug)]
pub struct ConnectsToSelf;

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let extensions = response.extensions();
    let policy = if extensions.get::<ConnectsToSelf>().is_some() {
        CONTENT_SECURITY_POLICY_CONNECT_SELF
    } else if extensions.get::<RegistersWorker>().is_some() {
        CONTENT_SECURITY_POLICY_WORKER
    } else {
        CONTENT_SECURITY_POLICY
    };
    let headers = response.headers_mut();
    let set = [
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(policy),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "camera=(), microphone=(), geolocation=(self), interest-cohort=()",
            ),
        ),
    ];
    for (name, value) in set {
        headers.insert(name, value);
    }
    response
}
