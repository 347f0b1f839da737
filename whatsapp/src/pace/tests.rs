//! The lanes on a clock the test moves: no sleeps, every instant chosen.

use super::*;

const RATE: u32 = 80;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A campaign of `campaign` bulk messages (one person each) asking for slots as fast as they
/// are granted, and replies arriving at the given offsets with their number of parts: when
/// each reply's last part got its slot, after it arrived; and when the campaign's last
/// message went, after the start.
fn run(campaign: i64, replies: &[(Duration, usize)]) -> (Vec<Duration>, Duration, Vec<Instant>) {
    let start = Instant::now();
    let mut schedule = Schedule::new(RATE, PAIR_GAP, start);
    let mut next_person = 0;
    let mut bulk_asks_at = start;
    let mut replies = replies.iter().map(|(at, parts)| (start + *at, *parts));
    let mut next_reply = replies.next();
    let mut waits = Vec::new();
    let mut granted = Vec::new();
    while next_person < campaign || next_reply.is_some() {
        // The next event on the clock: a reply arriving (first, when at the same instant
        // as a bulk message's ask: the worst case is tested below by arriving a nanosecond
        // after) or the campaign asking again.
        match next_reply {
            Some((arrives, parts)) if next_person >= campaign || arrives <= bulk_asks_at => {
                let mut last = arrives;
                for _ in 0..parts {
                    last = schedule.reply(arrives);
                    granted.push(last);
                }
                waits.push(last - arrives);
                next_reply = replies.next();
            }
            _ => match schedule.bulk(bulk_asks_at, next_person) {
                Ok(()) => {
                    granted.push(bulk_asks_at);
                    next_person += 1;
                }
                Err(again) => bulk_asks_at = again,
            },
        }
    }
    (waits, bulk_asks_at - start, granted)
}

#[test]
fn a_reply_during_a_10000_message_campaign_waits_one_slot_not_the_campaign() {
    let gap = Duration::from_secs(1) / RATE;
    // Replies throughout the campaign's two minutes, some in three parts, one a nanosecond
    // after a bulk message took its slot.
    let replies: Vec<(Duration, usize)> = (0..60)
        .map(|n| {
            (
                ms(2_000 * n + 7) + Duration::from_nanos(n),
                1 + (n as usize % 3),
            )
        })
        .collect();
    let (waits, campaign_took, _) = run(10_000, &replies);
    assert_eq!(waits.len(), replies.len());
    for ((_, parts), wait) in replies.iter().zip(&waits) {
        // Its parts in consecutive slots, after at most the one bulk slot already let go.
        assert!(
            *wait <= gap * (*parts as u32) + ms(1),
            "{parts} parts waited {wait:?}"
        );
    }
    // The campaign itself goes at the rate, slowed only by the replies' slots.
    let at_rate = Duration::from_secs(10_000 / u64::from(RATE));
    assert!(campaign_took >= at_rate - gap * 2, "{campaign_took:?}");
    assert!(campaign_took <= at_rate + gap * 130, "{campaign_took:?}");
}

#[test]
fn never_more_than_the_rate_in_any_second_counting_both_lanes() {
    let replies: Vec<(Duration, usize)> = (0..200).map(|n| (ms(37 * n), 3)).collect();
    let (_, _, mut granted) = run(2_000, &replies);
    granted.sort();
    for (index, at) in granted.iter().enumerate() {
        let within = granted[index..]
            .iter()
            .take_while(|later| **later < *at + Duration::from_secs(1))
            .count();
        // The bulk lane may catch up a few milliseconds after a late wake (never on this
        // clock, which is exact): the rate holds.
        assert!(
            within <= RATE as usize,
            "{within} messages in the second from {at:?}"
        );
    }
}

#[test]
fn a_reply_in_three_parts_goes_at_once_and_bulk_messages_to_one_person_six_seconds_apart() {
    let start = Instant::now();
    let mut schedule = Schedule::new(RATE, PAIR_GAP, start);
    let parts: Vec<Instant> = (0..3).map(|_| schedule.reply(start)).collect();
    assert!(parts[2] - start < ms(50), "{parts:?}");
    let mut now = start + ms(100);
    assert_eq!(schedule.bulk(now, 7), Ok(()));
    now += ms(100);
    assert_eq!(schedule.bulk(now, 7), Err(start + ms(100) + PAIR_GAP));
    // Someone else meanwhile is not held back by that person's gap.
    assert_eq!(schedule.bulk(now, 8), Ok(()));
    now = start + ms(100) + PAIR_GAP;
    assert_eq!(schedule.bulk(now, 7), Ok(()));
}

#[test]
fn a_bulk_message_waits_for_a_slot_a_reply_claimed() {
    let start = Instant::now();
    let mut schedule = Schedule::new(RATE, PAIR_GAP, start);
    let gap = Duration::from_secs(1) / RATE;
    // Three replies claim the next three slots while a bulk message waits for its own.
    for _ in 0..3 {
        schedule.reply(start);
    }
    let Err(again) = schedule.bulk(start, 1) else {
        panic!("a bulk message went in a reply's slot");
    };
    assert!(again >= start + gap * 3 - Duration::from_nanos(3));
    // A reply arriving while it waits goes first all the same.
    let reply = schedule.reply(start + ms(1));
    assert!(reply < start + gap * 4 + ms(1));
    assert!(
        schedule.bulk(again, 1).is_err(),
        "the reply's slot is not the bulk's"
    );
}

#[tokio::test(start_paused = true)]
async fn the_pace_waits_on_tokios_clock_for_what_the_schedule_decides() {
    let pace = Pace::new(4);
    let start = Instant::now();
    for _ in 0..5 {
        pace.wait().await;
    }
    // Five messages at four a second: the fifth a second after the first.
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    pace.wait_bulk(1).await;
    assert_eq!(start.elapsed(), Duration::from_millis(1_250));
    pace.wait_bulk(1).await;
    assert_eq!(start.elapsed(), Duration::from_millis(1_250) + PAIR_GAP);
}
