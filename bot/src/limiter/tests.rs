//! On tokio's paused clock: time only moves when every task waits, so these measure what the
//! limiter decides, not how fast the machine is.

use std::sync::atomic::{AtomicU32, Ordering};

use super::*;

#[derive(Debug, PartialEq)]
enum Fail {
    TooMany(u64),
    Other,
}

impl RetryAfter for Fail {
    fn retry_after(&self) -> Option<Duration> {
        match self {
            Fail::TooMany(seconds) => Some(Duration::from_secs(*seconds)),
            Fail::Other => None,
        }
    }
}

fn limiter(global: u32, per_chat: u32) -> Limiter {
    Limiter::new(Limits {
        global_per_second: global,
        per_chat_per_second: per_chat,
    })
}

async fn ok(limiter: &Limiter, chat: i64) -> Instant {
    limiter
        .send(chat, || async { Ok::<_, Fail>(Instant::now()) })
        .await
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn no_more_than_the_global_rate_in_any_second() {
    let limiter = limiter(30, 1);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for chat in 0..90 {
        let limiter = limiter.clone();
        tasks.push(tokio::spawn(async move { ok(&limiter, chat).await }));
    }
    let mut sent = Vec::new();
    for task in tasks {
        sent.push(task.await.unwrap());
    }
    sent.sort();
    for (index, at) in sent.iter().enumerate() {
        let within_a_second = sent[index..]
            .iter()
            .take_while(|later| **later < *at + Duration::from_secs(1))
            .count();
        assert!(within_a_second <= 30, "{within_a_second} in one second");
    }
    let took = *sent.last().unwrap() - start;
    assert!(took >= Duration::from_millis(2900), "{took:?}");
}

#[tokio::test(start_paused = true)]
async fn one_chat_gets_one_message_a_second_without_holding_up_others() {
    let limiter = limiter(30, 1);
    let start = Instant::now();
    let busy = {
        let limiter = limiter.clone();
        tokio::spawn(async move {
            let mut times = Vec::new();
            for _ in 0..3 {
                times.push(ok(&limiter, 1).await - start);
            }
            times
        })
    };
    tokio::task::yield_now().await;
    let other = ok(&limiter, 2).await - start;
    let times = busy.await.unwrap();
    assert!(
        times[1] >= Duration::from_secs(1) && times[2] >= Duration::from_secs(2),
        "{times:?}"
    );
    assert!(other < Duration::from_millis(500), "{other:?}");
}

#[tokio::test(start_paused = true)]
async fn messages_to_one_chat_keep_their_order() {
    let limiter = limiter(30, 5);
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for n in 0..10 {
        let (limiter, order) = (limiter.clone(), order.clone());
        tasks.push(tokio::spawn(async move {
            limiter
                .send(7, || async {
                    order.lock().unwrap().push(n);
                    Ok::<_, Fail>(())
                })
                .await
        }));
        // Each asks in turn, as one chat's worker does.
        tokio::task::yield_now().await;
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(*order.lock().unwrap(), (0..10).collect::<Vec<_>>());
}

#[tokio::test(start_paused = true)]
async fn a_429_waits_its_retry_after_then_succeeds_and_only_that_chat_waits() {
    let limiter = limiter(30, 1);
    let start = Instant::now();
    let attempts = Arc::new(AtomicU32::new(0));
    let flooded = {
        let (limiter, attempts) = (limiter.clone(), attempts.clone());
        tokio::spawn(async move {
            limiter
                .send(1, || {
                    let attempts = attempts.clone();
                    async move {
                        if attempts.fetch_add(1, Ordering::SeqCst) == 0 {
                            Err(Fail::TooMany(3))
                        } else {
                            Ok(Instant::now())
                        }
                    }
                })
                .await
        })
    };
    tokio::task::yield_now().await;
    let other = ok(&limiter, 2).await - start;
    let delivered = flooded.await.unwrap().unwrap() - start;
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    assert!(delivered >= Duration::from_secs(3), "{delivered:?}");
    assert!(
        other < Duration::from_secs(1),
        "another chat does not wait: {other:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn too_many_requests_for_several_chats_pause_every_send() {
    let limiter = limiter(100, 100);
    let start = Instant::now();
    for chat in 1..=3 {
        limiter.too_many_requests(Some(chat), Duration::from_secs(2));
    }
    let unrelated = ok(&limiter, 99).await - start;
    assert!(unrelated >= Duration::from_secs(2), "{unrelated:?}");
}

#[tokio::test(start_paused = true)]
async fn a_429_on_a_call_without_a_chat_pauses_everything() {
    let limiter = limiter(100, 100);
    let start = Instant::now();
    let attempts = AtomicU32::new(0);
    limiter
        .call(|| async {
            if attempts.fetch_add(1, Ordering::SeqCst) == 0 {
                Err(Fail::TooMany(1))
            } else {
                Ok(())
            }
        })
        .await
        .unwrap();
    assert!(Instant::now() - start >= Duration::from_secs(1));
    let after = Instant::now();
    ok(&limiter, 5).await;
    assert!(
        Instant::now() - after < Duration::from_millis(100),
        "the pause is over"
    );
}

#[tokio::test(start_paused = true)]
async fn other_errors_return_at_once_and_429s_give_up_after_five_tries() {
    let limiter = limiter(100, 100);
    let attempts = AtomicU32::new(0);
    let other = limiter
        .send(1, || async {
            attempts.fetch_add(1, Ordering::SeqCst);
            Err::<(), _>(Fail::Other)
        })
        .await;
    assert_eq!(other, Err(Fail::Other));
    assert_eq!(attempts.load(Ordering::SeqCst), 1);

    attempts.store(0, Ordering::SeqCst);
    let flooded = limiter
        .send(2, || async {
            attempts.fetch_add(1, Ordering::SeqCst);
            Err::<(), _>(Fail::TooMany(1))
        })
        .await;
    assert_eq!(flooded, Err(Fail::TooMany(1)));
    assert_eq!(attempts.load(Ordering::SeqCst), MAX_ATTEMPTS);
}

/// A broadcast as the outbox sender runs one: `senders` messages always waiting for a slot,
/// each to a chat of its own. Returns when each was let go.
fn broadcast(limiter: &Limiter, senders: i64, each: i64) -> tokio::task::JoinSet<Vec<Instant>> {
    let mut tasks = tokio::task::JoinSet::new();
    for sender in 0..senders {
        let limiter = limiter.clone();
        tasks.spawn(async move {
            let mut sent = Vec::new();
            for n in 0..each {
                let chat = 1_000 + sender * each + n;
                let at = limiter
                    .send_as(Priority::Bulk, chat, || async {
                        Ok::<_, Fail>(Instant::now())
                    })
                    .await
                    .unwrap();
                sent.push(at);
            }
            sent
        });
    }
    tasks
}

#[tokio::test(start_paused = true)]
async fn a_reply_goes_before_a_broadcast_that_fills_the_global_rate() {
    let limiter = limiter(30, 1);
    let mut bulk = broadcast(&limiter, 16, 10);
    // Well into the broadcast: the window is full and 16 messages wait for each slot.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let asked = Instant::now();
    let replied = ok(&limiter, 1).await - asked;
    // The next slot, or the next opening of the one-second window: about a thirtieth of a
    // second. Behind the 16 waiting broadcast messages it would be more than half a second.
    assert!(replied < Duration::from_millis(100), "{replied:?}");

    // The broadcast still gets every slot the replies leave, within the limit.
    let mut sent: Vec<Instant> = Vec::new();
    while let Some(times) = bulk.join_next().await {
        sent.extend(times.unwrap());
    }
    sent.sort();
    assert_eq!(sent.len(), 160);
    for (index, at) in sent.iter().enumerate() {
        let within_a_second = sent[index..]
            .iter()
            .take_while(|later| **later < *at + Duration::from_secs(1))
            .count();
        assert!(within_a_second <= 30, "{within_a_second} in one second");
    }
    let took = *sent.last().unwrap() - *sent.first().unwrap();
    assert!(took < Duration::from_secs(6), "{took:?}");
}

#[tokio::test(start_paused = true)]
async fn replies_in_a_row_each_take_the_next_slot_before_the_broadcast() {
    let limiter = limiter(10, 1);
    let _bulk = broadcast(&limiter, 16, 100);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let asked = Instant::now();
    let mut replies = tokio::task::JoinSet::new();
    for chat in 1..=5 {
        let limiter = limiter.clone();
        replies.spawn(async move { ok(&limiter, chat).await - asked });
    }
    let mut waits = Vec::new();
    while let Some(wait) = replies.join_next().await {
        waits.push(wait.unwrap());
    }
    waits.sort();
    // Five replies at 10 messages a second: the next five slots (the window's openings).
    assert!(waits[4] < Duration::from_millis(700), "{waits:?}");
}

#[test]
fn a_late_bulk_slot_lets_the_next_one_catch_up_but_only_so_far() {
    let interval = Duration::from_millis(1);
    let due = Instant::now() + Duration::from_secs(10);
    // Granted on time: the next is one interval on.
    assert_eq!(next_bulk_slot(due, due, interval), due + interval);
    // Granted 1.7 ms late (the timer's tick): the next is already due, not 1 ms after now.
    let late = due + Duration::from_micros(1700);
    assert_eq!(next_bulk_slot(due, late, interval), due + interval);
    assert!(next_bulk_slot(due, late, interval) < late);
    // Granted long after (the lane was idle): no burst of more than the catch-up's worth.
    let idle = due + Duration::from_secs(5);
    assert_eq!(
        next_bulk_slot(due, idle, interval),
        idle - BULK_CATCH_UP + interval
    );
}
