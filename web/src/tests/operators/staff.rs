//! The pages behind a sign-in: sign-in and sign-out, sessions, roles, form tokens, the
//! shelter queue and its actions, the figures; on SQLite and, when configured, PostgreSQL.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::accounts::{NewUser, Role, SessionToken};
use faro_core::clock::now_unix;
use faro_core::country::CountryCode;
use faro_core::intake::{
    Escalation, LanguageTag, NewDeclaration, Origin, Request as IntakeRequest, RequestStatus,
    Subject,
};
use faro_core::store::testing::{self, TestDatabase};

use crate::tests::*;

const PASSWORD: &str = "a long enough password";

struct Site {
    site: TestSite,
    db: TestDatabase,
}

/// A browser holding a session: its cookie and the session's form token.
struct Browser {
    session: String,
    csrf: String,
}

/// One site per test database, each with the test content pack.
async fn sites() -> Vec<Site> {
    let mut all = Vec::new();
    for db in testing::databases().await {
        let mut site = crate::tests::site().await;
        site.move_to(db.store.clone()).await;
        all.push(Site { site, db });
    }
    all
}

fn set_cookies(reply: &Reply) -> Vec<String> {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .map(str::to_owned)
        .collect()
}

/// The value a `Set-Cookie` of the reply gives `name`.
fn cookie_value(reply: &Reply, name: &str) -> Option<String> {
    set_cookies(reply).iter().find_map(|cookie| {
        let first = cookie.split(';').next()?;
        let (key, value) = first.split_once('=')?;
        (key == name && !value.is_empty()).then(|| value.to_owned())
    })
}

/// The value of the first hidden `csrf` field of a page.
fn csrf_field(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("a csrf field") + marker.len();
    let end = start + page[start..].find('"').unwrap();
    page[start..end].to_owned()
}

fn lang(tag: &str) -> LanguageTag {
    LanguageTag::parse(tag).unwrap()
}

impl Site {
    fn name(&self) -> &'static str {
        self.db.name
    }

    async fn user(&self, name: &str, role: Role) {
        let new = NewUser {
            name: name.into(),
            password: PASSWORD.into(),
            role,
        };
        self.site
            .app
            .store
            .users()
            .create(&new, "test", now_unix())
            .await
            .unwrap();
    }

    async fn staff(&self, name: &str, shelter: &str) {
        self.user(
            name,
            Role::Staff {
                shelter: shelter.into(),
            },
        )
        .await;
    }

    /// Opens the sign-in form: (its cookie, its token).
    async fn sign_in_form(&self) -> (String, String) {
        let page = self.site.get("/sign-in").await;
        assert_eq!(page.status, StatusCode::OK, "{}", self.name());
        let cookie = cookie_value(&page, "faro_csrf").expect("a faro_csrf cookie");
        (cookie, csrf_field(&page.body))
    }

    async fn post_sign_in(&self, name: &str, password: &str) -> Reply {
        let (cookie, csrf) = self.sign_in_form().await;
        let body = serde_urlencoded::to_string([
            ("username", name),
            ("password", password),
            ("csrf", csrf.as_str()),
        ])
        .unwrap();
        self.post("/sign-in", Some(&format!("faro_csrf={cookie}")), &body)
            .await
    }

    async fn sign_in(&self, name: &str) -> Browser {
        let reply = self.post_sign_in(name, PASSWORD).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{}: {}",
            self.name(),
            reply.body
        );
        let session = cookie_value(&reply, "faro_session").expect("a session cookie");
        let csrf = self
            .site
            .app
            .store
            .sessions()
            .get(&SessionToken(session.clone()), now_unix())
            .await
            .unwrap()
            .expect("a live session")
            .csrf_token;
        Browser { session, csrf }
    }

    /// The sign-in form posted from a client at `address` (the peer `serve` would record).
    async fn post_sign_in_from(&self, name: &str, password: &str, address: [u8; 4]) -> Reply {
        let (cookie, csrf) = self.sign_in_form().await;
        let body = serde_urlencoded::to_string([
            ("username", name),
            ("password", password),
            ("csrf", csrf.as_str()),
        ])
        .unwrap();
        let mut request = Request::post("/sign-in")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", format!("faro_csrf={cookie}"))
            .body(Body::from(body))
            .unwrap();
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
                address, 40_000,
            ))));
        self.site.request(request).await
    }

    async fn post(&self, uri: &str, cookie: Option<&str>, body: &str) -> Reply {
        let mut request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin");
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        self.site
            .request(request.body(Body::from(body.to_owned())).unwrap())
            .await
    }

    async fn get_as(&self, uri: &str, browser: &Browser) -> Reply {
        let request = Request::get(uri)
            .header("cookie", format!("faro_session={}", browser.session))
            .body(Body::empty())
            .unwrap();
        self.site.request(request).await
    }

    /// A POST from `browser` with its session's form token.
    async fn post_as(&self, uri: &str, browser: &Browser) -> Reply {
        self.post_with(uri, browser, &format!("csrf={}", browser.csrf))
            .await
    }

    async fn post_with(&self, uri: &str, browser: &Browser, body: &str) -> Reply {
        self.post(
            uri,
            Some(&format!("faro_session={}", browser.session)),
            body,
        )
        .await
    }

    async fn request(
        &self,
        chat: i64,
        shelter: &str,
        languages: &[&str],
        shared_origin: Option<&str>,
    ) -> IntakeRequest {
        let new = NewDeclaration {
            subject: Subject::Telegram(chat),
            locale: Locale::Ht,
            origin: Origin::Country(CountryCode::parse(shared_origin.unwrap_or("HT")).unwrap()),
            share_origin: shared_origin.is_some(),
            languages: languages.iter().map(|tag| lang(tag)).collect(),
            shelter_id: Some(shelter.into()),
            city: None,
        };
        self.site
            .app
            .store
            .requests()
            .create(&new, 90, now_unix())
            .await
            .unwrap()
    }

    async fn status_of(&self, request: &IntakeRequest) -> RequestStatus {
        self.site
            .app
            .store
            .requests()
            .get(request.id)
            .await
            .unwrap()
            .status
    }

    async fn audit_actions(&self) -> Vec<(String, String, String)> {
        self.site
            .app
            .store
            .audit_log()
            .newest(100)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| (entry.actor, entry.action, entry.detail))
            .collect()
    }
}

#[tokio::test]
async fn signing_in_sets_a_strict_http_only_session_cookie_and_leads_by_role() {
    for site in sites().await {
        let name = site.name();
        site.staff("ana.staff", "test-shelter").await;
        site.user("root", Role::Admin).await;

        let form = site.site.get("/sign-in").await;
        form.assert_contains("<html lang=\"en\"");
        form.assert_contains("<label for=\"username\">");
        form.assert_contains("<label for=\"password\">");
        form.assert_lacks("<script");
        form.assert_lacks(" style=");
        let csrf_cookie = set_cookies(&form).join("\n");
        assert!(csrf_cookie.contains("faro_csrf="), "{name}: {csrf_cookie}");
        assert!(csrf_cookie.contains("HttpOnly"), "{name}: {csrf_cookie}");
        assert!(
            csrf_cookie.contains("SameSite=Strict"),
            "{name}: {csrf_cookie}"
        );

        let reply = site.post_sign_in("ana.staff", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(reply.header("location"), "/staff", "{name}");
        let session = set_cookies(&reply)
            .into_iter()
            .find(|cookie| cookie.starts_with("faro_session="))
            .expect("a session cookie");
        for part in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
            assert!(
                session.contains(part),
                "{name}: {part} missing in {session}"
            );
        }
        // The pre-session token is spent.
        assert!(
            set_cookies(&reply)
                .iter()
                .any(|cookie| cookie.starts_with("faro_csrf=;") && cookie.contains("Max-Age=0")),
            "{name}"
        );

        let admin = site.post_sign_in("root", PASSWORD).await;
        assert_eq!(admin.header("location"), "/admin", "{name}");

        // Signed in, the sign-in page leads home.
        let browser = site.sign_in("ana.staff").await;
        let again = site.get_as("/sign-in", &browser).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(again.header("location"), "/staff", "{name}");

        let actions = site.audit_actions().await;
        assert!(
            actions
                .iter()
                .any(|(actor, action, _)| actor == "ana.staff" && action == "signin.ok"),
            "{name}: {actions:?}"
        );
        let log = format!("{actions:?}");
        assert!(
            !log.contains(PASSWORD),
            "{name}: a password in the audit log"
        );
    }
}

#[tokio::test]
async fn a_wrong_password_fails_and_the_sixth_attempt_is_rate_limited() {
    for site in sites().await {
        let name = site.name();
        site.staff("bo.staff", "test-shelter").await;
        for _ in 0..5 {
            let reply = site.post_sign_in("bo.staff", "not the password").await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
            reply.assert_contains("Wrong name or password.");
            assert_eq!(cookie_value(&reply, "faro_session"), None, "{name}");
            // The form comes back with the name filled in and a usable token.
            reply.assert_contains("value=\"bo.staff\"");
        }
        // Even the right password is refused while the name is locked.
        let reply = site.post_sign_in("bo.staff", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{name}");
        reply.assert_contains("Too many failed sign-ins");
        assert!(
            reply.header("retry-after").parse::<i64>().unwrap() > 0,
            "{name}"
        );
        assert_eq!(cookie_value(&reply, "faro_session"), None, "{name}");

        // An unknown name fails the same way as a wrong password.
        let reply = site.post_sign_in("nobody", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");

        let actions = site.audit_actions().await;
        for expected in ["signin.failed", "signin.paused"] {
            assert!(
                actions.iter().any(|(_, action, _)| action == expected),
                "{name}: {expected} not in {actions:?}"
            );
        }
    }
}

#[tokio::test]
async fn disabled_users_cannot_sign_in_and_their_sessions_stop_working() {
    for site in sites().await {
        let name = site.name();
        site.staff("cy.staff", "test-shelter").await;
        let browser = site.sign_in("cy.staff").await;
        assert_eq!(site.get_as("/staff", &browser).await.status, StatusCode::OK);
        site.site
            .app
            .store
            .users()
            .set_disabled("cy.staff", true, "test", now_unix())
            .await
            .unwrap();
        let page = site.get_as("/staff", &browser).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(page.header("location"), "/sign-in", "{name}");
        let reply = site.post_sign_in("cy.staff", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
        assert_eq!(cookie_value(&reply, "faro_session"), None, "{name}");
    }
}

#[tokio::test]
async fn the_sign_in_form_needs_its_token() {
    for site in sites().await {
        let name = site.name();
        site.staff("di.staff", "test-shelter").await;
        let (cookie, csrf) = site.sign_in_form().await;
        let with = |token: &str| {
            serde_urlencoded::to_string([
                ("username", "di.staff"),
                ("password", PASSWORD),
                ("csrf", token),
            ])
            .unwrap()
        };
        let without =
            serde_urlencoded::to_string([("username", "di.staff"), ("password", PASSWORD)])
                .unwrap();
        let jar = format!("faro_csrf={cookie}");
        let forged = [
            site.post("/sign-in", Some(&jar), &without).await,
            site.post("/sign-in", None, &with(&csrf)).await,
            site.post("/sign-in", Some(&jar), &with(&"0".repeat(64)))
                .await,
            site.site
                .request(
                    Request::post("/sign-in")
                        .header("content-type", "application/x-www-form-urlencoded")
                        .header("sec-fetch-site", "cross-site")
                        .header("cookie", &jar)
                        .body(Body::from(with(&csrf)))
                        .unwrap(),
                )
                .await,
        ];
        for (index, reply) in forged.iter().enumerate() {
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: case {index}");
            assert_eq!(
                cookie_value(reply, "faro_session"),
                None,
                "{name}: case {index}"
            );
        }
        // The same form with its token works.
        let reply = site.post("/sign-in", Some(&jar), &with(&csrf)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
    }
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in() {
    for site in sites().await {
        let name = site.name();
        let request = site.request(1, "test-shelter", &["ht"], None).await;
        for uri in ["/staff", "/admin", "/admin/figures", "/admin/figures.csv"] {
            let page = site.site.get(uri).await;
            assert_eq!(page.status, StatusCode::SEE_OTHER, "{name}: {uri}");
            assert_eq!(page.header("location"), "/sign-in", "{name}: {uri}");
        }
        let forged = Browser {
            session: "0".repeat(64),
            csrf: "0".repeat(48),
        };
        let uri = format!("/staff/requests/{}/accept", request.id);
        let reply = site.post_as(&uri, &forged).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            site.status_of(&request).await,
            RequestStatus::Waiting,
            "{name}"
        );
    }
}

#[tokio::test]
async fn staff_see_only_their_shelters_queue_and_admins_every_shelter() {
    for site in sites().await {
        let name = site.name();
        let here = site.request(1, "test-shelter", &["ht", "wo"], None).await;
        let shared = site.request(2, "test-shelter", &["fa"], Some("AF")).await;
        let there = site.request(3, "far-shelter", &["es"], None).await;
        site.staff("ed.staff", "test-shelter").await;
        site.user("root", Role::Admin).await;

        let staff = site.sign_in("ed.staff").await;
        let page = site.get_as("/staff", &staff).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_contains("<html lang=\"en\"");
        // Its one script comes from this server; nothing inline.
        page.assert_contains("<script src=\"/static/staff-queue.");
        page.assert_lacks("<script>");
        page.assert_lacks(" style=");
        page.assert_contains(here.reference.as_str());
        page.assert_contains(shared.reference.as_str());
        page.assert_lacks(there.reference.as_str());
        page.assert_contains("Albergue Prueba");
        // A locale by its own name, another language by its English one.
        page.assert_contains(&escape("Kreyòl ayisyen (ht)"));
        page.assert_contains("Wolof (wo)");
        page.assert_contains("under 1 min");
        page.assert_contains("Waiting");
        // The origin only where the person agreed to share it.
        page.assert_contains(">AF<");
        page.assert_lacks(">HT<");
        page.assert_contains("not shared");
        page.assert_contains(&format!("action=\"/staff/requests/{}/accept\"", here.id));
        // Cancel is a link to a page that asks first, not a button beside Accept.
        page.assert_contains(&format!("href=\"/staff/requests/{}/cancel\"", here.id));
        page.assert_lacks(&format!("action=\"/staff/requests/{}/cancel\"", here.id));
        page.assert_contains(&format!("name=\"csrf\" value=\"{}\"", staff.csrf));
        page.assert_lacks("<select");

        let own = site.get_as("/staff?shelter=test-shelter", &staff).await;
        assert_eq!(own.status, StatusCode::OK, "{name}");
        let other = site.get_as("/staff?shelter=far-shelter", &staff).await;
        assert_eq!(other.status, StatusCode::FORBIDDEN, "{name}");
        other.assert_lacks(there.reference.as_str());

        let admin = site.sign_in("root").await;
        let all = site.get_as("/staff", &admin).await;
        assert_eq!(all.status, StatusCode::OK, "{name}");
        all.assert_contains(here.reference.as_str());
        all.assert_contains(there.reference.as_str());
        all.assert_contains("<label for=\"shelter\">");
        let one = site.get_as("/staff?shelter=far-shelter", &admin).await;
        one.assert_contains(there.reference.as_str());
        one.assert_lacks(here.reference.as_str());
        // Someone who did not say where they are: only admins' every-shelter view has them.
        let nowhere = NewDeclaration {
            subject: Subject::Telegram(4),
            locale: Locale::So,
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![lang("so")],
            shelter_id: None,
            city: None,
        };
        let unplaced = site
            .site
            .app
            .store
            .requests()
            .create(&nowhere, 90, now_unix())
            .await
            .unwrap();
        let all = site.get_as("/staff", &admin).await;
        all.assert_contains("No shelter given");
        all.assert_contains(unplaced.reference.as_str());
        site.get_as("/staff?shelter=far-shelter", &admin)
            .await
            .assert_lacks(unplaced.reference.as_str());
        site.get_as("/staff", &staff)
            .await
            .assert_lacks(unplaced.reference.as_str());
        for bad in [
            "/staff?shelter=nowhere",
            "/staff?shelter=near-clinic",
            "/staff?other=1",
        ] {
            let reply = site.get_as(bad, &admin).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}: {bad}");
        }
        assert_eq!(
            site.get_as("/staff?shelter=nowhere", &staff).await.status,
            StatusCode::BAD_REQUEST,
            "{name}"
        );
    }
}

#[tokio::test]
async fn roles_open_only_their_pages() {
    for site in sites().await {
        let name = site.name();
        let request = site.request(1, "test-shelter", &["ht"], None).await;
        site.staff("fe.staff", "test-shelter").await;
        site.user(
            "pub.mx",
            Role::Publisher {
                country: CountryCode::parse("MX").ok(),
            },
        )
        .await;
        let staff = site.sign_in("fe.staff").await;
        let publisher = site.sign_in("pub.mx").await;
        for uri in ["/admin", "/admin/figures", "/admin/figures.csv"] {
            let reply = site.get_as(uri, &staff).await;
            assert_eq!(
                reply.status,
                StatusCode::FORBIDDEN,
                "{name}: staff on {uri}"
            );
            reply.assert_contains("does not give access");
            assert_eq!(
                site.get_as(uri, &publisher).await.status,
                StatusCode::OK,
                "{name}: {uri}"
            );
        }
        assert_eq!(
            site.get_as("/staff", &publisher).await.status,
            StatusCode::FORBIDDEN,
            "{name}"
        );
        let uri = format!("/staff/requests/{}/accept", request.id);
        assert_eq!(
            site.post_as(&uri, &publisher).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            site.status_of(&request).await,
            RequestStatus::Waiting,
            "{name}"
        );
        // Each sees the navigation of its own role.
        let home = site.get_as("/admin", &publisher).await;
        home.assert_contains("href=\"/admin/figures\"");
        home.assert_lacks("href=\"/staff\"");
    }
}

#[tokio::test]
async fn staff_accept_finish_and_cancel_requests_and_each_change_is_audited() {
    for site in sites().await {
        let name = site.name();
        let first = site.request(1, "test-shelter", &["ht"], None).await;
        let second = site.request(2, "test-shelter", &["fr"], None).await;
        site.staff("gu.staff", "test-shelter").await;
        let staff = site.sign_in("gu.staff").await;
        let act = |request: &IntakeRequest, action: &str| {
            format!("/staff/requests/{}/{action}", request.id)
        };

        let reply = site.post_as(&act(&first, "accept"), &staff).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            reply.body
        );
        assert_eq!(reply.header("location"), "/staff", "{name}");
        assert_eq!(
            site.status_of(&first).await,
            RequestStatus::Accepted,
            "{name}"
        );
        // A second click changes nothing and is no error.
        let again = site.post_as(&act(&first, "accept"), &staff).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            site.status_of(&first).await,
            RequestStatus::Accepted,
            "{name}"
        );
        // One acceptance, so one wait measured for /metrics; the second click adds none.
        let text = site.site.app.metrics.encode().unwrap();
        assert!(
            text.contains("\nfaro_interpreter_request_accept_seconds_count 1\n"),
            "{name}: {text}"
        );
        let page = site.get_as("/staff", &staff).await;
        page.assert_contains("Accepted");
        page.assert_contains(&format!("action=\"/staff/requests/{}/done\"", first.id));

        let done = site.post_as(&act(&first, "done"), &staff).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(site.status_of(&first).await, RequestStatus::Done, "{name}");
        // A finished request leaves the queue.
        site.get_as("/staff", &staff)
            .await
            .assert_lacks(first.reference.as_str());

        // Done before accepted, and accepting what is done, do not fit: 409.
        let early = site.post_as(&act(&second, "done"), &staff).await;
        assert_eq!(early.status, StatusCode::CONFLICT, "{name}");
        early.assert_contains("The request is waiting");
        let late = site.post_as(&act(&first, "accept"), &staff).await;
        assert_eq!(late.status, StatusCode::CONFLICT, "{name}");
        assert_eq!(site.status_of(&first).await, RequestStatus::Done, "{name}");

        // Cancel without its page's confirmation is sent to that page and changes nothing.
        let unconfirmed = site.post_as(&act(&second, "cancel"), &staff).await;
        assert_eq!(unconfirmed.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            unconfirmed.header("location"),
            act(&second, "cancel"),
            "{name}"
        );
        assert_eq!(
            site.status_of(&second).await,
            RequestStatus::Waiting,
            "{name}"
        );
        let cancel = site
            .post_with(
                &act(&second, "cancel"),
                &staff,
                &format!("csrf={}&confirm=yes", staff.csrf),
            )
            .await;
        assert_eq!(cancel.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            site.status_of(&second).await,
            RequestStatus::Cancelled,
            "{name}"
        );

        let actions = site.audit_actions().await;
        let of = |action: &str, request: &IntakeRequest| {
            actions
                .iter()
                .filter(|(actor, a, detail)| {
                    actor == "gu.staff" && a == action && detail == request.reference.as_str()
                })
                .count()
        };
        assert_eq!(of("request.accept", &first), 1, "{name}: {actions:?}");
        assert_eq!(of("request.done", &first), 1, "{name}: {actions:?}");
        assert_eq!(of("request.cancel", &second), 1, "{name}: {actions:?}");
    }
}

#[tokio::test]
async fn forms_without_the_sessions_token_are_refused_and_change_nothing() {
    for site in sites().await {
        let name = site.name();
        let request = site.request(1, "test-shelter", &["ht"], None).await;
        site.staff("ha.staff", "test-shelter").await;
        site.staff("hb.staff", "test-shelter").await;
        let staff = site.sign_in("ha.staff").await;
        let other = site.sign_in("hb.staff").await;
        let uri = format!("/staff/requests/{}/accept", request.id);
        let cases = [
            site.post_with(&uri, &staff, "").await,
            site.post_with(&uri, &staff, "csrf=").await,
            site.post_with(&uri, &staff, &format!("csrf={}", "0".repeat(48)))
                .await,
            // Another session's token is not this one's.
            site.post_with(&uri, &staff, &format!("csrf={}", other.csrf))
                .await,
            site.post_with(
                &uri,
                &staff,
                &format!("csrf={}&csrf={}", staff.csrf, staff.csrf),
            )
            .await,
            site.site
                .request(
                    Request::post(&uri)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .header("sec-fetch-site", "cross-site")
                        .header("cookie", format!("faro_session={}", staff.session))
                        .body(Body::from(format!("csrf={}", staff.csrf)))
                        .unwrap(),
                )
                .await,
        ];
        for (index, reply) in cases.iter().enumerate() {
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: case {index}");
            reply.assert_contains("Form refused");
            assert_eq!(
                reply.header("cache-control"),
                "no-store",
                "{name}: case {index}"
            );
        }
        assert_eq!(
            site.status_of(&request).await,
            RequestStatus::Waiting,
            "{name}"
        );
        // Sign-out is a form too.
        let out = site.post_with("/sign-out", &staff, "").await;
        assert_eq!(out.status, StatusCode::FORBIDDEN, "{name}");
        assert_eq!(
            site.get_as("/staff", &staff).await.status,
            StatusCode::OK,
            "{name}"
        );
    }
}

#[tokio::test]
async fn another_shelters_request_is_not_found() {
    for site in sites().await {
        let name = site.name();
        let there = site.request(1, "far-shelter", &["es"], None).await;
        site.staff("io.staff", "test-shelter").await;
        site.user("root", Role::Admin).await;
        let staff = site.sign_in("io.staff").await;
        let missing = site.post_as("/staff/requests/999999/accept", &staff).await;
        let other = site
            .post_as(&format!("/staff/requests/{}/accept", there.id), &staff)
            .await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{name}");
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{name}");
        // Exactly the answer for a request that does not exist.
        assert_eq!(other.body, missing.body, "{name}");
        other.assert_lacks(there.reference.as_str());
        assert_eq!(
            site.status_of(&there).await,
            RequestStatus::Waiting,
            "{name}"
        );
        for bad in [
            format!("/staff/requests/{}/approve", there.id),
            "/staff/requests/abc/accept".to_owned(),
        ] {
            assert_eq!(
                site.post_as(&bad, &staff).await.status,
                StatusCode::NOT_FOUND,
                "{name}: {bad}"
            );
        }

        // An admin works every shelter's queue and goes back to that shelter.
        let admin = site.sign_in("root").await;
        let reply = site
            .post_as(&format!("/staff/requests/{}/accept", there.id), &admin)
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            reply.header("location"),
            "/staff?shelter=far-shelter",
            "{name}"
        );
        assert_eq!(
            site.status_of(&there).await,
            RequestStatus::Accepted,
            "{name}"
        );
    }
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    for site in sites().await {
        let name = site.name();
        site.staff("jo.staff", "test-shelter").await;
        let staff = site.sign_in("jo.staff").await;
        let page = site.get_as("/staff", &staff).await;
        page.assert_contains("action=\"/sign-out\"");
        let reply = site.post_as("/sign-out", &staff).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(reply.header("location"), "/sign-in", "{name}");
        let cleared = set_cookies(&reply).join("\n");
        assert!(
            cleared.contains("faro_session=;") && cleared.contains("Max-Age=0"),
            "{name}: {cleared}"
        );
        // The old cookie no longer opens anything, even if the browser kept it.
        let after = site.get_as("/staff", &staff).await;
        assert_eq!(after.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(after.header("location"), "/sign-in", "{name}");
        assert!(
            site.audit_actions()
                .await
                .iter()
                .any(|(actor, action, _)| actor == "jo.staff" && action == "signout"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn figures_are_suppressed_and_show_no_record() {
    for site in sites().await {
        let name = site.name();
        let mut references = Vec::new();
        // Figures show closed quarters only: these people declared two quarters ago.
        let closed = now_unix() - 200 * 86_400;
        let declare = |chat: i64, origin: Origin, language: &str, shelter: &str| NewDeclaration {
            subject: Subject::Telegram(chat),
            locale: Locale::Fa,
            origin,
            share_origin: false,
            languages: vec![lang(language)],
            shelter_id: Some(shelter.into()),
            city: None,
        };
        let haiti = Origin::Country(faro_core::country::CountryCode::parse("HT").unwrap());
        let mut people = Vec::new();
        for chat in 1..=6 {
            people.push(declare(chat, haiti, "ht", "test-shelter"));
        }
        // Two people preferred not to say where they are from.
        for chat in 7..=8 {
            people.push(declare(chat, Origin::Undisclosed, "fa", "far-shelter"));
        }
        for new in &people {
            let request = site
                .site
                .app
                .store
                .requests()
                .create(new, 90, closed)
                .await
                .unwrap();
            references.push(request.reference);
        }
        site.user("root", Role::Admin).await;
        let admin = site.sign_in("root").await;

        let page = site.get_as("/admin/figures", &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_contains("<html lang=\"en\"");
        page.assert_lacks("<script");
        page.assert_lacks(" style=");
        page.assert_contains("<caption>Declarations by origin and month</caption>");
        // The two who preferred not to say are fewer than five: summed into "other", shown as
        // under five; Haiti's six would give them away against the total, so it hides too.
        page.assert_lacks("<th scope=\"row\">undisclosed</th>");
        page.assert_contains("<th scope=\"row\">other (groups under 5 in all)</th>");
        // askama escapes "<" as a character reference. Haiti's six, hidden to protect the
        // small "other", reads "hidden", not "<5": it is not small.
        page.assert_contains("<td>&#60;5</td>");
        page.assert_contains("<td>hidden</td>");
        page.assert_lacks("<td>-</td>");
        page.assert_contains("How small counts are hidden");
        page.assert_contains("&#34;hidden&#34; means the count may be of any size");
        page.assert_contains("<td>10</td>");
        page.assert_contains(&escape("Kreyòl ayisyen (ht)"));
        page.assert_contains("href=\"/admin/figures.csv\"");

        let csv = site.get_as("/admin/figures.csv", &admin).await;
        assert_eq!(csv.status, StatusCode::OK, "{name}");
        assert!(csv.header("content-type").starts_with("text/csv"), "{name}");
        assert!(
            csv.header("content-disposition").starts_with("attachment"),
            "{name}"
        );
        assert!(csv.body.starts_with("\"origin\","), "{name}: {}", csv.body);
        // The row small groups are summed into reads in the operator's words, as on the page.
        assert!(
            csv.body.contains("\"other (groups under 5 in all)\","),
            "{name}: {}",
            csv.body
        );
        assert!(csv.body.contains(",<5"), "{name}: {}", csv.body);
        assert!(csv.body.contains(",\"hidden\""), "{name}: {}", csv.body);
        assert!(csv.body.contains("\"language\","), "{name}");
        assert!(csv.body.contains("\"shelter\","), "{name}");

        // No reference, subject or other trace of a single person anywhere.
        for text in [&page.body, &csv.body] {
            for reference in &references {
                assert!(
                    !text.contains(reference.as_str()),
                    "{name}: {reference} shown"
                );
            }
            assert!(!text.contains("tg:"), "{name}");
        }
    }
}

#[tokio::test]
async fn pages_behind_a_sign_in_are_never_stored_or_shared() {
    for site in sites().await {
        let name = site.name();
        let here = site.request(1, "test-shelter", &["ht"], None).await;
        let there = site.request(2, "far-shelter", &["es"], None).await;
        site.staff("ka.staff", "test-shelter").await;
        site.staff("kb.staff", "far-shelter").await;
        site.user("root", Role::Admin).await;
        let first = site.sign_in("ka.staff").await;
        let second = site.sign_in("kb.staff").await;
        let admin = site.sign_in("root").await;

        let page = site.get_as("/staff", &first).await;
        page.assert_contains(here.reference.as_str());
        // The same address for someone else is rendered for them, not taken from a cache.
        let theirs = site.get_as("/staff", &second).await;
        theirs.assert_contains(there.reference.as_str());
        theirs.assert_lacks(here.reference.as_str());
        let anonymous = site.site.get("/staff").await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "{name}");

        let replies = [
            page,
            theirs,
            anonymous,
            site.site.get("/sign-in").await,
            site.get_as("/admin", &admin).await,
            site.get_as("/admin/figures", &admin).await,
            site.get_as("/admin/figures.csv", &admin).await,
            site.get_as("/admin/figures", &first).await,
            site.post_as(&format!("/staff/requests/{}/accept", here.id), &first)
                .await,
            site.post_sign_in("ka.staff", "not the password").await,
        ];
        for (index, reply) in replies.iter().enumerate() {
            assert_eq!(
                reply.header("cache-control"),
                "no-store",
                "{name}: case {index}"
            );
            assert!(reply.headers.get("etag").is_none(), "{name}: case {index}");
            let csp = reply.header("content-security-policy");
            assert!(!csp.contains("unsafe-inline"), "{name}: case {index}");
        }
    }
}

#[tokio::test]
async fn a_stranger_cannot_lock_the_holder_out_and_the_holder_is_told() {
    const STRANGER: [u8; 4] = [203, 0, 113, 66];
    const HOLDER: [u8; 4] = [198, 51, 100, 7];
    for site in sites().await {
        let name = site.name();
        site.user("admin2", Role::Admin).await;
        // Variants of the name share the count, as before.
        for guess in ["admin2", "ADMIN2", " admin2 ", "admin2", "Admin2"] {
            let reply = site
                .post_sign_in_from(guess, "not the password", STRANGER)
                .await;
            assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{name}");
        }
        let reply = site.post_sign_in_from("admin2", PASSWORD, STRANGER).await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{name}");
        // The admin, from their own address, signs in at once…
        let reply = site.post_sign_in_from("admin2", PASSWORD, HOLDER).await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            reply.body
        );
        // …and lands on their account page, which tells them.
        assert_eq!(reply.header("location"), "/account", "{name}");
        let session = cookie_value(&reply, "faro_session").expect("a session");
        let csrf = site
            .site
            .app
            .store
            .sessions()
            .get(&SessionToken(session.clone()), now_unix())
            .await
            .unwrap()
            .unwrap()
            .csrf_token;
        let browser = Browser { session, csrf };
        let page = site.get_as("/account", &browser).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_contains("5 failed sign-ins were made with your name");
        // The next sign-in, with nothing new, goes home.
        let reply = site.post_sign_in_from("admin2", PASSWORD, HOLDER).await;
        assert_eq!(reply.header("location"), "/admin", "{name}");
    }
}

#[tokio::test]
async fn when_the_hashing_queue_is_full_a_sign_in_is_refused_before_hashing() {
    for mut site in sites().await {
        let name = site.name();
        site.staff("fa.staff", "test-shelter").await;
        site.site.app.passwords = faro_core::accounts::PasswordWork::new(1);
        site.site.router = crate::router(site.site.app.clone(), Router::new());
        let mut held = Vec::new();
        while let Ok(admission) = site.site.app.passwords.admit() {
            held.push(admission);
        }
        let audit_before = site.audit_actions().await.len();
        let reply = site.post_sign_in("fa.staff", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE, "{name}");
        reply.assert_contains("checking many sign-ins");
        assert_eq!(reply.header("retry-after"), "2", "{name}");
        assert_eq!(cookie_value(&reply, "faro_session"), None, "{name}");
        assert_eq!(
            site.audit_actions().await.len(),
            audit_before,
            "{name}: nothing written"
        );
        drop(held);
        let reply = site.post_sign_in("fa.staff", PASSWORD).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}: room again");
    }
}

#[tokio::test]
async fn every_operator_changes_their_password_and_their_other_sessions_end() {
    for site in sites().await {
        let name = site.name();
        site.staff("gi.staff", "test-shelter").await;
        let here = site.sign_in("gi.staff").await;
        let elsewhere = site.sign_in("gi.staff").await;
        let page = site.get_as("/account", &here).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_contains("action=\"/account/password\"");
        page.assert_contains("autocomplete=\"new-password\"");
        page.assert_lacks("failed sign-ins were made");
        let change = |current: &str, new: &str, repeat: &str, csrf: &str| {
            serde_urlencoded::to_string([
                ("csrf", csrf),
                ("current", current),
                ("new", new),
                ("repeat", repeat),
            ])
            .unwrap()
        };
        let new = "tres tristes tigres 9";
        for (body, expected) in [
            (
                change("wrong one!!!", new, new, &here.csrf),
                "current password is wrong",
            ),
            (
                change(PASSWORD, "aaaaaaaaaaaa", "aaaaaaaaaaaa", &here.csrf),
                "one character or group repeated",
            ),
            (
                change(PASSWORD, "Password2024!", "Password2024!", &here.csrf),
                "most common passwords",
            ),
            (
                change(PASSWORD, new, "something else", &here.csrf),
                "not the same",
            ),
        ] {
            let reply = site.post_with("/account/password", &here, &body).await;
            assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{name}: {expected}");
            reply.assert_contains(expected);
        }
        // Without the session's form token: refused as forged.
        let forged = site
            .post_with(
                "/account/password",
                &here,
                &change(PASSWORD, new, new, &"0".repeat(48)),
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{name}");
        let reply = site
            .post_with(
                "/account/password",
                &here,
                &change(PASSWORD, new, new, &here.csrf),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            reply.body
        );
        assert_eq!(reply.header("location"), "/account?changed", "{name}");
        assert_eq!(
            site.get_as("/staff", &here).await.status,
            StatusCode::OK,
            "{name}"
        );
        assert_eq!(
            site.get_as("/staff", &elsewhere).await.header("location"),
            "/sign-in",
            "{name}: the other session ended"
        );
        assert_eq!(
            site.post_sign_in("gi.staff", PASSWORD).await.status,
            StatusCode::UNAUTHORIZED,
            "{name}"
        );
        assert_eq!(
            site.post_sign_in("gi.staff", new).await.status,
            StatusCode::SEE_OTHER,
            "{name}"
        );
        assert!(
            site.audit_actions()
                .await
                .iter()
                .any(|(actor, action, _)| actor == "gi.staff" && action == "password.change"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn bodies_over_a_routes_limit_are_refused_with_413() {
    let site = crate::tests::site().await;
    // Declared larger than the route takes (the probe's 1 TB sign-in): refused unread.
    for (uri, declared) in [
        ("/sign-in", 1_000_000_000_000_u64),
        ("/sign-in", crate::operators::sign_in::BODY_LIMIT as u64 + 1),
        (
            "/staff/requests/1/accept",
            crate::OPERATOR_PAGES_BODY_LIMIT as u64 + 1,
        ),
        ("/api/v1/campaigns", crate::API_BODY_LIMIT as u64 + 1),
    ] {
        let reply = site
            .request(
                Request::post(uri)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("content-length", declared.to_string())
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{uri} {declared}"
        );
    }
    // Sent without a declared length, and longer than the sign-in form may be: cut off by
    // the extractor's limit.
    let reply = site
        .request(
            Request::post("/sign-in")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("x".repeat(10 * 1024)))
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
}

/// The queue's fingerprint as `browser` polls it.
async fn version_of(site: &Site, browser: &Browser, query: &str) -> serde_json::Value {
    let reply = site
        .get_as(&format!("/staff/queue/version{query}"), browser)
        .await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}: {}",
        site.name(),
        reply.body
    );
    assert!(
        reply.header("content-type").starts_with("application/json"),
        "{}",
        site.name()
    );
    assert_eq!(reply.header("cache-control"), "no-store", "{}", site.name());
    serde_json::from_str(&reply.body).unwrap()
}

#[tokio::test]
async fn the_queue_poll_changes_with_the_shelters_requests_only() {
    for site in sites().await {
        let name = site.name();
        site.staff("lu.staff", "test-shelter").await;
        site.user("root", Role::Admin).await;
        site.user("pub.any", Role::Publisher { country: None })
            .await;
        let staff = site.sign_in("lu.staff").await;
        let empty = version_of(&site, &staff, "").await;
        assert_eq!(empty["waiting"], 0, "{name}");

        // The page carries the fingerprint it was drawn at, and the address to poll.
        let page = site.get_as("/staff", &staff).await;
        page.assert_contains(&format!(
            "data-version=\"{}\"",
            empty["version"].as_str().unwrap()
        ));
        page.assert_contains("data-poll=\"/staff/queue/version\"");
        page.assert_contains("role=\"status\" aria-live=\"polite\"");
        page.assert_contains("<input type=\"checkbox\" id=\"queue-sound\">");
        // Only this page may ask the server from its script, and nothing else is loosened.
        let csp = page.header("content-security-policy");
        assert!(csp.contains("connect-src 'self'"), "{name}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{name}: {csp}");
        assert!(csp.contains("script-src 'self';"), "{name}: {csp}");
        let sign_in = site.site.get("/sign-in").await;
        assert!(
            !sign_in
                .header("content-security-policy")
                .contains("connect-src"),
            "{name}"
        );

        // Another shelter's new request: this queue has not changed.
        let there = site.request(1, "far-shelter", &["es"], None).await;
        assert_eq!(version_of(&site, &staff, "").await, empty, "{name}");
        // This shelter's: it has, and it says a request arrived.
        let here = site.request(2, "test-shelter", &["ht"], None).await;
        let arrived = version_of(&site, &staff, "").await;
        assert_ne!(arrived["version"], empty["version"], "{name}");
        assert_eq!(arrived["waiting"], 1, "{name}");
        assert_eq!(arrived["newest"], here.id, "{name}");
        // A change of status shows too, within the same second.
        site.post_as(&format!("/staff/requests/{}/accept", here.id), &staff)
            .await;
        let accepted = version_of(&site, &staff, "").await;
        assert_ne!(accepted["version"], arrived["version"], "{name}");
        assert_eq!(accepted["waiting"], 0, "{name}");

        // Staff are refused another shelter's; admins see any, or all.
        let refused = site
            .get_as("/staff/queue/version?shelter=far-shelter", &staff)
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{name}");
        let admin = site.sign_in("root").await;
        let far = version_of(&site, &admin, "?shelter=far-shelter").await;
        assert_eq!(far["newest"], there.id, "{name}");
        assert_eq!(far["waiting"], 1, "{name}");
        let all = version_of(&site, &admin, "").await;
        assert_eq!(all["waiting"], 1, "{name}: far's waiting, ours accepted");
        assert_eq!(all["newest"], here.id.max(there.id), "{name}");
        let publisher = site.sign_in("pub.any").await;
        assert_eq!(
            site.get_as("/staff/queue/version", &publisher).await.status,
            StatusCode::FORBIDDEN,
            "{name}"
        );
        assert_eq!(
            site.get_as("/staff/queue/version?x=1", &staff).await.status,
            StatusCode::BAD_REQUEST,
            "{name}"
        );
    }
}

#[tokio::test]
async fn cancel_asks_first_on_its_own_page() {
    for site in sites().await {
        let name = site.name();
        let here = site.request(1, "test-shelter", &["ht"], None).await;
        let there = site.request(2, "far-shelter", &["es"], None).await;
        site.staff("mo.staff", "test-shelter").await;
        let staff = site.sign_in("mo.staff").await;
        let ask = format!("/staff/requests/{}/cancel", here.id);
        let page = site.get_as(&ask, &staff).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        page.assert_contains(here.reference.as_str());
        page.assert_contains(&format!("Cancel request {}?", here.reference.as_str()));
        page.assert_contains(&format!("<form method=\"post\" action=\"{ask}\">"));
        page.assert_contains("<input type=\"hidden\" name=\"confirm\" value=\"yes\">");
        page.assert_contains("class=\"danger\"");
        page.assert_contains("href=\"/staff\"");
        page.assert_lacks("<script");
        // Opening it changes nothing.
        assert_eq!(
            site.status_of(&here).await,
            RequestStatus::Waiting,
            "{name}"
        );
        // Another shelter's is not there for this account.
        let other = site
            .get_as(&format!("/staff/requests/{}/cancel", there.id), &staff)
            .await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{name}");
        other.assert_lacks(there.reference.as_str());

        let yes = site
            .post_with(&ask, &staff, &format!("csrf={}&confirm=yes", staff.csrf))
            .await;
        assert_eq!(yes.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(yes.header("location"), "/staff", "{name}");
        assert_eq!(
            site.status_of(&here).await,
            RequestStatus::Cancelled,
            "{name}"
        );
        assert!(
            site.audit_actions()
                .await
                .iter()
                .any(|(actor, action, detail)| actor == "mo.staff"
                    && action == "request.cancel"
                    && detail == here.reference.as_str()),
            "{name}"
        );
        let refused = site
            .post_with(
                &format!("/staff/requests/{}/cancel", there.id),
                &staff,
                &format!("csrf={}&confirm=yes", staff.csrf),
            )
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{name}");
        assert_eq!(
            site.status_of(&there).await,
            RequestStatus::Waiting,
            "{name}"
        );
    }
}

#[tokio::test]
async fn each_request_is_a_card_with_cancel_apart_from_accept() {
    for site in sites().await {
        let name = site.name();
        let here = site.request(1, "test-shelter", &["ht"], None).await;
        site.staff("ny.staff", "test-shelter").await;
        let staff = site.sign_in("ny.staff").await;
        let page = site.get_as("/staff", &staff).await;
        page.assert_lacks("<table");
        let start = page
            .body
            .find("<li class=\"request-card\">")
            .expect("a card");
        let card = &page.body[start..start + page.body[start..].find("</li>").unwrap()];
        assert!(card.contains(here.reference.as_str()), "{name}: {card}");
        // Accept is the card's one form; Cancel a link after it, outside it.
        assert_eq!(card.matches("<form").count(), 1, "{name}: {card}");
        let form_end = card.find("</form>").unwrap();
        let cancel = card.find("class=\"cancel-link\"").unwrap();
        assert!(cancel > form_end, "{name}: {card}");
    }
}

#[tokio::test]
async fn a_request_nobody_accepted_in_time_is_marked_for_the_staff() {
    for site in sites().await {
        let name = site.name();
        let late = site.request(1, "test-shelter", &["ht"], None).await;
        let fresh = site.request(2, "test-shelter", &["ht"], None).await;
        let requests = site.site.app.store.requests();
        for (from, to) in [
            (Escalation::Local, Escalation::Remote),
            (Escalation::Remote, Escalation::Staff),
        ] {
            assert!(
                requests
                    .escalate(late.id, from, to, now_unix())
                    .await
                    .unwrap(),
                "{name}"
            );
        }
        site.staff("ed.staff", "test-shelter").await;
        let staff = site.sign_in("ed.staff").await;
        let page = site.get_as("/staff", &staff).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        let mark = escape(
            &site
                .site
                .app
                .translations
                .text(Locale::En, "op-relay-unanswered"),
        );
        // Once, on the late request's card only.
        assert_eq!(page.body.matches(&mark).count(), 1, "{name}");
        let card_of = |reference: &str| {
            let start = page.body.find(reference).unwrap();
            let end = page.body[start..].find("</li>").unwrap() + start;
            page.body[start..end].to_owned()
        };
        assert!(card_of(late.reference.as_str()).contains(&mark), "{name}");
        assert!(!card_of(fresh.reference.as_str()).contains(&mark), "{name}");
    }
}

#[tokio::test]
async fn response_times_show_per_language_aggregates_without_small_groups() {
    for site in sites().await {
        let name = site.name();
        let requests = site.site.app.store.requests();
        // Six Kreyòl requests at this shelter accepted after 1 to 6 minutes; two Tigrinya
        // ones (too few to show); five Kreyòl ones at another shelter accepted after an hour.
        let mut chat = 10;
        for (shelter, language, minutes) in [
            ("test-shelter", "ht", vec![1, 2, 3, 4, 5, 6]),
            ("test-shelter", "ti", vec![1, 40]),
            ("far-shelter", "ht", vec![60, 60, 60, 60, 60]),
        ] {
            for after in minutes {
                chat += 1;
                let request = site.request(chat, shelter, &[language], None).await;
                requests
                    .set_status(
                        request.id,
                        RequestStatus::Accepted,
                        request.created_at + after * 60,
                    )
                    .await
                    .unwrap();
            }
        }
        let tr = |key: &str| escape(&site.site.app.translations.text(Locale::En, key));
        let section = |body: &str| {
            let start = body.find("class=\"response-times\"").expect("the section");
            body[start..start + body[start..].find("</section>").unwrap()].to_owned()
        };
        site.staff("ida.staff", "test-shelter").await;
        let staff = site.sign_in("ida.staff").await;
        let page = site.get_as("/staff", &staff).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        let times = section(&page.body);
        assert!(
            times.contains(&tr("op-response-caption")),
            "{name}: {times}"
        );
        // On the staff page (a phone's), a card per language.
        let card = |label: &str| {
            let start = times.find(&format!("<h3>{label}</h3>")).expect(label);
            times[start..start + times[start..].find("</li>").unwrap()]
                .split("<dd>")
                .skip(1)
                .map(|cell| cell.split("</dd>").next().unwrap().to_owned())
                .collect::<Vec<_>>()
        };
        // This shelter's Kreyòl: five counted (six, rounded), median 3 min, too few for
        // "9 in 10", all within the 10 minutes.
        assert_eq!(
            card("Kreyòl ayisyen (ht)"),
            ["5", "3 min", "–", "100 %"],
            "{name}: {times}"
        );
        // Tigrinya is not named: its two requests are in "other", which shows nothing.
        assert!(!times.contains("(ti)"), "{name}: {times}");
        assert_eq!(
            card(&tr("op-figures-other")),
            ["&#60;5", "–", "–", "–"],
            "{name}: {times}"
        );
        // Another shelter's hour-long waits are not this shelter's.
        assert!(!times.contains("60 min"), "{name}: {times}");

        // The figures page and its CSV: every shelter together (eleven Kreyòl requests,
        // median 5 min, 6 of 11 within the target).
        site.user("fig.admin", Role::Admin).await;
        let admin = site.sign_in("fig.admin").await;
        let page = site.get_as("/admin/figures", &admin).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        let times = section(&page.body);
        assert!(
            times.contains(
                "<th scope=\"row\">Kreyòl ayisyen (ht)</th><td>10</td><td>6 min</td><td>60 min</td><td>55 %</td>"
            ),
            "{name}: {times}"
        );
        let csv = site.get_as("/admin/figures.csv", &admin).await;
        assert!(
            csv.body.contains("\"ht\",10,6,60,55\n"),
            "{name}: {}",
            csv.body
        );
        assert!(!csv.body.contains("\"ti\""), "{name}: {}", csv.body);
    }
}

#[tokio::test]
async fn staff_make_a_one_time_code_that_links_their_telegram() {
    for site in sites().await {
        let name = site.name();
        site.staff("tel.staff", "test-shelter").await;
        let staff = site.sign_in("tel.staff").await;
        let tr = |key: &str| escape(&site.site.app.translations.text(Locale::En, key));
        let page = site.get_as("/staff", &staff).await;
        assert!(page.body.contains(&tr("op-telegram-explain")), "{name}");
        assert!(page.body.contains("action=\"/staff/telegram\""), "{name}");
        // A post without the form's token makes nothing.
        let forged = site
            .post_with("/staff/telegram", &staff, "csrf=forged")
            .await;
        assert_ne!(forged.status, StatusCode::OK, "{name}");
        let shown = site.post_as("/staff/telegram", &staff).await;
        assert_eq!(shown.status, StatusCode::OK, "{name}");
        let start = shown.body.find("/start ").expect("the command") + "/start ".len();
        let code: String = shown.body[start..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        assert_eq!(code.len(), 20, "{name}: {}", shown.body);
        let users = site.site.app.store.users();
        let linked = users.link_telegram(&code, 7_000_123).await.unwrap();
        assert_eq!(
            linked.map(|user| user.name),
            Some("tel.staff".into()),
            "{name}"
        );
        // Once only.
        assert!(
            users
                .link_telegram(&code, 7_000_124)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            users
                .by_telegram(7_000_123)
                .await
                .unwrap()
                .map(|user| user.name),
            Some("tel.staff".into())
        );
        let page = site.get_as("/staff", &staff).await;
        assert!(page.body.contains(&tr("op-telegram-linked")), "{name}");
    }
}

#[tokio::test]
async fn done_during_a_conversation_ends_it_and_wakes_the_bot_to_tell_both_sides() {
    use faro_core::intake::{NewInterpreter, ServiceArea};
    use std::time::Duration;
    for site in sites().await {
        let name = site.name();
        let app = &site.site.app;
        let (interpreter, code) = app
            .store
            .interpreters()
            .add(&NewInterpreter {
                display_name: "Marie".into(),
                languages: vec![lang("ht")],
                areas: vec![ServiceArea::Remote],
            })
            .await
            .unwrap();
        app.store.interpreters().link(&code.0, 9_001).await.unwrap();
        let request = site.request(4_242, "test-shelter", &["ht"], None).await;
        app.store
            .requests()
            .accept(request.id, interpreter, now_unix())
            .await
            .unwrap();
        assert!(
            app.store
                .conversations()
                .start(request.id, now_unix())
                .await
                .unwrap()
                .is_some(),
            "{name}"
        );
        // Whatever woke the router before: taken.
        let _ = tokio::time::timeout(Duration::from_millis(10), app.routing.woken()).await;
        site.staff("end.staff", "test-shelter").await;
        let staff = site.sign_in("end.staff").await;
        let done = site
            .post_as(&format!("/staff/requests/{}/done", request.id), &staff)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{name}");
        assert!(
            tokio::time::timeout(Duration::from_secs(5), app.routing.woken())
                .await
                .is_ok(),
            "{name}: the router is woken"
        );
        assert_eq!(
            app.store.conversations().open(request.id).await.unwrap(),
            None,
            "{name}"
        );
        assert_eq!(
            app.store
                .conversations()
                .staff_endings(now_unix())
                .await
                .unwrap()
                .len(),
            1,
            "{name}: its sides are to be told"
        );
    }
}
