//! Stopping and correcting published campaigns through the pages: the kiosk banner leaves
//! every cached page at the next look of the banner watch, the publish page says when, a
//! correction goes through the same gate, a refused text keeps what was typed, and a text
//! posted after the session ended comes back after sign-in; on SQLite and PostgreSQL.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::Locale;
use faro_core::accounts::{Role, SessionToken};
use faro_core::clock::now_unix;
use faro_core::publishing::CampaignStatus;

use super::admin::{Browser, PASSWORD, Site, Strings, sites_configured};
use crate::tests::*;

const KIOSK: &str = "/k/test-shelter/en/";

/// Sites whose banner watch never looks by itself during a test (a minute apart): each look
/// is the test's own (`check_banners`), so what the cache holds in between is certain.
async fn sites() -> Vec<Site> {
    sites_configured(Strings::Repository, &[("FARO_BANNER_CHECK_SECONDS", "60")]).await
}

fn set_cookies(reply: &Reply) -> Vec<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect()
}

fn cookie_value(reply: &Reply, name: &str) -> Option<String> {
    set_cookies(reply).iter().find_map(|cookie| {
        let first = cookie.split(';').next()?;
        let (key, value) = first.split_once('=')?;
        (key == name && !value.is_empty()).then(|| value.to_owned())
    })
}

/// A form post with extra cookies besides the session's.
async fn post_with_cookies(
    site: &Site,
    uri: &str,
    cookies: &str,
    fields: &[(&str, &str)],
) -> Reply {
    let body = serde_urlencoded::to_string(fields).unwrap();
    let request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookies)
        .body(Body::from(body))
        .unwrap();
    site.site.request(request).await
}

async fn get_with_cookies(site: &Site, uri: &str, cookies: &str) -> Reply {
    let request = Request::get(uri)
        .header("cookie", cookies)
        .body(Body::empty())
        .unwrap();
    site.site.request(request).await
}

#[tokio::test]
async fn a_stopped_campaigns_banner_leaves_the_cached_kiosk_page_at_the_next_look() {
    for site in sites().await {
        let name = site.name();
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        site.campaign_in(
            "banner-test",
            &[],
            CampaignStatus::Published,
            &author,
            &root,
        )
        .await;
        site.site.router.inner().check_banners().await;
        let shown = site.site.get(KIOSK).await;
        shown.assert_contains("/k/test-shelter/en/campaigns/banner-test");
        assert_eq!(shown.header("cache-control"), "public, no-cache", "{name}");

        let browser = site.browser(&root).await;
        let stopped = site
            .post_form("/admin/campaigns/banner-test/stop", Some(&browser), &[])
            .await;
        assert_eq!(
            stopped.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            stopped.body
        );
        assert_eq!(
            site.campaign("banner-test").await.status,
            CampaignStatus::Stopped
        );
        // Until this instance looks, its kept page still has the banner: the watch is what
        // takes it down.
        site.site
            .get(KIOSK)
            .await
            .assert_contains("/campaigns/banner-test");
        assert!(
            site.site.router.inner().check_banners().await,
            "{name}: a change seen"
        );
        site.site
            .get(KIOSK)
            .await
            .assert_lacks("/campaigns/banner-test");
        assert!(
            !site.site.router.inner().check_banners().await,
            "{name}: nothing more to drop"
        );
        assert_eq!(
            site.site.get("/en/campaigns/banner-test").await.status,
            StatusCode::NOT_FOUND,
            "{name}: the campaign's page goes too"
        );
        assert!(
            site.audited(
                "root",
                "campaign.stop",
                "banner-test (0 queued messages cancelled)"
            )
            .await,
            "{name}: {:?}",
            site.audit_actions().await
        );
        let page = site
            .get_as("/admin/campaigns/banner-test", Some(&browser))
            .await;
        page.assert_contains("Stopped by root");
        page.assert_lacks("action=\"/admin/campaigns/banner-test/stop\"");
        // Nothing offers a change that would be refused.
        page.assert_lacks("action=\"/admin/campaigns/banner-test/settings\"");
        page.assert_lacks("action=\"/admin/campaigns/banner-test/texts/en\"");
    }
}

#[tokio::test]
async fn a_second_instance_drops_its_banner_too() {
    for site in sites().await {
        let name = site.name();
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        site.campaign_in(
            "two-servers",
            &[],
            CampaignStatus::Published,
            &author,
            &root,
        )
        .await;
        // Another instance on the same database, with its own page cache.
        let other = crate::router(site.site.app.clone(), axum::Router::new());
        let get = |uri: &'static str| {
            let other = other.clone();
            async move {
                use tower::ServiceExt;
                let response = other
                    .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                    .await
                    .unwrap();
                let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                    .await
                    .unwrap();
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        other.inner().check_banners().await;
        assert!(
            get(KIOSK).await.contains("/campaigns/two-servers"),
            "{name}"
        );
        let browser = site.browser(&root).await;
        site.post_form("/admin/campaigns/two-servers/stop", Some(&browser), &[])
            .await;
        assert!(other.inner().check_banners().await, "{name}");
        assert!(
            !get(KIOSK).await.contains("/campaigns/two-servers"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn the_publish_page_says_within_how_many_seconds_in_the_publishers_language() {
    let settings = [
        ("FARO_BANNER_CHECK_SECONDS", "5"),
        ("FARO_OPERATOR_LANGUAGE", "es"),
    ];
    for site in sites_configured(Strings::Repository, &settings).await {
        let name = site.name();
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        site.campaign_in("timing", &["MX"], CampaignStatus::Approved, &author, &root)
            .await;
        let browser = site.browser(&root).await;
        let page = site.get_as("/admin/campaigns/timing", Some(&browser)).await;
        page.assert_contains("en 5 segundos como máximo");
        page.assert_contains("Cuando se publique la campaña");
        site.post_form("/admin/campaigns/timing/publish", Some(&browser), &[])
            .await;
        let page = site.get_as("/admin/campaigns/timing", Some(&browser)).await;
        page.assert_contains("El aviso está en los quioscos");
        page.assert_contains("Detener esta campaña");
        page.assert_contains("Escribir una corrección");
        assert_eq!(
            site.campaign("timing").await.status,
            CampaignStatus::Published,
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_correction_through_the_pages_replaces_the_banner_and_goes_to_earlier_readers_only() {
    for site in sites().await {
        let name = site.name();
        site.subscriber(1, Locale::En, Some("MX")).await;
        site.subscriber(2, Locale::En, Some("MX")).await;
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        let checker = site.user("checker", Role::Admin).await;
        let first = site
            .campaign_in("wrong-date", &[], CampaignStatus::Published, &author, &root)
            .await;
        // Chat 1 got the wrong text; chat 2's message was still queued.
        let due = site.store().outbox().due(now_unix(), 10).await.unwrap();
        let one = due.iter().find(|i| i.chat_id == 1).unwrap();
        site.store()
            .outbox()
            .mark_sent(one.id, now_unix())
            .await
            .unwrap();
        site.site.router.inner().check_banners().await;
        site.site
            .get(KIOSK)
            .await
            .assert_contains("/campaigns/wrong-date");

        let writer = site.browser(&author).await;
        let started = site
            .post_form(
                "/admin/campaigns/wrong-date/corrections",
                Some(&writer),
                &[],
            )
            .await;
        assert_eq!(
            started.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            started.body
        );
        assert_eq!(started.header("location"), "/admin/campaigns/wrong-date-r2");
        let page = site
            .get_as("/admin/campaigns/wrong-date-r2", Some(&writer))
            .await;
        page.assert_contains("Version 2: a correction of wrong-date");
        // The published one points to it and offers no second correction.
        let original = site
            .get_as("/admin/campaigns/wrong-date", Some(&writer))
            .await;
        original.assert_contains("A correction is under way: wrong-date-r2");
        original.assert_lacks("action=\"/admin/campaigns/wrong-date/corrections\"");

        let fixed = site
            .post_form(
                "/admin/campaigns/wrong-date-r2/texts/en",
                Some(&writer),
                &[
                    ("title", "Right date: 12 December"),
                    ("body", "Appointments are on **12 December**."),
                    ("translation", "original"),
                ],
            )
            .await;
        assert_eq!(
            fixed.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            fixed.body
        );
        site.post_form("/admin/campaigns/wrong-date-r2/submit", Some(&writer), &[])
            .await;
        // Its writer cannot approve it: the same gate as any campaign.
        let refused = site
            .post_form("/admin/campaigns/wrong-date-r2/approve", Some(&writer), &[])
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{name}");
        let approver = site.browser(&checker).await;
        site.post_form(
            "/admin/campaigns/wrong-date-r2/approve",
            Some(&approver),
            &[],
        )
        .await;
        let page = site
            .get_as("/admin/campaigns/wrong-date-r2", Some(&approver))
            .await;
        page.assert_contains("name=\"resend\" value=\"yes\"");
        let published = site
            .post_form(
                "/admin/campaigns/wrong-date-r2/publish",
                Some(&approver),
                &[("resend", "yes")],
            )
            .await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            published.body
        );
        let correction = site.campaign("wrong-date-r2").await;
        assert_eq!(correction.status, CampaignStatus::Published);
        let queued = site.store().outbox().due(now_unix(), 10).await.unwrap();
        let chats: Vec<i64> = queued
            .iter()
            .filter(|i| i.campaign_id == correction.id)
            .map(|i| i.chat_id)
            .collect();
        assert_eq!(chats, vec![1], "{name}: only who got the wrong text");
        assert_eq!(
            site.campaign("wrong-date").await.status,
            CampaignStatus::Stopped
        );
        let progress = site.store().outbox().progress(first.id).await.unwrap();
        assert_eq!((progress.total.sent, progress.total.cancelled), (1, 1));
        assert!(site.site.router.inner().check_banners().await);
        let kiosk = site.site.get(KIOSK).await;
        kiosk.assert_lacks("/campaigns/wrong-date\"");
        kiosk.assert_contains("/campaigns/wrong-date-r2");
        kiosk.assert_contains("Right date: 12 December");
        let old = site
            .get_as("/admin/campaigns/wrong-date", Some(&writer))
            .await;
        old.assert_contains("Replaced by the correction wrong-date-r2");
    }
}

#[tokio::test]
async fn a_refused_text_comes_back_as_typed_with_what_to_change_beside_the_field() {
    for site in sites_configured(Strings::Repository, &[("FARO_OPERATOR_LANGUAGE", "es")]).await {
        let name = site.name();
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        site.campaign_in("typed", &["MX"], CampaignStatus::Draft, &author, &root)
            .await;
        let browser = site.browser(&author).await;
        let long_title = "Citas gratuitas en COMAR ".repeat(6);
        let body = "Un texto largo que costó escribir. ".repeat(40);
        let reply = site
            .post_form(
                "/admin/campaigns/typed/texts/es",
                Some(&browser),
                &[
                    ("title", long_title.as_str()),
                    ("body", body.as_str()),
                    ("translation", "original"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}");
        reply.assert_contains(&escape(body.trim_end()));
        reply.assert_contains(&escape(&long_title));
        reply.assert_contains("id=\"text-es\" open");
        reply.assert_contains("aria-invalid=\"true\" aria-describedby=\"title-es-error\"");
        reply.assert_contains("El título debe ser una sola línea de 1 a 120 caracteres.");
        reply.assert_contains("No se guardó nada.");
        assert!(
            site.campaign("typed").await.text(Locale::Es).is_none(),
            "{name}"
        );

        // The new-campaign form too: the name kept, the window's error beside the end.
        let reply = site
            .post_form(
                "/admin/campaigns",
                Some(&browser),
                &[
                    ("slug", "kept-name"),
                    ("countries", "MX"),
                    ("locale", "es"),
                    ("starts", "2026-12-10T10:00"),
                    ("ends", "2026-12-01T10:00"),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}");
        reply.assert_contains("value=\"kept-name\"");
        reply.assert_contains("value=\"2026-12-10T10:00\"");
        reply.assert_contains("id=\"locale-es\" name=\"locale\" value=\"es\" checked");
        reply.assert_contains("id=\"ends-error\"");
        assert!(!site.exists("kept-name").await);
        let taken = site
            .post_form(
                "/admin/campaigns",
                Some(&browser),
                &[
                    ("slug", "typed"),
                    ("countries", "MX"),
                    ("starts", "2026-12-01T10:00"),
                    ("ends", "2026-12-10T10:00"),
                ],
            )
            .await;
        assert_eq!(taken.status, StatusCode::CONFLICT, "{name}");
        taken.assert_contains("id=\"slug-error\"");

        // A campaign's settings form too: open again on its page, as typed, the reason beside
        // the field, the campaign unchanged.
        let before = site.campaign("typed").await;
        let window = site
            .post_form(
                "/admin/campaigns/typed/settings",
                Some(&browser),
                &[
                    ("countries", "MX GT"),
                    ("locale", "fa"),
                    ("starts", "2026-12-10T10:00"),
                    ("ends", "2026-12-01T10:00"),
                ],
            )
            .await;
        assert_eq!(
            window.status,
            StatusCode::BAD_REQUEST,
            "{name}: {}",
            window.body
        );
        window.assert_contains("<details class=\"settings\" open>");
        window.assert_contains("No se guardó nada.");
        window.assert_contains("id=\"set-countries\" name=\"countries\" value=\"MX GT\"");
        window.assert_contains("value=\"2026-12-10T10:00\"");
        window.assert_contains("value=\"2026-12-01T10:00\"");
        window.assert_contains("id=\"set-locale-fa\" name=\"locale\" value=\"fa\" checked");
        window.assert_contains(
            "<span class=\"field-error\" id=\"set-ends-error\">La campaña debe terminar después de empezar.</span>",
        );
        let start = site
            .post_form(
                "/admin/campaigns/typed/settings",
                Some(&browser),
                &[
                    ("countries", "MX"),
                    ("starts", "2026-02-30T10:00"),
                    ("ends", "2026-12-01T10:00"),
                ],
            )
            .await;
        assert_eq!(start.status, StatusCode::BAD_REQUEST, "{name}");
        start.assert_contains("id=\"set-starts-error\"");
        start.assert_contains("value=\"2026-02-30T10:00\"");
        // Outside a country publisher's scope: the refusal's 403, the reason beside the
        // countries.
        let publisher = site
            .user(
                "pub.mx",
                Role::Publisher {
                    country: Some(faro_core::country::CountryCode::parse("MX").unwrap()),
                },
            )
            .await;
        let publisher = site.browser(&publisher).await;
        let scope = site
            .post_form(
                "/admin/campaigns/typed/settings",
                Some(&publisher),
                &[
                    ("countries", "GT"),
                    ("starts", "2026-12-01T10:00"),
                    ("ends", "2026-12-10T10:00"),
                ],
            )
            .await;
        assert_eq!(
            scope.status,
            StatusCode::FORBIDDEN,
            "{name}: {}",
            scope.body
        );
        scope.assert_contains("id=\"set-countries-error\"");
        scope.assert_contains("value=\"GT\"");
        let after = site.campaign("typed").await;
        assert_eq!(
            (after.targets, after.starts_at, after.ends_at),
            (before.targets, before.starts_at, before.ends_at),
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_text_posted_after_the_session_ended_comes_back_after_sign_in() {
    for site in sites().await {
        let name = site.name();
        let author = site.user("author", Role::Admin).await;
        let root = site.user("root", Role::Admin).await;
        site.campaign_in("long-text", &["MX"], CampaignStatus::Draft, &author, &root)
            .await;
        let Browser { session, csrf } = site.browser(&author).await;
        // The session ends while the text is being written.
        site.store()
            .sessions()
            .delete(&SessionToken(session.clone()))
            .await
            .unwrap();
        let body = "Las citas en COMAR son gratuitas. ".repeat(50);
        let posted = post_with_cookies(
            &site,
            "/admin/campaigns/long-text/texts/es",
            &format!("faro_session={session}"),
            &[
                ("csrf", csrf.as_str()),
                ("title", "Citas gratuitas"),
                ("body", body.as_str()),
                ("translation", "original"),
            ],
        )
        .await;
        assert_eq!(posted.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(posted.header("location"), "/sign-in");
        let kept = cookie_value(&posted, "faro_kept").expect("a faro_kept cookie");
        assert!(
            set_cookies(&posted)
                .iter()
                .any(|c| c.contains("HttpOnly") && c.contains("SameSite=Strict")),
            "{name}"
        );

        let form = get_with_cookies(&site, "/sign-in", &format!("faro_kept={kept}")).await;
        form.assert_contains("what you typed is kept");
        let sign_in_cookie = cookie_value(&form, "faro_csrf").unwrap();
        let marker = "name=\"csrf\" value=\"";
        let start = form.body.find(marker).unwrap() + marker.len();
        let token = &form.body[start..start + form.body[start..].find('"').unwrap()];
        let signed = post_with_cookies(
            &site,
            "/sign-in",
            &format!("faro_csrf={sign_in_cookie}; faro_kept={kept}"),
            &[
                ("username", "author"),
                ("password", PASSWORD),
                ("csrf", token),
            ],
        )
        .await;
        assert_eq!(
            signed.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            signed.body
        );
        assert_eq!(
            signed.header("location"),
            "/admin/campaigns/long-text#text-es"
        );
        let new_session = cookie_value(&signed, "faro_session").unwrap();

        let jar = format!("faro_session={new_session}; faro_kept={kept}");
        let page = get_with_cookies(&site, "/admin/campaigns/long-text", &jar).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_contains(&escape(body.trim_end()));
        page.assert_contains("Your session had ended, so this text was not saved.");
        page.assert_contains("id=\"text-es\" open");
        // Another browser of the same account sees nothing of it.
        let elsewhere = get_with_cookies(
            &site,
            "/admin/campaigns/long-text",
            &format!("faro_session={new_session}"),
        )
        .await;
        elsewhere.assert_lacks("Las citas en COMAR");
        assert!(site.campaign("long-text").await.text(Locale::Es).is_none());

        // Saved again: stored, and the kept copy forgotten.
        let csrf = site
            .store()
            .sessions()
            .get(&SessionToken(new_session.clone()), now_unix())
            .await
            .unwrap()
            .unwrap()
            .csrf_token;
        let saved = post_with_cookies(
            &site,
            "/admin/campaigns/long-text/texts/es",
            &jar,
            &[
                ("csrf", csrf.as_str()),
                ("title", "Citas gratuitas"),
                ("body", body.as_str()),
                ("translation", "original"),
            ],
        )
        .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            saved.body
        );
        assert!(
            set_cookies(&saved)
                .iter()
                .any(|c| c.starts_with("faro_kept=;") && c.contains("Max-Age=0")),
            "{name}"
        );
        assert_eq!(
            site.campaign("long-text")
                .await
                .text(Locale::Es)
                .unwrap()
                .body,
            body.trim()
        );
        assert!(
            site.store()
                .kept_forms()
                .get(&kept, now_unix())
                .await
                .unwrap()
                .is_none()
        );
        // A post from another site is neither kept nor accepted.
        let request = Request::post("/admin/campaigns/long-text/texts/es")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "cross-site")
            .body(Body::from("title=x&body=y&translation=original"))
            .unwrap();
        let forged = site.site.request(request).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{name}");
        assert!(cookie_value(&forged, "faro_kept").is_none());
    }
}
