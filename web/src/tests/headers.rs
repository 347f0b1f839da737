//! Security, caching and compression headers.

use axum::body::Body;
use axum::http::{Request, StatusCode};

use super::*;

#[tokio::test]
async fn every_response_has_the_security_headers_and_no_cookie() {
    let site = site().await;
    for uri in [
        "/",
        "/fa/",
        "/fa/topics/asylum",
        "/fa/directory",
        "/fa/consulates?for=HT",
        "/fa/emergency",
        "/de/",
        "/fa/directory?kind=x",
        "/healthz",
        "/k/test-shelter/fa/",
    ] {
        let page = site.get(uri).await;
        let csp = page.header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{uri}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{uri}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(page.header("x-content-type-options"), "nosniff", "{uri}");
        assert_eq!(page.header("referrer-policy"), "no-referrer", "{uri}");
        assert!(page.headers.get("set-cookie").is_none(), "{uri}");
    }
}

#[tokio::test]
async fn pages_carry_an_etag_and_revalidate_with_304() {
    let site = site().await;
    let first = site.get("/fa/topics/asylum").await;
    let etag = first.header("etag").to_owned();
    assert!(etag.starts_with("W/\""), "{etag}");
    // Revalidated on every load, so a stopped campaign's banner is never shown from a
    // browser's own copy (the server drops its copy within seconds: banner_watch.rs).
    assert_eq!(first.header("cache-control"), "public, no-cache");
    // The same page again comes from the cache, byte for byte.
    let again = site.get("/fa/topics/asylum").await;
    assert_eq!(again.header("etag"), etag);
    assert_eq!(again.body, first.body);

    let request = Request::get("/fa/topics/asylum")
        .header("if-none-match", &etag)
        .body(Body::empty())
        .unwrap();
    let revalidated = site.request(request).await;
    assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED);
    assert!(revalidated.body.is_empty());

    let request = Request::get("/fa/topics/asylum")
        .header("if-none-match", "W/\"stale\"")
        .body(Body::empty())
        .unwrap();
    assert_eq!(site.request(request).await.status, StatusCode::OK);

    let other = site.get("/zh-Hans/topics/asylum").await;
    assert_ne!(other.header("etag"), etag);
}

#[tokio::test]
async fn pages_and_assets_are_compressed_for_clients_that_accept_it() {
    let site = site().await;
    let plain = site.get("/fa/topics/asylum").await;
    let css = plain.body.find("/static/kiosk.").unwrap();
    let css = &plain.body[css..css + plain.body[css..].find('"').unwrap()];
    for (uri, encoding) in [
        ("/fa/topics/asylum", "gzip"),
        ("/fa/topics/asylum", "gzip"),
        ("/fa/directory", "br, gzip"),
        ("/fa/nowhere", "gzip"),
        (css, "gzip"),
        (css, "gzip"),
    ] {
        let request = Request::get(uri)
            .header("accept-encoding", encoding)
            .body(Body::empty())
            .unwrap();
        let response = site.router.clone().oneshot(request).await.unwrap();
        assert_eq!(
            response.status().is_success(),
            uri != "/fa/nowhere",
            "{uri}"
        );
        assert_eq!(response.headers()["content-encoding"], "gzip", "{uri}");
        assert!(
            response.headers()["vary"]
                .to_str()
                .unwrap()
                .contains("accept-encoding"),
            "{uri}"
        );
        // Compression keeps the security headers.
        assert!(response.headers().contains_key("content-security-policy"));
    }
    // The stylesheet keeps its long life through the cache.
    let sheet = site.get(css).await;
    assert!(sheet.header("cache-control").contains("immutable"));
    assert!(sheet.headers.get("content-encoding").is_none());
    // A client without gzip gets the page as it is, from the same cache entry.
    let again = site.get("/fa/topics/asylum").await;
    assert!(again.headers.get("content-encoding").is_none());
    assert_eq!(again.body, plain.body);
}

#[tokio::test]
async fn health_and_errors_are_never_served_from_the_cache() {
    let site = site().await;
    for _ in 0..2 {
        let health = site.get("/healthz").await;
        assert!(health.headers.get("etag").is_none());
        let error = site.get("/fa/directory?kind=palace").await;
        assert_eq!(error.status, StatusCode::BAD_REQUEST);
        assert!(error.headers.get("etag").is_none());
    }
}

#[tokio::test]
async fn a_head_request_does_not_leave_an_empty_page_in_the_cache() {
    let site = site().await;
    let request = Request::head("/fa/emergency").body(Body::empty()).unwrap();
    let head = site.request(request).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    let page = site.get("/fa/emergency").await;
    page.assert_contains("</html>");
}

#[tokio::test]
async fn only_pages_marked_shared_are_kept() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::response::Html;
    use axum::routing::get;

    // A page that depends on who asks (as a staff page will) must run every time.
    let runs = Arc::new(AtomicUsize::new(0));
    let counter = runs.clone();
    let router = axum::Router::new().route(
        "/staff",
        get(move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move { Html(format!("<p>{n}</p>")) }
        }),
    );
    let router = crate::Cached::new(router);
    for _ in 0..2 {
        let request = Request::get("/staff").body(Body::empty()).unwrap();
        let response = router.clone().oneshot(request).await.unwrap();
        assert!(response.headers().get("etag").is_none());
    }
    assert_eq!(runs.load(Ordering::SeqCst), 2);
}
