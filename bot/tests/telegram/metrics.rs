//! What the bot counts for `/metrics`, scraped from the real metrics listener on 127.0.0.1:
//! updates and replies on the `telegram` channel, a reply that could not be sent by kind —
//! and nothing of who wrote or what they wrote, nor of a kiosk request's address.

use axum::body::Body;
use axum::http::Request;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

use crate::support::fake_api::Scripted;
use crate::support::updates::*;
use crate::support::*;

/// The value of the sample written exactly as `series`.
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {series} in:\n{text}"))
}

#[tokio::test]
async fn updates_and_replies_are_counted_and_no_one_is_named_in_the_scrape() {
    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let metrics_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = metrics_listener.local_addr().unwrap();
    let stop = CancellationToken::new();
    tokio::spawn(faro_web::metrics::serve(
        metrics_listener,
        bot.app.clone(),
        stop.clone().cancelled_owned(),
    ));
    let scrape = || async {
        let response = reqwest::get(format!("http://{address}/metrics"))
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    };
    let before = scrape().await;
    assert_eq!(
        sample(&before, "faro_updates_total{channel=\"telegram\"}"),
        0.0
    );

    // A person with a known chat id writes something distinctive, presses a button, sends
    // a place.
    let chat = 918_273_645_546;
    let calls = bot.send(&fake, text(chat, Some("es"), "/start")).await;
    let picker = only_message(&calls).message_id();
    bot.send(&fake, callback(chat, Some("es"), picker, "l:es"))
        .await;
    bot.send(&fake, text(chat, Some("es"), "Zanzibarquest asilo"))
        .await;
    bot.send(&fake, location(chat, Some("es"), 14.912_345, -92.254_321))
        .await;
    // Another person has blocked the bot: the reply fails, counted by kind.
    let blocked = 918_273_645_547;
    fake.script_chat(blocked, &[Scripted::Blocked]);
    bot.send(&fake, text(blocked, Some("es"), "/start")).await;
    // And a kiosk page with a shelter and a query in its address.
    let site = faro_web::router(bot.app.clone(), axum::Router::new());
    site.oneshot(
        Request::get("/k/quokka-shelter-551/es/directory?near=Zanzibarquest")
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .unwrap();

    let after = scrape().await;
    assert_eq!(
        sample(&after, "faro_updates_total{channel=\"telegram\"}"),
        5.0
    );
    let replies = sample(
        &after,
        "faro_messages_sent_total{channel=\"telegram\",purpose=\"reply\"}",
    );
    assert!(replies >= 4.0, "{after}");
    assert_eq!(
        replies,
        bot.stats.sent() as f64,
        "every send is a reply here"
    );
    assert_eq!(
        sample(
            &after,
            "faro_send_errors_total{channel=\"telegram\",purpose=\"reply\",kind=\"blocked\"}"
        ),
        1.0
    );
    assert_eq!(
        sample(
            &after,
            "faro_send_errors_total{channel=\"telegram\",purpose=\"reply\",kind=\"telegram_error\"}"
        ),
        0.0
    );
    assert!(
        after.contains("faro_http_requests_total{group=\"public_pages\",code="),
        "the kiosk page was not counted:\n{after}"
    );
    for secret in [
        "918273645546",
        "918273645547",
        "Zanzibarquest",
        "asilo",
        "14.912",
        "92.254",
        "quokka",
        "directory",
        "ana_test",
    ] {
        assert!(
            !after.contains(secret),
            "{secret:?} in the scrape:\n{after}"
        );
    }
    stop.cancel();
    bot.stop().await;
}
