//! The log holds no message text, chat id, name or location, at any level.

use std::io::Write;
use std::sync::{Arc, Mutex};

use crate::support::updates::*;
use crate::support::*;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_log_never_holds_what_people_wrote_or_who_they_are() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // The test runtime runs every task on this thread, so this catches the bot's logs too.
    let _guard = tracing::subscriber::set_default(subscriber);

    let fake = FakeTelegram::start().await;
    let bot = TestBot::start(&fake).await;
    let chat = 918_273_645_546;
    let calls = bot.send(&fake, text(chat, Some("es"), "/start")).await;
    let picker = only_message(&calls).message_id();
    bot.send(&fake, callback(chat, Some("es"), picker, "l:es"))
        .await;
    bot.send(&fake, text(chat, Some("es"), "Zanzibarquest asilo"))
        .await;
    bot.send(&fake, location(chat, Some("es"), 14.912_345, -92.254_321))
        .await;
    bot.send(&fake, callback(chat, Some("es"), picker, "bogus-data-xyz"))
        .await;
    // A failure path too: a 429 is logged.
    fake.throttle_sends(1, 1);
    bot.send(&fake, text(chat, Some("es"), "/help")).await;
    bot.stop().await;

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("chat:"), "chats are tagged: {log}");
    for secret in [
        "918273645546",
        "Zanzibarquest",
        "14.912",
        "92.254",
        "bogus-data-xyz",
        "ana_test",
        "Ana",
        TOKEN,
    ] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
}
