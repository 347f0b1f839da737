//! Every message from the business number goes through one pace: `whatsapp_send_rate` a
//! second in all (Meta's default about 80), in two lanes. A **reply** (someone just wrote)
//! claims the next free slot the moment it asks, ahead of every broadcast message not yet let
//! go; a **bulk** message (a campaign) takes a slot only when it is free now and no reply has
//! claimed it. So a person who writes during a 10,000-message campaign waits at most one bulk
//! message's slot, plus the replies ahead of theirs — never the campaign.
//!
//! Meta's pair rate (about one message every 6 seconds to one person) matters for messages
//! Faro starts: bulk messages to one person are spaced [`PAIR_GAP`] apart. Replies are not: a
//! reply in three parts goes out in three consecutive slots, not over 12 seconds (Meta allows
//! those bursts).
//!
//! The decisions are [`Schedule`]'s, a pure function of the time handed in, tested with a
//! clock the test moves (no sleeps); [`Pace`] waits on tokio's clock for what it decides.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tokio::time::{Instant, sleep_until};

/// The spacing of messages Faro starts to one person (Meta's pair rate: about one every six
/// seconds).
pub const PAIR_GAP: Duration = Duration::from_secs(6);

/// How far behind the clock the bulk lane's spacing may run and still catch up: a sleep wakes
/// on the timer's next tick, and spacing each message from the moment it was granted would
/// lose most of a tick every time (the Telegram limiter's `BULK_CATCH_UP`, same reason).
const BULK_CATCH_UP: Duration = Duration::from_millis(20);

/// People whose last bulk message is remembered before the old ones are forgotten.
const PEOPLE_KEPT: usize = 4096;

/// The two lanes' state, deciding by the time it is given.
#[derive(Debug)]
pub struct Schedule {
    gap: Duration,
    pair_gap: Duration,
    /// The first slot no message has claimed.
    next_free: Instant,
    /// When each person was last sent a bulk message.
    last_bulk: HashMap<i64, Instant>,
}

impl Schedule {
    pub fn new(per_second: u32, pair_gap: Duration, now: Instant) -> Schedule {
        Schedule {
            gap: Duration::from_nanos(1_000_000_000_u64.div_ceil(u64::from(per_second.max(1)))),
            pair_gap,
            next_free: now,
            last_bulk: HashMap::new(),
        }
    }

    /// A reply asking at `now`: its slot, claimed at once (the next free one).
    pub fn reply(&mut self, now: Instant) -> Instant {
        let at = self.next_free.max(now);
        self.next_free = at + self.gap;
        at
    }

    /// A bulk message to `chat` asking at `now`: `Ok` when it may go now (the slot is
    /// taken), else when to ask again — the next free slot, or the person's pair gap.
    pub fn bulk(&mut self, now: Instant, chat: i64) -> Result<(), Instant> {
        if let Some(last) = self.last_bulk.get(&chat)
            && *last + self.pair_gap > now
        {
            return Err(*last + self.pair_gap);
        }
        if self.next_free > now {
            return Err(self.next_free);
        }
        // Counted from the slot it was due (it woke a little late), unless the lane was idle:
        // then from now, so that no burst makes up for the idle time.
        let due = if self.next_free + BULK_CATCH_UP < now {
            now
        } else {
            self.next_free
        };
        self.next_free = due + self.gap;
        if self.last_bulk.len() >= PEOPLE_KEPT {
            let pair_gap = self.pair_gap;
            self.last_bulk.retain(|_, last| *last + pair_gap > now);
        }
        self.last_bulk.insert(chat, now);
        Ok(())
    }
}

pub struct Pace {
    schedule: Mutex<Schedule>,
}

impl Pace {
    pub fn new(per_second: u32) -> Pace {
        Pace {
            schedule: Mutex::new(Schedule::new(per_second, PAIR_GAP, Instant::now())),
        }
    }

    fn schedule(&self) -> std::sync::MutexGuard<'_, Schedule> {
        self.schedule.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits for a reply's turn.
    pub async fn wait(&self) {
        let at = self.schedule().reply(Instant::now());
        sleep_until(at).await;
    }

    /// Waits for a bulk message's turn: a free slot no reply claimed, and the person's pair
    /// gap.
    pub async fn wait_bulk(&self, chat: i64) {
        loop {
            let next = self.schedule().bulk(Instant::now(), chat);
            match next {
                Ok(()) => return,
                Err(at) => sleep_until(at).await,
            }
        }
    }
}

#[cfg(test)]
mod tests;
