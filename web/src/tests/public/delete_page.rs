//! "Delete my data" on its own page: on a phone (`/fa/delete`) and at a kiosk
//! (`/k/test-shelter/fa/delete`), on SQLite and PostgreSQL.

use axum::http::StatusCode;
use faro_core::Locale;
use faro_core::intake::LinkSecret;
use faro_core::store::testing;

use super::intake::{
    KIOSK, complete, count, counted, follow, post_raw, post_with, reference_on, secret_on, sites,
    subject_of, throttled_site,
};
use crate::tests::*;

/// The same pages off a kiosk, as a phone opens them.
const PHONE: &str = "/fa";

fn form(secret: &str) -> Vec<(String, String)> {
    vec![("secret".to_owned(), secret.to_owned())]
}

#[tokio::test]
async fn the_delete_page_is_at_every_kiosk_and_on_every_phone_and_every_page_links_it() {
    let site = site().await;
    for base in [PHONE, KIOSK] {
        let page = site.get(&format!("{base}/delete")).await;
        assert_eq!(page.status, StatusCode::OK, "{base}: {}", page.body);
        assert_eq!(page.header("cache-control"), "no-store", "{base}");
        assert!(page.headers.get("set-cookie").is_none());
        page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-delete-intro"));
        page.assert_contains(&format!(
            "<form class=\"intake-delete\" method=\"post\" action=\"{base}/delete\""
        ));
        page.assert_contains("<label for=\"delete-secret\">");
        page.assert_contains("id=\"delete-secret\" name=\"secret\"");
        page.assert_contains(&format!("class=\"button secondary\" href=\"{base}/\""));
        // Every page's footer leads there, so it is found after the reference is gone.
        for path in ["/", "/directory"] {
            let other = site.get(&format!("{base}{path}")).await;
            other.assert_contains(&format!("href=\"{base}/delete\""));
        }
    }
}

#[tokio::test]
async fn a_reference_alone_or_an_unknown_code_deletes_nothing_and_gets_the_same_answer() {
    for (name, site, db) in sites().await {
        let (page, _) = complete(&site, "ET", &["am", "ti"], "test-shelter", Some("yes")).await;
        let reference = reference_on(&page);
        let secret = secret_on(&page);
        let subject = subject_of(&site).await;
        for base in [PHONE, KIOSK] {
            let done = format!("{base}/delete/done");
            // The reference read over a shoulder, in any case, or in a made-up link.
            let guesses = [
                reference.as_str().to_owned(),
                reference.as_str().to_lowercase(),
                format!(
                    "https://t.me/faro_test_bot?start=fa_r-{}",
                    reference.as_str()
                ),
                LinkSecret::random().as_str().to_owned(),
                format!(
                    "https://t.me/faro_test_bot?start=fa_k-{}",
                    LinkSecret::random().as_str()
                ),
                String::new(),
            ];
            for guess in guesses {
                let reply = post_raw(&site, &format!("{base}/delete"), &form(&guess)).await;
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}: {guess}");
                assert_eq!(reply.header("location"), done, "{name}: {guess}");
                assert_eq!(reply.body, "", "{name}: {guess}");
            }
            assert_eq!(count(&site, "declarations").await, 1, "{name}");
            assert!(
                site.app
                    .store
                    .requests()
                    .by_reference(&reference)
                    .await
                    .is_ok()
            );
        }

        // The QR code's whole link, pasted on a phone: the same answer, and all of it gone.
        let link = format!("https://t.me/faro_test_bot?start=fa_k-{secret}");
        let reply = post_raw(&site, &format!("{PHONE}/delete"), &form(&link)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(reply.header("location"), format!("{PHONE}/delete/done"));
        assert_eq!(reply.body, "", "{name}");
        let shown = follow(&site, reply).await;
        assert_eq!(shown.status, StatusCode::OK, "{name}: {}", shown.body);
        assert_eq!(shown.header("cache-control"), "no-store");
        shown.assert_contains(&text(&site.app, Locale::Fa, "intake-delete-done"));
        for table in [
            "declarations",
            "declaration_languages",
            "interpreter_requests",
        ] {
            assert_eq!(count(&site, table).await, 0, "{name}: {table}");
        }
        let forms: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_forms WHERE kind <> 'spent'")
                .fetch_one(site.app.store.pool())
                .await
                .unwrap();
        assert_eq!(forms, 0, "{name}");
        for mark in [subject.as_str(), reference.as_str()] {
            let left = testing::tables_mentioning(&db.store, i64::MIN, mark).await;
            assert!(left.is_empty(), "{name}: {mark} still in {left:?}");
        }
        // Taken out of the figures of the quarter under way, too.
        assert_eq!(counted(&site, "origin", "ET").await, 0, "{name}");
        assert_eq!(counted(&site, "language", "am").await, 0, "{name}");
    }
}

#[tokio::test]
async fn delete_attempts_are_limited_per_address_and_per_kiosk() {
    let site = throttled_site().await;
    let (page, _) = complete(&site, "HT", &["ht"], "test-shelter", Some("no")).await;
    let secret = secret_on(&page);
    let attempt = |base: &'static str, address: &'static str, code: String| {
        let site = &site;
        async move {
            post_with(
                site,
                &format!("{base}/delete"),
                &form(&code),
                &[
                    ("sec-fetch-site", "same-origin"),
                    ("x-forwarded-for", address),
                ],
            )
            .await
        }
    };
    let guess = || LinkSecret::random().as_str().to_owned();
    assert_eq!(
        attempt(KIOSK, "192.0.2.1", guess()).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        attempt(KIOSK, "192.0.2.1", guess()).await.status,
        StatusCode::SEE_OTHER
    );
    let refused = attempt(KIOSK, "192.0.2.1", guess()).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.header("cache-control"), "no-store");
    refused.assert_contains(&text(&site.app, Locale::Fa, "intake-busy"));
    // Another address at the same kiosk, until the kiosk's own budget is spent.
    assert_eq!(
        attempt(KIOSK, "192.0.2.2", guess()).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        attempt(KIOSK, "192.0.2.3", guess()).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // While refused, even the right secret deletes nothing.
    let right = attempt(KIOSK, "192.0.2.3", secret.clone()).await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(count(&site, "declarations").await, 1);
    // A phone has the address's own budget, apart from the kiosk's.
    assert_eq!(
        attempt(PHONE, "192.0.2.1", guess()).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        attempt(PHONE, "192.0.2.1", guess()).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        attempt(PHONE, "192.0.2.1", secret.clone()).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(count(&site, "declarations").await, 1);
    assert_eq!(
        attempt(PHONE, "192.0.2.9", secret).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(count(&site, "declarations").await, 0);
}
