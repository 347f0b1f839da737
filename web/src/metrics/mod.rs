//! `/metrics` in Prometheus' text format, on its own listener (`metrics_listen`), never on
//! the site's port: a reverse proxy that publishes the site cannot publish this by accident,
//! and the site answers `/metrics` with 404. With `metrics_token` set a scrape must carry it
//! as a bearer token; `faro serve` refuses an address other than loopback without one
//! (`Config::metrics_address`). The figures themselves come from
//! [`faro_core::metrics::Metrics::scrape`]; the site's requests are counted by [`Measured`].

mod measured;

use std::future::Future;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use faro_core::App;
use subtle::ConstantTimeEq;
use tokio::net::TcpListener;

pub use measured::{Measured, MeasuredFuture, group};

/// The metrics listener's routes: `/metrics`, nothing else.
pub fn router(app: App) -> Router {
    Router::new().route("/metrics", get(scrape)).with_state(app)
}

/// Serves [`router`] on `listener` until `shutdown` resolves, with the site's own limits on
/// slow or idle clients and a handful of connections (a scraper or two).
pub async fn serve(
    listener: TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = crate::Limits {
        max_connections: 16,
        ..crate::Limits::default()
    };
    crate::serve_with(listener, router(app), limits, shutdown).await
}

async fn scrape(State(app): State<App>, headers: HeaderMap) -> Response {
    if let Some(token) = &app.config.metrics_token
        && !bearer_matches(&headers, token.expose())
    {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))],
        )
            .into_response();
    }
    match app.metrics.scrape(&app.store).await {
        Ok(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static(faro_core::metrics::CONTENT_TYPE),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
            text,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "metrics: scrape failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Whether `Authorization` is `Bearer <token>`, compared in constant time.
fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let Some((scheme, given)) = value.trim().split_once(' ') else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer")
        && bool::from(given.trim().as_bytes().ct_eq(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn only_the_exact_bearer_token_passes() {
        let token = "a-long-enough-scrape-token";
        assert!(bearer_matches(
            &with("Bearer a-long-enough-scrape-token"),
            token
        ));
        assert!(bearer_matches(
            &with("bearer a-long-enough-scrape-token"),
            token
        ));
        assert!(!bearer_matches(
            &with("Bearer a-long-enough-scrape-toke"),
            token
        ));
        assert!(!bearer_matches(
            &with("Bearer a-long-enough-scrape-token2"),
            token
        ));
        assert!(!bearer_matches(
            &with("Basic a-long-enough-scrape-token"),
            token
        ));
        assert!(!bearer_matches(&with("a-long-enough-scrape-token"), token));
        assert!(!bearer_matches(&HeaderMap::new(), token));
    }
}
