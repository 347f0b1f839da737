//! What the site counts for `/metrics` — each request by route group and status, the page
//! cache's hits and misses — and the metrics listener: Prometheus' text format, the bearer
//! token, nothing of a request's address in the scrape, and no `/metrics` on the site itself.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::post;
use faro_core::App;
use faro_core::secret::Secret;
use tower::ServiceExt;

use super::*;
use crate::public::assets;

/// The value of the sample written exactly as `series`, if the scrape has it.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|line| {
        let value = line.strip_prefix(series)?.strip_prefix(' ')?;
        value.trim().parse().ok()
    })
}

fn requests(text: &str, group: &str, code: u16) -> f64 {
    sample(
        text,
        &format!("faro_http_requests_total{{group=\"{group}\",code=\"{code}\"}}"),
    )
    .unwrap_or(0.0)
}

/// What the metrics listener answers to GET /metrics, with `authorization` if given.
async fn scrape(app: &App, authorization: Option<&str>) -> (StatusCode, String, String) {
    let mut request = Request::get("/metrics");
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    let response = crate::metrics::router(app.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        content_type,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

#[tokio::test]
async fn each_request_is_counted_under_its_route_group_and_status() {
    let site = site().await;
    // A webhook route, as the bot would merge it.
    let router = crate::router(
        site.app.clone(),
        Router::new().route("/telegram/hook", post(|| async { "ok" })),
    );
    let send = |request: Request<Body>| {
        let router = router.clone();
        async move { router.oneshot(request).await.unwrap().status() }
    };
    let get = |uri: &str| Request::get(uri).body(Body::empty()).unwrap();

    assert_eq!(send(get("/en/")).await, StatusCode::OK);
    assert_eq!(send(get("/en/")).await, StatusCode::OK);
    assert_eq!(send(get(assets::stylesheet_path())).await, StatusCode::OK);
    assert_eq!(send(get("/healthz")).await, StatusCode::OK);
    assert_eq!(
        send(get("/k/test-shelter/en/interpreter")).await,
        StatusCode::OK
    );
    assert_eq!(send(get("/sign-in")).await, StatusCode::OK);
    assert_eq!(send(get("/api/v1/openapi.json")).await, StatusCode::OK);
    assert_eq!(
        send(get("/api/v1/campaigns/some-campaign")).await,
        StatusCode::UNAUTHORIZED
    );
    // A public error page replaces the response and keeps its group.
    assert_eq!(send(get("/xx/")).await, StatusCode::NOT_FOUND);
    assert_eq!(send(get("/no/such/page")).await, StatusCode::NOT_FOUND);
    // The site has no /metrics: it is on its own listener. (Here the address reads as a
    // page in an unknown language: a public page's 404.)
    assert_eq!(send(get("/metrics")).await, StatusCode::NOT_FOUND);
    let hook = Request::post("/telegram/hook").body(Body::empty()).unwrap();
    assert_eq!(send(hook).await, StatusCode::OK);

    let text = site.app.metrics.encode().unwrap();
    assert_eq!(requests(&text, "public_pages", 200), 2.0, "{text}");
    assert_eq!(requests(&text, "assets", 200), 1.0, "{text}");
    assert_eq!(requests(&text, "health", 200), 1.0, "{text}");
    assert_eq!(requests(&text, "intake", 200), 1.0, "{text}");
    assert_eq!(requests(&text, "operator_pages", 200), 1.0, "{text}");
    assert_eq!(requests(&text, "api", 200), 1.0, "{text}");
    assert_eq!(requests(&text, "api", 401), 1.0, "{text}");
    assert_eq!(requests(&text, "public_pages", 404), 2.0, "{text}");
    assert_eq!(requests(&text, "other", 404), 1.0, "{text}");
    assert_eq!(requests(&text, "webhook", 200), 1.0, "{text}");
    // Every request has its time in the histogram of its group and class.
    assert_eq!(
        sample(
            &text,
            "faro_http_request_duration_seconds_count{group=\"public_pages\",class=\"2xx\"}"
        ),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            "faro_http_request_duration_seconds_count{group=\"other\",class=\"4xx\"}"
        ),
        Some(1.0),
        "{text}"
    );
    // The home page rendered and kept, then answered from the cache; the stylesheet too
    // (kept the first time it was asked for).
    assert_eq!(
        sample(&text, "faro_page_cache_requests_total{result=\"miss\"}"),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        sample(&text, "faro_page_cache_requests_total{result=\"hit\"}"),
        Some(1.0),
        "{text}"
    );
}

#[tokio::test]
async fn a_kiosk_request_leaves_nothing_of_its_address_in_the_scrape() {
    let site = site().await;
    let distinctive = "/k/test-shelter/fa/directory?near=zanzibar-quokka-7731";
    let reply = site.get(distinctive).await;
    site.get("/k/not-a-shelter-quokka/en/").await;
    let (status, _, text) = scrape(&site.app, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        requests(&text, "public_pages", reply.status.as_u16()) >= 1.0,
        "the request was not counted:\n{text}"
    );
    for fragment in [
        "test-shelter",
        "zanzibar",
        "quokka",
        "directory",
        "/fa",
        "/k/",
    ] {
        assert!(
            !text.contains(fragment),
            "{fragment:?} in the scrape:\n{text}"
        );
    }
}

#[tokio::test]
async fn the_listener_serves_prometheus_text_and_asks_for_the_token_when_one_is_set() {
    let mut site = site().await;
    let (status, content_type, text) = scrape(&site.app, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "text/plain; version=0.0.4; charset=utf-8");
    assert!(
        text.contains("# TYPE faro_updates_total counter\n"),
        "{text}"
    );

    let mut config = (*site.app.config).clone();
    config.metrics_token = Some(Secret::new("a-long-enough-scrape-token"));
    site.app.config = Arc::new(config);
    for refused in [
        None,
        Some("Bearer wrong-token-of-some-length"),
        Some("Basic a-long-enough-scrape-token"),
    ] {
        let (status, _, text) = scrape(&site.app, refused).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{refused:?}");
        assert!(!text.contains("faro_"), "{refused:?}: {text}");
    }
    let (status, _, text) = scrape(&site.app, Some("Bearer a-long-enough-scrape-token")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        text.contains("# TYPE faro_updates_total counter\n"),
        "{text}"
    );

    // Nothing else is served there.
    let other = crate::metrics::router(site.app.clone())
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}
