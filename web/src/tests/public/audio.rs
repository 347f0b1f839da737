//! A topic read aloud on the web: the "Listen" control (the browser's own player, no
//! autoplay, nothing loaded before a tap), labelled "computer voice" when synthetic, and the
//! clip served with its type, byte ranges and a year's caching; the CSP lets media come from
//! this server only.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::audio::{Clip, VoiceKind};
use tower::ServiceExt;

use crate::tests::*;

fn fixture() -> std::path::PathBuf {
    repo_root().join("tests/fixtures/recording-ht.opus")
}

fn clip(kind: VoiceKind) -> Clip {
    Clip {
        file: fixture(),
        kind,
        version: "0123456789abcdef".into(),
        bytes: std::fs::metadata(fixture()).unwrap().len(),
    }
}

/// Status, headers and the body as bytes (audio is not text).
async fn fetch(
    site: &TestSite,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = site.router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, headers, bytes.to_vec())
}

#[tokio::test]
async fn a_topic_without_audio_has_no_listen_control() {
    let site = site().await;
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_lacks("<audio");
    page.assert_lacks(&text(&site.app, Locale::Fa, "audio-listen"));
}

#[tokio::test]
async fn synthetic_audio_gets_a_large_player_labelled_computer_voice_in_every_mode() {
    let site = site().await;
    site.app
        .audio
        .insert("asylum", Locale::Fa, clip(VoiceKind::Synthetic));
    for uri in ["/fa/topics/asylum", "/k/test-shelter/fa/topics/asylum"] {
        let page = site.get(uri).await;
        page.assert_contains(
            "<audio controls preload=\"none\" src=\"/audio/asylum/fa.0123456789abcdef.opus\"",
        );
        page.assert_lacks("autoplay");
        page.assert_contains(&format!(
            "<figcaption id=\"listen-caption\">{} <span class=\"computer-voice\">({})</span></figcaption>",
            text(&site.app, Locale::Fa, "audio-listen"),
            text(&site.app, Locale::Fa, "audio-computer-voice"),
        ));
        // Inside the right-to-left article, so it reads in the page's direction.
        let article = page.body.find("<article lang=\"fa\" dir=\"rtl\">").unwrap();
        let player = page.body.find("<audio").unwrap();
        let end = page.body.find("</article>").unwrap();
        assert!(article < player && player < end, "{uri}");
        // Without JavaScript the player still plays; a browser without one gets a link.
        page.assert_contains(
            "<a class=\"button\" href=\"/audio/asylum/fa.0123456789abcdef.opus\">",
        );
        let csp = page.header("content-security-policy");
        assert!(csp.contains("media-src 'self'"), "{csp}");
        assert!(!csp.contains("connect-src"), "{csp}");
    }
    // Other locales have none: no other language's voice.
    site.get("/zh-Hans/topics/asylum")
        .await
        .assert_lacks("<audio");
}

#[tokio::test]
async fn a_recording_is_not_labelled_computer_voice() {
    let site = site().await;
    site.app
        .audio
        .insert("asylum", Locale::Fa, clip(VoiceKind::Recorded));
    let page = site.get("/fa/topics/asylum").await;
    page.assert_contains("<audio controls preload=\"none\"");
    page.assert_lacks(&text(&site.app, Locale::Fa, "audio-computer-voice"));
}

#[tokio::test]
async fn a_page_kept_before_its_audio_was_made_shows_it_after_the_next_look() {
    let site = site().await;
    // The watch's first look (which reads the live campaigns for the first time).
    site.router.inner().check_banners().await;
    site.get("/fa/topics/asylum").await.assert_lacks("<audio");
    assert!(!site.router.inner().check_banners().await);
    site.app
        .audio
        .insert("asylum", Locale::Fa, clip(VoiceKind::Synthetic));
    // Kept without the clip until the watch's next look (every few seconds) drops it.
    site.get("/fa/topics/asylum").await.assert_lacks("<audio");
    assert!(site.router.inner().check_banners().await);
    site.get("/fa/topics/asylum")
        .await
        .assert_contains("<audio");
}

#[tokio::test]
async fn the_clip_is_served_as_ogg_with_ranges_and_kept_for_a_year() {
    let site = site().await;
    site.app
        .audio
        .insert("asylum", Locale::Fa, clip(VoiceKind::Synthetic));
    let whole = std::fs::read(fixture()).unwrap();
    let uri = "/audio/asylum/fa.0123456789abcdef.opus";
    let (status, headers, body) =
        fetch(&site, Request::get(uri).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "audio/ogg");
    assert_eq!(headers["accept-ranges"], "bytes");
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(body, whole);

    let request = Request::get(uri)
        .header("range", "bytes=4-")
        .body(Body::empty())
        .unwrap();
    let (status, headers, body) = fetch(&site, request).await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        headers["content-range"],
        format!("bytes 4-{}/{}", whole.len() - 1, whole.len()).as_str()
    );
    assert_eq!(body, whole[4..]);

    let request = Request::get(uri)
        .header("range", format!("bytes={}-", whole.len()))
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        fetch(&site, request).await.0,
        StatusCode::RANGE_NOT_SATISFIABLE
    );

    // Only what the shelf names: another version, locale or topic, or a path, is not found.
    for uri in [
        "/audio/asylum/fa.ffffffffffffffff.opus",
        "/audio/asylum/ps.0123456789abcdef.opus",
        "/audio/rights/fa.0123456789abcdef.opus",
        "/audio/asylum/fa.opus",
        "/audio/asylum/..%2F..%2Fetc%2Fpasswd",
    ] {
        let (status, _, _) = fetch(&site, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
    }
}
