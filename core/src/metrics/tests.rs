//! The registry's families as a scrape shows them, the helpers that move them, and the
//! database's gauges on SQLite and (when configured) PostgreSQL.

use std::time::Duration;

use super::*;
use crate::clock::now_unix;
use crate::country::CountryCode;
use crate::intake::{LanguageTag, NewDeclaration, Origin, Subject};
use crate::locale::Locale;
use crate::store::testing;

/// Every family with its type, by the exact name a scrape gives it.
const FAMILIES: [(&str, &str); 9] = [
    ("faro_updates_total", "counter"),
    ("faro_messages_sent_total", "counter"),
    ("faro_send_errors_total", "counter"),
    ("faro_outbox_messages", "gauge"),
    ("faro_interpreter_requests_waiting", "gauge"),
    ("faro_interpreter_request_accept_seconds", "histogram"),
    ("faro_http_requests_total", "counter"),
    ("faro_http_request_duration_seconds", "histogram"),
    ("faro_page_cache_requests_total", "counter"),
];

/// The value of the sample written exactly as `series` (name and labels), if there is one.
pub(crate) fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|line| {
        let value = line.strip_prefix(series)?.strip_prefix(' ')?;
        value.trim().parse().ok()
    })
}

#[test]
fn every_family_is_in_a_scrape_with_its_type_from_the_start() {
    let metrics = Metrics::new();
    // One request, so that the HTTP families (whose series appear with their first
    // request) are shown too.
    metrics.http_request(RouteGroup::Health, 200, Duration::from_millis(2));
    let text = metrics.encode().unwrap();
    for (name, kind) in FAMILIES {
        assert!(
            text.lines()
                .any(|line| line == format!("# TYPE {name} {kind}")),
            "no {kind} {name} in:\n{text}"
        );
        assert!(
            text.lines()
                .any(|line| line.starts_with(&format!("# HELP {name} "))),
            "{name} has no help"
        );
    }
    let types = text
        .lines()
        .filter(|line| line.starts_with("# TYPE "))
        .count();
    assert_eq!(
        types,
        FAMILIES.len(),
        "a family this test does not name:\n{text}"
    );
    // The fixed label sets are there at zero before anything happened.
    for series in [
        "faro_updates_total{channel=\"telegram\"}",
        "faro_messages_sent_total{channel=\"telegram\",purpose=\"broadcast\"}",
        "faro_send_errors_total{channel=\"telegram\",purpose=\"reply\",kind=\"rate_limited\"}",
        "faro_outbox_messages{status=\"expired\"}",
        "faro_page_cache_requests_total{result=\"miss\"}",
        "faro_interpreter_requests_waiting",
        "faro_interpreter_request_accept_seconds_count",
    ] {
        assert_eq!(sample(&text, series), Some(0.0), "{series} in:\n{text}");
    }
}

#[test]
fn the_helpers_move_their_own_series_and_no_other() {
    let metrics = Metrics::new();
    metrics.update_received(Channel::Telegram);
    metrics.update_received(Channel::Telegram);
    metrics.message_sent(Channel::Telegram, Purpose::Reply);
    metrics.send_failed(
        Channel::Telegram,
        Purpose::Broadcast,
        SendErrorKind::Blocked,
    );
    metrics.page_cache(CacheResult::Hit);
    metrics.http_request(RouteGroup::PublicPages, 200, Duration::from_micros(300));
    metrics.http_request(RouteGroup::PublicPages, 404, Duration::from_millis(3));
    let tag = |raw: &str| crate::intake::LanguageTag::parse(raw).unwrap();
    metrics.request_accepted(&[tag("ht"), tag("fr")], 90);
    // A language outside the intake's list is never a label of its own.
    metrics.request_accepted(&[tag("xyz")], 700);
    let text = metrics.encode().unwrap();
    let at = |series: &str| sample(&text, series).unwrap_or_else(|| panic!("{series}:\n{text}"));
    assert_eq!(at("faro_updates_total{channel=\"telegram\"}"), 2.0);
    assert_eq!(
        at("faro_messages_sent_total{channel=\"telegram\",purpose=\"reply\"}"),
        1.0
    );
    assert_eq!(
        at("faro_messages_sent_total{channel=\"telegram\",purpose=\"broadcast\"}"),
        0.0
    );
    assert_eq!(
        at("faro_send_errors_total{channel=\"telegram\",purpose=\"broadcast\",kind=\"blocked\"}"),
        1.0
    );
    assert_eq!(
        at("faro_send_errors_total{channel=\"telegram\",purpose=\"reply\",kind=\"blocked\"}"),
        0.0
    );
    // Per language: the Kreyòl and French series each count the one request; the language
    // nobody offers is counted as other.
    for language in ["ht", "fr"] {
        assert_eq!(
            at(&format!(
                "faro_interpreter_request_accept_by_language_seconds_count{{language=\"{language}\"}}"
            )),
            1.0
        );
        assert_eq!(
            at(&format!(
                "faro_interpreter_request_accept_by_language_seconds_bucket{{language=\"{language}\",le=\"120\"}}"
            )),
            1.0,
            "{text}"
        );
    }
    assert_eq!(
        at("faro_interpreter_request_accept_by_language_seconds_count{language=\"other\"}"),
        1.0
    );
    assert!(!text.contains("xyz"));
    assert_eq!(at("faro_page_cache_requests_total{result=\"hit\"}"), 1.0);
    assert_eq!(at("faro_page_cache_requests_total{result=\"miss\"}"), 0.0);
    assert_eq!(
        at("faro_http_requests_total{group=\"public_pages\",code=\"200\"}"),
        1.0
    );
    assert_eq!(
        at("faro_http_requests_total{group=\"public_pages\",code=\"404\"}"),
        1.0
    );
    // 300 µs falls in the 0.5 ms bucket; 3 ms in the 5 ms one, in the 4xx histogram.
    assert_eq!(
        at(
            "faro_http_request_duration_seconds_bucket{group=\"public_pages\",class=\"2xx\",le=\"0.0005\"}"
        ),
        1.0
    );
    assert_eq!(
        at(
            "faro_http_request_duration_seconds_bucket{group=\"public_pages\",class=\"4xx\",le=\"0.0025\"}"
        ),
        0.0
    );
    assert_eq!(
        at(
            "faro_http_request_duration_seconds_bucket{group=\"public_pages\",class=\"4xx\",le=\"0.005\"}"
        ),
        1.0
    );
    assert_eq!(at("faro_interpreter_request_accept_seconds_count"), 2.0);
    assert_eq!(at("faro_interpreter_request_accept_seconds_sum"), 790.0);
    assert_eq!(
        at("faro_interpreter_request_accept_seconds_bucket{le=\"60\"}"),
        0.0
    );
    assert_eq!(
        at("faro_interpreter_request_accept_seconds_bucket{le=\"120\"}"),
        1.0
    );
}

#[test]
fn status_classes_cover_every_code() {
    assert_eq!(StatusClass::of(101), StatusClass::Informational);
    assert_eq!(StatusClass::of(204), StatusClass::Success);
    assert_eq!(StatusClass::of(304), StatusClass::Redirection);
    assert_eq!(StatusClass::of(429), StatusClass::ClientError);
    assert_eq!(StatusClass::of(503), StatusClass::ServerError);
    assert_eq!(StatusClass::of(999), StatusClass::ServerError);
}

#[test]
fn two_registries_count_apart() {
    let one = Metrics::new();
    let other = Metrics::new();
    one.update_received(Channel::Telegram);
    let series = "faro_updates_total{channel=\"telegram\"}";
    assert_eq!(sample(&one.encode().unwrap(), series), Some(1.0));
    assert_eq!(sample(&other.encode().unwrap(), series), Some(0.0));
}

fn declaration(chat: i64) -> NewDeclaration {
    NewDeclaration {
        subject: Subject::Telegram(chat),
        locale: Locale::Ht,
        origin: Origin::Country(CountryCode::parse("HT").unwrap()),
        share_origin: false,
        languages: vec![LanguageTag::parse("ht").unwrap()],
        shelter_id: Some("demo-shelter".into()),
        city: None,
    }
}

/// A campaign row and outbox rows in the given statuses, straight into the tables (the
/// publishing workflow has its own tests; these are about counting what is there).
async fn outbox_rows(store: &Store, statuses: &[&str]) {
    let now = now_unix();
    let campaign: i64 = sqlx::query_scalar(
        "INSERT INTO campaigns (slug, status, target_locales, target_countries, starts_at,
             ends_at, created_by, created_at, updated_at)
         VALUES ('metrics', 'published', '', '', $1, $2, 'test', $1, $1) RETURNING id",
    )
    .bind(now)
    .bind(now + 86_400)
    .fetch_one(store.pool())
    .await
    .unwrap();
    for (chat, status) in statuses.iter().enumerate() {
        sqlx::query(
            "INSERT INTO outbox (campaign_id, chat_id, locale, status, next_attempt_at)
             VALUES ($1, $2, 'en', $3, $4)",
        )
        .bind(campaign)
        .bind(chat as i64 + 1)
        .bind(*status)
        .bind(now)
        .execute(store.pool())
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn a_scrape_reads_the_outbox_and_the_waiting_requests_from_the_database() {
    for db in testing::databases().await {
        let (name, store) = (db.name, db.store.clone());
        let metrics = Metrics::new();
        let text = metrics.scrape(&store).await.unwrap();
        assert_eq!(
            sample(&text, "faro_outbox_messages{status=\"queued\"}"),
            Some(0.0),
            "{name}"
        );
        assert_eq!(
            sample(&text, "faro_interpreter_requests_waiting"),
            Some(0.0)
        );

        outbox_rows(
            &store,
            &[
                "queued", "queued", "queued", "sent", "sent", "failed", "expired",
            ],
        )
        .await;
        let now = now_unix();
        let first = store
            .requests()
            .create(&declaration(41), 90, now - 600)
            .await
            .unwrap();
        store
            .requests()
            .create(&declaration(42), 90, now)
            .await
            .unwrap();
        let text = metrics.scrape(&store).await.unwrap();
        for (status, count) in [
            ("queued", 3.0),
            ("sent", 2.0),
            ("failed", 1.0),
            ("unsubscribed", 0.0),
            ("expired", 1.0),
        ] {
            assert_eq!(
                sample(
                    &text,
                    &format!("faro_outbox_messages{{status=\"{status}\"}}")
                ),
                Some(count),
                "{name}: {status}"
            );
        }
        assert_eq!(
            sample(&text, "faro_interpreter_requests_waiting"),
            Some(2.0),
            "{name}"
        );

        // Staff accept the first one: one fewer waiting, one wait of ten minutes observed.
        let accepted = store
            .requests()
            .set_status(first.id, RequestStatus::Accepted, now)
            .await
            .unwrap();
        metrics.request_changed(first.status, &accepted, now);
        // Clicking again changes nothing and counts nothing.
        let again = store
            .requests()
            .set_status(first.id, RequestStatus::Accepted, now)
            .await
            .unwrap();
        metrics.request_changed(accepted.status, &again, now);
        let text = metrics.scrape(&store).await.unwrap();
        assert_eq!(
            sample(&text, "faro_interpreter_requests_waiting"),
            Some(1.0),
            "{name}"
        );
        assert_eq!(
            sample(&text, "faro_interpreter_request_accept_seconds_count"),
            Some(1.0),
            "{name}"
        );
        assert_eq!(
            sample(
                &text,
                "faro_interpreter_request_accept_seconds_bucket{le=\"600\"}"
            ),
            Some(1.0),
            "{name}"
        );
        assert_eq!(
            sample(
                &text,
                "faro_interpreter_request_accept_seconds_bucket{le=\"300\"}"
            ),
            Some(0.0),
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_database_that_does_not_answer_fails_the_scrape() {
    let db = testing::sqlite().await;
    let metrics = Metrics::new();
    db.store.close().await;
    assert!(matches!(
        metrics.scrape(&db.store).await,
        Err(MetricsError::Store(_))
    ));
}
