use super::*;
use crate::country::CountryCode;
use crate::store::Store;

async fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/faro.db", dir.path().display());
    (dir, Store::connect(&url).await.unwrap())
}

fn dialog(store: &Store) -> Dialog {
    // The shared context is built once; each Dialog is what an instance holds.
    let context = Context::new(
        ctx().content.clone(),
        ctx().translations.clone(),
        ctx().detector.clone(),
        &vocabulary(),
        Settings::default(),
        TEST_CHANNEL,
    );
    Dialog::new(Arc::new(context), store.clone())
}

#[tokio::test]
async fn state_round_trips_through_the_database() {
    let (_dir, store) = store().await;
    let state = ChatState {
        locale: Some(Locale::ZhHans),
        alerts: true,
        country: CountryCode::parse("GT").ok(),
        flow: Flow::Reading {
            topic: "asylum".into(),
            part: 2,
        },
    };
    storage::save(&store, 42, &state, 1_800_000_000)
        .await
        .unwrap();
    assert_eq!(
        storage::load(&store, 42).await.unwrap(),
        Some(state.clone())
    );
    let changed = ChatState {
        alerts: false,
        country: None,
        ..state
    };
    storage::save(&store, 42, &changed, 1_800_000_100)
        .await
        .unwrap();
    assert_eq!(storage::load(&store, 42).await.unwrap(), Some(changed));
    assert_eq!(storage::load(&store, 43).await.unwrap(), None);
}

#[tokio::test]
async fn an_unreadable_stored_flow_falls_back_to_idle_keeping_the_language() {
    let (_dir, store) = store().await;
    sqlx::query(
        "INSERT INTO chat_state (chat_id, locale, state, alerts, country, created_at, updated_at) \
         VALUES (7, 'fa', '{\"flow\":\"from_the_future\"}', 1, 'XX', 0, 0)",
    )
    .execute(store.pool())
    .await
    .unwrap();
    let state = storage::load(&store, 7).await.unwrap().unwrap();
    assert_eq!(state.locale, Some(Locale::Fa));
    assert_eq!(state.flow, Flow::Idle);
    assert!(state.alerts);
    assert_eq!(state.country, None);
}

#[tokio::test]
async fn a_conversation_survives_a_restart() {
    let (_dir, store) = store().await;
    let first = dialog(&store);
    first
        .process(
            5,
            Input::new(Event::Button(Action::Language(Locale::Ar).encode())),
        )
        .await
        .unwrap();
    first
        .process(5, Input::new(Event::Command(Command::Forget)))
        .await
        .unwrap();
    drop(first);
    // A new instance on the same database carries on: the language and the pending question.
    let second = dialog(&store);
    let replies = second
        .process(
            5,
            Input::new(Event::Button(Action::ForgetConfirmed.encode())),
        )
        .await
        .unwrap();
    assert_eq!(replies.replies[0].text, para(Locale::Ar, "bot-forget-done"));
    assert_eq!(storage::load(&store, 5).await.unwrap(), None, "erased");
}

#[tokio::test]
async fn stop_from_a_chat_never_seen_stores_nothing() {
    let (_dir, store) = store().await;
    let dialog = dialog(&store);
    let replies = dialog
        .process(9, Input::new(Event::Command(Command::Stop)))
        .await
        .unwrap();
    assert_eq!(replies.replies[0].text, para(Locale::En, "bot-stopped"));
    assert_eq!(storage::load(&store, 9).await.unwrap(), None);
    dialog
        .process(9, Input::new(Event::Start { payload: None }))
        .await
        .unwrap();
    assert!(
        storage::load(&store, 9).await.unwrap().is_some(),
        "the picker is a flow to resume"
    );
}

#[tokio::test]
async fn talking_without_changing_the_state_keeps_a_chat_from_counting_as_idle() {
    let (_dir, store) = store().await;
    let dialog = dialog(&store);
    let press = || Input::new(Event::Button(Action::Language(Locale::Ar).encode()));
    dialog.process(5, press()).await.unwrap();
    let (state, _) = storage::load_seen(&store, 5).await.unwrap().unwrap();
    let long_ago = crate::clock::now_unix() - 30 * 86_400;
    sqlx::query("UPDATE chat_state SET updated_at = $1 WHERE chat_id = 5")
        .bind(long_ago)
        .execute(store.pool())
        .await
        .unwrap();
    dialog.process(5, press()).await.unwrap();
    let (again, seen_at) = storage::load_seen(&store, 5).await.unwrap().unwrap();
    assert_eq!(again, state, "the state did not change");
    assert!(seen_at > long_ago + 29 * 86_400, "but the chat was seen");
    assert_eq!(
        crate::chats::purge_idle(&store, 7, crate::clock::now_unix())
            .await
            .unwrap(),
        0
    );
}
