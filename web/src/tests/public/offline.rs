//! Keeping a locale's pages on the phone: every public page offers it (never a kiosk's), the
//! page that saves states the pack's size before saving and says saving needs JavaScript, the
//! pack's list names every page a phone needs offline with the bytes it gets, and the security
//! policy gains `worker-src 'self'` on public pages and `connect-src 'self'` on the worker's
//! script only.

use axum::http::StatusCode;
use faro_core::audio::{Clip, EMERGENCY_PAGE, VoiceKind};
use serde_json::Value;

use crate::tests::*;

async fn manifest(site: &TestSite, locale: &str) -> Value {
    let reply = site.get(&format!("/{locale}/offline/pack.json")).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.header("cache-control"), "no-store");
    serde_json::from_str(&reply.body).unwrap()
}

fn urls(part: &Value) -> Vec<String> {
    part["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["url"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn public_pages_offer_to_keep_the_locale_and_may_register_the_worker() {
    let site = site().await;
    for uri in [
        "/fa/",
        "/fa/topics/asylum",
        "/fa/emergency",
        "/fa/directory",
        "/fa/consulates",
    ] {
        let page = site.get(uri).await;
        page.assert_contains("<aside class=\"keep\" data-offline-scope=\"/fa/\"");
        page.assert_contains("<a href=\"/fa/offline\">");
        page.assert_contains(&text(&site.app, Locale::Fa, "offline-keep-link"));
        page.assert_contains("/static/offline.");
        let csp = page.header("content-security-policy");
        assert!(csp.contains("worker-src 'self'"), "{uri}: {csp}");
        assert!(!csp.contains("connect-src"), "{uri}: {csp}");
    }
}

#[tokio::test]
async fn a_kiosk_and_the_language_picker_keep_nothing() {
    let site = site().await;
    for uri in [
        "/k/test-shelter/fa/",
        "/k/test-shelter/fa/topics/asylum",
        "/",
    ] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        page.assert_lacks("data-offline-scope");
        page.assert_lacks("/static/offline.");
        let csp = page.header("content-security-policy");
        assert!(!csp.contains("worker-src"), "{uri}: {csp}");
    }
    assert_eq!(
        site.get("/k/test-shelter/fa/offline").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_worker_script_may_fetch_from_this_server_only() {
    let site = site().await;
    let worker = site.get("/sw.js").await;
    assert_eq!(worker.status, StatusCode::OK);
    assert!(worker.header("content-type").starts_with("text/javascript"));
    assert_eq!(worker.header("cache-control"), "no-cache");
    let csp = worker.header("content-security-policy");
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert!(!csp.contains("worker-src"), "{csp}");
    worker.assert_contains("offline/pack.json");
    // The page's script is served like the others, fingerprinted.
    let home = site.get("/fa/").await;
    let script = home
        .body
        .split("src=\"")
        .filter_map(|part| part.split('"').next())
        .find(|src| src.starts_with("/static/offline."))
        .unwrap()
        .to_owned();
    let served = site.get(&script).await;
    assert_eq!(served.status, StatusCode::OK);
    served.assert_contains("serviceWorker.register(\"/sw.js\"");
}

#[tokio::test]
async fn the_pack_lists_every_page_with_the_bytes_a_phone_gets() {
    let site = site().await;
    let pack = manifest(&site, "fa").await;
    let text = urls(&pack["text"]);
    for wanted in [
        "/fa/",
        "/fa/topics/asylum",
        "/fa/topics/rights",
        "/fa/emergency",
        "/fa/consulates",
        "/fa/directory",
        "/fa/directory?country=MX",
        "/fa/offline",
    ] {
        assert!(
            text.contains(&wanted.to_owned()),
            "{wanted} not in {text:?}"
        );
    }
    assert!(
        text.iter()
            .any(|url| url.starts_with("/fa/consulates?for="))
    );
    assert!(text.iter().any(|url| url.starts_with("/static/kiosk.")));
    assert!(text.iter().any(|url| url.starts_with("/static/offline.")));
    assert!(text.iter().any(|url| url.starts_with("/static/icon-")));
    // Nothing of a kiosk, nothing of another locale.
    assert!(text.iter().all(|url| !url.starts_with("/k/")));
    assert!(
        text.iter()
            .all(|url| url.starts_with("/fa/") || url.starts_with("/static/"))
    );
    // What each page weighs is what the phone gets for it (the size page itself within the
    // few characters its own figures take).
    let mut sum = 0;
    for item in pack["text"]["items"].as_array().unwrap() {
        // Fetched from where the worker fetches it (a page: its copy without QR codes).
        let url = item.get("fetch").unwrap_or(&item["url"]).as_str().unwrap();
        let bytes = item["bytes"].as_u64().unwrap();
        sum += bytes;
        let reply = site.get(url).await;
        assert_eq!(reply.status, StatusCode::OK, "{url}");
        let got = reply.body.len() as u64;
        if url == "/fa/offline?kept=1" {
            assert!(got.abs_diff(bytes) < 16, "{url}: {got} vs {bytes}");
        } else {
            assert_eq!(got, bytes, "{url}");
        }
    }
    assert_eq!(pack["text"]["bytes"].as_u64().unwrap(), sum);
    // Downloaded gzipped: smaller than what is kept.
    assert!(pack["text"]["download"].as_u64().unwrap() < sum / 2);
    assert_eq!(pack["text"]["version"].as_str().unwrap().len(), 16);
    // No audio yet.
    assert_eq!(pack["audio"]["bytes"].as_u64().unwrap(), 0);
    assert!(urls(&pack["audio"]).is_empty());
    // The same pages, the same version.
    assert_eq!(
        manifest(&site, "fa").await["text"]["version"],
        pack["text"]["version"]
    );
}

#[tokio::test]
async fn the_pack_holds_the_audio_of_the_text_shown_and_its_version_follows_it() {
    let site = site().await;
    let fixture = repo_root().join("tests/fixtures/recording-ht.opus");
    let bytes = std::fs::metadata(&fixture).unwrap().len();
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("where-to-apply"),
        Clip {
            file: fixture.clone(),
            kind: VoiceKind::Synthetic,
            version: "0123456789abcdef".into(),
            bytes,
        },
    );
    let pack = manifest(&site, "fa").await;
    assert_eq!(
        urls(&pack["audio"]),
        vec!["/audio/asylum/fa.where-to-apply.0123456789abcdef.opus".to_owned()]
    );
    assert_eq!(pack["audio"]["bytes"].as_u64().unwrap(), bytes);
    let first = pack["audio"]["version"].clone();

    // Another locale's clip is not this locale's; "rights" has no Persian text, so the
    // Persian pack carries the English clip its page plays.
    let other = Clip {
        file: fixture,
        kind: VoiceKind::Synthetic,
        version: "fedcba9876543210".into(),
        bytes,
    };
    let other_site = site_with_clips(&[("rights", Locale::En, other)]).await;
    let rights = manifest(&other_site, "fa").await;
    assert_eq!(
        urls(&rights["audio"]),
        vec!["/audio/rights/en.intro.fedcba9876543210.opus".to_owned()]
    );
    assert_ne!(rights["audio"]["version"], first);
}

#[tokio::test]
async fn the_pack_holds_every_sections_clip_in_page_order_and_the_emergency_page() {
    let site = site().await;
    let fixture = repo_root().join("tests/fixtures/recording-ht.opus");
    let clip = |version: &str| Clip {
        file: fixture.clone(),
        kind: VoiceKind::Synthetic,
        version: version.into(),
        bytes: 10,
    };
    // Put on the shelf in the other order: the pack follows the page.
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("where-to-apply"),
        clip("2222222222222222"),
    );
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("intro"),
        clip("1111111111111111"),
    );
    site.app
        .audio
        .insert(EMERGENCY_PAGE, Locale::Fa, None, clip("3333333333333333"));
    let pack = manifest(&site, "fa").await;
    assert_eq!(
        urls(&pack["audio"]),
        [
            "/audio/asylum/fa.intro.1111111111111111.opus",
            "/audio/asylum/fa.where-to-apply.2222222222222222.opus",
            "/audio/_emergency/fa.3333333333333333.opus",
        ]
    );
    assert_eq!(pack["audio"]["bytes"].as_u64().unwrap(), 30);
}

#[tokio::test]
async fn kept_pages_are_fetched_without_their_qr_codes() {
    let site = site().await;
    let pack = manifest(&site, "fa").await;
    let items = pack["text"]["items"].as_array().unwrap();
    let topic = items
        .iter()
        .find(|item| item["url"] == "/fa/topics/asylum")
        .unwrap();
    assert_eq!(topic["fetch"], "/fa/topics/asylum?kept=1");
    let directory = items
        .iter()
        .find(|item| item["url"] == "/fa/directory?country=MX")
        .unwrap();
    assert_eq!(directory["fetch"], "/fa/directory?country=MX&kept=1");
    // The stylesheet is fetched as it is.
    assert!(
        items
            .iter()
            .any(|item| item["url"].as_str().unwrap().ends_with(".css")
                && item.get("fetch").is_none())
    );
    for uri in [
        "/fa/topics/asylum",
        "/fa/directory?country=MX",
        "/fa/emergency",
    ] {
        let shown = site.get(uri).await;
        shown.assert_contains("data-qr=");
        let join = if uri.contains('?') { '&' } else { '?' };
        let kept = site.get(&format!("{uri}{join}kept=1")).await;
        assert_eq!(kept.status, StatusCode::OK, "{uri}");
        kept.assert_lacks("data-qr=");
        kept.assert_lacks("<svg");
        // The rest of the page is the same.
        kept.assert_contains("data-offline-scope=\"/fa/\"");
        assert!(kept.body.len() < shown.body.len(), "{uri}");
    }
    // A kiosk's screen is never kept: its codes stay.
    site.get("/k/test-shelter/fa/topics/asylum?kept=1")
        .await
        .assert_contains("data-qr=");
}

async fn site_with_clips(clips: &[(&str, Locale, Clip)]) -> TestSite {
    let site = site().await;
    for (slug, locale, clip) in clips {
        site.app
            .audio
            .insert(slug, *locale, Some("intro"), clip.clone());
    }
    site
}

#[tokio::test]
async fn the_keep_page_states_the_size_before_saving_and_that_saving_needs_javascript() {
    let site = site().await;
    let pack = manifest(&site, "fa").await;
    let kb = pack["text"]["download"].as_u64().unwrap().div_ceil(1000);
    let page = site.get("/fa/offline").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
    page.assert_contains(&text(&site.app, Locale::Fa, "offline-title"));
    let size = escape(
        &site
            .app
            .translations
            .format(
                Locale::Fa,
                "offline-size-kb",
                &[("kb", faro_core::i18n::Arg::from(kb as f64))],
            )
            .text,
    );
    page.assert_contains(&size);
    page.assert_contains(&text(&site.app, Locale::Fa, "offline-needs-js"));
    page.assert_contains(&text(&site.app, Locale::Fa, "offline-no-audio"));
    // The button is the script's to show: without it, saving cannot work.
    page.assert_contains("<form class=\"keep\" hidden>");
    page.assert_lacks("name=\"audio\"");
    let csp = page.header("content-security-policy");
    assert!(csp.contains("worker-src 'self'"), "{csp}");
}

#[tokio::test]
async fn with_audio_ready_the_keep_page_offers_it_apart_with_its_size() {
    let fixture = repo_root().join("tests/fixtures/recording-ht.opus");
    let clip = Clip {
        file: fixture,
        kind: VoiceKind::Synthetic,
        version: "0123456789abcdef".into(),
        bytes: 2_345_678,
    };
    let site = site_with_clips(&[("asylum", Locale::Fa, clip)]).await;
    let page = site.get("/fa/offline").await;
    let mb = escape(
        &site
            .app
            .translations
            .format(
                Locale::Fa,
                "offline-size-mb",
                &[("mb", faro_core::i18n::Arg::from(2.4))],
            )
            .text,
    );
    page.assert_contains(&mb);
    page.assert_contains("name=\"audio\"");
    page.assert_contains(&text(&site.app, Locale::Fa, "offline-with-audio"));
    page.assert_lacks(&text(&site.app, Locale::Fa, "offline-no-audio"));
}

/// The shipped content pack, in every locale: the text a phone downloads to keep it stays
/// under 300 KB (what it keeps, decompressed, is printed beside it).
#[tokio::test]
async fn every_locale_text_pack_is_under_300_kb() {
    let site = site_shipped().await;
    let mut over = Vec::new();
    for locale in Locale::ALL {
        let pack = manifest(&site, locale.tag()).await;
        let bytes = pack["text"]["download"].as_u64().unwrap();
        let kept = pack["text"]["bytes"].as_u64().unwrap();
        let pages = urls(&pack["text"]).len();
        // What the same pages weigh with their QR codes, as they were kept before.
        let mut with_codes = 0;
        for item in pack["text"]["items"].as_array().unwrap() {
            with_codes += if item.get("fetch").is_some() {
                site.get(item["url"].as_str().unwrap()).await.body.len() as u64
            } else {
                item["bytes"].as_u64().unwrap()
            };
        }
        println!(
            "offline pack {locale}: {bytes} bytes of text to download, {kept} kept ({with_codes} with the QR codes), in {pages} files"
        );
        if bytes >= 300_000 {
            over.push((locale, bytes));
        }
        assert!(pages > 20, "{locale}: {pages}");
    }
    assert!(over.is_empty(), "{over:?}");
}
