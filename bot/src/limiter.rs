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
//! A message counts against the limits from the moment it is let go until one second after
//! Telegram answered it, not from when it was let go: it reaches Telegram somewhere in
//! between, so however late a busy machine makes a request arrive, Telegram never sees more
//! than the limit in any second, nor two messages to a chat within its second.
//!
//! Like `Throttle`, it limits one process. Several instances on one database share the global
//! rate through [`Limiter::set_share`] and each chat's turn through [`ChatTurns`]
//! (`crate::budget` sets both from `faro_core::send_budget`).

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::{Notify, OwnedMutexGuard};
use tokio::time::{Instant, sleep, sleep_until};

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
    chat_interval: Duration,
    /// The configured global limit: no share is ever larger.
    full_per_second: usize,
    state: Mutex<State>,
    /// Held by the one bulk message waiting for a global slot.
    bulk_turn: tokio::sync::Mutex<()>,
    /// Rung when a message was answered or the share changed: a slot may have opened.
    changed: Notify,
}

/// A chat's turn shared with other instances (`crate::budget`): asked before a message to the
/// chat takes a global slot, given back when Telegram has answered it.
pub trait ChatTurns: Send + Sync + 'static {
    /// `None` when this instance now holds the chat's turn; otherwise how long to wait before
    /// asking again.
    fn take(&self, chat: i64) -> Pin<Box<dyn Future<Output = Option<Duration>> + Send + '_>>;
    /// Telegram has answered: the chat is free `interval` from now.
    fn give_back(
        &self,
        chat: i64,
        interval: Duration,
    ) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>>;
}

/// How often a message whose chat is busy on another instance asks again, at most.
const CHAT_TURN_POLL: Duration = Duration::from_millis(200);

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

const WINDOW: Duration = Duration::from_secs(1);

struct State {
    /// This instance's global limit as a count: no more than this many messages in any second
    /// (the configured rate, or its share of it among several instances).
    per_second: usize,
    /// The spacing that goes with it.
    global_interval: Duration,
    /// The share holds from then (an instance joining others waits) ...
    share_from: Instant,
    /// ... until then, if it must be renewed (an instance that lost sight of the others
    /// sends nothing until it sees them again).
    share_until: Option<Instant>,
    /// The earliest moment the next message may go, counting all chats.
    next_global: Instant,
    /// Every send waits until then (a 429 that concerns the whole bot).
    paused_until: Instant,
    chats: HashMap<i64, ChatSlot>,
    /// Messages let go and not yet answered: each may reach Telegram at any moment.
    in_flight: usize,
    /// When the last messages were answered, oldest first (at most the configured limit).
    /// Spacing alone lets `limit + 1` messages into one second when one leaves late and the
    /// next on time; counting each until a second after its answer makes "at most `limit` in
    /// any second" hold however the moments drift.
    answered: VecDeque<Instant>,
    /// Recent 429s: when, and for which chat.
    recent_429: VecDeque<(Instant, i64)>,
    /// Set while other instances share the bot's limits.
    chat_turns: Option<Arc<dyn ChatTurns>>,
}

/// When a global slot is free.
enum Slot {
    Now,
    At(Instant),
    /// When a message in flight is answered or the share changes.
    OnChange,
}

struct ChatSlot {
    /// The earliest moment the next message to this chat may go.
    next: Instant,
    /// Held while a message to the chat is waiting or being sent, so messages to one chat
    /// go out in order (tokio's mutex is first come, first served).
    turn: Arc<tokio::sync::Mutex<()>>,
}

/// The right to send one message to one chat now; others to the same chat wait until it is
/// dropped. Dropped when Telegram has answered: the message then counts for one second more.
pub struct Permit {
    limiter: Arc<Inner>,
    chat: i64,
    /// The chat's turn taken from other instances, given back on drop.
    shared_turn: Option<Arc<dyn ChatTurns>>,
    _turn: OwnedMutexGuard<()>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let now = Instant::now();
        let inner = &self.limiter;
        {
            let mut state = inner.state.lock().unwrap_or_else(PoisonError::into_inner);
            state.in_flight = state.in_flight.saturating_sub(1);
            state.answered.push_back(now);
            while state.answered.len() > inner.full_per_second {
                state.answered.pop_front();
            }
            if let Some(slot) = state.chats.get_mut(&self.chat) {
                slot.next = slot.next.max(now + inner.chat_interval);
            }
        }
        inner.changed.notify_waiters();
        if let Some(turns) = self.shared_turn.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(turns.give_back(self.chat, inner.chat_interval));
        }
    }
}

/// How far behind the clock the bulk lane's spacing may run and still catch up. A sleep wakes
/// on the timer's next millisecond tick, so at 1,000 messages a second (one a millisecond)
/// spacing each message from the moment it was granted loses most of a millisecond every time:
/// the broadcast crept along at half its rate. Counting from the slot it was due instead lets
/// it catch up, by at most this much at once; the one-second window still bounds every second.
const BULK_CATCH_UP: Duration = Duration::from_millis(20);

/// The bulk lane's next slot after one granted at `now` that was due at `due`.
fn next_bulk_slot(due: Instant, now: Instant, interval: Duration) -> Instant {
    let floor = now.checked_sub(BULK_CATCH_UP).unwrap_or(now);
    due.max(floor) + interval
}

/// The spacing for `per_second` messages a second, rounded up so that `n` intervals never add
/// up to less than a second.
fn interval(per_second: u32) -> Duration {
    Duration::from_nanos(1_000_000_000_u64.div_ceil(u64::from(per_second.max(1))))
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        let now = Instant::now();
        let per_second = limits.global_per_second.max(1);
        Limiter {
            inner: Arc::new(Inner {
                chat_interval: interval(limits.per_chat_per_second),
                full_per_second: per_second as usize,
                state: Mutex::new(State {
                    per_second: per_second as usize,
                    global_interval: interval(per_second),
                    share_from: now,
                    share_until: None,
                    next_global: now,
                    paused_until: now,
                    chats: HashMap::new(),
                    in_flight: 0,
                    answered: VecDeque::new(),
                    recent_429: VecDeque::new(),
                    chat_turns: None,
                }),
                bulk_turn: tokio::sync::Mutex::new(()),
                changed: Notify::new(),
            }),
        }
    }

    /// This instance's share of the global rate among several (`crate::budget`): `per_second`
    /// messages a second (never more than configured; 0 sends nothing), from `from` on, and
    /// until `until` when given — after it nothing goes until the share is set again.
    pub fn set_share(&self, per_second: u32, from: Instant, until: Option<Instant>) {
        {
            let mut state = self.state();
            let per_second = (per_second as usize).min(self.inner.full_per_second);
            state.per_second = per_second;
            state.global_interval = interval(u32::try_from(per_second).unwrap_or(u32::MAX));
            state.share_from = from;
            state.share_until = until;
        }
        self.inner.changed.notify_waiters();
    }

    /// The global rate this instance may use now.
    pub fn share(&self) -> u32 {
        u32::try_from(self.state().per_second).unwrap_or(u32::MAX)
    }

    /// Chats' turns shared with other instances, or `None` while this one is alone.
    pub fn set_chat_turns(&self, turns: Option<Arc<dyn ChatTurns>>) {
        self.state().chat_turns = turns;
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
        // The chat's turn among instances, once taken, kept until the permit is dropped.
        let mut shared_turn: Option<Arc<dyn ChatTurns>> = None;
        // A reply's claim on a global slot, kept while it waits for it.
        let mut reserved: Option<Instant> = None;
        loop {
            // First this chat's own slot and any pause, without holding a global slot.
            let (ready, turns) = {
                let state = self.state();
                (
                    state.chat_next(chat).max(state.paused_until),
                    state.chat_turns.clone(),
                )
            };
            if ready > Instant::now() {
                sleep_until(ready).await;
                continue;
            }
            // Then the chat's turn among instances, when others share the limits.
            if shared_turn.is_none()
                && let Some(turns) = turns
            {
                match turns.take(chat).await {
                    None => shared_turn = Some(turns),
                    Some(wait) => {
                        sleep(wait.clamp(Duration::from_millis(1), CHAT_TURN_POLL)).await;
                        continue;
                    }
                }
            }
            let permit = |turn| Permit {
                limiter: self.inner.clone(),
                chat,
                shared_turn: shared_turn.clone(),
                _turn: turn,
            };
            if priority == Priority::Bulk {
                if self.take_bulk_slot(chat).await {
                    return permit(turn);
                }
                continue;
            }
            // Then a global slot, reserved so that concurrent senders are spaced out and no
            // bulk message takes it meanwhile.
            let changed = self.inner.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let start = match reserved.take() {
                Some(start) => start,
                None => {
                    let mut state = self.state();
                    let start = Instant::now()
                        .max(state.next_global)
                        .max(state.paused_until);
                    state.next_global = start + state.global_interval;
                    start
                }
            };
            sleep_until(start).await;
            let wait_for_change = {
                let mut state = self.state();
                if state.paused_until > Instant::now() {
                    // Telegram said to pause while this message waited: wait again.
                    continue;
                }
                match state.global_slot(Instant::now()) {
                    Slot::Now => {
                        self.grant(&mut state);
                        drop(state);
                        return permit(turn);
                    }
                    Slot::At(free) => {
                        // `limit` messages already count within the last second: claim the
                        // moment the window opens again, before any bulk message can.
                        let interval = state.global_interval;
                        state.next_global = state.next_global.max(free + interval);
                        reserved = Some(free);
                        false
                    }
                    Slot::OnChange => true,
                }
            };
            if wait_for_change {
                changed.await;
            }
        }
    }

    /// A bulk message's global slot: taken only when it is free now and no reply has claimed
    /// it, so that bulk messages never stand between a reply and the next slot. One bulk
    /// message at a time waits here (first come, first served), so they do not all wake for
    /// every slot. False when the chat or a pause needs waiting for first.
    async fn take_bulk_slot(&self, chat: i64) -> bool {
        let _bulk_turn = self.inner.bulk_turn.lock().await;
        loop {
            let changed = self.inner.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let free = {
                let mut state = self.state();
                let now = Instant::now();
                if state.chat_next(chat).max(state.paused_until) > now {
                    return false;
                }
                match state.global_slot(now) {
                    Slot::Now if state.next_global <= now => {
                        let interval = state.global_interval;
                        state.next_global = next_bulk_slot(state.next_global, now, interval);
                        self.grant(&mut state);
                        return true;
                    }
                    Slot::Now => Some(state.next_global),
                    Slot::At(free) => Some(free.max(state.next_global)),
                    Slot::OnChange => None,
                }
            };
            match free {
                Some(free) => {
                    tokio::select! {
                        _ = sleep_until(free) => {}
                        _ = &mut changed => {}
                    }
                }
                None => changed.await,
            }
        }
    }

    /// Records a message let go now: it counts until its permit is dropped, and a second
    /// after.
    fn grant(&self, state: &mut State) {
        state.in_flight += 1;
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

    /// When this instance may let the next message go, counting every message in flight and
    /// every one answered within the last second against its share.
    fn global_slot(&self, now: Instant) -> Slot {
        if now < self.share_from {
            return Slot::At(self.share_from);
        }
        if self.share_until.is_some_and(|until| now >= until) {
            return Slot::OnChange;
        }
        let Some(room) = self
            .per_second
            .checked_sub(self.in_flight)
            .filter(|room| *room > 0)
        else {
            return Slot::OnChange;
        };
        // Room for one more when fewer than `room` were answered within the last second.
        if self.answered.len() >= room {
            let free = self.answered[self.answered.len() - room] + WINDOW;
            if free > now {
                return Slot::At(free);
            }
        }
        Slot::Now
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
