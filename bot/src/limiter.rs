//! The one path every message to Telegram takes: at most `global` messages per second in all
//! and `per_chat` per second to one chat, in the order they were asked for per chat, and a
//! 429 `retry_after` waited out before trying again. Replies go before broadcasts
//! ([`Priority`]): a broadcast uses only the slots that replies leave free.
//!
//! Why not teloxide's `Throttle`: it only limits requests made through a `Throttle<Bot>`
//! requester, freezes every chat on any 429, hard-codes Telegram's group rule (20 per minute)
//! beside the configurable ones, and offers no "wait for a slot" call that an outbox worker
//! sending broadcasts could use. This type is small, generic over the request, testable with
//! tokio's paused clock, and the publishing outbox uses the same instance as the bot.
//!
//! Like `Throttle`, it limits one process: several instances behind a webhook should each be
//! given their share of the global rate.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::OwnedMutexGuard;
use tokio::time::{Instant, sleep_until};

/// Messages per second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub global_per_second: u32,
    pub per_chat_per_second: u32,
}

impl Limits {
    pub fn from_config(config: &faro_core::Config) -> Self {
        Limits {
            global_per_second: config.send_rate_global,
            per_chat_per_second: config.send_rate_per_chat,
        }
    }
}

/// An error that may carry Telegram's "retry after N seconds".
pub trait RetryAfter {
    fn retry_after(&self) -> Option<Duration>;
}

/// A 429 for this many different chats within one `retry_after` means the bot as a whole is
/// over Telegram's limit, not one chat: then every send pauses.
const CHATS_FOR_A_GLOBAL_PAUSE: usize = 3;
/// How often one message is tried before its error is returned.
const MAX_ATTEMPTS: u32 = 5;
/// Idle chats are forgotten once this many are remembered.
const CHATS_KEPT: usize = 4096;

/// Cheap to clone; all clones share the same limits and pauses.
#[derive(Clone)]
pub struct Limiter {
    inner: Arc<Inner>,
}

struct Inner {
    global_interval: Duration,
    chat_interval: Duration,
    /// The global limit as a count: no more than this many messages in any second.
    per_second: usize,
    state: Mutex<State>,
    /// Held by the one bulk message waiting for a global slot.
    bulk_turn: tokio::sync::Mutex<()>,
}

/// Who a message is for. Telegram's limits are shared by everything the bot sends; a person
/// who just wrote should not wait for a broadcast to thousands to get through them first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    /// An answer to someone who is waiting for it: takes the next free slot, ahead of every
    /// bulk message.
    Reply,
    /// A broadcast message: takes a slot only when no reply has claimed it. Replies can hold
    /// bulk messages back for as long as they use the whole global rate.
    Bulk,
}

/// Added to the one-second window so that messages that leave a little late (a busy core, a
/// slow socket) still arrive at Telegram no more than the limit in any second.
const WINDOW_MARGIN: Duration = Duration::from_millis(50);
const WINDOW: Duration = Duration::from_secs(1);

struct State {
    /// The earliest moment the next message may go, counting all chats.
    next_global: Instant,
    /// Every send waits until then (a 429 that concerns the whole bot).
    paused_until: Instant,
    chats: HashMap<i64, ChatSlot>,
    /// When the last `per_second` messages were let go. Spacing alone lets `limit + 1`
    /// messages into one second when one leaves late and the next on time; this window makes
    /// "at most `limit` in any second" hold however the moments drift.
    granted: VecDeque<Instant>,
    /// Recent 429s: when, and for which chat.
    recent_429: VecDeque<(Instant, i64)>,
}

struct ChatSlot {
    /// The earliest moment the next message to this chat may go.
    next: Instant,
    /// Held while a message to the chat is waiting or being sent, so messages to one chat
    /// go out in order (tokio's mutex is first come, first served).
    turn: Arc<tokio::sync::Mutex<()>>,
}

/// The right to send one message to one chat now; others to the same chat wait until it is
/// dropped.
pub struct Permit {
    _turn: OwnedMutexGuard<()>,
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        // Rounded up, so that `n` intervals never add up to less than a second.
        let interval = |per_second: u32| {
            Duration::from_nanos(1_000_000_000_u64.div_ceil(u64::from(per_second.max(1))))
        };
        let now = Instant::now();
        Limiter {
            inner: Arc::new(Inner {
                global_interval: interval(limits.global_per_second),
                chat_interval: interval(limits.per_chat_per_second),
                per_second: limits.global_per_second.max(1) as usize,
                state: Mutex::new(State {
                    next_global: now,
                    paused_until: now,
                    chats: HashMap::new(),
                    granted: VecDeque::new(),
                    recent_429: VecDeque::new(),
                }),
                bulk_turn: tokio::sync::Mutex::new(()),
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked: every update is one assignment.
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until a reply to `chat` may go out within both limits and every pause.
    pub async fn acquire(&self, chat: i64) -> Permit {
        self.acquire_as(Priority::Reply, chat).await
    }

    /// Waits until a message to `chat` may go out within both limits and every pause; a
    /// [`Priority::Reply`] goes before every [`Priority::Bulk`] message still waiting.
    pub async fn acquire_as(&self, priority: Priority, chat: i64) -> Permit {
        let turn = {
            let mut state = self.state();
            state.forget_idle_chats();
            let now = Instant::now();
            state
                .chats
                .entry(chat)
                .or_insert_with(|| ChatSlot {
                    next: now,
                    turn: Arc::new(tokio::sync::Mutex::new(())),
                })
                .turn
                .clone()
        };
        let turn = turn.lock_owned().await;
        // A reply's claim on a global slot, kept while it waits for it.
        let mut reserved: Option<Instant> = None;
        loop {
            // First this chat's own slot and any pause, without holding a global slot.
            let ready = {
                let state = self.state();
                state.chat_next(chat).max(state.paused_until)
            };
            if ready > Instant::now() {
                sleep_until(ready).await;
                continue;
            }
            if priority == Priority::Bulk {
                if self.take_bulk_slot(chat).await {
                    return Permit { _turn: turn };
                }
                continue;
            }
            // Then a global slot, reserved so that concurrent senders are spaced out and no
            // bulk message takes it meanwhile.
            let start = match reserved.take() {
                Some(start) => start,
                None => {
                    let mut state = self.state();
                    let start = Instant::now()
                        .max(state.next_global)
                        .max(state.paused_until);
                    state.next_global = start + self.inner.global_interval;
                    start
                }
            };
            sleep_until(start).await;
            let mut state = self.state();
            if state.paused_until > Instant::now() {
                // Telegram said to pause while this message waited: wait again.
                continue;
            }
            let now = Instant::now();
            if let Some(window_free) = state
                .window_full_until(self.inner.per_second)
                .filter(|free| *free > now)
            {
                // `limit` messages already went within the last second: claim the moment the
                // window opens again, before any bulk message can.
                state.next_global = state
                    .next_global
                    .max(window_free + self.inner.global_interval);
                reserved = Some(window_free);
                continue;
            }
            self.grant(&mut state, chat, now);
            return Permit { _turn: turn };
        }
    }

    /// A bulk message's global slot: taken only when it is free now and no reply has claimed
    /// it, so that bulk messages never stand between a reply and the next slot. One bulk
    /// message at a time waits here (first come, first served), so they do not all wake for
    /// every slot. False when the chat or a pause needs waiting for first.
    async fn take_bulk_slot(&self, chat: i64) -> bool {
        let _bulk_turn = self.inner.bulk_turn.lock().await;
        loop {
            let free = {
                let mut state = self.state();
                let now = Instant::now();
                if state.chat_next(chat).max(state.paused_until) > now {
                    return false;
                }
                let free = state.next_global.max(
                    state
                        .window_full_until(self.inner.per_second)
                        .unwrap_or(now),
                );
                if free <= now {
                    state.next_global = state.next_global.max(now + self.inner.global_interval);
                    self.grant(&mut state, chat, now);
                    return true;
                }
                free
            };
            sleep_until(free).await;
        }
    }

    /// Records a message let go now: in the window, and as the chat's last.
    fn grant(&self, state: &mut State, chat: i64, now: Instant) {
        let per_second = self.inner.per_second;
        state.granted.push_back(now);
        while state.granted.len() > per_second {
            state.granted.pop_front();
        }
        // The same margin for one chat: messages to it arrive at least an interval apart.
        let next = now + self.inner.chat_interval + WINDOW_MARGIN;
        if let Some(slot) = state.chats.get_mut(&chat) {
            slot.next = slot.next.max(next);
        }
    }

    /// Waits out a pause of the whole bot, for calls that deliver no message (answering a
    /// button, setting the webhook) and so take no slot.
    pub async fn wait_unpaused(&self) {
        loop {
            let until = self.state().paused_until;
            if until <= Instant::now() {
                return;
            }
            sleep_until(until).await;
        }
    }

    /// Sends one reply to `chat`: waits for a slot, runs `send`, and after a 429 waits as
    /// told and tries again (up to five times), keeping the chat's order.
    pub async fn send<T, E, F, Fut>(&self, chat: i64, send: F) -> Result<T, E>
    where
        E: RetryAfter,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        self.send_as(Priority::Reply, chat, send).await
    }

    /// [`send`](Self::send) with a [`Priority`]: broadcasts send as [`Priority::Bulk`].
    pub async fn send_as<T, E, F, Fut>(
        &self,
        priority: Priority,
        chat: i64,
        mut send: F,
    ) -> Result<T, E>
    where
        E: RetryAfter,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut attempt = 1;
        loop {
            let permit = self.acquire_as(priority, chat).await;
            match send().await {
                Err(error) if attempt < MAX_ATTEMPTS => {
                    let Some(wait) = error.retry_after() else {
                        return Err(error);
                    };
                    self.too_many_requests(Some(chat), wait);
                    attempt += 1;
                    drop(permit);
                }
                result => return result,
            }
        }
    }

    /// A call that delivers no message: it waits out a global pause and, after a 429, pauses
    /// everything as told and tries again.
    pub async fn call<T, E, F, Fut>(&self, mut call: F) -> Result<T, E>
    where
        E: RetryAfter,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut attempt = 1;
        loop {
            self.wait_unpaused().await;
            match call().await {
                Err(error) if attempt < MAX_ATTEMPTS => {
                    let Some(wait) = error.retry_after() else {
                        return Err(error);
                    };
                    self.too_many_requests(None, wait);
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    /// Records a 429: the chat waits `retry_after`; the whole bot does too when the 429 was
    /// not about one chat, or when several chats got one within that time.
    pub fn too_many_requests(&self, chat: Option<i64>, retry_after: Duration) {
        let now = Instant::now();
        let until = now + retry_after;
        let mut state = self.state();
        let Some(chat) = chat else {
            state.paused_until = state.paused_until.max(until);
            tracing::warn!(?retry_after, "Telegram asked every send to pause");
            return;
        };
        if let Some(slot) = state.chats.get_mut(&chat) {
            slot.next = slot.next.max(until);
        }
        state.recent_429.push_back((now, chat));
        while state
            .recent_429
            .front()
            .is_some_and(|(at, _)| *at + retry_after < now)
        {
            state.recent_429.pop_front();
        }
        let mut chats: Vec<i64> = state.recent_429.iter().map(|(_, c)| *c).collect();
        chats.sort_unstable();
        chats.dedup();
        if chats.len() >= CHATS_FOR_A_GLOBAL_PAUSE {
            state.paused_until = state.paused_until.max(until);
            tracing::warn!(?retry_after, "429s for several chats: every send pauses");
        } else {
            tracing::info!(?retry_after, "429 for one chat: it pauses");
        }
    }
}

impl State {
    fn chat_next(&self, chat: i64) -> Instant {
        self.chats
            .get(&chat)
            .map_or_else(Instant::now, |slot| slot.next)
    }

    /// When the one-second window has room for another message, if it is full.
    fn window_full_until(&self, per_second: usize) -> Option<Instant> {
        (self.granted.len() >= per_second)
            .then(|| self.granted[self.granted.len() - per_second] + WINDOW + WINDOW_MARGIN)
    }

    fn forget_idle_chats(&mut self) {
        if self.chats.len() < CHATS_KEPT {
            return;
        }
        let now = Instant::now();
        self.chats
            .retain(|_, slot| slot.next > now || Arc::strong_count(&slot.turn) > 1);
    }
}

#[cfg(test)]
mod tests;
