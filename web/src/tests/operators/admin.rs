//! The publishing pages: the full authorisation matrix, scopes, second-person approval, form
//! tokens, the lifecycle, previews, the pack's seeded campaign, the audit log and translation
//! coverage; on SQLite and, when configured, PostgreSQL. The harness here is shared with the
//! API's tests.

use faro_core::clock::now_unix;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::accounts::{NewUser, Role, User};
use faro_core::config::{Config, Overrides};
use faro_core::country::CountryCode;
use faro_core::dialog::{ChatState, Flow};
use faro_core::intake::{LanguageTag, NewDeclaration, Origin, Subject};
use faro_core::publishing::{
    Campaign, CampaignSlug, CampaignStatus, NewCampaign, SendFailure, Targets, TextInput,
};
use faro_core::store::testing::{self, TestDatabase};
use faro_core::{App, Locale};

use crate::tests::*;

pub(super) const PASSWORD: &str = "a long enough password";
pub(super) const STARTS: i64 = 1_796_083_200; // 2026-12-01T00:00:00Z
pub(super) const ENDS: i64 = STARTS + 30 * 86_400;

/// The accounts every matrix covers, anonymous first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Who {
    Anonymous,
    Staff,
    PublisherMx,
    PublisherAll,
    Admin,
}

pub(super) const EVERYONE: [Who; 5] = [
    Who::Anonymous,
    Who::Staff,
    Who::PublisherMx,
    Who::PublisherAll,
    Who::Admin,
];

impl Who {
    /// The account's name, and the suffix of the things made for its cells.
    pub fn name(self) -> &'static str {
        match self {
            Who::Anonymous => "anon",
            Who::Staff => "staff",
            Who::PublisherMx => "pubmx",
            Who::PublisherAll => "puball",
            Who::Admin => "root",
        }
    }

    fn role(self) -> Option<Role> {
        match self {
            Who::Anonymous => None,
            Who::Staff => Some(Role::Staff {
                shelter: "test-shelter".into(),
            }),
            Who::PublisherMx => Some(Role::Publisher {
                country: CountryCode::parse("MX").ok(),
            }),
            Who::PublisherAll => Some(Role::Publisher { country: None }),
            Who::Admin => Some(Role::Admin),
        }
    }
}

/// Which translations a site loads.
pub(super) enum Strings {
    Repository,
    /// Written by the test into the given folder.
    Custom(fn(&Path)),
}

pub(super) struct Site {
    pub site: TestSite,
    pub db: TestDatabase,
}

/// A browser holding a session: its cookie and the session's form token.
pub(super) struct Browser {
    pub session: String,
    pub csrf: String,
}

pub(super) async fn sites() -> Vec<Site> {
    sites_with(Strings::Repository).await
}

/// One site per test database, started on it (so the pack's campaigns are imported into it
/// as at any start), with the test content pack and the repository's campaigns.
pub(super) async fn sites_with(strings: Strings) -> Vec<Site> {
    sites_configured(strings, &[]).await
}

/// As [`sites_with`], with settings of the test's own (`FARO_*` variables) over the harness's.
pub(super) async fn sites_configured(strings: Strings, settings: &[(&str, &str)]) -> Vec<Site> {
    let mut all = Vec::new();
    for db in testing::databases().await {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        write(&content.join("topics/asylum/topic.toml"), ASYLUM_TOML);
        write(&content.join("topics/asylum/en.md"), ASYLUM_EN);
        write(&content.join("topics/asylum/fa.md"), ASYLUM_FA);
        write(&content.join("topics/asylum/zh-Hans.md"), ASYLUM_ZH);
        write(&content.join("topics/rights/topic.toml"), RIGHTS_TOML);
        write(&content.join("topics/rights/en.md"), RIGHTS_EN);
        write(&content.join("directory/mx.toml"), DIRECTORY);
        copy_dir(
            &repo_root().join("content/campaigns"),
            &content.join("campaigns"),
        );
        let translations = match strings {
            Strings::Repository => repo_root().join("translations"),
            Strings::Custom(fill) => {
                let folder = dir.path().join("translations");
                fill(&folder);
                folder
            }
        };
        let env = vec![
            ("FARO_DATABASE_URL".to_owned(), db.url.clone()),
            ("FARO_CONTENT_DIR".to_owned(), content.display().to_string()),
            (
                "FARO_TRANSLATIONS_DIR".to_owned(),
                translations.display().to_string(),
            ),
            (
                "FARO_PUBLIC_URL".to_owned(),
                "https://faro.example.org/".to_owned(),
            ),
            // English on UTC, as most tests read; the language tests choose their own.
            ("FARO_OPERATOR_LANGUAGE".to_owned(), "en".to_owned()),
            ("FARO_OPERATOR_TIME_ZONE".to_owned(), "UTC".to_owned()),
        ];
        let mut env = env;
        env.extend(
            settings
                .iter()
                .map(|(key, value)| ((*key).to_owned(), (*value).to_owned())),
        );
        let config =
            Config::load(&dir.path().join("none.toml"), env, &Overrides::default()).unwrap();
        let app = App::start(config).await.unwrap();
        let router = crate::router(app.clone(), Router::new());
        let mut site = Site {
            site: TestSite {
                app,
                router,
                _dir: dir,
            },
            db,
        };
        site.second_approver(true);
        all.push(site);
    }
    all
}

fn lang(tag: &str) -> LanguageTag {
    LanguageTag::parse(tag).unwrap()
}

pub(super) fn text(title: &str, body: &str, translation: &str) -> TextInput {
    TextInput {
        title: title.into(),
        body: body.into(),
        translation: translation.into(),
    }
}

impl Site {
    pub fn name(&self) -> &'static str {
        self.db.name
    }

    pub fn store(&self) -> &faro_core::store::Store {
        &self.site.app.store
    }

    /// Turns "approval by a second person" on or off, as the configuration would.
    pub fn second_approver(&mut self, on: bool) {
        let mut config: Config = (*self.site.app.config).clone();
        config.require_second_approver = on;
        self.site.app.config = Arc::new(config);
        self.site.router = crate::router(self.site.app.clone(), Router::new());
    }

    pub async fn user(&self, name: &str, role: Role) -> User {
        let new = NewUser {
            name: name.into(),
            password: PASSWORD.into(),
            role,
        };
        self.store()
            .users()
            .create(&new, "test", now_unix())
            .await
            .unwrap()
    }

    /// A session for an account, as signing in makes one (signing in itself is the staff
    /// tests' subject).
    pub async fn browser(&self, user: &User) -> Browser {
        let (token, session) = self
            .store()
            .sessions()
            .create(user.id, now_unix())
            .await
            .unwrap();
        Browser {
            session: token.0,
            csrf: session.csrf_token,
        }
    }

    /// The users of [`EVERYONE`] (none for anonymous).
    pub async fn everyone(&self) -> Vec<Option<User>> {
        let mut users = Vec::new();
        for who in EVERYONE {
            users.push(match who.role() {
                Some(role) => Some(self.user(who.name(), role).await),
                None => None,
            });
        }
        users
    }

    pub async fn get_as(&self, uri: &str, browser: Option<&Browser>) -> Reply {
        let mut request = Request::get(uri);
        if let Some(browser) = browser {
            request = request.header("cookie", format!("faro_session={}", browser.session));
        }
        self.site
            .request(request.body(Body::empty()).unwrap())
            .await
    }

    pub async fn post_raw(&self, uri: &str, browser: Option<&Browser>, body: &str) -> Reply {
        let mut request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin");
        if let Some(browser) = browser {
            request = request.header("cookie", format!("faro_session={}", browser.session));
        }
        self.site
            .request(request.body(Body::from(body.to_owned())).unwrap())
            .await
    }

    /// A form from `browser` with its session's token and `fields`.
    pub async fn post_form(
        &self,
        uri: &str,
        browser: Option<&Browser>,
        fields: &[(&str, &str)],
    ) -> Reply {
        let csrf = browser.map_or_else(|| "0".repeat(48), |b| b.csrf.clone());
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded::to_string(&all).unwrap();
        self.post_raw(uri, browser, &body).await
    }

    pub async fn campaign(&self, slug: &str) -> Campaign {
        self.store()
            .campaigns()
            .by_slug(&CampaignSlug::parse(slug).unwrap())
            .await
            .unwrap()
    }

    pub async fn exists(&self, slug: &str) -> bool {
        self.store()
            .campaigns()
            .by_slug(&CampaignSlug::parse(slug).unwrap())
            .await
            .is_ok()
    }

    /// A campaign for `countries`, brought to `status` by `author` (and `approver`), with an
    /// English text and, when `fa` is set, a machine-translated Persian one.
    pub async fn campaign_in(
        &self,
        slug: &str,
        countries: &[&str],
        status: CampaignStatus,
        author: &User,
        approver: &User,
    ) -> Campaign {
        let store = self.store();
        let now = now_unix();
        let new = NewCampaign {
            slug: CampaignSlug::parse(slug).unwrap(),
            targets: Targets {
                locales: Vec::new(),
                countries: countries
                    .iter()
                    .map(|c| CountryCode::parse(c).unwrap())
                    .collect(),
            },
            starts_at: STARTS,
            ends_at: ENDS,
        };
        let campaign = testing::publishing(store)
            .create(author, &new, now)
            .await
            .unwrap();
        let id = campaign.id;
        testing::publishing(store)
            .set_text(
                author,
                id,
                Locale::En,
                &text("Stay safe", "Smugglers **lie**.", "original"),
                now,
            )
            .await
            .unwrap();
        testing::publishing(store)
            .set_text(
                author,
                id,
                Locale::Fa,
                &text("ایمن بمانید", "قاچاقچیان دروغ می‌گویند.", "machine"),
                now,
            )
            .await
            .unwrap();
        if status == CampaignStatus::Draft {
            return store.campaigns().get(id).await.unwrap();
        }
        testing::submit(store, author, id, now).await.unwrap();
        if status == CampaignStatus::Review {
            return store.campaigns().get(id).await.unwrap();
        }
        testing::approve(store, approver, id, true, now)
            .await
            .unwrap();
        if status == CampaignStatus::Approved {
            return store.campaigns().get(id).await.unwrap();
        }
        testing::publish_at(store, approver, id, now).await.unwrap();
        store.campaigns().get(id).await.unwrap()
    }

    /// A Telegram chat subscribed to alerts.
    pub async fn subscriber(&self, chat: i64, locale: Locale, country: Option<&str>) {
        let state = ChatState {
            locale: Some(locale),
            alerts: true,
            country: country.map(|c| CountryCode::parse(c).unwrap()),
            flow: Flow::Idle,
        };
        faro_core::dialog::storage::save(self.store(), chat, &state, now_unix())
            .await
            .unwrap();
    }

    /// Whether the audit log has this entry.
    pub async fn audited(&self, actor: &str, action: &str, detail: &str) -> bool {
        self.audit_actions()
            .await
            .iter()
            .any(|entry| entry.0 == actor && entry.1 == action && entry.2 == detail)
    }

    pub async fn audit_actions(&self) -> Vec<(String, String, String)> {
        self.store()
            .audit_log()
            .newest(1000)
            .await
            .unwrap()
            .into_iter()
            .map(|entry| (entry.actor, entry.action, entry.detail))
            .collect()
    }

    async fn interpreter_request(&self, chat: i64) -> i64 {
        let new = NewDeclaration {
            subject: Subject::Telegram(chat),
            locale: Locale::Ht,
            origin: Origin::Undisclosed,
            share_origin: false,
            languages: vec![lang("ht")],
            shelter_id: Some("test-shelter".into()),
            city: None,
        };
        self.store()
            .requests()
            .create(&new, 90, now_unix())
            .await
            .unwrap()
            .id
    }
}

/// Per account, the campaigns its cells of a matrix act on, each in the state its action
/// needs, so that every cell is independent of the others: `text-`, `rev-` (a Persian
/// machine text to review), `sub-` (draft), `ret-` and `app-` (in review, submitted by
/// someone else), `pub-` (approved); all for Mexico. Also `mx-shared`, a draft to read.
pub(super) async fn matrix_campaigns(site: &Site, prefix: &str) {
    let author = site.user(&format!("{prefix}author"), Role::Admin).await;
    let approver = site.user(&format!("{prefix}approver"), Role::Admin).await;
    let mx = ["MX"];
    site.campaign_in(
        &format!("{prefix}mx-shared"),
        &mx,
        CampaignStatus::Draft,
        &author,
        &approver,
    )
    .await;
    for who in EVERYONE {
        let n = who.name();
        for (kind, status) in [
            ("text", CampaignStatus::Draft),
            ("rev", CampaignStatus::Draft),
            ("sub", CampaignStatus::Draft),
            ("ret", CampaignStatus::Review),
            ("app", CampaignStatus::Review),
            ("pub", CampaignStatus::Approved),
            ("set", CampaignStatus::Review),
        ] {
            site.campaign_in(
                &format!("{prefix}{kind}-{n}"),
                &mx,
                status,
                &author,
                &approver,
            )
            .await;
        }
    }
}

/// For the stop and correct cells, per suffix: `stp-` (published by someone else: only an
/// admin may stop it), `own-` (published by the account itself when it may publish: its
/// publisher may stop it), `cor-` (published, to correct); all for Mexico. Call it once the
/// accounts exist.
pub(super) async fn stop_matrix_campaigns(site: &Site, suffixes: &[&str]) {
    let author = site.user("stop-author", Role::Admin).await;
    let approver = site.user("stop-approver", Role::Admin).await;
    for n in suffixes {
        for kind in ["stp", "cor"] {
            site.campaign_in(
                &format!("{kind}-{n}"),
                &["MX"],
                CampaignStatus::Published,
                &author,
                &approver,
            )
            .await;
        }
        let own = site
            .campaign_in(
                &format!("own-{n}"),
                &["MX"],
                CampaignStatus::Approved,
                &author,
                &approver,
            )
            .await;
        let publisher = match site.store().users().by_name(n).await {
            Ok(user) if faro_core::publishing::permissions::may_publish(&user) => user,
            _ => approver.clone(),
        };
        testing::publish_at(site.store(), &publisher, own.id, now_unix())
            .await
            .unwrap();
    }
}

/// What the stop and correct cells left: stopped or not, a correction or not.
pub(super) async fn assert_stop_matrix(site: &Site, n: &str, admin: bool, publisher: bool) {
    let name = site.name();
    let status = |stopped: bool| {
        if stopped {
            CampaignStatus::Stopped
        } else {
            CampaignStatus::Published
        }
    };
    assert_eq!(
        site.campaign(&format!("stp-{n}")).await.status,
        status(admin),
        "{name}: stp-{n}: only an admin stops another's campaign"
    );
    assert_eq!(
        site.campaign(&format!("own-{n}")).await.status,
        status(admin || publisher),
        "{name}: own-{n}: its publisher or an admin"
    );
    assert_eq!(
        site.exists(&format!("cor-{n}-r2")).await,
        admin || publisher,
        "{name}: cor-{n}: a correction only by those allowed"
    );
    assert_eq!(
        site.campaign(&format!("cor-{n}")).await.status,
        CampaignStatus::Published,
        "{name}: a correction leaves the published campaign as it is"
    );
}

/// The status each `kind-` campaign has after its cell, for an account that may act and for
/// one that may not.
pub(super) fn after(kind: &str, acted: bool) -> CampaignStatus {
    match (kind, acted) {
        ("sub", true) | ("ret", false) | ("app", false) | ("set", false) => CampaignStatus::Review,
        ("ret", true) => CampaignStatus::Draft,
        ("app", true) | ("pub", false) => CampaignStatus::Approved,
        ("pub", true) => CampaignStatus::Published,
        _ => CampaignStatus::Draft,
    }
}

const SEE_OTHER: u16 = 303;
const OK: u16 = 200;
const FORBIDDEN: u16 = 403;

/// Every page and form behind a sign-in, for every account and anonymous visitors: the
/// expected status of each cell, in the order of [`EVERYONE`]. `{n}` is the account's name.
/// A form's fields, as (name, value).
type Form = &'static [(&'static str, &'static str)];

/// Method, address, form fields, and the status for each of [`EVERYONE`].
type WebCell = (&'static str, &'static str, Form, [u16; 5]);

const WEB_MATRIX: &[WebCell] = &[
    (
        "GET",
        "/staff",
        &[],
        [SEE_OTHER, OK, FORBIDDEN, FORBIDDEN, OK],
    ),
    (
        "POST",
        "/staff/requests/{request}/accept",
        &[],
        [SEE_OTHER, SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER],
    ),
    (
        "GET",
        "/staff/queue/version",
        &[],
        [SEE_OTHER, OK, FORBIDDEN, FORBIDDEN, OK],
    ),
    (
        "GET",
        "/staff/requests/{request}/cancel",
        &[],
        [SEE_OTHER, OK, FORBIDDEN, FORBIDDEN, OK],
    ),
    (
        "POST",
        "/staff/requests/{request}/cancel",
        &[("confirm", "yes")],
        [SEE_OTHER, SEE_OTHER, FORBIDDEN, FORBIDDEN, SEE_OTHER],
    ),
    ("GET", "/admin", &[], [SEE_OTHER, FORBIDDEN, OK, OK, OK]),
    (
        "GET",
        "/admin/figures",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/admin/figures.csv",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/admin/campaigns",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/admin/campaigns/new",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "POST",
        "/admin/campaigns",
        &[
            ("slug", "new-{n}"),
            ("countries", "MX"),
            ("starts", "2026-12-01T00:00"),
            ("ends", "2026-12-31T00:00"),
        ],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "GET",
        "/admin/campaigns/mx-shared",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "POST",
        "/admin/campaigns/text-{n}/texts/ar",
        &[
            ("title", "ابق آمنا"),
            ("body", "المهربون يكذبون."),
            ("translation", "machine"),
        ],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/rev-{n}/texts/fa/review",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/set-{n}/settings",
        &[
            ("locale", "fa"),
            ("countries", "MX"),
            ("starts", "2026-12-01T00:00"),
            ("ends", "2027-01-31T00:00"),
        ],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/sub-{n}/submit",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/ret-{n}/return",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/app-{n}/approve",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/pub-{n}/publish",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/stp-{n}/stop",
        &[],
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, FORBIDDEN, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/own-{n}/stop",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/campaigns/cor-{n}/corrections",
        &[],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "GET",
        "/admin/campaigns/own-{n}",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/admin/translations",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "GET",
        "/admin/translations/fa/topic/asylum",
        &[],
        [SEE_OTHER, FORBIDDEN, OK, OK, OK],
    ),
    (
        "POST",
        "/admin/translations/review",
        &[("kind", "topic"), ("item", "asylum"), ("locale", "fa")],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/admin/translations/unreview",
        &[("kind", "topic"), ("item", "asylum"), ("locale", "fa")],
        [SEE_OTHER, FORBIDDEN, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "GET",
        "/admin/audit",
        &[],
        [SEE_OTHER, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK],
    ),
    ("GET", "/account", &[], [SEE_OTHER, OK, OK, OK, OK]),
    (
        "POST",
        "/account/preferences",
        &[("language", "fr"), ("time_zone", "America/Panama")],
        [SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
    (
        "POST",
        "/sign-out",
        &[],
        [SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER],
    ),
];

#[tokio::test]
async fn every_page_and_form_answers_each_role_as_the_matrix_says() {
    for site in sites().await {
        let name = site.name();
        matrix_campaigns(&site, "").await;
        let users = site.everyone().await;
        let mut browsers = Vec::new();
        // Sign-out ends a session: it gets sessions of its own.
        let mut leaving = Vec::new();
        for user in &users {
            match user {
                Some(user) => {
                    browsers.push(Some(site.browser(user).await));
                    leaving.push(Some(site.browser(user).await));
                }
                None => {
                    browsers.push(None);
                    leaving.push(None);
                }
            }
        }
        let mut requests = Vec::new();
        for chat in 0..EVERYONE.len() as i64 {
            requests.push(site.interpreter_request(100 + chat).await);
        }
        let suffixes: Vec<&str> = EVERYONE.iter().map(|who| who.name()).collect();
        stop_matrix_campaigns(&site, &suffixes).await;
        let mut failures = Vec::new();
        for (method, template, fields, expected) in WEB_MATRIX {
            for (index, who) in EVERYONE.iter().enumerate() {
                let n = who.name();
                let uri = template
                    .replace("{n}", n)
                    .replace("{request}", &requests[index].to_string());
                let fields: Vec<(String, String)> = fields
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.replace("{n}", n)))
                    .collect();
                let fields: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let browser = if uri == "/sign-out" {
                    leaving[index].as_ref()
                } else {
                    browsers[index].as_ref()
                };
                let reply = if *method == "GET" {
                    site.get_as(&uri, browser).await
                } else {
                    site.post_form(&uri, browser, &fields).await
                };
                let want = expected[index];
                if reply.status.as_u16() != want {
                    failures.push(format!(
                        "{method} {uri} as {who:?}: {} (expected {want})",
                        reply.status
                    ));
                }
                if *who == Who::Anonymous && reply.header("location") != "/sign-in" {
                    failures.push(format!("{method} {uri} as anonymous: not sent to sign in"));
                }
                if reply.header("cache-control") != "no-store" {
                    failures.push(format!("{method} {uri} as {who:?}: cacheable"));
                }
                // No inline script or style: the pages keep to the site's strict CSP. A script
                // may only come from this server's static files.
                let inline_script = reply
                    .body
                    .match_indices("<script")
                    .any(|(at, _)| !reply.body[at..].starts_with("<script src=\"/static/"));
                if inline_script || reply.body.contains(" style=") {
                    failures.push(format!("{method} {uri} as {who:?}: inline script or style"));
                }
            }
        }
        assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));

        // What the refused cells did not change, and the allowed ones did.
        for (index, who) in EVERYONE.iter().enumerate() {
            let n = who.name();
            let acted = users[index]
                .as_ref()
                .is_some_and(|u| !matches!(u.role, Role::Staff { .. }));
            for kind in ["sub", "ret", "app", "pub", "set"] {
                let slug = format!("{kind}-{n}");
                assert_eq!(
                    site.campaign(&slug).await.status,
                    after(kind, acted),
                    "{name}: {slug}"
                );
            }
            assert_eq!(site.exists(&format!("new-{n}")).await, acted, "{name}: {n}");
            let settings = site.campaign(&format!("set-{n}")).await;
            assert_eq!(
                settings.targets.locales == vec![Locale::Fa],
                acted,
                "{name}: {n}: targets changed only by those allowed"
            );
            let text = site.campaign(&format!("text-{n}")).await;
            assert_eq!(text.text(Locale::Ar).is_some(), acted, "{name}: {n}");
            let reviewed = site.campaign(&format!("rev-{n}")).await;
            let fa = reviewed.text(Locale::Fa).unwrap();
            assert_eq!(fa.reviewed_by.as_deref(), acted.then_some(n), "{name}: {n}");
            // Staff and admins accepted and then (confirmed) cancelled their request; the
            // others changed nothing.
            let works_queue = users[index]
                .as_ref()
                .is_some_and(|u| matches!(u.role, Role::Staff { .. } | Role::Admin));
            let status = site
                .store()
                .requests()
                .get(requests[index])
                .await
                .unwrap()
                .status;
            let expected = if works_queue {
                faro_core::intake::RequestStatus::Cancelled
            } else {
                faro_core::intake::RequestStatus::Waiting
            };
            assert_eq!(status, expected, "{name}: {n}");
            assert_stop_matrix(&site, n, *who == Who::Admin, acted).await;
        }
        // The review the matrix made was taken back by its undo row.
        assert!(
            site.store().review_marks().all().await.unwrap().is_empty(),
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_country_publisher_sees_but_cannot_touch_other_countries_campaigns() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let mx = site.user("pub.mx", Who::PublisherMx.role().unwrap()).await;
        let all = site
            .user("pub.all", Role::Publisher { country: None })
            .await;
        let mx_browser = site.browser(&mx).await;
        let all_browser = site.browser(&all).await;
        for (slug, countries) in [
            ("gt-only", vec!["GT"]),
            ("mx-and-gt", vec!["MX", "GT"]),
            ("everywhere", vec![]),
        ] {
            site.campaign_in(slug, &countries, CampaignStatus::Draft, &root, &other)
                .await;
            let page = site
                .get_as(&format!("/admin/campaigns/{slug}"), Some(&mx_browser))
                .await;
            assert_eq!(page.status, StatusCode::OK, "{name}: {slug}");
            page.assert_contains("can see this campaign but not change it");
            page.assert_lacks(&format!("action=\"/admin/campaigns/{slug}/submit\""));
            page.assert_lacks(&format!("action=\"/admin/campaigns/{slug}/texts/fa\""));
            for (uri, fields) in [
                (format!("/admin/campaigns/{slug}/submit"), vec![]),
                (format!("/admin/campaigns/{slug}/texts/fa/review"), vec![]),
                (
                    format!("/admin/campaigns/{slug}/texts/es"),
                    vec![
                        ("title", "Hola"),
                        ("body", "Texto."),
                        ("translation", "machine"),
                    ],
                ),
            ] {
                let reply = site.post_form(&uri, Some(&mx_browser), &fields).await;
                assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: {uri}");
                reply.assert_contains("only work on campaigns that target that country");
            }
            let campaign = site.campaign(slug).await;
            assert_eq!(campaign.status, CampaignStatus::Draft, "{name}: {slug}");
            assert!(campaign.text(Locale::Es).is_none(), "{name}: {slug}");
            assert!(campaign.text(Locale::Fa).unwrap().reviewed_by.is_none());
            // A publisher for every country may.
            let reply = site
                .post_form(
                    &format!("/admin/campaigns/{slug}/submit"),
                    Some(&all_browser),
                    &[],
                )
                .await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}: {slug}");
        }
        // Nor create one for another country, or for every country.
        for countries in ["GT", "", "MX GT"] {
            let reply = site
                .post_form(
                    "/admin/campaigns",
                    Some(&mx_browser),
                    &[
                        ("slug", "elsewhere"),
                        ("countries", countries),
                        ("starts", "2026-12-01T00:00"),
                        ("ends", "2026-12-31T00:00"),
                    ],
                )
                .await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: {countries:?}");
            assert!(!site.exists("elsewhere").await, "{name}");
        }
        // The new-campaign form starts with the publisher's country.
        let form = site.get_as("/admin/campaigns/new", Some(&mx_browser)).await;
        form.assert_contains("name=\"countries\" value=\"MX\"");
    }
}

#[tokio::test]
async fn approval_needs_a_second_person_only_when_configured() {
    for mut site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let publisher = site
            .user("pub.all", Role::Publisher { country: None })
            .await;
        let own = site.browser(&publisher).await;
        let admin = site.browser(&root).await;
        for slug in ["second-on", "second-off"] {
            site.campaign_in(slug, &["MX"], CampaignStatus::Draft, &other, &root)
                .await;
            let reply = site
                .post_form(&format!("/admin/campaigns/{slug}/submit"), Some(&own), &[])
                .await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
        }

        let page = site.get_as("/admin/campaigns/second-on", Some(&own)).await;
        page.assert_contains("someone else must approve it");
        page.assert_lacks("action=\"/admin/campaigns/second-on/approve\"");
        let refused = site
            .post_form("/admin/campaigns/second-on/approve", Some(&own), &[])
            .await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{name}");
        refused.assert_contains("someone else must approve it");
        assert_eq!(
            site.campaign("second-on").await.status,
            CampaignStatus::Review,
            "{name}"
        );
        // Someone else may, and then the page offers publishing.
        let page = site
            .get_as("/admin/campaigns/second-on", Some(&admin))
            .await;
        page.assert_contains("action=\"/admin/campaigns/second-on/approve\"");
        let approved = site
            .post_form("/admin/campaigns/second-on/approve", Some(&admin), &[])
            .await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{name}");
        assert_eq!(
            approved.header("location"),
            "/admin/campaigns/second-on",
            "{name}"
        );
        let campaign = site.campaign("second-on").await;
        assert_eq!(campaign.status, CampaignStatus::Approved, "{name}");
        assert_eq!(campaign.approved_by.as_deref(), Some("root"), "{name}");
        site.get_as("/admin/campaigns/second-on", Some(&admin))
            .await
            .assert_contains("action=\"/admin/campaigns/second-on/publish\"");

        site.second_approver(false);
        let page = site.get_as("/admin/campaigns/second-off", Some(&own)).await;
        page.assert_contains("action=\"/admin/campaigns/second-off/approve\"");
        let approved = site
            .post_form("/admin/campaigns/second-off/approve", Some(&own), &[])
            .await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{name}");
        let campaign = site.campaign("second-off").await;
        assert_eq!(campaign.status, CampaignStatus::Approved, "{name}");
        assert_eq!(campaign.approved_by.as_deref(), Some("pub.all"), "{name}");
    }
}

#[tokio::test]
async fn forms_without_their_token_are_refused_and_change_nothing() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let browser = site.browser(&root).await;
        let second = site.browser(&other).await;
        site.campaign_in("guarded", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        let before = site.audit_actions().await.len();
        let create = serde_urlencoded::to_string([
            ("slug", "forged"),
            ("countries", "MX"),
            ("starts", "2026-12-01T00:00"),
            ("ends", "2026-12-31T00:00"),
        ])
        .unwrap();
        let text = "title=Forged&body=Forged.&translation=original";
        let cases = [
            ("/admin/campaigns", create.clone()),
            ("/admin/campaigns", format!("csrf={}&{create}", second.csrf)),
            ("/admin/campaigns/guarded/submit", String::new()),
            (
                "/admin/campaigns/guarded/submit",
                format!("csrf={}", "0".repeat(48)),
            ),
            ("/admin/campaigns/guarded/texts/en", text.to_owned()),
            (
                "/admin/campaigns/guarded/texts/fa/review",
                "csrf=".to_owned(),
            ),
            (
                "/admin/translations/review",
                "kind=topic&item=asylum&locale=fa".to_owned(),
            ),
        ];
        for (uri, body) in &cases {
            let reply = site.post_raw(uri, Some(&browser), body).await;
            assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: {uri} {body}");
            reply.assert_contains("Form refused");
        }
        // The right token from another site's page is refused too.
        let cross = site
            .site
            .request(
                Request::post("/admin/campaigns/guarded/submit")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("sec-fetch-site", "cross-site")
                    .header("cookie", format!("faro_session={}", browser.session))
                    .body(Body::from(format!("csrf={}", browser.csrf)))
                    .unwrap(),
            )
            .await;
        assert_eq!(cross.status, StatusCode::FORBIDDEN, "{name}");

        assert!(!site.exists("forged").await, "{name}");
        let campaign = site.campaign("guarded").await;
        assert_eq!(campaign.status, CampaignStatus::Draft, "{name}");
        assert_eq!(campaign.text(Locale::En).unwrap().title, "Stay safe");
        assert!(campaign.text(Locale::Fa).unwrap().reviewed_by.is_none());
        assert!(site.store().review_marks().all().await.unwrap().is_empty());
        assert_eq!(site.audit_actions().await.len(), before, "{name}");
    }
}

#[tokio::test]
async fn a_campaign_goes_from_form_to_published_with_its_progress_and_audit() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let mx = site.user("pub.mx", Who::PublisherMx.role().unwrap()).await;
        let admin = site.browser(&root).await;
        let publisher = site.browser(&mx).await;
        site.subscriber(1, Locale::En, Some("MX")).await;
        site.subscriber(2, Locale::Fa, Some("MX")).await;
        site.subscriber(3, Locale::Ps, None).await; // no country: hears about every country
        site.subscriber(4, Locale::Es, Some("GT")).await; // another country
        site.subscriber(5, Locale::Ht, Some("MX")).await;

        let form = site.get_as("/admin/campaigns/new", Some(&publisher)).await;
        assert_eq!(form.status, StatusCode::OK, "{name}");
        for locale in Locale::ALL {
            form.assert_contains(&format!("name=\"locale\" value=\"{}\"", locale.tag()));
        }
        form.assert_contains("type=\"datetime-local\"");
        let created = site
            .post_form(
                "/admin/campaigns",
                Some(&publisher),
                &[
                    ("slug", "rainy-season"),
                    ("countries", "mx"),
                    ("starts", "2026-01-01T00:00"),
                    ("ends", "2099-01-01T00:00"),
                ],
            )
            .await;
        assert_eq!(
            created.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            created.body
        );
        assert_eq!(created.header("location"), "/admin/campaigns/rainy-season");

        let page = site
            .get_as("/admin/campaigns/rainy-season", Some(&publisher))
            .await;
        page.assert_contains("Draft");
        page.assert_contains("2026-01-01 00:00 – 2099-01-01 00:00 (UTC)");
        page.assert_contains(&escape("Write at least one locale's text"));
        page.assert_lacks("action=\"/admin/campaigns/rainy-season/submit\"");
        for (locale, title, body, translation) in [
            (
                "en",
                "Smugglers sell a trip",
                "Asking for asylum is **free**.",
                "original",
            ),
            (
                "fa",
                "قاچاقچی سفر می‌فروشد",
                "درخواست پناهندگی **رایگان** است.",
                "machine",
            ),
        ] {
            let reply = site
                .post_form(
                    &format!("/admin/campaigns/rainy-season/texts/{locale}"),
                    Some(&publisher),
                    &[
                        ("title", title),
                        ("body", body),
                        ("translation", translation),
                    ],
                )
                .await;
            assert_eq!(
                reply.status,
                StatusCode::SEE_OTHER,
                "{name}: {}",
                reply.body
            );
        }
        let page = site
            .get_as("/admin/campaigns/rainy-season", Some(&publisher))
            .await;
        page.assert_contains("action=\"/admin/campaigns/rainy-season/texts/fa/review\"");
        page.assert_lacks("action=\"/admin/campaigns/rainy-season/texts/en/review\"");
        let reviewed = site
            .post_form(
                "/admin/campaigns/rainy-season/texts/fa/review",
                Some(&admin),
                &[],
            )
            .await;
        assert_eq!(reviewed.status, StatusCode::SEE_OTHER, "{name}");
        let page = site
            .get_as("/admin/campaigns/rainy-season", Some(&publisher))
            .await;
        page.assert_contains("reviewed, reviewed by root on ");

        for (who, step, status) in [
            (&publisher, "submit", CampaignStatus::Review),
            (&admin, "return", CampaignStatus::Draft),
            (&publisher, "submit", CampaignStatus::Review),
            (&admin, "approve", CampaignStatus::Approved),
            (&publisher, "publish", CampaignStatus::Published),
        ] {
            let reply = site
                .post_form(
                    &format!("/admin/campaigns/rainy-season/{step}"),
                    Some(who),
                    &[],
                )
                .await;
            assert_eq!(
                reply.status,
                StatusCode::SEE_OTHER,
                "{name}: {step}: {}",
                reply.body
            );
            assert_eq!(
                site.campaign("rainy-season").await.status,
                status,
                "{name}: {step}"
            );
        }
        // A published campaign takes no more steps or texts.
        let late = site
            .post_form("/admin/campaigns/rainy-season/publish", Some(&admin), &[])
            .await;
        assert_eq!(late.status, StatusCode::CONFLICT, "{name}");
        late.assert_contains("The campaign is published, so it cannot be published.");
        let edit = site
            .post_form(
                "/admin/campaigns/rainy-season/texts/es",
                Some(&admin),
                &[
                    ("title", "Hola"),
                    ("body", "Texto."),
                    ("translation", "machine"),
                ],
            )
            .await;
        assert_eq!(edit.status, StatusCode::CONFLICT, "{name}");

        // Delivery: en (chat 1, and Haitian Creole's chain ends in English: chat 5), fa (2,
        // and Pashto falls back to Persian: 3); Guatemala's chat is not targeted.
        let due = site.store().outbox().due(now_unix(), 100).await.unwrap();
        assert_eq!(due.len(), 4, "{name}");
        let first_en = due.iter().find(|item| item.locale == Locale::En).unwrap();
        site.store()
            .outbox()
            .mark_sent(first_en.id, now_unix())
            .await
            .unwrap();
        let first_fa = due.iter().find(|item| item.locale == Locale::Fa).unwrap();
        site.store()
            .outbox()
            .mark_failure(first_fa, &SendFailure::Permanent("test".into()), now_unix())
            .await
            .unwrap();
        let page = site
            .get_as("/admin/campaigns/rainy-season", Some(&publisher))
            .await;
        page.assert_contains("Published");
        page.assert_contains("Published by</dt><dd>pub.mx, ");
        // Per-locale counts are suppressed like the figures (security review LOW-4): two
        // readers per locale name no locale and show no number.
        page.assert_contains("<tr><th scope=\"row\">other languages (fewer than 5 each)</th><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td></tr>");
        page.assert_lacks("<th scope=\"row\">English (en)</th>");
        page.assert_lacks(&format!("<th scope=\"row\">{}</th>", escape("فارسی (fa)")));
        page.assert_contains("<tr><th scope=\"row\">Total</th><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td><td class=\"number\">&#60;5</td></tr>");
        page.assert_lacks("<form class=\"admin-form\"");

        let list = site.get_as("/admin/campaigns", Some(&publisher)).await;
        list.assert_contains("<a href=\"/admin/campaigns/rainy-season\">rainy-season</a>");
        list.assert_contains("<td>Published</td>");
        list.assert_contains("<td class=\"number\">2/16</td>");
        list.assert_contains(
            "<td class=\"number\">&#60;5</td>\n<td class=\"number\">&#60;5</td>\n<td class=\"number\">&#60;5</td>",
        );
        // The pack's campaign is there too, as a draft.
        list.assert_contains("smuggling-deadly-business");

        // The audit log shows every step, newest first, to admins.
        let audit = site.get_as("/admin/audit", Some(&admin)).await;
        assert_eq!(audit.status, StatusCode::OK, "{name}");
        // Newest first: each step is found after the one that followed it.
        let steps = [
            (
                "pub.mx",
                "campaign.publish",
                "rainy-season (4 messages queued)",
            ),
            ("root", "campaign.approve", "rainy-season"),
            ("pub.mx", "campaign.submit", "rainy-season"),
            ("root", "campaign.return", "rainy-season"),
            ("pub.mx", "campaign.submit", "rainy-season"),
            ("root", "campaign.review-text", "rainy-season fa"),
            ("pub.mx", "campaign.text", "rainy-season fa"),
            ("pub.mx", "campaign.text", "rainy-season en"),
            ("pub.mx", "campaign.create", "rainy-season"),
        ];
        let mut from = 0;
        for (actor, action, detail) in steps {
            let row = format!("<td>{actor}</td><td>{action}</td><td>{detail}</td>");
            let at = audit.body[from..]
                .find(&row)
                .unwrap_or_else(|| panic!("{name}: {row} missing or out of order"));
            from += at + row.len();
        }
        audit.assert_contains(
            "<td>content-pack</td><td>campaign.import</td><td>smuggling-deadly-business</td>",
        );
    }
}

#[tokio::test]
async fn previews_show_every_locale_and_flag_those_without_text() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let admin = site.browser(&root).await;
        let campaign = site
            .campaign_in("preview", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        testing::publishing(site.store())
            .set_text(
                &root,
                campaign.id,
                Locale::En,
                &text(
                    "Stay <safe>",
                    "Smugglers **lie**. <script>alert(1)</script>\n\n[More](https://example.org/x)",
                    "original",
                ),
                now_unix(),
            )
            .await
            .unwrap();
        let page = site.get_as("/admin/campaigns/preview", Some(&admin)).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_lacks("<script");
        page.assert_lacks(" style=");
        page.assert_contains("14 of 16 locales have no text of their own.");
        for locale in Locale::ALL {
            let tag = locale.tag();
            page.assert_contains(&format!("data-locale=\"{tag}\""));
            page.assert_contains(&format!(
                "<h3 lang=\"{tag}\" dir=\"{}\">",
                locale.direction().as_str()
            ));
        }
        assert_eq!(
            page.body.matches("<li class=\"preview").count(),
            16,
            "{name}"
        );
        assert_eq!(
            page.body.matches("<li class=\"preview missing\"").count(),
            14
        );
        // Persian's own text, right to left, with the message's markup as Telegram shows it.
        page.assert_contains("<p class=\"banner-preview\" lang=\"fa\" dir=\"rtl\">ایمن بمانید</p>");
        page.assert_contains(
            "<div class=\"telegram-preview\" lang=\"fa\" dir=\"rtl\"><b>ایمن بمانید</b>",
        );
        // English: the title escaped, the body's bold kept and its script gone.
        page.assert_contains("<b>Stay &lt;safe&gt;</b>");
        page.assert_contains("Smugglers <b>lie</b>.");
        page.assert_contains("<a href=\"https://example.org/x\">More</a>");
        // Pashto readers get Persian; Spanish and Tigrinya readers English.
        // The right-to-left name is isolated inside the English sentence.
        page.assert_contains(&format!(
            "<p class=\"flag\">No text — readers get \u{2068}{}\u{2069}</p>",
            escape("فارسی (fa)")
        ));
        page.assert_contains("<p class=\"flag\">No text — readers get English (en)</p>");
        let ps = &page.body[page.body.find("data-locale=\"ps\"").unwrap()..];
        let ps = &ps[..ps.find("</li>").unwrap()];
        assert!(ps.contains("readers get"), "{name}: {ps}");
        assert!(ps.contains("lang=\"fa\" dir=\"rtl\""), "{name}: {ps}");
        let es = &page.body[page.body.find("data-locale=\"es\"").unwrap()..];
        let es = &es[..es.find("</li>").unwrap()];
        assert!(es.contains("readers get English (en)"), "{name}: {es}");
        assert!(es.contains("lang=\"en\" dir=\"ltr\""), "{name}: {es}");
        // An editor per locale, each in its own language and direction.
        for locale in Locale::ALL {
            page.assert_contains(&format!(
                "action=\"/admin/campaigns/preview/texts/{}\"",
                locale.tag()
            ));
        }
        page.assert_contains("<textarea id=\"body-ar\" name=\"body\" lang=\"ar\" dir=\"rtl\"");
    }
}

#[tokio::test]
async fn the_packs_campaign_is_a_draft_with_sixteen_texts() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let admin = site.browser(&root).await;
        let campaign = site.campaign("smuggling-deadly-business").await;
        assert_eq!(campaign.status, CampaignStatus::Draft, "{name}");
        assert_eq!(campaign.texts.len(), 16, "{name}");
        assert_eq!(campaign.created_by, "content-pack", "{name}");
        let list = site.get_as("/admin/campaigns", Some(&admin)).await;
        list.assert_contains(
            "<a href=\"/admin/campaigns/smuggling-deadly-business\">smuggling-deadly-business</a>",
        );
        list.assert_contains("<td class=\"number\">16/16</td>");
        list.assert_contains("<td>all locales</td>");
        let page = site
            .get_as("/admin/campaigns/smuggling-deadly-business", Some(&admin))
            .await;
        page.assert_contains("0 of 16 locales have no text of their own.");
        page.assert_contains("action=\"/admin/campaigns/smuggling-deadly-business/submit\"");
        page.assert_lacks("<p class=\"flag\">");
        page.assert_contains("2026-12-01 00:00 – 2027-06-01 00:00 (UTC)");
    }
}

#[tokio::test]
async fn bad_values_are_refused_with_clear_messages() {
    for site in sites().await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let admin = site.browser(&root).await;
        site.campaign_in("taken", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        let create = |slug: &'static str,
                      countries: &'static str,
                      starts: &'static str,
                      ends: &'static str| {
            vec![
                ("slug", slug),
                ("countries", countries),
                ("starts", starts),
                ("ends", ends),
                ("locale", "fa"),
            ]
        };
        let long_title = "x".repeat(121);
        type Fields<'a> = Vec<(&'a str, &'a str)>;
        let cases: Vec<(&str, Fields, StatusCode, &str)> = vec![
            (
                "/admin/campaigns",
                create("Bad Slug", "MX", "2026-12-01T00:00", "2026-12-31T00:00"),
                StatusCode::BAD_REQUEST,
                "is not a campaign name",
            ),
            (
                "/admin/campaigns",
                create("good-slug", "XX", "2026-12-01T00:00", "2026-12-31T00:00"),
                StatusCode::BAD_REQUEST,
                "is not a country code",
            ),
            (
                "/admin/campaigns",
                create("good-slug", "MX", "2026-02-30T00:00", "2026-12-31T00:00"),
                StatusCode::BAD_REQUEST,
                "The start is not a date and time",
            ),
            (
                "/admin/campaigns",
                create("good-slug", "MX", "2026-12-31T00:00", "2026-12-01T00:00"),
                StatusCode::BAD_REQUEST,
                "must end after it starts",
            ),
            (
                "/admin/campaigns",
                create("taken", "MX", "2026-12-01T00:00", "2026-12-31T00:00"),
                StatusCode::CONFLICT,
                "A campaign named taken already exists",
            ),
            (
                "/admin/campaigns/taken/texts/es",
                vec![
                    ("title", long_title.as_str()),
                    ("body", "x"),
                    ("translation", "machine"),
                ],
                StatusCode::BAD_REQUEST,
                "The title must be one line of 1 to 120 characters.",
            ),
            (
                "/admin/campaigns/taken/texts/es",
                vec![
                    ("title", "Hola"),
                    ("body", "  "),
                    ("translation", "machine"),
                ],
                StatusCode::BAD_REQUEST,
                "The text must have 1 to 3000 characters",
            ),
            (
                "/admin/campaigns/taken/texts/es",
                vec![
                    ("title", "Hola"),
                    ("body", "Texto"),
                    ("translation", "reviewed"),
                ],
                StatusCode::BAD_REQUEST,
                "original or machine",
            ),
            (
                "/admin/campaigns/taken/texts/xx",
                vec![
                    ("title", "Hola"),
                    ("body", "Texto"),
                    ("translation", "machine"),
                ],
                StatusCode::NOT_FOUND,
                "Not found",
            ),
            (
                "/admin/campaigns/nowhere/submit",
                vec![],
                StatusCode::NOT_FOUND,
                "Not found",
            ),
            (
                "/admin/campaigns/NOT-A-SLUG/submit",
                vec![],
                StatusCode::NOT_FOUND,
                "Not found",
            ),
            (
                "/admin/campaigns/taken/approve",
                vec![],
                StatusCode::CONFLICT,
                "The campaign is a draft, so it cannot be approved.",
            ),
            (
                "/admin/campaigns/taken/texts/es/review",
                vec![],
                StatusCode::CONFLICT,
                "es has no text in this campaign.",
            ),
            (
                "/admin/translations/review",
                vec![("kind", "topic"), ("item", "rights"), ("locale", "fa")],
                StatusCode::BAD_REQUEST,
                "no such UI file or topic page",
            ),
            (
                "/admin/translations/review",
                vec![("kind", "ui"), ("item", "none.ftl"), ("locale", "fa")],
                StatusCode::BAD_REQUEST,
                "no such UI file or topic page",
            ),
            (
                "/admin/translations/review",
                vec![("kind", "other"), ("item", "x"), ("locale", "fa")],
                StatusCode::BAD_REQUEST,
                "Only UI files and topics",
            ),
        ];
        for (uri, fields, status, message) in cases {
            let reply = site.post_form(uri, Some(&admin), &fields).await;
            assert_eq!(
                reply.status, status,
                "{name}: {uri} {fields:?}: {}",
                reply.body
            );
            reply.assert_contains(&escape(message));
        }
        assert!(!site.exists("good-slug").await, "{name}");
        assert_eq!(
            site.get_as("/admin/campaigns/nowhere", Some(&admin))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
}

/// A pack of UI strings small enough to count by hand: English has 6 keys in two files;
/// Persian 4 of them (3 in a machine file, 1 in a reviewed one) and one English lacks;
/// Spanish 1; the rest only the first. English also has the operators' strings, which the
/// pages are written in and which the coverage leaves out.
fn small_strings(dir: &Path) {
    let operators = repo_root().join("translations/en/operators.ftl");
    write(
        &dir.join("en/operators.ftl"),
        &std::fs::read_to_string(operators).unwrap(),
    );
    for locale in Locale::ALL {
        let folder = dir.join(locale.tag());
        let (main, bot) = match locale {
            Locale::En => (
                "### translation: original\n\na = A\nb = B\n    .title = T\nc = C\n",
                Some("### translation: original\n\nd = D\ne = E\n"),
            ),
            Locale::Fa => (
                "### translation: machine\n\na = A\nb = B\n    .title = T\nextra = X\n",
                Some(
                    "### translation: reviewed\n### reviewed-by: Ana\n### reviewed-on: 2026-11-20\n\nd = D\n",
                ),
            ),
            Locale::Es => ("### translation: machine\n\na = A\n", None),
            _ => ("### translation: machine\n\na = A\n", None),
        };
        write(&folder.join("faro.ftl"), main);
        if let Some(bot) = bot {
            write(&folder.join("bot.ftl"), bot);
        }
    }
}

#[tokio::test]
async fn translation_coverage_counts_strings_topics_and_campaign_texts() {
    for site in sites_with(Strings::Custom(small_strings)).await {
        let name = site.name();
        let root = site.user("root", Role::Admin).await;
        let other = site.user("other", Role::Admin).await;
        let publisher = site.user("pub.mx", Who::PublisherMx.role().unwrap()).await;
        let reviewer = site.browser(&publisher).await;
        // Two campaigns with en and fa texts (fa machine), one with an es text.
        site.campaign_in("first", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        let second = site
            .campaign_in("second", &["MX"], CampaignStatus::Draft, &root, &other)
            .await;
        testing::publishing(site.store())
            .set_text(
                &root,
                second.id,
                Locale::Es,
                &text("Hola", "Texto.", "machine"),
                now_unix(),
            )
            .await
            .unwrap();
        testing::publishing(site.store())
            .mark_text_reviewed(&root, second.id, Locale::Fa, now_unix())
            .await
            .unwrap();
        // The pack's campaign has all sixteen: three campaigns in all.
        let page = site.get_as("/admin/translations", Some(&reviewer)).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        page.assert_lacks("<script");
        let row = |tag: &str| -> String {
            let start = page
                .body
                .find(&format!("<tr id=\"coverage-{tag}\">"))
                .unwrap();
            let rest = &page.body[start..];
            rest[..rest.find("</tr>").unwrap()].to_owned()
        };
        let cell = |present: usize, total: usize, share: &str, m: usize, r: usize, o: usize| {
            format!(
                "<strong>{share}</strong> {present} of {total}<br><span class=\"muted\">machine {m} · reviewed {r} · original {o}</span>"
            )
        };
        let en = row("en");
        assert!(en.contains(&cell(6, 6, "100%", 0, 0, 6)), "{name}: {en}");
        assert!(en.contains(&cell(2, 2, "100%", 0, 0, 2)), "{name}: {en}");
        let fa = row("fa");
        assert!(fa.contains(&cell(4, 6, "66%", 3, 1, 0)), "{name}: {fa}");
        // The asylum page in Persian (machine); rights has none.
        assert!(fa.contains(&cell(1, 2, "50%", 1, 0, 0)), "{name}: {fa}");
        let es = row("es");
        assert!(es.contains(&cell(1, 6, "16%", 1, 0, 0)), "{name}: {es}");
        assert!(es.contains(&cell(0, 2, "0%", 0, 0, 0)), "{name}: {es}");
        // Campaign texts: first (machine), second (reviewed), and the pack's (machine).
        assert!(fa.contains(&cell(3, 3, "100%", 2, 1, 0)), "{name}: {fa}");
        assert!(es.contains(&cell(2, 3, "66%", 2, 0, 0)), "{name}: {es}");
        let zh = row("zh-Hans");
        assert!(zh.contains(&cell(1, 2, "50%", 1, 0, 0)), "{name}: {zh}");
        assert!(zh.contains(&cell(1, 3, "33%", 1, 0, 0)), "{name}: {zh}");
        page.assert_contains("UI strings: bot.ftl (1 keys)</a> — reviewed by Ana on 2026-11-20");

        // A reviewer marks Persian's main file and its asylum page.
        for (kind, item) in [("ui", "faro.ftl"), ("topic", "asylum")] {
            let reply = site
                .post_form(
                    "/admin/translations/review",
                    Some(&reviewer),
                    &[("kind", kind), ("item", item), ("locale", "fa")],
                )
                .await;
            assert_eq!(
                reply.status,
                StatusCode::SEE_OTHER,
                "{name}: {}",
                reply.body
            );
            assert_eq!(
                reply.header("location"),
                format!("/admin/translations/fa/{kind}/{item}")
            );
        }
        let page = site.get_as("/admin/translations", Some(&reviewer)).await;
        let start = page.body.find("<tr id=\"coverage-fa\">").unwrap();
        let fa = &page.body[start..start + page.body[start..].find("</tr>").unwrap()];
        assert!(fa.contains(&cell(4, 6, "66%", 0, 4, 0)), "{name}: {fa}");
        assert!(fa.contains(&cell(1, 2, "50%", 0, 1, 0)), "{name}: {fa}");
        let today = crate::operators::time::rfc3339(now_unix())[..10].to_owned();
        page.assert_contains(&format!(
            "UI strings: faro.ftl (4 keys)</a> — reviewed by pub.mx on {today}"
        ));
        page.assert_contains(&format!(
            "Topic: asylum</a> — reviewed by pub.mx on {today}"
        ));
        let marks = site.store().review_marks().all().await.unwrap();
        assert_eq!(marks.len(), 2, "{name}");
        assert!(
            site.audited("pub.mx", "translation.review", "ui faro.ftl fa")
                .await,
            "{name}"
        );
    }
}

#[tokio::test]
async fn navigation_follows_the_role() {
    for site in sites().await {
        let name = site.name();
        let users = site.everyone().await;
        let publisher = site.browser(users[2].as_ref().unwrap()).await;
        let admin = site.browser(users[4].as_ref().unwrap()).await;
        let page = site.get_as("/admin/campaigns", Some(&publisher)).await;
        page.assert_contains("href=\"/admin/campaigns\" aria-current=\"page\"");
        page.assert_contains("href=\"/admin/translations\"");
        page.assert_lacks("href=\"/admin/audit\"");
        let page = site.get_as("/admin/campaigns", Some(&admin)).await;
        page.assert_contains("href=\"/admin/audit\"");
        assert_eq!(page.status, StatusCode::OK, "{name}");
    }
}

#[test]
fn the_stylesheet_uses_logical_properties_in_the_admin_rules() {
    let css = include_str!("../../../static/kiosk.css");
    let rules = css.split("/* admin */").nth(1).expect("an admin section");
    // Physical properties and values; `vertical-align: top` is about lines, not sides.
    for physical in [
        "-left", "-right", "-top", "-bottom", "left:", "right:", "top:", "bottom:", "width:",
        "height:", ": left", ": right",
    ] {
        assert!(!rules.contains(physical), "{physical} in the admin rules");
    }
}

/// Whether a public page carries the machine-translation notice.
async fn machine_notice_on(site: &Site, path: &str) -> bool {
    let page = site.site.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{}: {path}", site.name());
    page.body.contains("<p class=\"notice machine\">")
}

#[tokio::test]
async fn a_review_takes_the_machine_notice_away_until_undone_or_the_english_changes() {
    for site in sites().await {
        let name = site.name();
        let reviewer = site.user("pub.mx", Who::PublisherMx.role().unwrap()).await;
        let reviewer = site.browser(&reviewer).await;
        let topic = "/fa/topics/asylum";
        let kiosk_topic = "/k/test-shelter/fa/topics/asylum";
        assert!(machine_notice_on(&site, topic).await, "{name}");
        assert!(machine_notice_on(&site, kiosk_topic).await, "{name}");
        assert!(machine_notice_on(&site, "/fa/").await, "{name}");

        // The list links to the text; the text is read beside the English.
        let list = site.get_as("/admin/translations", Some(&reviewer)).await;
        list.assert_contains("href=\"/admin/translations/fa/topic/asylum\"");
        let page = site
            .get_as("/admin/translations/fa/topic/asylum", Some(&reviewer))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        page.assert_contains("Asylum and refuge");
        page.assert_contains("پناهندگی");
        page.assert_contains("lang=\"fa\" dir=\"rtl\"");
        page.assert_contains("Readers of this text are told");
        page.assert_lacks("action=\"/admin/translations/unreview\"");
        for missing in [
            "/admin/translations/fa/topic/rights",
            "/admin/translations/xx/topic/asylum",
            "/admin/translations/fa/other/asylum",
            "/admin/translations/fa/ui/nothing.ftl",
        ] {
            let reply = site.get_as(missing, Some(&reviewer)).await;
            assert_eq!(reply.status, StatusCode::NOT_FOUND, "{name}: {missing}");
        }

        // Reviewed: the page in Persian loses its notice, on the phone and the kiosk alike,
        // at once (a page kept before the review is not served again).
        let review = [("kind", "topic"), ("item", "asylum"), ("locale", "fa")];
        let reply = site
            .post_form("/admin/translations/review", Some(&reviewer), &review)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            reply.body
        );
        assert!(!machine_notice_on(&site, topic).await, "{name}");
        assert!(!machine_notice_on(&site, kiosk_topic).await, "{name}");
        // Other pages of the locale speak through its UI strings, not reviewed yet.
        assert!(machine_notice_on(&site, "/fa/").await, "{name}");
        assert!(
            machine_notice_on(&site, "/zh-Hans/topics/asylum").await,
            "{name}: another locale's page keeps its own notice"
        );
        let page = site
            .get_as("/admin/translations/fa/topic/asylum", Some(&reviewer))
            .await;
        page.assert_contains("reviewed by pub.mx");
        page.assert_contains("Readers of this text are not told");
        page.assert_contains("action=\"/admin/translations/unreview\"");
        assert!(
            site.audited("pub.mx", "translation.review", "topic asylum fa")
                .await,
            "{name}"
        );

        // Undone: the notice is back, and the undo is audited.
        let reply = site
            .post_form("/admin/translations/unreview", Some(&reviewer), &review)
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{name}: {}",
            reply.body
        );
        assert!(machine_notice_on(&site, topic).await, "{name}");
        assert!(
            site.audited("pub.mx", "translation.unreview", "topic asylum fa")
                .await,
            "{name}"
        );

        // The UI strings' main file reviewed: the locale's other pages lose the notice.
        let ui = [("kind", "ui"), ("item", "faro.ftl"), ("locale", "fa")];
        site.post_form("/admin/translations/review", Some(&reviewer), &ui)
            .await;
        assert!(!machine_notice_on(&site, "/fa/").await, "{name}");
        assert!(
            !machine_notice_on(&site, "/k/test-shelter/fa/").await,
            "{name}"
        );

        // Reviewed again, then the English changes (the mark's digest no longer matches the
        // English as loaded): the review is stale, readers see the notice again, and the list
        // says so at the top.
        // (Not read in between: the page cache would keep that reading for a minute.)
        site.post_form("/admin/translations/review", Some(&reviewer), &review)
            .await;
        sqlx::query("UPDATE translation_reviews SET source_hash = $1 WHERE kind = 'topic'")
            .bind(faro_core::publishing::source_digest(&["an older English"]))
            .execute(site.store().pool())
            .await
            .unwrap();
        site.site.app.reviews.refresh(site.store()).await.unwrap();
        let list = site.get_as("/admin/translations", Some(&reviewer)).await;
        list.assert_contains("Reviews to renew: the English changed after them");
        list.assert_contains("but the English has changed since");
        assert!(
            machine_notice_on(&site, topic).await,
            "{name}: a stale review does not spare readers the notice"
        );
    }
}
