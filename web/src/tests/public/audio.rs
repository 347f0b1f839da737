//! Pages read aloud on the web: a topic's "Listen" control under each section that has a clip
//! (the browser's own player, no autoplay, nothing loaded before a tap), one for the whole page
//! when a person recorded all of it, one on the emergency page and one beside the interpreter
//! request's explanation; labelled "computer voice" when synthetic, and each clip served with
//! its type, byte ranges and a year's caching; the CSP lets media come from this server only.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::audio::{Clip, EMERGENCY_PAGE, INTERPRETER_PAGE, VoiceKind};
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

/// Both sections of the small pack's Persian asylum page.
fn insert_sections(site: &TestSite, kind: VoiceKind) {
    for section in ["intro", "where-to-apply"] {
        site.app
            .audio
            .insert("asylum", Locale::Fa, Some(section), clip(kind));
    }
}

#[tokio::test]
async fn each_section_gets_a_large_player_labelled_computer_voice_in_every_mode() {
    let site = site().await;
    insert_sections(&site, VoiceKind::Synthetic);
    for uri in ["/fa/topics/asylum", "/k/test-shelter/fa/topics/asylum"] {
        let page = site.get(uri).await;
        assert_eq!(page.body.matches("<audio ").count(), 2, "{uri}");
        page.assert_lacks("autoplay");
        for section in ["intro", "where-to-apply"] {
            let src = format!("/audio/asylum/fa.{section}.0123456789abcdef.opus");
            page.assert_contains(&format!("<audio controls preload=\"none\" src=\"{src}\""));
            // Without JavaScript the player still plays; a browser without one gets a link.
            page.assert_contains(&format!("<a class=\"button\" href=\"{src}\">"));
            page.assert_contains(&format!(
                "<figcaption id=\"listen-{section}\">{} <span class=\"computer-voice\">({})</span></figcaption>",
                text(&site.app, Locale::Fa, "audio-listen"),
                text(&site.app, Locale::Fa, "audio-computer-voice"),
            ));
        }
        // The section's player under its heading, before the section's words.
        page.assert_contains("aria-labelledby=\"listen-where-to-apply\"");
        let heading = page.body.find("<h2>کجا درخواست کنیم</h2>").unwrap();
        let player = page.body.find("fa.where-to-apply.").unwrap();
        let words = page.body.find("در COMAR").unwrap();
        assert!(heading < player && player < words, "{uri}");
        // The opening's player comes before the first section's heading.
        assert!(page.body.find("fa.intro.").unwrap() < heading, "{uri}");
        // Inside the right-to-left article, so it reads in the page's direction.
        let article = page.body.find("<article lang=\"fa\" dir=\"rtl\">").unwrap();
        let first = page.body.find("<audio").unwrap();
        let end = page.body.find("</article>").unwrap();
        assert!(article < first && player < end, "{uri}");
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
async fn only_the_sections_with_a_clip_get_a_player() {
    let site = site().await;
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("where-to-apply"),
        clip(VoiceKind::Synthetic),
    );
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.body.matches("<audio ").count(), 1);
    page.assert_contains("fa.where-to-apply.0123456789abcdef.opus");
}

#[tokio::test]
async fn a_recording_of_the_whole_page_is_one_player_not_labelled_computer_voice() {
    let site = site().await;
    insert_sections(&site, VoiceKind::Synthetic);
    site.app
        .audio
        .insert("asylum", Locale::Fa, None, clip(VoiceKind::Recorded));
    let page = site.get("/fa/topics/asylum").await;
    assert_eq!(page.body.matches("<audio ").count(), 1);
    page.assert_contains("src=\"/audio/asylum/fa.0123456789abcdef.opus\"");
    page.assert_lacks(&text(&site.app, Locale::Fa, "audio-computer-voice"));
}

#[tokio::test]
async fn a_recorded_section_is_not_labelled_computer_voice() {
    let site = site().await;
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("where-to-apply"),
        clip(VoiceKind::Recorded),
    );
    let page = site.get("/fa/topics/asylum").await;
    page.assert_contains("<audio controls preload=\"none\"");
    page.assert_lacks(&text(&site.app, Locale::Fa, "audio-computer-voice"));
}

#[tokio::test]
async fn the_emergency_page_and_the_interpreter_explanation_can_be_heard() {
    let site = site().await;
    site.app
        .audio
        .insert(EMERGENCY_PAGE, Locale::Fa, None, clip(VoiceKind::Synthetic));
    site.app.audio.insert(
        INTERPRETER_PAGE,
        Locale::Fa,
        None,
        clip(VoiceKind::Synthetic),
    );
    for uri in ["/fa/emergency", "/k/test-shelter/fa/emergency"] {
        let page = site.get(uri).await;
        page.assert_contains(
            "<audio controls preload=\"none\" src=\"/audio/_emergency/fa.0123456789abcdef.opus\"",
        );
        page.assert_contains(&text(&site.app, Locale::Fa, "audio-computer-voice"));
    }
    let consent = site.get("/k/test-shelter/fa/interpreter").await;
    consent.assert_contains(
        "<audio controls preload=\"none\" src=\"/audio/_interpreter/fa.0123456789abcdef.opus\"",
    );
    let (status, headers, _) = fetch(
        &site,
        Request::get("/audio/_emergency/fa.0123456789abcdef.opus")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "audio/ogg");
    // Pashto has no voice: its emergency page has no player.
    site.get("/ps/emergency").await.assert_lacks("<audio");
}

#[tokio::test]
async fn a_page_kept_before_its_audio_was_made_shows_it_after_the_next_look() {
    let site = site().await;
    // The watch's first look (which reads the live campaigns for the first time).
    site.router.inner().check_banners().await;
    site.get("/fa/topics/asylum").await.assert_lacks("<audio");
    assert!(!site.router.inner().check_banners().await);
    insert_sections(&site, VoiceKind::Synthetic);
    // Kept without the clip until the watch's next look (every few seconds) drops it.
    site.get("/fa/topics/asylum").await.assert_lacks("<audio");
    assert!(site.router.inner().check_banners().await);
    site.get("/fa/topics/asylum")
        .await
        .assert_contains("<audio");
}

#[tokio::test]
async fn each_sections_clip_is_served_as_ogg_with_ranges_and_kept_for_a_year() {
    let site = site().await;
    site.app.audio.insert(
        "asylum",
        Locale::Fa,
        Some("where-to-apply"),
        clip(VoiceKind::Synthetic),
    );
    let whole = std::fs::read(fixture()).unwrap();
    let uri = "/audio/asylum/fa.where-to-apply.0123456789abcdef.opus";
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

    // Only what the shelf names: another version, section, locale or topic, or a path, is
    // not found.
    for uri in [
        "/audio/asylum/fa.where-to-apply.ffffffffffffffff.opus",
        "/audio/asylum/fa.intro.0123456789abcdef.opus",
        "/audio/asylum/fa.0123456789abcdef.opus",
        "/audio/asylum/ps.where-to-apply.0123456789abcdef.opus",
        "/audio/rights/fa.where-to-apply.0123456789abcdef.opus",
        "/audio/asylum/fa.opus",
        "/audio/asylum/..%2F..%2Fetc%2Fpasswd",
    ] {
        let (status, _, _) = fetch(&site, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
    }
}
