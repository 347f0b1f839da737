//! Campaigns on WhatsApp end to end: people turn alerts on through the menu (the wording's
//! version recorded), a campaign is published, and the sender keeps WhatsApp's rules — text
//! inside the 24-hour window, the locale's template outside it, a bridge-language template
//! for Kreyòl whose button brings the campaign in Kreyòl, the daily limit of people reached
//! outside the window — while statuses in Meta's shapes update the outbox rows.

use std::time::Duration;

use faro_core::accounts::{NewUser, Role, User};
use faro_core::clock::now_unix;
use faro_core::config::WhatsAppTemplate;
use faro_core::dialog::Action;
use faro_core::publishing::Targets;
use faro_core::store::{Store, testing};
use faro_core::{Config, Locale};
use faro_whatsapp::test_support::fake_graph::Sent;
use sqlx::Row;

use crate::support::*;

const INSIDE: &str = "15550300001";
const OUTSIDE_ES: &str = "15550300002";
const OUTSIDE_HT: &str = "15550300003";
const OUTSIDE_FA: &str = "15550300004";
const OVER_LIMIT: &str = "15550300005";

fn templates(config: &mut Config) {
    config.whatsapp_templates.insert(
        Locale::Es,
        WhatsAppTemplate {
            name: "faro_alerta".into(),
            language: "es_MX".into(),
        },
    );
    // Meta has no Haitian Creole: a short French template with one button.
    config.whatsapp_templates.insert(
        Locale::Ht,
        WhatsAppTemplate {
            name: "faro_alerte_pont".into(),
            language: "fr".into(),
        },
    );
    // No template for Persian.
}

async fn admin(store: &Store) -> User {
    store
        .users()
        .create(
            &NewUser {
                name: "focal-admin".into(),
                password: "a long enough password for tests".into(),
                role: Role::Admin,
            },
            "test",
            now_unix(),
        )
        .await
        .unwrap()
}

/// `number` picks `locale` and turns alerts on for every country, through the menu.
async fn subscribe(wa: &TestWa, number: &str, locale: Locale) {
    let id = |step: &str| format!("wamid.{number}.{step}");
    wa.exchange(&payloads::text(number, &id("hello"), "hola"))
        .await;
    let sent = wa
        .exchange(&payloads::button_reply(
            number,
            &id("lang"),
            &Action::Language(locale).encode(),
            "…",
        ))
        .await;
    // The menu offers alerts on WhatsApp now.
    let offered = ids(&sent);
    assert!(
        offered.contains(&Action::AlertsOn.encode()),
        "{locale}: {offered:?}"
    );
    wa.exchange(&payloads::button_reply(
        number,
        &id("on"),
        &Action::AlertsOn.encode(),
        "…",
    ))
    .await;
    let sent = wa
        .exchange(&payloads::button_reply(
            number,
            &id("all"),
            &Action::AlertsCountry(None).encode(),
            "…",
        ))
        .await;
    assert!(
        texts(&sent).contains(&wa.text(locale, "bot-alerts-on")),
        "{sent:#?}"
    );
}

/// The opt-in recorded for each WhatsApp contact, oldest contact first.
async fn opt_ins(store: &Store) -> Vec<Option<String>> {
    sqlx::query("SELECT opt_in_wording FROM phone_contacts ORDER BY last_inbound_at, chat_id")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get::<Option<String>, _>(0).unwrap())
        .collect()
}

async fn rows(store: &Store) -> Vec<(String, String, Option<String>, Option<String>, String)> {
    sqlx::query(
        "SELECT locale, status, via, delivery, COALESCE(last_error, '') FROM outbox
         WHERE channel = 'whatsapp' ORDER BY locale, id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap()
    .iter()
    .map(|row| {
        (
            row.try_get(0).unwrap(),
            row.try_get(1).unwrap(),
            row.try_get(2).unwrap(),
            row.try_get(3).unwrap(),
            row.try_get(4).unwrap(),
        )
    })
    .collect()
}

/// The queued rows' next attempt and locale.
async fn queued(store: &Store) -> Vec<(i64, String)> {
    sqlx::query(
        "SELECT next_attempt_at, locale FROM outbox WHERE status = 'queued' ORDER BY locale",
    )
    .fetch_all(store.pool())
    .await
    .unwrap()
    .iter()
    .map(|row| (row.try_get(0).unwrap(), row.try_get(1).unwrap()))
    .collect()
}

/// Waits until the fake has taken messages to each of `numbers` after the first `before`.
async fn sent_to(wa: &TestWa, before: usize, numbers: &[&str]) -> Vec<Sent> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let sent = wa.fake.sent();
        if numbers
            .iter()
            .all(|n| sent[before..].iter().any(|s| s.to() == *n))
        {
            return sent;
        }
        let after: Vec<(&str, String)> =
            sent[before..].iter().map(|s| (s.to(), s.kind())).collect();
        assert!(
            tokio::time::Instant::now() < deadline,
            "nothing to some of {numbers:?}: {after:?}; rows {:?}",
            rows(&wa.app.store).await
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_campaign_goes_as_text_in_the_window_as_templates_outside_and_in_kreyol_after_the_bridge()
{
    for db in databases().await {
        let wa = TestWa::start_configured(&db.url, 1000, templates).await;
        let store = wa.app.store.clone();
        // Those outside the window first; their last message is then made two days old.
        subscribe(&wa, OUTSIDE_ES, Locale::Es).await;
        subscribe(&wa, OUTSIDE_HT, Locale::Ht).await;
        subscribe(&wa, OUTSIDE_FA, Locale::Fa).await;
        sqlx::query("UPDATE phone_contacts SET last_inbound_at = $1")
            .bind(now_unix() - 2 * 86_400)
            .execute(store.pool())
            .await
            .unwrap();
        subscribe(&wa, INSIDE, Locale::Es).await;

        // Each agreed to the wording of their own language, recorded with its version.
        let recorded = opt_ins(&store).await;
        assert_eq!(recorded.len(), 4);
        let version = |locale| faro_whatsapp::opt_in::wording_version(&wa.app.translations, locale);
        for wording in &recorded {
            let wording = wording.as_deref().expect("an opt-in for everyone");
            assert!(
                [Locale::Es, Locale::Ht, Locale::Fa]
                    .iter()
                    .any(|l| version(*l) == wording),
                "{wording}"
            );
        }
        assert_ne!(version(Locale::Es), version(Locale::Ht));

        let before = wa.fake.sent().len();
        let user = admin(&store).await;
        let campaign = testing::approved_campaign(
            &store,
            &user,
            "ruta-cerrada",
            Targets::default(),
            &[Locale::Es, Locale::Ht, Locale::Fa],
            |locale| {
                (
                    format!("Ruta cerrada {}", locale.tag()),
                    format!("Texto **completo** para {}.", locale.tag()),
                )
            },
        )
        .await
        .unwrap();
        let (_, rows_queued) = testing::publish(&store, &user, campaign.id).await.unwrap();
        assert_eq!(rows_queued, 4, "every WhatsApp subscriber has a row");

        let sent = sent_to(&wa, before, &[INSIDE, OUTSIDE_ES, OUTSIDE_HT]).await;
        let campaign_sent: Vec<&Sent> = sent[before..].iter().collect();
        for message in &campaign_sent {
            check(message);
        }
        // Inside the window: the campaign itself, as text, in Spanish.
        let inside: Vec<&&Sent> = campaign_sent.iter().filter(|s| s.to() == INSIDE).collect();
        assert_eq!(inside.len(), 1, "{inside:#?}");
        assert_eq!(inside[0].kind(), "text");
        assert!(
            inside[0].text().contains("*Ruta cerrada es*"),
            "{inside:#?}"
        );
        assert!(inside[0].text().contains("Texto *completo* para es."));
        // Outside: Spanish's approved template, the title as its variable.
        let payload = format!("faro-campaign:{}", campaign.id);
        let outside_es: Vec<&&Sent> = campaign_sent
            .iter()
            .filter(|s| s.to() == OUTSIDE_ES)
            .collect();
        assert_eq!(outside_es.len(), 1);
        assert_eq!(
            outside_es[0].template(),
            Some((
                "faro_alerta".into(),
                "es_MX".into(),
                "Ruta cerrada es".into(),
                payload.clone()
            ))
        );
        // Kreyòl: the French bridge template, with the Kreyòl title; no Kreyòl text yet.
        let bridge: Vec<&&Sent> = campaign_sent
            .iter()
            .filter(|s| s.to() == OUTSIDE_HT)
            .collect();
        assert_eq!(bridge.len(), 1);
        assert_eq!(
            bridge[0].template(),
            Some((
                "faro_alerte_pont".into(),
                "fr".into(),
                "Ruta cerrada ht".into(),
                payload.clone()
            ))
        );

        // Persian, without a template, waits for its reader to write.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let queued = queued(&store).await;
            if queued.len() == 1 && queued[0].0 > now_unix() + 600 {
                assert_eq!(queued[0].1, "fa");
                break;
            }
            assert!(tokio::time::Instant::now() < deadline, "{queued:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            !wa.fake.sent()[before..]
                .iter()
                .any(|s| s.to() == OUTSIDE_FA),
            "nothing without a template"
        );

        // The Kreyòl reader taps the bridge's button: the tap arrives as a `button` message,
        // and the campaign follows in Kreyòl.
        let tap = wa
            .exchange(&payloads::template_button(
                OUTSIDE_HT,
                "wamid.tap.ht",
                &payload,
                "Lire",
            ))
            .await;
        assert_eq!(tap.len(), 1, "{tap:#?}");
        assert!(tap[0].text().contains("*Ruta cerrada ht*"), "{tap:#?}");
        assert!(tap[0].text().contains("Texto *completo* para ht."));
        assert!(
            tap[0]
                .text()
                .contains(&wa.text(Locale::Ht, "campaign-stop-hint"))
        );
        // A payload nothing is owed for is the engine's to answer, not a campaign.
        let forged = wa
            .exchange(&payloads::template_button(
                OUTSIDE_ES,
                "wamid.tap.forged",
                "faro-campaign:999999",
                "Leer",
            ))
            .await;
        assert!(!texts(&forged).contains("Ruta cerrada"), "{forged:#?}");

        // Statuses in Meta's shape update the rows: delivered then read for the Spanish
        // template, a failure with its code for the text.
        for status in ["delivered", "read", "delivered"] {
            wa.exchange(&payloads::status(
                OUTSIDE_ES,
                &outside_es[0].id,
                status,
                None,
            ))
            .await;
        }
        wa.exchange(&payloads::status(
            INSIDE,
            &inside[0].id,
            "failed",
            Some(131_026),
        ))
        .await;
        let rows = rows(&store).await;
        let expected = [
            ("es", "failed", Some("text"), None, "WhatsApp code 131026"),
            ("es", "sent", Some("template"), Some("read"), ""),
            ("fa", "queued", None, None, ""),
            ("ht", "sent", Some("bridge"), Some("read"), ""),
        ];
        let mut got: Vec<_> = rows
            .iter()
            .map(|(l, s, v, d, e)| {
                (
                    l.as_str(),
                    s.as_str(),
                    v.as_deref(),
                    d.as_deref(),
                    e.as_str(),
                )
            })
            .collect();
        got.sort();
        assert_eq!(got, expected);
        // No message id is kept in clear.
        let kept: Vec<Option<String>> =
            sqlx::query_scalar("SELECT message_hash FROM outbox WHERE channel = 'whatsapp'")
                .fetch_all(store.pool())
                .await
                .unwrap();
        assert!(kept.iter().flatten().all(|hash| !hash.contains("wamid")));
        wa.stop().await;
    }
}

#[tokio::test]
async fn turning_alerts_off_by_the_menu_or_a_keyword_withdraws_the_opt_in() {
    for db in databases().await {
        let wa = TestWa::start_configured(&db.url, 1000, templates).await;
        let store = wa.app.store.clone();
        subscribe(&wa, INSIDE, Locale::Es).await;
        subscribe(&wa, OUTSIDE_HT, Locale::Ht).await;
        assert!(opt_ins(&store).await.iter().all(Option::is_some));
        // From the menu.
        wa.exchange(&payloads::button_reply(
            INSIDE,
            "wamid.off",
            &Action::AlertsOff.encode(),
            "…",
        ))
        .await;
        // By a keyword in Kreyòl.
        wa.exchange(&payloads::text(OUTSIDE_HT, "wamid.kanpe", "kanpe"))
            .await;
        assert_eq!(opt_ins(&store).await, vec![None, None]);
        // Nothing Faro starts reaches them: a campaign published now queues nobody.
        let user = admin(&store).await;
        let campaign = testing::approved_campaign(
            &store,
            &user,
            "sin-avisos",
            Targets::default(),
            &[Locale::Es, Locale::Ht],
            |locale| (format!("t {}", locale.tag()), "b".into()),
        )
        .await
        .unwrap();
        let (_, queued) = testing::publish(&store, &user, campaign.id).await.unwrap();
        assert_eq!(queued, 0);
        wa.stop().await;
    }
}

#[tokio::test]
async fn the_daily_limit_of_people_outside_the_window_holds_the_rest_back_a_day() {
    for db in databases().await {
        let wa = TestWa::start_configured(&db.url, 1000, |config| {
            templates(config);
            config.whatsapp_daily_limit = 1;
        })
        .await;
        let store = wa.app.store.clone();
        subscribe(&wa, OUTSIDE_ES, Locale::Es).await;
        subscribe(&wa, OVER_LIMIT, Locale::Es).await;
        subscribe(&wa, OUTSIDE_HT, Locale::Ht).await;
        sqlx::query("UPDATE phone_contacts SET last_inbound_at = $1")
            .bind(now_unix() - 2 * 86_400)
            .execute(store.pool())
            .await
            .unwrap();
        let before = wa.fake.sent().len();
        let user = admin(&store).await;
        let campaign = testing::approved_campaign(
            &store,
            &user,
            "limite-diario",
            Targets::default(),
            &[Locale::Es, Locale::Ht],
            |locale| (format!("Aviso {}", locale.tag()), "Texto.".into()),
        )
        .await
        .unwrap();
        testing::publish(&store, &user, campaign.id).await.unwrap();
        // One person reached outside the window; the two others wait a day.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let queued = queued(&store).await;
            let now = now_unix();
            if queued.len() == 2 && queued.iter().all(|(at, _)| *at > now + 600) {
                for (at, _) in &queued {
                    assert!(*at >= now + 86_000, "a day later: {queued:?}");
                }
                break;
            }
            assert!(tokio::time::Instant::now() < deadline, "{queued:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let templates: Vec<Sent> = wa.fake.sent()[before..]
            .iter()
            .filter(|s| s.kind() == "template")
            .cloned()
            .collect();
        assert_eq!(templates.len(), 1, "{templates:#?}");
        wa.stop().await;
    }
}
