//! Operators in their own language and on their own clock: the sign-in page follows the
//! browser's `Accept-Language`, an account keeps the language and time zone it picks, API
//! errors carry a stable code and a sentence in the caller's language, times are shown and read
//! on the operator's zone's clock, and every operator page is complete in Spanish and French;
//! on SQLite and, when configured, PostgreSQL.

use std::path::Path;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::accounts::{Preferences, Role, User};
use faro_core::clock::now_unix;
use faro_core::publishing::CampaignStatus;
use serde_json::Value;

use super::admin::{Browser, STARTS, Site, Strings, sites_configured};
use crate::tests::*;

/// The instance's defaults as shipped: Spanish, on Mexico City's clock.
const SHIPPED: &[(&str, &str)] = &[
    ("FARO_OPERATOR_LANGUAGE", "es"),
    ("FARO_OPERATOR_TIME_ZONE", "America/Mexico_City"),
];

async fn shipped_sites() -> Vec<Site> {
    sites_configured(Strings::Repository, SHIPPED).await
}

/// A GET with the given headers (those whose value is `None` left out).
async fn get_with(site: &Site, uri: &str, headers: [(&str, Option<String>); 2]) -> Reply {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        if let Some(value) = value {
            request = request.header(name, value);
        }
    }
    site.site
        .request(request.body(Body::empty()).unwrap())
        .await
}

/// A page with the browser's session (if any) and `Accept-Language` (if any).
async fn get(site: &Site, uri: &str, browser: Option<&Browser>, accept: Option<&str>) -> Reply {
    let cookie = browser.map(|browser| format!("faro_session={}", browser.session));
    let accept = accept.map(str::to_owned);
    get_with(site, uri, [("cookie", cookie), ("accept-language", accept)]).await
}

/// A JSON API call with an optional token and `Accept-Language`.
async fn api(site: &Site, uri: &str, token: Option<&str>, accept: Option<&str>) -> (u16, Value) {
    let token = token.map(|token| format!("Bearer {token}"));
    let accept = accept.map(str::to_owned);
    let reply = get_with(
        site,
        uri,
        [("authorization", token), ("accept-language", accept)],
    )
    .await;
    (
        reply.status.as_u16(),
        serde_json::from_str(&reply.body).unwrap(),
    )
}

async fn prefer(site: &Site, user: &User, language: Option<Locale>, zone: Option<&str>) {
    site.store()
        .users()
        .set_preferences(
            user,
            &Preferences {
                language,
                time_zone: zone.map(str::to_owned),
            },
            now_unix(),
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn the_sign_in_page_follows_the_browser_and_else_the_instance() {
    for site in shipped_sites().await {
        let name = site.name();
        for (accept, lang, title) in [
            (Some("es-MX,es;q=0.9,en;q=0.8"), "es", "Iniciar sesión"),
            (Some("en-US,en;q=0.9"), "en", "Sign in"),
            (Some("en;q=0.4, fr-CA;q=0.9"), "fr", "Connexion"),
            (Some("de-DE, fr;q=0.7, es;q=0.3"), "fr", "Connexion"),
            (Some("es;q=0, en"), "en", "Sign in"),
            // Haitian Creole reads the French operator pages, along its chain.
            (Some("ht"), "fr", "Connexion"),
            // Nothing Faro has, or nothing at all: the instance's language.
            (Some("de, it;q=0.5"), "es", "Iniciar sesión"),
            (None, "es", "Iniciar sesión"),
        ] {
            let page = get(&site, "/sign-in", None, accept).await;
            assert_eq!(page.status, StatusCode::OK, "{name}: {accept:?}");
            page.assert_contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">"));
            page.assert_contains(&format!("<h1>{title}</h1>"));
        }
        // A refused sign-in answers in the browser's language too.
        let form = get(&site, "/sign-in", None, Some("fr")).await;
        let csrf = {
            let marker = "name=\"csrf\" value=\"";
            let start = form.body.find(marker).unwrap() + marker.len();
            form.body[start..start + form.body[start..].find('"').unwrap()].to_owned()
        };
        let cookie = form
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(|cookie| cookie.split(';').next().map(str::to_owned))
            .unwrap();
        let body = serde_urlencoded::to_string([
            ("username", "nobody"),
            ("password", "not the password"),
            ("csrf", csrf.as_str()),
        ])
        .unwrap();
        let reply = site
            .site
            .request(
                Request::post("/sign-in")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("sec-fetch-site", "same-origin")
                    .header("cookie", cookie)
                    .header("accept-language", "fr-FR")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
        reply.assert_contains("Nom ou mot de passe incorrect.");
    }
}

#[tokio::test]
async fn an_account_keeps_its_language_and_time_zone_over_the_browser() {
    for site in shipped_sites().await {
        let name = site.name();
        let staff = site
            .user(
                "marie",
                Role::Staff {
                    shelter: "test-shelter".into(),
                },
            )
            .await;
        let browser = site.browser(&staff).await;
        // Nothing picked: the browser's language, the instance's zone.
        let page = get(&site, "/account", Some(&browser), Some("en")).await;
        page.assert_contains("<h1>Your account</h1>");
        page.assert_contains("<option value=\"\" selected>As my browser asks</option>");
        page.assert_contains("<option value=\"\" selected>This server&#39;s: Mexico City</option>");

        let saved = site
            .post_form(
                "/account/preferences",
                Some(&browser),
                &[("language", "fr"), ("time_zone", "America/Panama")],
            )
            .await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            saved.body
        );
        assert_eq!(saved.header("location"), "/account?saved");
        let kept = site.store().users().by_name("marie").await.unwrap();
        assert_eq!(
            kept.preferences,
            Preferences {
                language: Some(Locale::Fr),
                time_zone: Some("America/Panama".into()),
            },
            "{name}"
        );
        // The account's language wins over a browser that asks for Spanish.
        let page = get(&site, "/account?saved", Some(&browser), Some("es-MX")).await;
        page.assert_contains("<html lang=\"fr\" dir=\"ltr\">");
        page.assert_contains("Votre langue et votre fuseau horaire sont enregistrés.");
        page.assert_contains("<option value=\"fr\" selected>Français</option>");
        page.assert_contains("<option value=\"America/Panama\" selected>Panama</option>");
        page.assert_contains("personnel du refuge test-shelter");
        let queue = get(&site, "/staff", Some(&browser), Some("es-MX")).await;
        queue.assert_contains("<h1>Demandes d&#39;interprète</h1>");

        // What cannot be kept is refused in the account's language, and nothing changes.
        for (field, value, sentence) in [
            ("language", "ht", "Choisissez Español, English ou Français"),
            (
                "time_zone",
                "Mars/Olympus",
                "Choisissez l&#39;un des fuseaux horaires",
            ),
        ] {
            let mut fields = vec![("language", "fr"), ("time_zone", "America/Panama")];
            fields.retain(|(key, _)| *key != field);
            fields.push((field, value));
            let refused = site
                .post_form("/account/preferences", Some(&browser), &fields)
                .await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{name}: {value}");
            refused.assert_contains(sentence);
        }
        assert_eq!(
            site.store()
                .users()
                .by_name("marie")
                .await
                .unwrap()
                .preferences,
            kept.preferences
        );

        // Back to the browser's language and the instance's zone.
        let reset = site
            .post_form(
                "/account/preferences",
                Some(&browser),
                &[("language", ""), ("time_zone", "")],
            )
            .await;
        assert_eq!(reset.status, StatusCode::SEE_OTHER, "{name}");
        let page = get(&site, "/account", Some(&browser), Some("en")).await;
        page.assert_contains("<h1>Your account</h1>");
        assert!(
            site.audited(
                "marie",
                "account.preferences",
                "language fr, time zone America/Panama"
            )
            .await,
            "{name}"
        );
    }
}

#[tokio::test]
async fn api_errors_carry_a_stable_code_and_a_sentence_in_the_caller_s_language() {
    for site in shipped_sites().await {
        let name = site.name();
        for (accept, message) in [
            (Some("es-MX"), "Se necesita un token de la API"),
            (Some("fr"), "Un jeton d'API est nécessaire"),
            (Some("en"), "An API token is required"),
            (None, "Se necesita un token de la API"),
        ] {
            let (status, json) = api(&site, "/api/v1/campaigns/nope", None, accept).await;
            assert_eq!(status, 401, "{name}");
            assert_eq!(json["code"], "api-unauthorized", "{name}: {json}");
            let said = json["message"].as_str().unwrap();
            assert!(said.starts_with(message), "{name}: {accept:?}: {said}");
            assert_eq!(json["error"], json["message"], "{name}");
        }
        let publisher = site.user("pub.fr", Role::Publisher { country: None }).await;
        let token = site
            .store()
            .sessions()
            .create_api_token("pub.fr", "test", 90, now_unix())
            .await
            .unwrap()
            .0
            .0;
        let (status, json) = api(&site, "/api/v1/campaigns/nope", Some(&token), Some("es")).await;
        assert_eq!((status, &json["code"]), (404, &"admin-no-campaign".into()));
        assert_eq!(json["message"], "No existe esa campaña.", "{name}");
        // The account's language wins over the browser's.
        prefer(&site, &publisher, Some(Locale::Fr), None).await;
        let (status, json) = api(&site, "/api/v1/campaigns/nope", Some(&token), Some("es")).await;
        assert_eq!((status, &json["code"]), (404, &"admin-no-campaign".into()));
        assert_eq!(json["message"], "Cette campagne n'existe pas.", "{name}");
    }
}

#[tokio::test]
async fn times_are_shown_and_read_on_the_operator_s_clock() {
    for site in shipped_sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        // From 2026-12-01T00:00:00Z to 2026-12-31T00:00:00Z.
        site.campaign_in("window", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        let browser = site.browser(&root).await;

        // The instance's zone: Mexico City, six hours behind UTC.
        let page = get(&site, "/admin/campaigns/window", Some(&browser), None).await;
        page.assert_contains("del 30/11/2026 18:00 al 30/12/2026 18:00 (Ciudad de México)");
        page.assert_contains("value=\"2026-11-30T18:00\"");
        page.assert_contains("Empieza (hora de Ciudad de México)");

        // An account on Panama's clock, five hours behind, reads the same instant there.
        prefer(&site, &root, None, Some("America/Panama")).await;
        let page = get(&site, "/admin/campaigns/window", Some(&browser), Some("es")).await;
        page.assert_contains("del 30/11/2026 19:00 al 30/12/2026 19:00 (Panamá)");
        page.assert_contains("value=\"2026-11-30T19:00\"");
        let list = get(&site, "/admin/campaigns", Some(&browser), Some("fr")).await;
        list.assert_contains("du 30/11/2026 19:00 au 30/12/2026 19:00 (Panama)");
        let audit = get(&site, "/admin/audit", Some(&browser), Some("fr")).await;
        audit.assert_contains("Quand (heure de Panama)");

        // A time entered on Panama's clock is kept as UTC.
        let created = site
            .post_form(
                "/admin/campaigns",
                Some(&browser),
                &[
                    ("slug", "entered"),
                    ("countries", "MX"),
                    ("starts", "2026-12-01T10:30"),
                    ("ends", "2026-12-02T10:30"),
                ],
            )
            .await;
        assert_eq!(
            created.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            created.body
        );
        let entered = site.campaign("entered").await;
        // 2026-12-01T15:30:00Z.
        assert_eq!(entered.starts_at, 1_796_139_000, "{name}");
        assert_eq!(entered.ends_at, 1_796_139_000 + 86_400, "{name}");
        // The same wall time on Mexico City's clock is an hour later in UTC.
        prefer(&site, &root, None, Some("America/Mexico_City")).await;
        site.post_form(
            "/admin/campaigns",
            Some(&browser),
            &[
                ("slug", "entered-mx"),
                ("countries", "MX"),
                ("starts", "2026-12-01T10:30"),
                ("ends", "2026-12-02T10:30"),
            ],
        )
        .await;
        assert_eq!(
            site.campaign("entered-mx").await.starts_at,
            1_796_139_000 + 3600,
            "{name}"
        );
        assert_eq!(STARTS, 1_796_083_200);
    }
}

/// The repository's translations without the English operator strings, so that a key
/// missing in Spanish or French cannot hide behind the fallback: it shows as its key.
fn without_english_operator_strings(folder: &Path) {
    copy_dir(&repo_root().join("translations"), folder);
    std::fs::remove_file(folder.join("en/operators.ftl")).unwrap();
}

/// Where a page shows a key instead of a sentence.
fn keys_shown(body: &str) -> Vec<String> {
    body.match_indices("op-")
        .filter(|(at, _)| {
            !body[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(|(at, _)| {
            body[at..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn every_operator_page_is_complete_in_spanish_and_french() {
    // Forms posted without Accept-Language answer in the instance's language.
    let settings = [
        ("FARO_OPERATOR_LANGUAGE", "es"),
        ("FARO_OPERATOR_TIME_ZONE", "America/Mexico_City"),
    ];
    for site in sites_configured(Strings::Custom(without_english_operator_strings), &settings).await
    {
        let name = site.name();
        let admin = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let staff = site
            .user(
                "staff",
                Role::Staff {
                    shelter: "test-shelter".into(),
                },
            )
            .await;
        site.campaign_in("full", &["MX"], CampaignStatus::Published, &admin, &other)
            .await;
        site.campaign_in("draft", &["MX"], CampaignStatus::Review, &admin, &other)
            .await;
        site.subscriber(7, Locale::Fa, Some("MX")).await;
        let root = site.browser(&admin).await;
        let desk = site.browser(&staff).await;
        let pages: [(&str, Option<&Browser>, u16); 14] = [
            ("/sign-in", None, 200),
            ("/account", Some(&root), 200),
            ("/staff", Some(&root), 200),
            ("/staff", Some(&desk), 200),
            ("/admin", Some(&root), 200),
            ("/admin/figures", Some(&root), 200),
            ("/admin/campaigns", Some(&root), 200),
            ("/admin/campaigns/new", Some(&root), 200),
            ("/admin/campaigns/full", Some(&root), 200),
            ("/admin/campaigns/draft", Some(&root), 200),
            ("/admin/translations", Some(&root), 200),
            ("/admin/audit", Some(&root), 200),
            // Error pages: a role that may not, and an address with nothing behind it.
            ("/admin", Some(&desk), 403),
            ("/admin/campaigns/nothing-here", Some(&root), 404),
        ];
        for locale in ["es-MX", "fr-FR"] {
            let lang = &locale[..2];
            for (uri, browser, status) in pages {
                let page = get(&site, uri, browser, Some(locale)).await;
                assert_eq!(page.status.as_u16(), status, "{name}: {uri} in {locale}");
                page.assert_contains(&format!("<html lang=\"{lang}\" dir=\"ltr\">"));
                let missing = keys_shown(&page.body);
                assert!(
                    missing.is_empty(),
                    "{name}: {uri} in {locale} shows keys {missing:?}"
                );
            }
            // A refused form and an API error, too.
            let refused = site
                .post_form(
                    "/admin/campaigns",
                    Some(&root),
                    &[("slug", "x"), ("starts", "soon"), ("ends", "later")],
                )
                .await;
            assert!(
                keys_shown(&refused.body).is_empty(),
                "{name}: {}",
                refused.body
            );
            let (_, json) = api(&site, "/api/v1/nowhere", None, Some(locale)).await;
            assert!(
                !json["message"].as_str().unwrap().starts_with("op-"),
                "{name}: {json}"
            );
        }
    }
}

/// The directory's cards and form name each kind and country in the operator's language —
/// "Albergue", "México (MX)" — never by the pack's codes ("shelter", "MX" alone).
#[tokio::test]
async fn the_directory_names_kinds_and_countries_in_the_operator_s_language() {
    for site in shipped_sites().await {
        let name = site.name();
        let admin = site.user("root", Role::Admin).await;
        let root = site.browser(&admin).await;
        let entries = site.site.app.content.pack_directory().entries().to_vec();
        let kinds: std::collections::BTreeSet<_> = entries.iter().map(|e| e.kind).collect();
        for (accept, locale) in [
            ("es-MX", Locale::Es),
            ("en", Locale::En),
            ("fr", Locale::Fr),
        ] {
            // As the pages write them (escaped).
            let say = |key: &str| text(&site.site.app, locale, key);
            let list = get(&site, "/directory", Some(&root), Some(accept)).await;
            assert_eq!(list.status, StatusCode::OK, "{name}");
            for kind in &kinds {
                let label = say(&format!("kind-{}", kind.as_str()));
                assert_ne!(label, kind.as_str(), "{name}: {locale:?} names {kind:?}");
                list.assert_contains(&format!("<dd>{}</dd>", label));
                list.assert_lacks(&format!("<dd>{}</dd>", kind.as_str()));
            }
            let mexico = say("country-MX");
            list.assert_contains(&format!("<dd>{} (MX)</dd>", mexico));
            list.assert_lacks("<dd>MX</dd>");
            let form = get(&site, "/directory/new", Some(&root), Some(accept)).await;
            assert_eq!(form.status, StatusCode::OK, "{name}");
            let shelter = say("kind-shelter");
            form.assert_contains(&format!(">{}</option>", shelter));
            form.assert_lacks(">shelter</option>");
        }
    }
}
