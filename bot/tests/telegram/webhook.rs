//! Webhook mode: the bot registers its URL with a secret, the kiosk's server serves the
//! route, and updates posted there are handled like polled ones. Calls without the secret
//! are refused.

use faro_core::Locale;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::support::updates::*;
use crate::support::*;

#[tokio::test]
async fn updates_arrive_over_http_with_the_secret_and_only_with_it() {
    let fake = FakeTelegram::start().await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hook = format!("{base}/telegram/webhook");
    let setup = Setup {
        webhook_url: Some(hook.clone()),
        ..Setup::default()
    };
    let mut bot = TestBot::prepare(&fake, setup).await;
    let server_stop = CancellationToken::new();
    let server = tokio::spawn(faro_web::serve(
        listener,
        bot.app.clone(),
        bot.routes.take().unwrap(),
        server_stop.clone().cancelled_owned(),
    ));
    let bot = bot.run(&fake, "setWebhook").await;

    let registered = &fake.calls_of("setWebhook")[0];
    assert_eq!(registered.body["url"], hook.as_str());
    let secret = faro_bot::webhook_secret(TOKEN);
    assert_eq!(registered.body["secret_token"], secret.as_str());
    assert_eq!(
        registered.body["allowed_updates"],
        serde_json::json!(["message", "edited_message", "callback_query"])
    );

    let client = reqwest::Client::new();
    let next_id = std::sync::atomic::AtomicI64::new(1);
    let post = |mut update: serde_json::Value, secret: Option<&str>| {
        update["update_id"] = next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .into();
        let mut request = client.post(&hook).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send()
    };

    // Without the secret, or with a wrong one: refused, not handled.
    for wrong in [None, Some("guess"), Some(&secret[..63])] {
        let response = post(text(1, Some("es"), "/start"), wrong).await.unwrap();
        assert_eq!(response.status(), 401);
    }
    assert_eq!(bot.stats.received(), 0);

    // With it: the same answer as polling gives.
    let response = post(text(1, Some("fa"), "/start"), Some(&secret))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    bot.handled(1).await;
    let sent = fake.calls_of("sendMessage");
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0]
            .text()
            .contains(&bot.html(Locale::Fa, "bot-welcome"))
    );

    // A button press, answered and edited in place.
    let picker = sent[0].message_id();
    post(callback(1, Some("fa"), picker, "l:fa"), Some(&secret))
        .await
        .unwrap();
    bot.handled(2).await;
    assert_eq!(fake.calls_of("answerCallbackQuery").len(), 1);
    assert_eq!(
        fake.calls_of("editMessageText")[0].body["message_id"],
        picker
    );

    // An unreadable body is acknowledged (Telegram would resend it forever) and ignored.
    let response = client
        .post(&hook)
        .header("X-Telegram-Bot-Api-Secret-Token", &secret)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    // The kiosk's own routes are still there, and nobody polls.
    let health = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert!(fake.calls_of("getUpdates").is_empty());
    assert!(fake.calls_of("deleteWebhook").is_empty());

    bot.stop().await;
    server_stop.cancel();
    server.await.unwrap().unwrap();
}
