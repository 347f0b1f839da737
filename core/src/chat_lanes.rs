//! One lane per chat: what a chat sends is handled one at a time and in order (its
//! conversation state depends on it), different chats in parallel. Each channel's adapter
//! (the Telegram bot's `queue.rs`, WhatsApp's `queue.rs`) keeps its own bound and tasks and
//! holds its waiting messages here, so that both follow the same rule for who works a lane:
//! the first message of an idle chat starts a worker ([`Lanes::push`] says so), and that
//! worker takes the chat's messages until the lane is empty, when the chat is forgotten in the
//! same step ([`Lanes::next`]) — a message arriving then starts a new worker, never none.
//!
//! In memory only, never logged: what waits here is what people wrote.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};

pub struct Lanes<K, T> {
    waiting: Mutex<HashMap<K, VecDeque<T>>>,
}

impl<K: Eq + Hash + Clone, T> Default for Lanes<K, T> {
    fn default() -> Self {
        Lanes {
            waiting: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Eq + Hash + Clone, T> Lanes<K, T> {
    pub fn new() -> Self {
        Lanes::default()
    }

    /// Queues `item` in `chat`'s lane. True when the lane was idle: the caller starts a worker
    /// for it; false when a worker is running and will take it.
    #[must_use = "an idle lane's first message needs a worker"]
    pub fn push(&self, chat: K, item: T) -> bool {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(lane) = waiting.get_mut(&chat) {
            lane.push_back(item);
            return false;
        }
        waiting.insert(chat, VecDeque::from([item]));
        true
    }

    /// The worker's next message; `None` when the lane is empty, and then the chat is
    /// forgotten and the worker ends.
    pub fn next(&self, chat: &K) -> Option<T> {
        let mut waiting = self.waiting.lock().unwrap_or_else(PoisonError::into_inner);
        let next = waiting.get_mut(chat).and_then(VecDeque::pop_front);
        if next.is_none() {
            waiting.remove(chat);
        }
        next
    }

    /// The lane's next message if there is one now, the lane kept either way (a worker that
    /// waits a moment for more, such as the rest of a long text, stays the lane's worker).
    pub fn take(&self, chat: &K) -> Option<T> {
        self.waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(chat)
            .and_then(VecDeque::pop_front)
    }

    /// Returns a message taken too early to the front of its lane.
    pub fn put_back(&self, chat: K, item: T) {
        self.waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(chat)
            .or_default()
            .push_front(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_message_of_an_idle_chat_asks_for_a_worker_and_the_rest_wait_in_order() {
        let lanes = Lanes::new();
        assert!(lanes.push(1, "a"));
        assert!(!lanes.push(1, "b"));
        assert!(lanes.push(2, "x"), "another chat has its own lane");
        assert_eq!(lanes.next(&1), Some("a"));
        assert!(!lanes.push(1, "c"), "the worker is still on the lane");
        assert_eq!(lanes.next(&1), Some("b"));
        assert_eq!(lanes.next(&1), Some("c"));
        assert_eq!(lanes.next(&1), None);
        // Forgotten with its last message: the next one starts a worker again.
        assert!(lanes.push(1, "d"));
        assert_eq!(lanes.next(&2), Some("x"));
    }

    #[test]
    fn a_message_taken_early_goes_back_to_the_front_and_take_keeps_the_lane() {
        let lanes = Lanes::new();
        assert!(lanes.push(7, 1));
        assert!(!lanes.push(7, 2));
        assert_eq!(lanes.next(&7), Some(1));
        assert_eq!(lanes.take(&7), Some(2));
        assert_eq!(lanes.take(&7), None);
        // The worker still holds the lane: a new message waits for it.
        assert!(!lanes.push(7, 3));
        lanes.put_back(7, 2);
        assert_eq!(lanes.next(&7), Some(2));
        assert_eq!(lanes.next(&7), Some(3));
        assert_eq!(lanes.next(&7), None);
    }
}
