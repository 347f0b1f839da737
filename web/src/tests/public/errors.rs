//! Every error: translated, with the right status, never a panic.

use axum::http::StatusCode;
use faro_core::Locale;

use crate::tests::*;

#[tokio::test]
async fn unknown_locale_is_a_404_in_every_language() {
    let site = site().await;
    for uri in [
        "/de/",
        "/de",
        "/xx/topics/asylum",
        "/zh/directory",
        "/nothing/at/all",
        "/EN/",
    ] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        for locale in Locale::ALL {
            page.assert_contains(&format!(">{}</span>", locale.native_name()));
            page.assert_contains(&text(&site.app, locale, "error-language-not-found"));
        }
        assert_eq!(page.header("cache-control"), "no-store");
    }
}

#[tokio::test]
async fn unknown_topic_is_a_404_in_that_locale_listing_the_topics() {
    let site = site().await;
    for slug in ["nothing", "Asylum", "..%2F..%2Fetc", "a_b"] {
        let page = site.get(&format!("/fa/topics/{slug}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{slug}");
        page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
        page.assert_contains(&text(&site.app, Locale::Fa, "error-topic-not-found"));
        page.assert_contains("href=\"/fa/topics/asylum\"");
    }
}

#[tokio::test]
async fn unknown_page_in_a_known_locale_is_a_404_in_that_locale() {
    let site = site().await;
    let page = site.get("/bn/nowhere/else").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    page.assert_contains("<html lang=\"bn\" dir=\"ltr\"");
    page.assert_contains(&text(&site.app, Locale::Bn, "error-not-found"));
}

#[tokio::test]
async fn malformed_queries_are_a_400_in_the_locale() {
    let site = site().await;
    for (uri, key) in [
        ("/fa/directory?country=XX", "error-bad-request"),
        ("/fa/directory?kind=palace", "error-bad-request"),
        ("/fa/directory?service=spa", "error-bad-request"),
        ("/fa/directory?colour=red", "error-bad-request"),
        ("/fa/directory?city=%00", "error-bad-request"),
        (
            "/fa/directory?kind=shelter&kind=health",
            "error-bad-request",
        ),
        ("/fa/directory?near=north", "error-bad-location"),
        ("/fa/directory?near=95,10", "error-bad-location"),
        ("/fa/directory?near=1,2,3", "error-bad-location"),
        ("/fa/consulates?for=Haiti", "error-bad-request"),
        ("/fa/consulates?for=XX", "error-bad-request"),
        ("/fa/consulates?country=HT", "error-bad-request"),
    ] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{uri}");
        page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
        page.assert_contains(&text(&site.app, Locale::Fa, key));
        page.assert_contains(&text(&site.app, Locale::Fa, "error-bad-request-title"));
    }
}

#[tokio::test]
async fn hostile_addresses_do_not_panic() {
    let site = site().await;
    for uri in [
        "/%FF/",
        "/fa/topics/%FF%FE",
        "/k/%FF/fa/",
        "/k//fa/",
        "/fa/directory?%zz",
        "/fa/directory?near=%FF",
        "//example.org/",
        "/fa/topics/",
        "/k/test-shelter/fa/topics/%C0",
    ] {
        let page = site.get(uri).await;
        assert!(
            page.status.is_client_error() || page.status.is_redirection(),
            "{uri}: {}",
            page.status
        );
        if page.status.is_redirection() {
            assert!(page.header("location").starts_with('/'), "{uri}");
            assert!(!page.header("location").starts_with("//"), "{uri}");
        }
    }
}

#[tokio::test]
async fn health_check_answers_for_load_balancers() {
    let site = site().await;
    let page = site.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, "ok\n");
}
