//! The shared budget's rows on both databases (SQLite always, PostgreSQL when
//! FARO_TEST_DATABASE_URL is set).

use super::chat_turns::Turn;
use crate::store::testing;

#[tokio::test]
async fn instances_count_while_their_heartbeat_lives_and_leave_after_lingering() {
    for db in testing::databases().await {
        let store = &db.store;
        assert_eq!(store.instances().beat("a").await.unwrap(), 1, "{}", db.name);
        assert_eq!(store.instances().beat("b").await.unwrap(), 2, "{}", db.name);
        assert_eq!(
            store.instances().beat("a").await.unwrap(),
            2,
            "renewed, not added"
        );
        // Still counted while its last messages are in the window...
        store.instances().leave("b", 60_000).await.unwrap();
        assert_eq!(store.instances().beat("a").await.unwrap(), 2, "{}", db.name);
        // ...and gone once that has passed.
        store.instances().leave("b", 0).await.unwrap();
        assert_eq!(store.instances().beat("a").await.unwrap(), 1, "{}", db.name);
    }
}

#[tokio::test]
async fn a_chats_turn_goes_to_one_instance_at_a_time_and_is_free_a_second_after() {
    for db in testing::databases().await {
        let store = &db.store;
        let turns = store.chat_turns();
        assert_eq!(
            turns.take(7, "a").await.unwrap(),
            Turn::Taken,
            "{}",
            db.name
        );
        // Held while a's message goes: b waits, and so does a's own next message.
        for holder in ["b", "a"] {
            match turns.take(7, holder).await.unwrap() {
                Turn::Busy { wait_ms } => assert!(wait_ms > 10_000, "{wait_ms}"),
                Turn::Taken => panic!("{}: taken twice", db.name),
            }
        }
        // Another chat is not held up.
        assert_eq!(turns.take(8, "b").await.unwrap(), Turn::Taken);
        // b cannot give back a's turn.
        turns.give_back(7, "b", 0).await.unwrap();
        assert!(matches!(
            turns.take(7, "b").await.unwrap(),
            Turn::Busy { .. }
        ));
        // Answered: free one second later, not before.
        turns.give_back(7, "a", 1_000).await.unwrap();
        match turns.take(7, "b").await.unwrap() {
            Turn::Busy { wait_ms } => assert!((1..=1_100).contains(&wait_ms), "{wait_ms}"),
            Turn::Taken => panic!("{}: taken within the second", db.name),
        }
        turns.give_back(7, "a", -1_000).await.unwrap();
        assert_eq!(
            turns.take(7, "b").await.unwrap(),
            Turn::Taken,
            "{}",
            db.name
        );
        // Swept once free for a minute; held ones stay.
        turns.give_back(8, "b", -120_000).await.unwrap();
        assert_eq!(turns.sweep().await.unwrap(), 1, "{}", db.name);
    }
}
