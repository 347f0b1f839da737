//! Security headers on every response: nothing loads from elsewhere, no inline script runs,
//! no other site may frame a page, and no address leaks to the sites content links to. Only
//! Faro's own pages may ask for the position (the directory's "use my location", on a tap).
//! Audio (a topic read aloud) plays from this server only (`media-src 'self'`).

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

/// Marks a page whose script asks this server for updates (the staff queue): its policy
/// adds `connect-src 'self'` and nothing else. Every other page keeps `default-src 'none'`
/// for connections.
#[derive(Clone, Copy, Debug)]
pub struct ConnectsToSelf;

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let policy = if response.extensions().get::<ConnectsToSelf>().is_some() {
        CONTENT_SECURITY_POLICY_CONNECT_SELF
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
