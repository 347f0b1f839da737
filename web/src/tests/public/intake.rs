//! The kiosk's interpreter pages: `/k/{shelter}/{locale}/interpreter`, on SQLite and
//! PostgreSQL.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use faro_core::Locale;
use faro_core::intake::{CONSENT_VERSION, NewInterpreter, Origin, Reference, ServiceArea};
use faro_core::store::testing::{self, TestDatabase};

use crate::public::intake::testing_key;
use crate::tests::*;

pub(super) const START: &str = "/k/test-shelter/fa/interpreter";
pub(super) const KIOSK: &str = "/k/test-shelter/fa";

/// The test site once per database (its store swapped for the test database's).
pub(super) async fn sites() -> Vec<(&'static str, TestSite, TestDatabase)> {
    let mut sites = Vec::new();
    for db in testing::databases().await {
        let mut site = site().await;
        site.move_to(db.store.clone()).await;
        sites.push((db.name, site, db));
    }
    sites
}

/// A same-origin form post, as a browser on the kiosk sends it under `no-referrer`, and the
/// page it redirects to (every accepted post is a 303, kept by nobody).
async fn post(site: &TestSite, uri: &str, fields: &[(String, String)]) -> Reply {
    let reply = post_raw(site, uri, fields).await;
    follow(site, reply).await
}

pub(super) async fn post_raw(site: &TestSite, uri: &str, fields: &[(String, String)]) -> Reply {
    post_with(
        site,
        uri,
        fields,
        &[("sec-fetch-site", "same-origin"), ("origin", "null")],
    )
    .await
}

/// The page a 303 leads to; any other reply as it is.
pub(super) async fn follow(site: &TestSite, reply: Reply) -> Reply {
    if reply.status != StatusCode::SEE_OTHER {
        return reply;
    }
    assert_eq!(reply.header("cache-control"), "no-store");
    let location = reply.header("location").to_owned();
    assert!(
        location.starts_with(&format!("{KIOSK}/")) || location.starts_with("/fa/"),
        "{location}"
    );
    site.get(&location).await
}

pub(super) async fn post_with(
    site: &TestSite,
    uri: &str,
    fields: &[(String, String)],
    headers: &[(&str, &str)],
) -> Reply {
    let mut request =
        Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = serde_urlencoded::to_string(fields).unwrap();
    site.request(request.body(Body::from(body)).unwrap()).await
}

/// The hidden fields of the page's (first) form, in order.
fn hidden(page: &Reply) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut rest = page.body.as_str();
    while let Some(start) = rest.find("<input type=\"hidden\" name=\"") {
        rest = &rest[start + 27..];
        let name_end = rest.find('"').unwrap();
        let name = rest[..name_end].to_owned();
        let value_start = rest.find("value=\"").unwrap() + 7;
        let value_end = value_start + rest[value_start..].find('"').unwrap();
        fields.push((name, unescape(&rest[value_start..value_end])));
        rest = &rest[value_end..];
    }
    fields
}

fn unescape(text: &str) -> String {
    text.replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#38;", "&")
}

/// `page`'s hidden fields with `answers` added.
pub(super) fn with(page: &Reply, answers: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields = hidden(page);
    fields.extend(
        answers
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned())),
    );
    fields
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

/// The secret the reference page's delete button and QR code carry.
pub(super) fn secret_on(page: &Reply) -> String {
    let secret = field(&hidden(page), "secret").to_owned();
    assert_eq!(secret.len(), 32, "{}", page.body);
    secret
}

/// The declaration's kiosk subject, which no page shows.
pub(super) async fn subject_of(site: &TestSite) -> String {
    let subject: String =
        sqlx::query_scalar("SELECT subject FROM declarations ORDER BY id DESC LIMIT 1")
            .fetch_one(site.app.store.pool())
            .await
            .unwrap();
    subject.strip_prefix("kiosk:").unwrap().to_owned()
}

pub(super) fn reference_on(page: &Reply) -> Reference {
    let marker = "<p class=\"reference\" translate=\"no\"><bdi dir=\"ltr\">";
    let start = page.body.find(marker).expect("a reference") + marker.len();
    let end = start + page.body[start..].find('<').unwrap();
    Reference::parse(&page.body[start..end]).unwrap()
}

/// What every page of the flow must be: private to the person, in their language.
#[track_caller]
fn assert_private(page: &Reply) {
    assert_eq!(page.header("cache-control"), "no-store", "{}", page.body);
    assert!(page.headers.get("set-cookie").is_none());
    assert!(
        page.headers.get("etag").is_none(),
        "not kept by the page cache"
    );
    assert!(page.headers.get("location").is_none());
    page.assert_contains("<html lang=\"fa\" dir=\"rtl\"");
    // Every form posts to one of the fixed addresses: no answer travels in a URL.
    for form in page.body.split("<form").skip(1) {
        assert!(
            form.starts_with(&format!(
                " class=\"intake\" method=\"post\" action=\"{START}\""
            )) || form.starts_with(&format!(
                " class=\"intake-delete\" method=\"post\" action=\"{KIOSK}/delete\""
            )),
            "{form}"
        );
    }
}

async fn consent(site: &TestSite) -> Reply {
    let page = site.get(START).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_private(&page);
    page
}

pub(super) async fn count(site: &TestSite, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(site.app.store.pool())
        .await
        .unwrap()
}

/// Answers every question; `share` is `None` when the share question must not come. Returns
/// the reference page and every post made on the way, in order.
pub(super) async fn complete(
    site: &TestSite,
    origin: &str,
    languages: &[&str],
    place: &str,
    share: Option<&str>,
) -> (Reply, Vec<Vec<(String, String)>>) {
    let mut posts = Vec::new();
    let page = consent(site).await;
    let fields = with(&page, &[("consent", CONSENT_VERSION)]);
    let page = post(site, START, &fields).await;
    posts.push(fields);
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_private(&page);
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-origin"));
    let fields = with(&page, &[("origin", origin)]);
    let page = post(site, START, &fields).await;
    posts.push(fields);
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_private(&page);
    let chosen: Vec<(&str, &str)> = languages.iter().map(|l| ("language", *l)).collect();
    let fields = with(&page, &chosen);
    let page = post(site, START, &fields).await;
    posts.push(fields);
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_private(&page);
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-where"));
    let fields = with(&page, &[("where", place)]);
    let mut page = post(site, START, &fields).await;
    posts.push(fields);
    if let Some(share) = share {
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        assert_private(&page);
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-share-origin"));
        let fields = with(&page, &[("share", share)]);
        page = post(site, START, &fields).await;
        posts.push(fields);
    }
    (page, posts)
}

/// From the consent page, posts `answers` one page after another; returns the last page.
async fn advance(site: &TestSite, answers: &[&[(&str, &str)]]) -> Reply {
    let mut page = consent(site).await;
    page = post(site, START, &with(&page, &[("consent", CONSENT_VERSION)])).await;
    for step in answers {
        page = post(site, START, &with(&page, step)).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    page
}

/// Rows per table, to show that a refused post changed nothing anywhere.
async fn row_counts(site: &TestSite) -> Vec<(String, i64)> {
    let mut counts = Vec::new();
    for table in testing::all_tables(&site.app.store).await {
        let rows = count(site, &table).await;
        counts.push((table, rows));
    }
    counts
}

/// The page a used, expired or erased form gets: in the person's language, nobody's data.
#[track_caller]
fn assert_used(site: &TestSite, page: &Reply) {
    assert_eq!(page.status, StatusCode::GONE, "{}", page.body);
    assert_private(page);
    page.assert_contains(&escape(&text(&site.app, Locale::Fa, "intake-used")));
    page.assert_contains(&format!("href=\"{START}\""));
    page.assert_lacks("class=\"reference\"");
    page.assert_lacks("name=\"secret\"");
}

#[tokio::test]
async fn persian_flow_records_exactly_the_answers() {
    for (name, site, _db) in sites().await {
        let page = consent(&site).await;
        let consent_text =
            site.app
                .translations
                .format(Locale::Fa, "consent-text", &[("days", 90.into())]);
        page.assert_contains(&escape(&consent_text.text));
        page.assert_contains(&format!("value=\"{CONSENT_VERSION}\""));
        page.assert_contains(&format!("href=\"{START}/declined\""));

        // The languages page ticks the page's own language and offers the others.
        let origin_page = post(&site, START, &with(&page, &[("consent", CONSENT_VERSION)])).await;
        origin_page.assert_contains(&text(&site.app, Locale::Fa, "intake-prefer-not"));
        origin_page.assert_contains("name=\"origin\" value=\"AF\"");
        let languages_page = post(&site, START, &with(&origin_page, &[("origin", "AF")])).await;
        languages_page.assert_contains("value=\"fa\" checked");
        languages_page.assert_lacks("value=\"en\" checked");
        languages_page.assert_contains("value=\"wo\"");
        languages_page.assert_contains(&text(&site.app, Locale::Fa, "language-wo"));
        languages_page.assert_contains("<span lang=\"am\" dir=\"ltr\">አማርኛ</span>");

        let (page, _) = complete(
            &site,
            "AF",
            &["fa", "ps", "wo"],
            "test-shelter",
            Some("yes"),
        )
        .await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        assert_private(&page);
        let reference = reference_on(&page);
        // No interpreter speaks these languages here yet.
        page.assert_contains(&escape(
            &site
                .app
                .translations
                .format(
                    Locale::Fa,
                    "intake-waiting",
                    &[("reference", reference.as_str().into())],
                )
                .text,
        ));
        // The QR code carries the request's secret, never the reference, and no page holds
        // the person's subject.
        let secret = secret_on(&page);
        page.assert_contains(&format!(
            "data-qr=\"https://t.me/faro_test_bot?start=fa_k-{secret}\""
        ));
        page.assert_lacks("start=fa_r-");
        // What to do next, in the person's language: the desk, or the phone with the code.
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-desk"));
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-phone"));
        page.assert_contains("href=\"/k/test-shelter/fa/\"");
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-delete"));
        let subject = subject_of(&site).await;
        assert_eq!(subject.len(), 32);
        page.assert_lacks(&subject);
        let stored_hash: Option<String> =
            sqlx::query_scalar("SELECT link_secret_hash FROM interpreter_requests")
                .fetch_one(site.app.store.pool())
                .await
                .unwrap();
        assert_eq!(
            stored_hash,
            Some(faro_core::intake::link_secret::hash_text(&secret)),
            "only the secret's hash is kept"
        );
        assert!(
            testing::tables_mentioning(&site.app.store, i64::MIN, &secret)
                .await
                .is_empty()
        );

        let request = site
            .app
            .store
            .requests()
            .by_reference(&reference)
            .await
            .unwrap();
        assert_eq!(request.locale, Locale::Fa);
        assert_eq!(request.shelter_id.as_deref(), Some("test-shelter"));
        assert_eq!(
            request.shared_origin,
            Some(Origin::Country("AF".parse().unwrap()))
        );
        let languages: Vec<&str> = request.languages.iter().map(|l| l.as_str()).collect();
        assert_eq!(languages, ["fa", "ps", "wo"], "{name}");
        let row: (String, String, Option<String>, i64, Option<String>, Option<String>, String) =
            sqlx::query_as(
                "SELECT subject, consent_version, origin, share_origin, shelter_id, city, locale FROM declarations",
            )
            .fetch_one(site.app.store.pool())
            .await
            .unwrap();
        assert_eq!(
            row,
            (
                format!("kiosk:{subject}"),
                CONSENT_VERSION.to_owned(),
                Some("AF".to_owned()),
                1,
                Some("test-shelter".to_owned()),
                // The shelter's city, from the directory (interpreters may serve a city).
                Some("Tapachula".to_owned()),
                "fa".to_owned()
            ),
            "{name}"
        );
        assert_eq!(count(&site, "declarations").await, 1);
    }
}

#[tokio::test]
async fn prefer_not_to_say_is_undisclosed_and_skips_the_share_question() {
    for (name, site, _db) in sites().await {
        let (page, _) = complete(&site, "undisclosed", &["fa"], "test-shelter", None).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let reference = reference_on(&page);
        let request = site
            .app
            .store
            .requests()
            .by_reference(&reference)
            .await
            .unwrap();
        assert_eq!(request.shared_origin, None);
        let (origin, share): (Option<String>, i64) =
            sqlx::query_as("SELECT origin, share_origin FROM declarations")
                .fetch_one(site.app.store.pool())
                .await
                .unwrap();
        assert_eq!((origin, share), (None, 0), "{name}");
    }
}

/// How many declarations the figures of the quarter under way count under `key`.
pub(super) async fn counted(site: &TestSite, dimension: &str, key: &str) -> i64 {
    let count: Option<i64> =
        sqlx::query_scalar("SELECT count FROM figure_counts WHERE dimension = $1 AND key = $2")
            .bind(dimension)
            .bind(key)
            .fetch_optional(site.app.store.pool())
            .await
            .unwrap();
    count.unwrap_or(0)
}

/// A status sentence about `reference`, as the reference page shows it.
fn status_text(site: &TestSite, key: &str, reference: &Reference) -> String {
    let said =
        site.app
            .translations
            .format(Locale::Fa, key, &[("reference", reference.as_str().into())]);
    escape(&said.text)
}

/// The request a reference page names.
async fn request_on(site: &TestSite, page: &Reply) -> faro_core::intake::Request {
    site.app
        .store
        .requests()
        .by_reference(&reference_on(page))
        .await
        .unwrap()
}

#[tokio::test]
async fn a_skip_at_a_kiosk_puts_the_request_in_its_shelters_queue_and_says_go_to_the_desk() {
    for (name, site, _db) in sites().await {
        let (page, _) = complete(&site, "undisclosed", &["fa"], "skip", None).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let request = request_on(&site, &page).await;
        assert_eq!(
            request.shelter_id.as_deref(),
            Some("test-shelter"),
            "{name}"
        );
        let queue = site
            .app
            .store
            .requests()
            .queue_of("test-shelter")
            .await
            .unwrap();
        assert_eq!(queue, vec![request.clone()], "{name}");
        // What the screen says is true: the shelter's staff see it, so go to the desk.
        page.assert_contains(&status_text(&site, "intake-waiting", &request.reference));
        page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-desk"));
        assert_eq!(counted(&site, "shelter", "test-shelter").await, 1, "{name}");
    }
}

#[tokio::test]
async fn not_here_leaves_the_request_to_remote_interpreters_and_says_who_sees_it() {
    for (name, site, _db) in sites().await {
        let where_page = advance(&site, &[&[("origin", "HT")], &[("language", "ht")]]).await;
        where_page.assert_contains("name=\"where\" value=\"remote\"");
        where_page.assert_contains(&text(&site.app, Locale::Fa, "intake-where-remote"));
        let share_page = post(&site, START, &with(&where_page, &[("where", "remote")])).await;
        let page = post(&site, START, &with(&share_page, &[("share", "no")])).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let request = request_on(&site, &page).await;
        assert_eq!(request.shelter_id, None, "{name}");
        let coordinators = site
            .app
            .store
            .requests()
            .queue_without_shelter()
            .await
            .unwrap();
        assert_eq!(coordinators, vec![request.clone()], "{name}");
        page.assert_contains(&status_text(
            &site,
            "intake-waiting-remote",
            &request.reference,
        ));
        // The desk cannot see it: the screen does not send the person there.
        page.assert_lacks(&text(&site.app, Locale::Fa, "intake-next-desk"));
    }
}

#[tokio::test]
async fn prefer_not_to_say_on_the_languages_question_keeps_no_language() {
    for (name, site, _db) in sites().await {
        let languages_page = advance(&site, &[&[("origin", "HT")]]).await;
        languages_page.assert_contains("name=\"languages\" value=\"undisclosed\"");
        languages_page.assert_contains(&text(&site.app, Locale::Fa, "intake-prefer-not"));
        // The page's own language is still ticked when "prefer not to say" is pressed: it
        // is not kept.
        let where_page = post(
            &site,
            START,
            &with(
                &languages_page,
                &[("languages", "undisclosed"), ("language", "fa")],
            ),
        )
        .await;
        assert_eq!(
            where_page.status,
            StatusCode::OK,
            "{name}: {}",
            where_page.body
        );
        where_page.assert_contains(&text(&site.app, Locale::Fa, "intake-where"));
        let share_page = post(
            &site,
            START,
            &with(&where_page, &[("where", "test-shelter")]),
        )
        .await;
        let page = post(&site, START, &with(&share_page, &[("share", "no")])).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let request = request_on(&site, &page).await;
        assert!(
            request.languages.is_empty(),
            "{name}: {:?}",
            request.languages
        );
        assert_eq!(count(&site, "declaration_languages").await, 0, "{name}");
        assert_eq!(counted(&site, "language", "undisclosed").await, 1, "{name}");
        assert_eq!(counted(&site, "language", "fa").await, 0, "{name}");
        // Anything but "undisclosed" there is not an answer the page offered.
        let other = advance(&site, &[&[("origin", "HT")]]).await;
        let bad = post(&site, START, &with(&other, &[("languages", "some")])).await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{name}");
    }
}

#[tokio::test]
async fn another_country_is_offered_kept_as_such_and_counted_as_such() {
    for (name, site, _db) in sites().await {
        let origin_page = advance(&site, &[]).await;
        origin_page.assert_contains("name=\"origin\" value=\"another\"");
        origin_page.assert_contains(&text(&site.app, Locale::Fa, "intake-origin-another"));
        // Nothing to share about a country not named: no share question.
        let (page, _) = complete(&site, "another", &["ar"], "test-shelter", None).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);
        let request = request_on(&site, &page).await;
        assert_eq!(request.shared_origin, None, "{name}");
        let origin: Option<String> = sqlx::query_scalar("SELECT origin FROM declarations")
            .fetch_one(site.app.store.pool())
            .await
            .unwrap();
        assert_eq!(origin.as_deref(), Some("another"), "{name}");
        assert_eq!(counted(&site, "origin", "another").await, 1, "{name}");
        assert_eq!(counted(&site, "origin", "undisclosed").await, 0, "{name}");
        // No free text: a country typed in is refused like any value not offered.
        let origin_page = advance(&site, &[]).await;
        let typed = post(&site, START, &with(&origin_page, &[("origin", "Sudan")])).await;
        assert_eq!(typed.status, StatusCode::BAD_REQUEST, "{name}");
    }
}

/// The page's "Back" button, posted.
async fn go_back(site: &TestSite, page: &Reply) -> Reply {
    let reply = post_raw(site, START, &with(page, &[("back", "1")])).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    follow(site, reply).await
}

#[tokio::test]
async fn back_on_every_step_asks_the_question_before_and_the_page_left_is_used_up() {
    for (name, site, _db) in sites().await {
        // The consent page's Back is a link home: nothing has been posted yet.
        let consent_page = consent(&site).await;
        consent_page.assert_contains(&format!("class=\"button secondary\" href=\"{KIOSK}/\""));
        consent_page.assert_contains(&text(&site.app, Locale::Fa, "intake-back"));

        // From the first question, back to the consent page, with a new token.
        let origin_page = advance(&site, &[]).await;
        origin_page.assert_contains("name=\"back\"");
        let back = go_back(&site, &origin_page).await;
        assert_eq!(back.status, StatusCode::OK, "{name}");
        back.assert_contains(&format!("value=\"{CONSENT_VERSION}\""));
        assert_used(
            &site,
            &post(&site, START, &with(&origin_page, &[("origin", "AF")])).await,
        );

        // Forward to the share question, then back one step at a time, changing answers.
        let origin_page = post(&site, START, &with(&back, &[("consent", CONSENT_VERSION)])).await;
        let languages_page = post(&site, START, &with(&origin_page, &[("origin", "AF")])).await;
        let origin_again = go_back(&site, &languages_page).await;
        origin_again.assert_contains(&text(&site.app, Locale::Fa, "intake-origin"));
        assert_used(
            &site,
            &post(&site, START, &with(&languages_page, &[("language", "fa")])).await,
        );
        let languages_page = post(&site, START, &with(&origin_again, &[("origin", "IR")])).await;
        let where_page = post(&site, START, &with(&languages_page, &[("language", "fa")])).await;
        where_page.assert_contains("name=\"back\"");
        let languages_again = go_back(&site, &where_page).await;
        languages_again.assert_contains(&text(&site.app, Locale::Fa, "intake-languages"));
        languages_again.assert_contains("value=\"fa\" checked");
        let where_page = post(&site, START, &with(&languages_again, &[("language", "ps")])).await;
        let share_page = post(
            &site,
            START,
            &with(&where_page, &[("where", "test-shelter")]),
        )
        .await;
        share_page.assert_contains("name=\"back\"");
        let where_again = go_back(&site, &share_page).await;
        where_again.assert_contains(&text(&site.app, Locale::Fa, "intake-where"));
        assert_used(
            &site,
            &post(&site, START, &with(&share_page, &[("share", "yes")])).await,
        );
        let share_page = post(&site, START, &with(&where_again, &[("where", "remote")])).await;
        let page = post(&site, START, &with(&share_page, &[("share", "yes")])).await;
        assert_eq!(page.status, StatusCode::OK, "{name}: {}", page.body);

        // Exactly the last answers, in one request.
        let request = request_on(&site, &page).await;
        assert_eq!(count(&site, "declarations").await, 1, "{name}");
        assert_eq!(
            request.languages,
            vec![faro_core::intake::LanguageTag::parse("ps").unwrap()],
            "{name}"
        );
        assert_eq!(request.shelter_id, None, "{name}");
        assert_eq!(
            request.shared_origin,
            Some(Origin::Country(
                faro_core::country::CountryCode::parse("IR").unwrap()
            )),
            "{name}"
        );

        // Back from any page of the finished request: refused, nothing shown or made again.
        let before = row_counts(&site).await;
        for left in [&where_again, &share_page, &languages_again, &origin_again] {
            let reply = post(&site, START, &with(left, &[("back", "1")])).await;
            assert_used(&site, &reply);
            reply.assert_lacks(request.reference.as_str());
        }
        assert_eq!(row_counts(&site).await, before, "{name}");
    }
}

#[tokio::test]
async fn an_origin_not_shared_is_kept_but_hidden_from_the_interpreter() {
    for (name, site, _db) in sites().await {
        let (page, _) = complete(&site, "HT", &["ht", "fr"], "test-shelter", Some("no")).await;
        let request = site
            .app
            .store
            .requests()
            .by_reference(&reference_on(&page))
            .await
            .unwrap();
        assert_eq!(request.shared_origin, None, "{name}");
        let origin: Option<String> = sqlx::query_scalar("SELECT origin FROM declarations")
            .fetch_one(site.app.store.pool())
            .await
            .unwrap();
        assert_eq!(origin.as_deref(), Some("HT"), "{name}");
    }
}

#[tokio::test]
async fn an_interpreter_for_the_language_makes_it_created_not_waiting() {
    for (name, site, _db) in sites().await {
        let (_, code) = site
            .app
            .store
            .interpreters()
            .add(&NewInterpreter {
                display_name: "Test".to_owned(),
                languages: vec![faro_core::intake::LanguageTag::parse("fa").unwrap()],
                areas: vec![ServiceArea::Shelter("test-shelter".to_owned())],
            })
            .await
            .unwrap();
        site.app
            .store
            .interpreters()
            .link(&code.0, 4242)
            .await
            .unwrap();
        let (page, _) = complete(&site, "AF", &["fa"], "test-shelter", Some("yes")).await;
        let reference = reference_on(&page);
        page.assert_contains(&escape(
            &site
                .app
                .translations
                .format(
                    Locale::Fa,
                    "intake-created",
                    &[("reference", reference.as_str().into())],
                )
                .text,
        ));
        assert_eq!(count(&site, "interpreter_requests").await, 1, "{name}");
    }
}

#[tokio::test]
async fn a_double_tap_on_the_last_step_makes_one_request_and_the_second_tap_is_refused() {
    for (name, site, _db) in sites().await {
        let page = advance(
            &site,
            &[
                &[("origin", "BD")],
                &[("language", "bn")],
                &[("where", "test-shelter")],
            ],
        )
        .await;
        let last = with(&page, &[("share", "yes")]);
        let first = post(&site, START, &last).await;
        let second = post(&site, START, &last).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        reference_on(&first);
        assert_used(&site, &second);
        assert_eq!(count(&site, "declarations").await, 1, "{name}");
        assert_eq!(count(&site, "interpreter_requests").await, 1, "{name}");
    }
}

#[tokio::test]
async fn every_steps_post_resubmitted_after_completion_is_refused_and_creates_nothing() {
    for (name, site, _db) in sites().await {
        let (page, posts) = complete(&site, "HT", &["ht", "fr"], "test-shelter", Some("yes")).await;
        reference_on(&page);
        assert_eq!(posts.len(), 5);
        let before = row_counts(&site).await;
        for (step, fields) in posts.iter().enumerate() {
            let again = post_raw(&site, START, fields).await;
            assert_used(&site, &again);
            assert_eq!(row_counts(&site).await, before, "{name}: step {step}");
        }
        assert_eq!(count(&site, "declarations").await, 1, "{name}");
    }
}

#[tokio::test]
async fn the_reference_is_shown_once_and_a_reload_shows_nobodys_data() {
    for (name, site, _db) in sites().await {
        let page = advance(
            &site,
            &[
                &[("origin", "ER")],
                &[("language", "ti")],
                &[("where", "test-shelter")],
            ],
        )
        .await;
        let redirect = post_raw(&site, START, &with(&page, &[("share", "no")])).await;
        assert_eq!(redirect.status, StatusCode::SEE_OTHER, "{name}");
        let done = redirect.header("location").to_owned();
        assert!(done.starts_with(&format!("{START}/done/")), "{done}");
        let shown = site.get(&done).await;
        assert_eq!(shown.status, StatusCode::OK, "{name}");
        assert_private(&shown);
        let reference = reference_on(&shown);
        let secret = secret_on(&shown);
        // Reload, Back, or the next person at the screen: the page is gone.
        let reloaded = site.get(&done).await;
        assert_used(&site, &reloaded);
        reloaded.assert_lacks(reference.as_str());
        reloaded.assert_lacks(&secret);
        // What is left of the flow is the spent consent mark, which names no one.
        let kinds: Vec<String> = sqlx::query_scalar("SELECT kind FROM kiosk_forms")
            .fetch_all(site.app.store.pool())
            .await
            .unwrap();
        assert_eq!(kinds, ["spent"], "{name}");
    }
}

#[tokio::test]
async fn delete_my_data_takes_the_secret_and_leaves_nothing_in_any_table() {
    for (name, site, db) in sites().await {
        let (page, posts) = complete(
            &site,
            "ET",
            &["am", "ti", "om"],
            "test-shelter",
            Some("yes"),
        )
        .await;
        let reference = reference_on(&page);
        let secret = secret_on(&page);
        let subject = subject_of(&site).await;
        // Someone else's request stays.
        let other_page = advance(
            &site,
            &[&[("origin", "undisclosed")], &[("language", "so")]],
        )
        .await;
        let other_page = post(&site, START, &with(&other_page, &[("where", "skip")])).await;
        let other = reference_on(&other_page);

        // The reference alone, or a wrong secret, deletes nothing, and the answer is the same.
        let delete = format!("{KIOSK}/delete");
        let wrong = faro_core::intake::LinkSecret::random();
        let mut answers = Vec::new();
        for guess in [reference.as_str().to_owned(), wrong.as_str().to_owned()] {
            let reply = post_raw(&site, &delete, &[("secret".to_owned(), guess)]).await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{name}");
            answers.push((reply.header("location").to_owned(), reply.body.clone()));
        }
        assert_eq!(count(&site, "declarations").await, 2);

        let reply = post_raw(&site, &delete, &[("secret".to_owned(), secret.clone())]).await;
        answers.push((reply.header("location").to_owned(), reply.body.clone()));
        assert!(
            answers.windows(2).all(|pair| pair[0] == pair[1]),
            "{answers:?}"
        );
        let done = follow(&site, reply).await;
        assert_eq!(done.status, StatusCode::OK, "{name}: {}", done.body);
        assert_private(&done);
        done.assert_contains(&text(&site.app, Locale::Fa, "intake-delete-done"));
        done.assert_contains("href=\"/k/test-shelter/fa/\"");
        let left = testing::tables_mentioning(&db.store, i64::MIN, &subject).await;
        assert!(left.is_empty(), "{name}: subject still in {left:?}");
        let left = testing::tables_mentioning(&db.store, i64::MIN, reference.as_str()).await;
        assert!(left.is_empty(), "{name}: reference still in {left:?}");
        assert_eq!(count(&site, "declarations").await, 1, "{name}");
        assert_eq!(count(&site, "declaration_languages").await, 1, "{name}");
        assert!(site.app.store.requests().by_reference(&other).await.is_ok());

        // Every step posted again after the deletion: refused, and nothing comes back.
        let before = row_counts(&site).await;
        for fields in &posts {
            let again = post_raw(&site, START, fields).await;
            assert_used(&site, &again);
        }
        assert_eq!(row_counts(&site).await, before, "{name}");
        let left = testing::tables_mentioning(&db.store, i64::MIN, &subject).await;
        assert!(left.is_empty(), "{name}: subject back in {left:?}");

        // Deleting again: nothing left, and the answer is the same.
        let again = post_raw(&site, &delete, &[("secret".to_owned(), secret)]).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn missing_forged_expired_or_foreign_tokens_are_403_and_store_nothing() {
    for (name, site, _db) in sites().await {
        let page = consent(&site).await;
        let good = with(&page, &[("consent", CONSENT_VERSION)]);
        let token = field(&good, "form").to_owned();
        let key = testing_key(&site.app).await;
        let now = faro_core::clock::now_unix();
        let replace = |token: String| {
            let mut fields = good.clone();
            fields.retain(|(n, _)| n != "form");
            fields.push(("form".to_owned(), token));
            fields
        };
        let (issued, rest) = token.split_once('.').unwrap();
        let flipped = if token.ends_with('0') { '1' } else { '0' };
        let cases = [
            ("missing", {
                let mut fields = good.clone();
                fields.retain(|(n, _)| n != "form");
                fields
            }),
            ("empty", replace(String::new())),
            (
                "forged",
                replace(format!("{}{flipped}", &token[..token.len() - 1])),
            ),
            (
                "re-dated",
                replace(format!("{}.{rest}", issued.parse::<i64>().unwrap() + 5)),
            ),
            ("expired", replace(key.issue("test-shelter", now - 31 * 60))),
            ("another shelter", replace(key.issue("far-shelter", now))),
        ];
        for (case, fields) in cases {
            let page = post(&site, START, &fields).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{name}: {case}");
            assert_private(&page);
            page.assert_contains(&text(&site.app, Locale::Fa, "intake-expired"));
            page.assert_contains(&format!("href=\"{START}\""));
        }
        // The same token from the right page still works, once.
        let page = post(&site, START, &good).await;
        assert_eq!(page.status, StatusCode::OK, "{name}");
        assert_used(&site, &post(&site, START, &good).await);
        assert_eq!(count(&site, "declarations").await, 0);
    }
}

#[tokio::test]
async fn posts_from_another_site_are_403() {
    let site = site().await;
    let page = consent(&site).await;
    let fields = with(&page, &[("consent", CONSENT_VERSION)]);
    for headers in [
        &[("sec-fetch-site", "cross-site")][..],
        &[("origin", "https://evil.example")][..],
        &[("sec-fetch-site", "cross-site"), ("origin", "null")][..],
    ] {
        let page = post_with(&site, START, &fields, headers).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert_private(&page);
    }
    for headers in [
        &[][..],
        &[("origin", "https://faro.example.org")][..],
        &[("sec-fetch-site", "same-origin"), ("origin", "null")][..],
    ] {
        let page = consent(&site).await;
        let fields = with(&page, &[("consent", CONSENT_VERSION)]);
        let page = post_with(&site, START, &fields, headers).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{headers:?}");
    }
}

#[tokio::test]
async fn bad_answers_are_400_in_the_persons_language_and_store_nothing() {
    for (name, site, _db) in sites().await {
        // Each page below is left unposted, so every bad answer is tried on a live form (a
        // bad answer does not use the form up).
        let origin_page = advance(&site, &[]).await;
        let languages_page = advance(&site, &[&[("origin", "HT")]]).await;
        let where_page = advance(&site, &[&[("origin", "HT")], &[("language", "ht")]]).await;
        let share_page = advance(
            &site,
            &[
                &[("origin", "HT")],
                &[("language", "ht")],
                &[("where", "test-shelter")],
            ],
        )
        .await;
        let prefer_not_where = advance(
            &site,
            &[&[("origin", "undisclosed")], &[("language", "ht")]],
        )
        .await;
        let bad: Vec<(&str, Vec<(String, String)>)> = vec![
            ("unknown country", with(&origin_page, &[("origin", "ZZ")])),
            (
                "country not offered",
                with(&origin_page, &[("origin", "US")]),
            ),
            (
                "lower-case country",
                with(&origin_page, &[("origin", "ht")]),
            ),
            ("no origin", with(&origin_page, &[])),
            (
                "two origins",
                with(&origin_page, &[("origin", "HT"), ("origin", "AF")]),
            ),
            (
                "language not offered",
                with(&languages_page, &[("language", "de")]),
            ),
            (
                "not a language",
                with(&languages_page, &[("language", "<b>")]),
            ),
            (
                "unknown field",
                with(&origin_page, &[("origin", "HT"), ("name", "Ana")]),
            ),
            (
                "answer too early",
                with(&origin_page, &[("origin", "HT"), ("share", "yes")]),
            ),
            (
                "another shelter",
                with(&where_page, &[("where", "far-shelter")]),
            ),
            (
                "free text place",
                with(&where_page, &[("where", "Tapachula")]),
            ),
            ("share maybe", with(&share_page, &[("share", "maybe")])),
            (
                "share without origin",
                with(&prefer_not_where, &[("where", "skip"), ("share", "yes")]),
            ),
            // What the server keeps cannot be sent again, nor changed.
            (
                "another step",
                with(&origin_page, &[("origin", "HT"), ("step", "share")]),
            ),
            (
                "a subject",
                with(
                    &origin_page,
                    &[
                        ("origin", "HT"),
                        ("subject", "0123456789abcdef0123456789abcdef"),
                    ],
                ),
            ),
            (
                "an earlier answer",
                with(&where_page, &[("where", "skip"), ("origin", "AF")]),
            ),
            (
                "old consent",
                with(&share_page, &[("share", "yes"), ("consent", "2000-01-01")]),
            ),
        ];
        for (case, fields) in bad {
            let page = post_raw(&site, START, &fields).await;
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "{name}: {case}: {}",
                page.body
            );
            assert_private(&page);
            page.assert_contains(&text(&site.app, Locale::Fa, "intake-invalid"));
            page.assert_contains(&format!("href=\"{START}\""));
        }
        // None, or more than eight: the question again (on its own page), with a word on
        // how many.
        let nine = ["fa", "ps", "ar", "ur", "en", "es", "fr", "wo", "ru"];
        let too_many: Vec<(&str, &str)> = nine.iter().map(|l| ("language", *l)).collect();
        for (case, chosen) in [("none", &[][..]), ("nine", &too_many[..])] {
            let languages_page = advance(&site, &[&[("origin", "HT")]]).await;
            let redirect = post_raw(&site, START, &with(&languages_page, chosen)).await;
            assert_eq!(redirect.status, StatusCode::SEE_OTHER, "{name}: {case}");
            let page = follow(&site, redirect).await;
            assert_eq!(page.status, StatusCode::OK, "{name}: {case}");
            assert_private(&page);
            let notice = site.app.translations.format(
                Locale::Fa,
                "intake-languages-count",
                &[("max", 8.into())],
            );
            page.assert_contains(&escape(&notice.text));
            page.assert_lacks("checked");
            // The page carries its one-time form only; the answers stay on the server.
            assert_eq!(
                hidden(&page)
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>(),
                ["form"],
                "{case}"
            );
            // And the question goes on from there.
            let next = post(&site, START, &with(&page, &[("language", "ht")])).await;
            next.assert_contains(&text(&site.app, Locale::Fa, "intake-where"));
        }
        let garbage = post_with(&site, START, &[], &[]).await;
        assert_eq!(garbage.status, StatusCode::FORBIDDEN, "no token at all");
        let request = Request::post(START)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(vec![0xff_u8, b'=', 0xfe]))
            .unwrap();
        let not_utf8 = site.request(request).await;
        assert_eq!(not_utf8.status, StatusCode::BAD_REQUEST, "{name}");
        assert_eq!(count(&site, "declarations").await, 0, "{name}");
        // A made-up or foreign handle is no form.
        for handle in ["0123456789abcdef0123456789abcdef", "x"] {
            let page = site.get(&format!("{START}/q/{handle}")).await;
            assert_used(&site, &page);
            let page = site.get(&format!("{START}/done/{handle}")).await;
            assert_used(&site, &page);
        }
        let live = hidden(&origin_page);
        let handle = field(&live, "form");
        let elsewhere = site
            .get(&format!("/k/far-shelter/fa/interpreter/q/{handle}"))
            .await;
        assert_eq!(elsewhere.status, StatusCode::GONE, "{name}");
        // A question's address is no result.
        assert_used(&site, &site.get(&format!("{START}/done/{handle}")).await);
        // ...and the form is still there for its own page.
        let again = site.get(&format!("{START}/q/{handle}")).await;
        assert_eq!(again.status, StatusCode::OK, "{name}");
    }
}

/// A site whose intake budgets are 2 per address and 3 per kiosk, addresses read from
/// `X-Forwarded-For`.
pub(super) async fn throttled_site() -> TestSite {
    let mut site = site().await;
    let mut config: faro_core::config::Config = (*site.app.config).clone();
    config.kiosk_intake_per_address = 2;
    config.kiosk_intake_per_kiosk = 3;
    config.trust_forwarded_for = true;
    site.app.config = std::sync::Arc::new(config);
    site.router = crate::router(site.app.clone(), Router::new());
    site
}

#[tokio::test]
async fn starting_requests_is_limited_per_kiosk_and_per_address() {
    let site = throttled_site().await;
    let start = |address: &'static str| {
        let site = &site;
        async move {
            let page = consent(site).await;
            let fields = with(&page, &[("consent", CONSENT_VERSION)]);
            post_with(
                site,
                START,
                &fields,
                &[
                    ("sec-fetch-site", "same-origin"),
                    ("x-forwarded-for", address),
                ],
            )
            .await
        }
    };
    assert_eq!(start("192.0.2.1").await.status, StatusCode::SEE_OTHER);
    assert_eq!(start("192.0.2.1").await.status, StatusCode::SEE_OTHER);
    let refused = start("192.0.2.1").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_private(&refused);
    refused.assert_contains(&escape(&text(&site.app, Locale::Fa, "intake-busy")));
    // Another address at the same kiosk, until the kiosk's own budget is spent.
    assert_eq!(start("192.0.2.2").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        start("192.0.2.3").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Refused starts made nothing.
    let forms: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kiosk_forms WHERE kind = 'step'")
        .fetch_one(site.app.store.pool())
        .await
        .unwrap();
    assert_eq!(forms, 3);
}

#[tokio::test]
async fn pages_are_never_cached_and_each_run_their_handler() {
    let site = site().await;
    let first = consent(&site).await;
    let second = consent(&site).await;
    assert_ne!(
        field(&hidden(&first), "form"),
        field(&hidden(&second), "form"),
        "the second request was answered by its handler, not a kept copy"
    );
    let declined = site.get(&format!("{START}/declined")).await;
    assert_eq!(declined.status, StatusCode::OK);
    assert_private(&declined);
    declined.assert_contains(&text(&site.app, Locale::Fa, "consent-declined"));
    declined.assert_contains("href=\"/k/test-shelter/fa/\"");
    // The phone QR would open the public site, which has no such page.
    first.assert_lacks("data-qr=\"https://faro.example.org/");
}

#[tokio::test]
async fn only_kiosk_mode_has_the_pages() {
    let site = site().await;
    for uri in [
        "/fa/interpreter",
        "/k/nowhere/fa/interpreter",
        "/k/near-clinic/fa/interpreter",
    ] {
        let page = site.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
    }
    let page = post(&site, "/fa/interpreter", &[]).await;
    assert_ne!(page.status, StatusCode::OK);
    let unknown_locale = site.get("/k/test-shelter/xx/interpreter").await;
    assert_eq!(unknown_locale.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_a_bot_the_reference_has_no_telegram_code() {
    let site = site_with(Options {
        bot_username: None,
        ..Options::default()
    })
    .await;
    let (page, _) = complete(&site, "IN", &["hi"], "test-shelter", Some("no")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    reference_on(&page);
    page.assert_lacks("t.me");
    page.assert_lacks("class=\"reference-qr\"");
    // No code to scan, so no word of the phone; the desk still.
    page.assert_lacks(&text(&site.app, Locale::Fa, "intake-next-phone"));
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-desk"));
}

#[tokio::test]
async fn the_stylesheet_uses_logical_properties_in_the_intake_rules() {
    let css = include_str!("../../../static/kiosk.css");
    let rules = css.split("/* intake */").nth(1).expect("an intake section");
    for word in ["left", "right"] {
        assert!(!rules.contains(word), "{word} in the intake rules");
    }
}

/// With WhatsApp configured, the reference page offers its code beside Telegram's: a `wa.me`
/// link that sends the same start (the request's secret) to the business number, and says
/// the phone can follow the request on either. Only WhatsApp: its code and its sentence.
#[tokio::test]
async fn with_whatsapp_the_reference_offers_its_code_with_the_same_secret() {
    let site = site_with(Options {
        whatsapp: true,
        ..Options::default()
    })
    .await;
    let (page, _) = complete(&site, "AF", &["fa"], "test-shelter", Some("no")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let secret = secret_on(&page);
    page.assert_contains(&format!(
        "data-qr=\"https://t.me/faro_test_bot?start=fa_k-{secret}\""
    ));
    page.assert_contains(&format!(
        "data-qr=\"https://wa.me/15550783881?text=%2Fstart%20fa_k-{secret}\""
    ));
    assert_eq!(page.body.matches("class=\"reference-qr\"").count(), 2);
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-reference-qr-whatsapp"));
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-phone-both"));
    page.assert_lacks(&text(&site.app, Locale::Fa, "intake-next-phone"));

    let site = site_with(Options {
        whatsapp: true,
        bot_username: None,
        ..Options::default()
    })
    .await;
    let (page, _) = complete(&site, "AF", &["fa"], "test-shelter", Some("no")).await;
    let secret = secret_on(&page);
    page.assert_lacks("t.me");
    assert_eq!(page.body.matches("class=\"reference-qr\"").count(), 1);
    page.assert_contains(&format!(
        "data-qr=\"https://wa.me/15550783881?text=%2Fstart%20fa_k-{secret}\""
    ));
    page.assert_contains(&text(&site.app, Locale::Fa, "intake-next-phone-whatsapp"));
}
