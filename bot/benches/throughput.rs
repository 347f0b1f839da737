//! Updates handled per second: (a) through the engine with its SQLite store (load the chat's
//! state, decide, save), and (b) end to end: the fake Bot API serving updates to the polling
//! bot, the bot answering through the limiter (limits raised out of the way).
//!
//! Run: `cargo bench -p faro-bot --bench throughput` (optional arguments: updates, chats).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/telegram/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use faro_core::dialog::{Action, ChatState, Context, Dialog, Event, Input, handle};
use faro_core::{App, Locale};
use serde_json::Value;

use support::updates::{callback, location, text};
use support::{FakeTelegram, Setup, TestBot};

/// A conversation's worth of events, the mix a person produces: buttons most, some text and
/// a location.
fn event(step: usize, locale: Locale) -> Event {
    match step % 8 {
        0 => Event::Button(Action::Language(locale).encode()),
        1 => Event::Button(Action::Topics.encode()),
        2 => Event::Button("t:asylum:0".into()),
        3 => Event::Button("t:asylum:1".into()),
        4 => Event::Text("asilo refugio derechos".into()),
        5 => Event::Location {
            lat: 14.9057,
            lon: -92.2636,
        },
        6 => Event::Button("c:HT".into()),
        _ => Event::Button(Action::Menu.encode()),
    }
}

fn update(step: usize, chat: i64, locale: Locale) -> Value {
    let code = Some(locale.tag());
    match step % 8 {
        0 => callback(chat, code, 1, &format!("l:{}", locale.tag())),
        1 => callback(chat, code, 1, "ts"),
        2 => callback(chat, code, 1, "t:asylum:0"),
        3 => callback(chat, code, 1, "t:asylum:1"),
        4 => text(chat, code, "asilo refugio derechos"),
        5 => location(chat, code, 14.9057, -92.2636),
        6 => callback(chat, code, 1, "c:HT"),
        _ => callback(chat, code, 1, "m"),
    }
}

const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::ZhHans, Locale::Ht];

/// The pure engine alone, for comparison: what the database adds is the rest.
fn decisions(app: &App, updates: usize) -> f64 {
    let context = Context::from_app(app, faro_bot::render::TELEGRAM);
    let mut state = ChatState::default();
    let start = Instant::now();
    for n in 0..updates {
        let locale = LOCALES[n % LOCALES.len()];
        let input = Input::new(event(n, locale)).with_client_locale(Some(locale));
        let outcome = handle(&context, state, input);
        assert!(!outcome.replies.is_empty());
        state = outcome.state;
    }
    updates as f64 / start.elapsed().as_secs_f64()
}

async fn engine(app: &App, updates: usize, chats: usize, tasks: usize) -> f64 {
    let dialog = Arc::new(Dialog::new(
        Arc::new(Context::from_app(app, faro_bot::render::TELEGRAM)),
        app.store.clone(),
    ));
    let start = Instant::now();
    let mut handles = Vec::new();
    for task in 0..tasks {
        let dialog = dialog.clone();
        handles.push(tokio::spawn(async move {
            // Each task has its own chats, as the per-chat queue guarantees in the bot.
            for n in (task..updates).step_by(tasks) {
                let chat = (n % chats) as i64 * tasks as i64 + task as i64 + 1;
                let step = n / chats;
                let locale = LOCALES[n % LOCALES.len()];
                let input = Input::new(event(step, locale)).with_client_locale(Some(locale));
                let replies = dialog.process(chat, input).await.expect("engine");
                assert!(!replies.replies.is_empty());
            }
        }));
    }
    for handle in handles {
        handle.await.expect("task");
    }
    updates as f64 / start.elapsed().as_secs_f64()
}

async fn end_to_end(updates: usize, chats: usize) -> f64 {
    let fake = FakeTelegram::start().await;
    let setup = Setup {
        per_chat: 1_000_000,
        global: 1_000_000,
        ..Setup::default()
    };
    let bot = TestBot::prepare(&fake, setup)
        .await
        .run(&fake, "getUpdates")
        .await;
    let batch: Vec<Value> = (0..updates)
        .map(|n| {
            update(
                n / chats,
                (n % chats) as i64 + 1,
                LOCALES[n % LOCALES.len()],
            )
        })
        .collect();
    let start = Instant::now();
    // Telegram hands out at most 100 updates per getUpdates; the fake does the same.
    fake.push_all(batch);
    bot.handled(updates as u64).await;
    let rate = updates as f64 / start.elapsed().as_secs_f64();
    let sent = fake.calls_of("sendMessage").len() + fake.calls_of("editMessageText").len();
    assert!(sent >= updates, "every update answered ({sent} messages)");
    bot.stop().await;
    rate
}

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(|a| a.parse::<usize>());
    let updates = args.next().and_then(Result::ok).unwrap_or(8_000);
    let chats = args.next().and_then(Result::ok).unwrap_or(200);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let fake = FakeTelegram::start().await;
        let data = tempfile::tempdir().expect("temp dir");
        let app = App::start(support::config(&fake, &Setup::default(), data.path()))
            .await
            .expect("app");
        let rate = decisions(&app, updates);
        println!("engine alone (no database): {rate:.0} updates/s ({updates} updates)");
        // Warm up: the first of each chat creates its row.
        engine(&app, chats * 8, chats, 1).await;
        for tasks in [1, 4] {
            let rate = engine(&app, updates, chats, tasks).await;
            println!(
                "engine + SQLite store, {tasks} concurrent chat queue(s): {rate:.0} updates/s ({updates} updates, {chats} chats)"
            );
        }
        app.store.close().await;

        let e2e_updates = updates / 4;
        let rate = end_to_end(e2e_updates, chats).await;
        println!(
            "end to end, fake Bot API over HTTP, polling: {rate:.0} updates/s ({e2e_updates} updates, {chats} chats)"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    });
}
