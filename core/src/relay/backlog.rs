//! The bounded in-memory queue of relayed messages waiting for a chat's turn (the per-chat
//! rate): counted here per receiving chat, held by the adapter only as long as it waits.
//! Nothing of it reaches a table or a log; a chat whose queue is full makes the sender wait
//! rather than letting messages pile up.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use super::ChatRef;

/// Messages that may wait for one receiving chat. Telegram lets a bot send about one
/// message a second to a chat: this is half a minute of typing ahead.
pub const RELAY_BACKLOG_PER_CHAT: usize = 30;

/// How many relayed messages wait for each receiving chat.
#[derive(Clone, Debug)]
pub struct Backlog {
    bound: usize,
    waiting: Arc<Mutex<HashMap<ChatRef, usize>>>,
}

/// The queue of that chat is full.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("too many relayed messages waiting for one chat")]
pub struct BacklogFull;

/// A place in a chat's queue, given back when dropped (sent, failed or abandoned alike).
#[derive(Debug)]
pub struct BacklogSlot {
    chat: ChatRef,
    waiting: Arc<Mutex<HashMap<ChatRef, usize>>>,
}

impl Default for Backlog {
    fn default() -> Self {
        Backlog::new(RELAY_BACKLOG_PER_CHAT)
    }
}

impl Backlog {
    pub fn new(bound: usize) -> Self {
        Backlog {
            bound: bound.max(1),
            waiting: Arc::default(),
        }
    }

    /// A place in `chat`'s queue, unless it already holds the bound.
    pub fn enter(&self, chat: ChatRef) -> Result<BacklogSlot, BacklogFull> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let count = waiting.entry(chat).or_default();
        if *count >= self.bound {
            return Err(BacklogFull);
        }
        *count += 1;
        Ok(BacklogSlot {
            chat,
            waiting: self.waiting.clone(),
        })
    }

    /// Messages waiting for `chat` now.
    pub fn waiting(&self, chat: ChatRef) -> usize {
        let waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        waiting.get(&chat).copied().unwrap_or(0)
    }
}

impl Drop for BacklogSlot {
    fn drop(&mut self) {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = waiting.get_mut(&self.chat) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                // No entry is kept for a chat with nothing waiting: the map stays as small
                // as the conversations under way.
                waiting.remove(&self.chat);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chat_holds_at_most_the_bound_and_places_come_back() {
        let backlog = Backlog::new(2);
        let (a, b) = (ChatRef::telegram(1), ChatRef::telegram(2));
        let first = backlog.enter(a).unwrap();
        let second = backlog.enter(a).unwrap();
        assert_eq!(backlog.enter(a).unwrap_err(), BacklogFull);
        // Another chat has its own queue.
        let other = backlog.enter(b).unwrap();
        drop(first);
        assert_eq!(backlog.waiting(a), 1);
        let third = backlog.enter(a).unwrap();
        drop((second, third, other));
        assert_eq!(backlog.waiting(a), 0);
        assert!(backlog.waiting.lock().unwrap().is_empty());
    }
}
