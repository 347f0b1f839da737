//! The one path every message to Telegram takes: at most `global` messages per second in all
//! and `per_chat` per second to one chat, in the order they were asked for per chat, and a
//! 429 `retry_after` waited out before trying again.
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

    /// Waits until a message to `chat` may go out within both limits and every pause.
    pub async fn acquire(&self, chat: i64) -> Permit {
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
        loop {
            // First this chat's own slot and any pause, without holding a global slot.
            let ready = {
                let state = self.state();
                let chat_next = state.chats.get(&chat).map_or_else(Instant::now, |s| s.next);
                chat_next.max(state.paused_until)
            };
            if ready > Instant::now() {
                sleep_until(ready).await;
                continue;
            }
            // Then a global slot, reserved so that concurrent senders are spaced out.
            let start = {
                let mut state = self.state();
                let start = Instant::now()
                    .max(state.next_global)
                    .max(state.paused_until);
                state.next_global = start + self.inner.global_interval;
                start
            };
            sleep_until(start).await;
            let mut state = self.state();
            if state.paused_until > Instant::now() {
                // Telegram said to pause while this message waited: wait again.
                continue;
            }
            let now = Instant::now();
            let per_second = self.inner.per_second;
            if state.granted.len() >= per_second {
                let window_free =
                    state.granted[state.granted.len() - per_second] + WINDOW + WINDOW_MARGIN;
                if window_free > now {
                    // `limit` messages already went within the last second: take a later slot.
                    state.next_global = state.next_global.max(window_free);
                    continue;
                }
            }
            state.granted.push_back(now);
            while state.granted.len() > per_second {
                state.granted.pop_front();
            }
            // The same margin for one chat: messages to it arrive at least an interval apart.
            let next = Instant::now() + self.inner.chat_interval + WINDOW_MARGIN;
            if let Some(slot) = state.chats.get_mut(&chat) {
                slot.next = slot.next.max(next);
            }
            return Permit { _turn: turn };
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

    /// Sends one message to `chat`: waits for a slot, runs `send`, and after a 429 waits as
    /// told and tries again (up to five times), keeping the chat's order.
    pub async fn send<T, E, F, Fut>(&self, chat: i64, mut send: F) -> Result<T, E>
    where
        E: RetryAfter,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let mut attempt = 1;
        loop {
            let permit = self.acquire(chat).await;
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
