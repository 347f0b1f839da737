//! How the global rate is split between live instances, and the times that keep the split
//! safe while instances come and go. Pure arithmetic; the argument is in `mod.rs`'s doc and
//! in README's "Several instances".

use std::time::Duration;

/// How often an instance renews its heartbeat and counts the live instances.
pub const BEAT: Duration = Duration::from_secs(1);

/// An instance whose last successful count began longer ago than this sends nothing until it
/// counts again: it may not have seen an instance that joined.
pub const STALE: Duration = Duration::from_secs(3);

/// Telegram's window: a message counts for a second.
pub const WINDOW: Duration = Duration::from_secs(1);

/// A joining instance waits this long before its first message when others are live: by then
/// each of them has counted it (or stopped, being [`STALE`]), and their messages sent at the
/// larger share have left the one-second window.
pub const JOIN_DELAY: Duration =
    Duration::from_millis(STALE.as_millis() as u64 + WINDOW.as_millis() as u64 + 500);

/// A heartbeat older than this (database clock) is a dead instance, and its share goes to the
/// others. Longer than [`STALE`] and a window, so that an instance cut off from the database
/// has stopped sending a full window before the others count it out.
pub const TTL_MS: i64 = 6_000;

/// How long a chat's turn is held while its message waits for a global slot and Telegram's
/// answer; an instance that dies holding it blocks the chat this long at most.
pub const HOLD_MS: i64 = 60_000;

/// Added to a chat's second: the hosts measure it with the database's wall clock, Telegram
/// with its own.
pub const CHAT_MARGIN_MS: i64 = 20;

/// This instance's share of `global` messages a second among `live` instances (itself
/// included). Never 0, so that replies still go out if more instances run than messages may be
/// sent in a second — a configuration the README warns against, where Telegram's 429s (which
/// the limiter honours) then set the pace.
pub fn share(global: u32, live: usize) -> u32 {
    let live = u32::try_from(live.max(1)).unwrap_or(u32::MAX);
    (global / live).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shares_never_add_up_to_more_than_the_limit() {
        for global in [1, 10, 30, 1_000] {
            for live in 1..=global.min(40) as usize {
                let total = share(global, live) * live as u32;
                assert!(total <= global, "{global} / {live}");
                // And nothing much is wasted: less than one message a second per instance.
                assert!(total + live as u32 > global, "{global} / {live}");
            }
        }
        assert_eq!(share(30, 1), 30);
        assert_eq!(share(30, 3), 10);
        assert_eq!(share(10, 3), 3);
        assert_eq!(share(30, 0), 30, "counted itself at least");
    }

    #[test]
    fn a_dead_instance_is_counted_out_only_after_it_stopped_a_window_before() {
        let stale = STALE.as_millis() as i64;
        assert!(TTL_MS >= stale + WINDOW.as_millis() as i64 + BEAT.as_millis() as i64);
        assert!(JOIN_DELAY > STALE + WINDOW);
        const { assert!(HOLD_MS > 10_000, "longer than a send may take") };
    }
}
