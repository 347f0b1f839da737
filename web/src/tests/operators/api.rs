//! The JSON API: the authorisation matrix for every endpoint and every kind of caller, the
//! lifecycle, JSON errors, cookies ignored, and the OpenAPI document held to the router.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use faro_core::accounts::{Role, User};
use faro_core::clock::now_unix;
use faro_core::publishing::CampaignStatus;
use serde_json::{Value, json};

use super::admin::{
    EVERYONE, Site, Who, after, assert_stop_matrix, matrix_campaigns, sites, stop_matrix_campaigns,
};
use crate::tests::*;

/// How a call authenticates: not at all, with a token that names nobody, or as an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Caller {
    NoToken,
    BadToken,
    As(Who),
}

const CALLERS: [Caller; 6] = [
    Caller::NoToken,
    Caller::BadToken,
    Caller::As(Who::Staff),
    Caller::As(Who::PublisherMx),
    Caller::As(Who::PublisherAll),
    Caller::As(Who::Admin),
];

impl Caller {
    /// The suffix of the campaigns the caller's cells act on.
    fn suffix(self) -> &'static str {
        match self {
            Caller::NoToken => "anon",
            Caller::BadToken => "bad",
            Caller::As(who) => who.name(),
        }
    }
}

struct Api<'a> {
    site: &'a Site,
}

struct JsonReply {
    status: StatusCode,
    reply: Reply,
    json: Value,
}

impl Api<'_> {
    async fn call(
        &self,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Option<&str>,
        cookie: Option<&str>,
    ) -> JsonReply {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let request = match body {
            Some(body) => request
                .header("content-type", "application/json")
                .body(Body::from(body.to_owned())),
            None => request.body(Body::empty()),
        };
        let reply = self.site.site.request(request.unwrap()).await;
        let json = serde_json::from_str(&reply.body).unwrap_or(Value::Null);
        JsonReply {
            status: reply.status,
            reply,
            json,
        }
    }

    async fn send(&self, method: &str, uri: &str, token: &str, body: Option<Value>) -> JsonReply {
        let body = body.map(|b| b.to_string());
        self.call(method, uri, Some(token), body.as_deref(), None)
            .await
    }
}

async fn token(site: &Site, user: &User) -> String {
    site.store()
        .sessions()
        .create_api_token(&user.name, "test", 90, now_unix())
        .await
        .unwrap()
        .0
        .0
}

/// The tokens of [`CALLERS`] (none for the first).
async fn tokens(site: &Site) -> Vec<Option<String>> {
    let users = site.everyone().await;
    let mut all = vec![None, Some("ab".repeat(32))];
    for (who, user) in EVERYONE.iter().zip(&users) {
        if *who == Who::Anonymous {
            continue;
        }
        all.push(Some(token(site, user.as_ref().unwrap()).await));
    }
    all
}

fn new_campaign(slug: &str, countries: &[&str]) -> Value {
    json!({
        "slug": slug,
        "countries": countries,
        "starts_at": "2026-12-01T00:00:00Z",
        "ends_at": "2099-01-01T00:00:00Z"
    })
}

/// Every endpoint for every caller: the expected status, in the order of [`CALLERS`].
/// `{n}` is the caller's suffix.
const API_MATRIX: &[(&str, &str, Option<&str>, [u16; 6])] = &[
    (
        "GET",
        "/api/v1/openapi.json",
        None,
        [200, 200, 200, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns",
        Some(
            r#"{"slug":"api-new-{n}","countries":["MX"],"starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z"}"#,
        ),
        [401, 401, 403, 201, 201, 201],
    ),
    (
        "GET",
        "/api/v1/campaigns/mx-shared",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "GET",
        "/api/v1/campaigns?status=published&country=MX&limit=5",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/stp-{n}/stop",
        None,
        [401, 401, 403, 403, 403, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/own-{n}/stop",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/cor-{n}/corrections",
        None,
        [401, 401, 403, 201, 201, 201],
    ),
    (
        "PUT",
        "/api/v1/campaigns/set-{n}",
        Some(
            r#"{"locales":["fa"],"countries":["MX"],"starts_at":"2026-12-01T00:00:00Z","ends_at":"2027-01-31T00:00:00Z"}"#,
        ),
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "PUT",
        "/api/v1/campaigns/text-{n}/texts/ar",
        Some(r#"{"title":"ابق آمنا","body":"المهربون يكذبون.","translation":"machine"}"#),
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/rev-{n}/texts/fa/review",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/sub-{n}/submit",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/ret-{n}/return",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/app-{n}/approve",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
    (
        "POST",
        "/api/v1/campaigns/pub-{n}/publish",
        None,
        [401, 401, 403, 200, 200, 200],
    ),
];

#[tokio::test]
async fn every_endpoint_answers_each_caller_as_the_matrix_says() {
    for site in sites().await {
        let name = site.name();
        matrix_campaigns(&site, "").await;
        // The "bad token" caller acts on campaigns of its own too.
        let author = site.user("bad-author", Role::Admin).await;
        let approver = site.user("bad-approver", Role::Admin).await;
        for (kind, status) in [
            ("text", CampaignStatus::Draft),
            ("rev", CampaignStatus::Draft),
            ("sub", CampaignStatus::Draft),
            ("ret", CampaignStatus::Review),
            ("app", CampaignStatus::Review),
            ("pub", CampaignStatus::Approved),
            ("set", CampaignStatus::Review),
        ] {
            site.campaign_in(&format!("{kind}-bad"), &["MX"], status, &author, &approver)
                .await;
        }
        let tokens = tokens(&site).await;
        let suffixes: Vec<&str> = CALLERS.iter().map(|caller| caller.suffix()).collect();
        stop_matrix_campaigns(&site, &suffixes).await;
        let api = Api { site: &site };
        let mut failures = Vec::new();
        for (method, template, body, expected) in API_MATRIX {
            for (index, caller) in CALLERS.iter().enumerate() {
                let n = caller.suffix();
                let uri = template.replace("{n}", n);
                let body = body.map(|b| b.replace("{n}", n));
                let reply = api
                    .call(
                        method,
                        &uri,
                        tokens[index].as_deref(),
                        body.as_deref(),
                        None,
                    )
                    .await;
                let want = expected[index];
                if reply.status.as_u16() != want {
                    failures.push(format!(
                        "{method} {uri} as {caller:?}: {} (expected {want}): {}",
                        reply.status, reply.reply.body
                    ));
                }
                if !reply
                    .reply
                    .header("content-type")
                    .starts_with("application/json")
                {
                    failures.push(format!("{method} {uri} as {caller:?}: not JSON"));
                }
                if want >= 400 && !reply.json["error"].is_string() {
                    failures.push(format!("{method} {uri} as {caller:?}: no error message"));
                }
                if want == 401 && reply.reply.header("www-authenticate").is_empty() {
                    failures.push(format!("{method} {uri} as {caller:?}: no WWW-Authenticate"));
                }
                if reply.reply.header("cache-control") != "no-store" {
                    failures.push(format!("{method} {uri} as {caller:?}: cacheable"));
                }
            }
        }
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));

        for caller in CALLERS {
            let n = caller.suffix();
            let acted = matches!(
                caller,
                Caller::As(Who::PublisherMx | Who::PublisherAll | Who::Admin)
            );
            for kind in ["sub", "ret", "app", "pub", "set"] {
                let slug = format!("{kind}-{n}");
                assert_eq!(
                    site.campaign(&slug).await.status,
                    after(kind, acted),
                    "{name}: {slug}"
                );
            }
            assert_eq!(site.exists(&format!("api-new-{n}")).await, acted);
            assert_stop_matrix(&site, n, caller == Caller::As(Who::Admin), acted).await;
            let settings = site.campaign(&format!("set-{n}")).await;
            assert_eq!(
                settings.targets.locales == vec![faro_core::Locale::Fa],
                acted,
                "{name}: {n}: targets changed only by those allowed"
            );
            assert_eq!(
                site.campaign(&format!("text-{n}"))
                    .await
                    .text(faro_core::Locale::Ar)
                    .is_some(),
                acted,
                "{name}: {n}"
            );
        }
    }
}

#[tokio::test]
async fn a_campaign_goes_from_creation_to_published_through_the_api() {
    for site in sites().await {
        let name = site.name();
        let mx = site
            .user(
                "pub.mx",
                Role::Publisher {
                    country: faro_core::country::CountryCode::parse("MX").ok(),
                },
            )
            .await;
        let root = site.user("root", Role::Admin).await;
        let publisher = token(&site, &mx).await;
        let admin = token(&site, &root).await;
        site.subscriber(1, faro_core::Locale::En, Some("MX")).await;
        site.subscriber(2, faro_core::Locale::Fa, Some("MX")).await;
        site.subscriber(3, faro_core::Locale::Es, Some("MX")).await;
        let api = Api { site: &site };

        let created = api
            .send(
                "POST",
                "/api/v1/campaigns",
                &publisher,
                Some(json!({
                    "slug": "api-campaign",
                    "locales": ["en", "fa"],
                    "countries": ["mx"],
                    "starts_at": "2026-01-01T00:00:00Z",
                    "ends_at": "2099-01-01T00:00:00Z"
                })),
            )
            .await;
        assert_eq!(
            created.status,
            StatusCode::CREATED,
            "{name}: {}",
            created.reply.body
        );
        assert_eq!(
            created.reply.header("location"),
            "/api/v1/campaigns/api-campaign"
        );
        assert_eq!(created.json["status"], "draft");
        assert_eq!(created.json["locales"], json!(["en", "fa"]));
        assert_eq!(created.json["countries"], json!(["MX"]));
        assert_eq!(created.json["starts_at"], "2026-01-01T00:00:00Z");
        assert_eq!(created.json["missing_locales"], json!(["en", "fa"]));

        for (locale, title, translation) in [
            ("en", "Smugglers sell a trip", "original"),
            ("fa", "قاچاقچی سفر می‌فروشد", "machine"),
        ] {
            let reply = api
                .send(
                    "PUT",
                    &format!("/api/v1/campaigns/api-campaign/texts/{locale}"),
                    &publisher,
                    Some(json!({ "title": title, "body": "Asking is **free**.", "translation": translation })),
                )
                .await;
            assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.reply.body);
        }
        let reviewed = api
            .send(
                "POST",
                "/api/v1/campaigns/api-campaign/texts/fa/review",
                &admin,
                None,
            )
            .await;
        assert_eq!(reviewed.status, StatusCode::OK, "{name}");
        assert_eq!(reviewed.json["texts"][1]["translation"], "reviewed");
        assert_eq!(reviewed.json["texts"][1]["reviewed_by"], "root");
        assert_eq!(reviewed.json["missing_locales"], json!([]));

        for (token, step, status) in [
            (&publisher, "submit", "review"),
            (&admin, "approve", "approved"),
            (&publisher, "publish", "published"),
        ] {
            let reply = api
                .send(
                    "POST",
                    &format!("/api/v1/campaigns/api-campaign/{step}"),
                    token,
                    None,
                )
                .await;
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "{name}: {step}: {}",
                reply.reply.body
            );
            assert_eq!(reply.json["status"], status, "{name}: {step}");
            if step == "publish" {
                // The Spanish reader is not among the campaign's locales.
                assert_eq!(reply.json["queued"], 2, "{name}");
                assert_eq!(reply.json["published_by"], "pub.mx");
                // The bot's sender is woken at once rather than at its next look.
                tokio::time::timeout(
                    std::time::Duration::from_secs(1),
                    site.site.app.outbox.woken(),
                )
                .await
                .expect("publishing rings the outbox");
            } else {
                assert!(reply.json.get("queued").is_none(), "{name}");
            }
        }
        let status = api
            .send("GET", "/api/v1/campaigns/api-campaign", &publisher, None)
            .await;
        assert_eq!(status.status, StatusCode::OK, "{name}");
        assert_eq!(status.json["status"], "published");
        assert_eq!(status.json["submitted_by"], "pub.mx");
        assert_eq!(status.json["approved_by"], "root");
        let locales: Vec<&str> = status.json["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["locale"].as_str().unwrap())
            .collect();
        assert_eq!(locales, ["en", "fa"], "{name}");
        // One reader per locale: no row names a locale, and no count under five is shown
        // (security review LOW-4: `{"locale":"ti","sent":2}` named two Tigrinya readers).
        assert_eq!(
            status.json["progress"],
            json!({
                "total": { "queued": "<5", "sent": "<5", "failed": "<5", "cancelled": "<5" },
                "per_locale": [
                    { "locale": "other", "queued": "<5", "sent": "<5", "failed": "<5", "cancelled": "<5" }
                ]
            }),
            "{name}"
        );

        let actions = site.audit_actions().await;
        for (actor, action) in [
            ("pub.mx", "campaign.create"),
            ("pub.mx", "campaign.text"),
            ("root", "campaign.review-text"),
            ("pub.mx", "campaign.submit"),
            ("root", "campaign.approve"),
            ("pub.mx", "campaign.publish"),
        ] {
            assert!(
                actions.iter().any(|(a, b, detail)| a == actor
                    && b == action
                    && detail.starts_with("api-campaign")),
                "{name}: {actor} {action} not in {actions:?}"
            );
        }
    }
}

#[tokio::test]
async fn errors_are_json_with_the_statuses_of_the_pages() {
    for mut site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let mx = site
            .user(
                "pub.mx",
                Role::Publisher {
                    country: faro_core::country::CountryCode::parse("MX").ok(),
                },
            )
            .await;
        let admin = token(&site, &root).await;
        let publisher = token(&site, &mx).await;
        site.campaign_in("draft-one", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        site.campaign_in("in-gt", &["GT"], CampaignStatus::Draft, &root, &other)
            .await;
        let api = Api { site: &site };
        // Method, address, token, body, and the expected status and message.
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a str,
            Option<&'a str>,
            StatusCode,
            &'a str,
        );
        let cases: Vec<Case> = vec![
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some("{not json"),
                StatusCode::BAD_REQUEST,
                "not the JSON expected",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(r#"{"slug":"x-y-z"}"#),
                StatusCode::BAD_REQUEST,
                "missing field",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(
                    r#"{"slug":"x-y-z","starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z","colour":"red"}"#,
                ),
                StatusCode::BAD_REQUEST,
                "unknown field",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(
                    r#"{"slug":"X","starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z"}"#,
                ),
                StatusCode::BAD_REQUEST,
                "is not a campaign name",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(
                    r#"{"slug":"x-y-z","starts_at":"2026-12-01","ends_at":"2026-12-31T00:00:00Z"}"#,
                ),
                StatusCode::BAD_REQUEST,
                "starts_at must be a UTC time",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(
                    r#"{"slug":"x-y-z","locales":["xx"],"starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z"}"#,
                ),
                StatusCode::BAD_REQUEST,
                "is not one of Faro's locales",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &admin,
                Some(
                    r#"{"slug":"draft-one","starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z"}"#,
                ),
                StatusCode::CONFLICT,
                "already exists",
            ),
            (
                "POST",
                "/api/v1/campaigns",
                &publisher,
                Some(
                    r#"{"slug":"x-y-z","countries":["GT"],"starts_at":"2026-12-01T00:00:00Z","ends_at":"2026-12-31T00:00:00Z"}"#,
                ),
                StatusCode::FORBIDDEN,
                "only work on campaigns that target that country",
            ),
            (
                "PUT",
                "/api/v1/campaigns/in-gt/texts/es",
                &publisher,
                Some(r#"{"title":"Hola","body":"Texto.","translation":"machine"}"#),
                StatusCode::FORBIDDEN,
                "only work on campaigns that target that country",
            ),
            (
                "PUT",
                "/api/v1/campaigns/draft-one/texts/es",
                &admin,
                Some(r#"{"title":"","body":"Texto.","translation":"machine"}"#),
                StatusCode::BAD_REQUEST,
                "The title must be",
            ),
            (
                "PUT",
                "/api/v1/campaigns/draft-one/texts/xx",
                &admin,
                Some(r#"{"title":"Hola","body":"Texto.","translation":"machine"}"#),
                StatusCode::NOT_FOUND,
                "is not one of Faro's locales",
            ),
            (
                "GET",
                "/api/v1/campaigns/nowhere",
                &admin,
                None,
                StatusCode::NOT_FOUND,
                "No such campaign.",
            ),
            (
                "POST",
                "/api/v1/campaigns/draft-one/publish",
                &admin,
                None,
                StatusCode::CONFLICT,
                "The campaign is a draft, so it cannot be published.",
            ),
            (
                "GET",
                "/api/v1/nothing-here",
                &admin,
                None,
                StatusCode::NOT_FOUND,
                "No such API endpoint",
            ),
            (
                "DELETE",
                "/api/v1/campaigns/draft-one",
                &admin,
                None,
                StatusCode::METHOD_NOT_ALLOWED,
                "does not take that method",
            ),
        ];
        for (method, uri, token, body, status, message) in cases {
            let reply = api.call(method, uri, Some(token), body, None).await;
            assert_eq!(
                reply.status, status,
                "{name}: {method} {uri} {body:?}: {}",
                reply.reply.body
            );
            assert!(
                reply
                    .reply
                    .header("content-type")
                    .starts_with("application/json"),
                "{name}: {uri}"
            );
            let error = reply.json["error"].as_str().unwrap_or_default();
            assert!(
                error.contains(message),
                "{name}: {uri}: {error:?} lacks {message:?}"
            );
        }
        assert!(!site.exists("x-y-z").await, "{name}");

        // A body that is not declared JSON.
        let reply = site
            .site
            .request(
                Request::post("/api/v1/campaigns")
                    .header("authorization", format!("Bearer {admin}"))
                    .body(Body::from(new_campaign("plain-text", &["MX"]).to_string()))
                    .unwrap(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{name}");
        assert!(reply.body.contains("\"error\""), "{name}: {}", reply.body);

        // A disabled account's token stops working.
        site.store()
            .users()
            .set_disabled("pub.mx", true, "test", now_unix())
            .await
            .unwrap();
        let reply = api
            .send("GET", "/api/v1/campaigns/draft-one", &publisher, None)
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");

        // Second-person approval holds here too.
        let submitter = token(&site, &other).await;
        api.send(
            "POST",
            "/api/v1/campaigns/draft-one/submit",
            &submitter,
            None,
        )
        .await;
        let own = api
            .send(
                "POST",
                "/api/v1/campaigns/draft-one/approve",
                &submitter,
                None,
            )
            .await;
        assert_eq!(own.status, StatusCode::CONFLICT, "{name}");
        assert!(
            own.json["error"]
                .as_str()
                .unwrap()
                .contains("someone else must approve")
        );
        site.second_approver(false);
        let api = Api { site: &site };
        let own = api
            .send(
                "POST",
                "/api/v1/campaigns/draft-one/approve",
                &submitter,
                None,
            )
            .await;
        assert_eq!(own.status, StatusCode::OK, "{name}: {}", own.reply.body);
    }
}

#[tokio::test]
async fn the_api_ignores_cookies_and_needs_no_form_token() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let staff = site
            .user(
                "staff.one",
                Role::Staff {
                    shelter: "test-shelter".into(),
                },
            )
            .await;
        let admin_session = site.browser(&root).await;
        let staff_session = site.browser(&staff).await;
        let admin_token = token(&site, &root).await;
        let api = Api { site: &site };
        let body = new_campaign("by-cookie", &["MX"]).to_string();
        // An admin's session cookie alone opens nothing.
        let cookie = format!("faro_session={}", admin_session.session);
        let reply = api
            .call(
                "POST",
                "/api/v1/campaigns",
                None,
                Some(&body),
                Some(&cookie),
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
        assert!(!site.exists("by-cookie").await, "{name}");
        // A staff session alongside an admin token changes nothing: the token decides.
        let cookie = format!("faro_session={}", staff_session.session);
        let reply = api
            .call(
                "POST",
                "/api/v1/campaigns",
                Some(&admin_token),
                Some(&body),
                Some(&cookie),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::CREATED,
            "{name}: {}",
            reply.reply.body
        );
        assert_eq!(reply.json["created_by"], "root");
        assert!(reply.reply.header("set-cookie").is_empty(), "{name}");
        // The session's form token is no API token.
        let reply = api
            .call(
                "GET",
                "/api/v1/campaigns/by-cookie",
                Some(&admin_session.csrf),
                None,
                None,
            )
            .await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
    }
}

/// `{slug}` and `{locale}` in a path.
fn parameters(path: &str) -> BTreeSet<String> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_openapi_document_describes_exactly_the_routers_endpoints() {
    let site = crate::tests::site().await;
    let served = site.get("/api/v1/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    let document: Value = serde_json::from_str(&served.body).unwrap();
    assert_eq!(document, crate::operators::api::openapi::document());
    assert!(document["openapi"].as_str().unwrap().starts_with("3.0"));
    assert_eq!(document["servers"][0]["url"], crate::operators::api::PREFIX);
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );

    let table: BTreeSet<(String, String)> = crate::operators::api::endpoints()
        .iter()
        .map(|(method, path, _)| (method.as_str().to_owned(), (*path).to_owned()))
        .collect();
    let mut described = BTreeSet::new();
    for (path, operations) in document["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            described.insert((method.to_ascii_uppercase(), path.clone()));
            // Every path parameter is declared, and nothing else in the path.
            let declared: BTreeSet<String> = operation["parameters"]
                .as_array()
                .map(|list| {
                    list.iter()
                        .filter(|p| p["in"] == "path")
                        .map(|p| p["name"].as_str().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(declared, parameters(path), "{method} {path}");
            let responses = operation["responses"].as_object().unwrap();
            let public = operation["security"] == json!([]);
            assert_eq!(
                responses.contains_key("401"),
                !public,
                "{method} {path}: 401 documented only where a token is needed"
            );
            assert!(
                responses.keys().any(|status| status.starts_with('2')),
                "{method} {path}"
            );
        }
    }
    assert_eq!(
        described, table,
        "the document and the router's table differ"
    );
    // Listing, stopping and correcting are among them, with the list's filters and the
    // publish step's choice for a correction.
    for (method, path) in [
        ("GET", "/campaigns"),
        ("POST", "/campaigns/{slug}/stop"),
        ("POST", "/campaigns/{slug}/corrections"),
    ] {
        assert!(
            described.contains(&(method.to_owned(), path.to_owned())),
            "{method} {path}"
        );
    }
    let query = |path: &str, method: &str| -> BTreeSet<String> {
        document["paths"][path][method]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        query("/campaigns", "get"),
        ["before", "country", "limit", "status", "updated_since"]
            .map(str::to_owned)
            .into()
    );
    assert_eq!(
        query("/campaigns/{slug}/publish", "post"),
        ["resend".to_owned()].into()
    );
    assert_eq!(
        document["components"]["schemas"]["Status"]["enum"],
        json!(["draft", "review", "approved", "published", "stopped"])
    );

    // Every reference resolves.
    let text = document.to_string();
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let target = &reference[..reference.find('"').unwrap()];
        let schema = target.strip_prefix("#/components/schemas/").unwrap();
        assert!(schemas.contains_key(schema), "{target}");
    }

    // And the router serves each with its method: anything but the API's own "no such
    // endpoint" and "wrong method" answers.
    for (method, path, _) in crate::operators::api::endpoints() {
        let uri = format!(
            "{}{}",
            crate::operators::api::PREFIX,
            path.replace("{slug}", "some-campaign")
                .replace("{locale}", "fa")
        );
        let body = if method == Method::GET {
            Body::empty()
        } else {
            Body::from("{}")
        };
        let reply = site
            .request(
                Request::builder()
                    .method(method.clone())
                    .uri(&uri)
                    .header("content-type", "application/json")
                    .body(body)
                    .unwrap(),
            )
            .await;
        assert!(
            reply.status != StatusCode::NOT_FOUND && reply.status != StatusCode::METHOD_NOT_ALLOWED,
            "{method} {uri}: {}",
            reply.status
        );
    }
}

#[tokio::test]
async fn campaigns_are_listed_stopped_and_corrected_through_the_api() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let checker = site.user("checker", Role::Admin).await;
        let mx = site
            .user(
                "pub.mx",
                Role::Publisher {
                    country: faro_core::country::CountryCode::parse("MX").ok(),
                },
            )
            .await;
        let (admin, publisher) = (token(&site, &checker).await, token(&site, &mx).await);
        site.subscriber(1, faro_core::Locale::En, Some("MX")).await;
        site.campaign_in(
            "api-live",
            &["MX"],
            CampaignStatus::Published,
            &root,
            &checker,
        )
        .await;
        site.campaign_in("api-gt", &["GT"], CampaignStatus::Draft, &root, &checker)
            .await;
        let api = Api { site: &site };
        let slugs = |reply: &JsonReply| -> Vec<String> {
            reply.json["campaigns"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["slug"].as_str().unwrap().to_owned())
                .collect()
        };

        let published = api
            .send(
                "GET",
                "/api/v1/campaigns?status=published",
                &publisher,
                None,
            )
            .await;
        assert_eq!(
            published.status,
            StatusCode::OK,
            "{name}: {}",
            published.reply.body
        );
        assert_eq!(slugs(&published), ["api-live"], "{name}");
        assert_eq!(published.json["campaigns"][0]["revision"], 1);
        assert_eq!(published.json["next_before"], Value::Null);
        let in_gt = api
            .send("GET", "/api/v1/campaigns?country=gt", &publisher, None)
            .await;
        assert!(slugs(&in_gt).contains(&"api-gt".to_owned()), "{name}");
        assert!(!slugs(&in_gt).contains(&"api-live".to_owned()), "{name}");
        let future = api
            .send(
                "GET",
                "/api/v1/campaigns?updated_since=2099-01-01T00:00:00Z",
                &publisher,
                None,
            )
            .await;
        assert_eq!(slugs(&future), Vec::<String>::new(), "{name}");
        // One at a time, every campaign once.
        let everything = slugs(&api.send("GET", "/api/v1/campaigns", &publisher, None).await);
        let mut paged = Vec::new();
        let mut uri = "/api/v1/campaigns?limit=1".to_owned();
        loop {
            let page = api.send("GET", &uri, &publisher, None).await;
            paged.extend(slugs(&page));
            match page.json["next_before"].as_i64() {
                Some(before) => uri = format!("/api/v1/campaigns?limit=1&before={before}"),
                None => break,
            }
        }
        assert_eq!(paged, everything, "{name}");
        // A filter that is not understood is refused, in the caller's language.
        for query in [
            "status=bogus",
            "limit=0",
            "limit=101",
            "colour=red",
            "status=draft&status=review",
        ] {
            let request = Request::get(format!("/api/v1/campaigns?{query}"))
                .header("authorization", format!("Bearer {publisher}"))
                .header("accept-language", "es-MX")
                .body(Body::empty())
                .unwrap();
            let reply = site.site.request(request).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}: {query}");
            let json: Value = serde_json::from_str(&reply.body).unwrap();
            assert_eq!(json["code"], "api-bad-list-query", "{name}: {query}");
            assert!(
                json["message"].as_str().unwrap().contains("no es válido"),
                "{name}: {query}: {json}"
            );
        }

        // Stopping: not by another publisher; by whoever published it.
        let refused = api
            .send("POST", "/api/v1/campaigns/api-live/stop", &publisher, None)
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{name}");
        assert_eq!(refused.json["code"], "campaign-only-publisher");
        let stopped = api
            .send("POST", "/api/v1/campaigns/api-live/stop", &admin, None)
            .await;
        assert_eq!(
            stopped.status,
            StatusCode::OK,
            "{name}: {}",
            stopped.reply.body
        );
        assert_eq!(stopped.json["status"], "stopped");
        assert_eq!(stopped.json["stopped_by"], "checker");
        assert_eq!(stopped.json["cancelled"], 1, "{name}: the queued message");
        let again = api
            .send("POST", "/api/v1/campaigns/api-live/stop", &admin, None)
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT, "{name}");
        assert_eq!(again.json["code"], "campaign-wrong-status");
        let late = api
            .send(
                "POST",
                "/api/v1/campaigns/api-live/corrections",
                &admin,
                None,
            )
            .await;
        assert_eq!(
            late.status,
            StatusCode::CONFLICT,
            "{name}: a stopped campaign"
        );

        // Correcting: a new revision through the same gate.
        site.campaign_in(
            "api-fix",
            &["MX"],
            CampaignStatus::Published,
            &root,
            &checker,
        )
        .await;
        let due = site.store().outbox().due(now_unix(), 10).await.unwrap();
        for item in due {
            site.store()
                .outbox()
                .mark_sent(item.id, now_unix())
                .await
                .unwrap();
        }
        let started = api
            .send(
                "POST",
                "/api/v1/campaigns/api-fix/corrections",
                &publisher,
                None,
            )
            .await;
        assert_eq!(
            started.status,
            StatusCode::CREATED,
            "{name}: {}",
            started.reply.body
        );
        assert_eq!(
            started.reply.header("location"),
            "/api/v1/campaigns/api-fix-r2"
        );
        assert_eq!(started.json["status"], "draft");
        assert_eq!(started.json["revision"], 2);
        assert_eq!(started.json["corrects"], "api-fix");
        let twice = api
            .send(
                "POST",
                "/api/v1/campaigns/api-fix/corrections",
                &publisher,
                None,
            )
            .await;
        assert_eq!(twice.status, StatusCode::OK, "{name}: the one under way");
        assert_eq!(twice.json["slug"], "api-fix-r2");
        let text = api
            .send(
                "PUT",
                "/api/v1/campaigns/api-fix-r2/texts/en",
                &publisher,
                Some(json!({ "title": "Right date", "body": "On **12 December**.", "translation": "original" })),
            )
            .await;
        assert_eq!(text.status, StatusCode::OK, "{name}");
        for (token, step) in [(&publisher, "submit"), (&admin, "approve")] {
            let reply = api
                .send(
                    "POST",
                    &format!("/api/v1/campaigns/api-fix-r2/{step}"),
                    token,
                    None,
                )
                .await;
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "{name}: {step}: {}",
                reply.reply.body
            );
        }
        let unclear = api
            .send(
                "POST",
                "/api/v1/campaigns/api-fix-r2/publish?resend=maybe",
                &publisher,
                None,
            )
            .await;
        assert_eq!(unclear.status, StatusCode::BAD_REQUEST, "{name}");
        assert_eq!(unclear.json["code"], "api-bad-resend");
        let out = api
            .send(
                "POST",
                "/api/v1/campaigns/api-fix-r2/publish?resend=true",
                &publisher,
                None,
            )
            .await;
        assert_eq!(out.status, StatusCode::OK, "{name}: {}", out.reply.body);
        assert_eq!(out.json["status"], "published");
        assert_eq!(out.json["resend"], true);
        assert_eq!(
            out.json["queued"], 1,
            "{name}: the one chat that got the first text"
        );
        let first = api
            .send("GET", "/api/v1/campaigns/api-fix", &publisher, None)
            .await;
        assert_eq!(first.json["status"], "stopped", "{name}: replaced");
        assert!(
            site.audited(
                "pub.mx",
                "campaign.correct",
                "api-fix-r2 (correction of api-fix)"
            )
            .await
        );
    }
}
