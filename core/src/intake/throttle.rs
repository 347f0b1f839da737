//! Budgets for the open kiosk intake (security review MED-4): how many interpreter requests
//! may be started per kiosk and per client address in a window. A fixed window per key, kept
//! in memory: cheap, and enough to make flooding and padding the figures slow (each instance
//! counts its own; several instances multiply the budget by their number).

use std::collections::HashMap;
use std::sync::Mutex;

/// Keys kept before expired windows are swept (bounds memory under a spray of addresses).
const SWEEP_AT: usize = 10_000;

/// Counts per key in fixed windows of `window` seconds.
#[derive(Debug)]
pub struct Throttle {
    window: i64,
    counts: Mutex<HashMap<String, (i64, u32)>>,
}

impl Throttle {
    pub fn new(window_seconds: i64) -> Self {
        Throttle {
            window: window_seconds.max(1),
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one from each of `budgets` (key, limit) at `now` if every one has room; takes
    /// nothing and returns false if any is spent. A limit of 0 means no limit.
    pub fn admit(&self, budgets: &[(String, u32)], now: i64) -> bool {
        let start = now - now.rem_euclid(self.window);
        let mut counts = match self.counts.lock() {
            Ok(counts) => counts,
            Err(poisoned) => poisoned.into_inner(),
        };
        if counts.len() >= SWEEP_AT {
            counts.retain(|_, (window, _)| *window == start);
        }
        let room = budgets.iter().all(|(key, limit)| {
            *limit == 0
                || match counts.get(key) {
                    Some((window, used)) if *window == start => used < limit,
                    _ => true,
                }
        });
        if !room {
            return false;
        }
        for (key, limit) in budgets {
            if *limit == 0 {
                continue;
            }
            let entry = counts.entry(key.clone()).or_insert((start, 0));
            if entry.0 != start {
                *entry = (start, 0);
            }
            entry.1 += 1;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3600;
    const T: i64 = 1_800_000_000 - 1_800_000_000 % HOUR;

    fn budgets(address: &str, kiosk: &str) -> Vec<(String, u32)> {
        vec![
            (format!("address:{address}:{kiosk}"), 3),
            (format!("kiosk:{kiosk}"), 5),
        ]
    }

    #[test]
    fn each_budget_holds_until_its_window_ends() {
        let throttle = Throttle::new(HOUR);
        for _ in 0..3 {
            assert!(throttle.admit(&budgets("a", "k1"), T));
        }
        assert!(
            !throttle.admit(&budgets("a", "k1"), T + 10),
            "address spent"
        );
        // Another address at the same kiosk has its own budget, up to the kiosk's.
        assert!(throttle.admit(&budgets("b", "k1"), T + 20));
        assert!(throttle.admit(&budgets("b", "k1"), T + 20));
        assert!(!throttle.admit(&budgets("b", "k1"), T + 30), "kiosk spent");
        // The same address at another shelter's kiosk (one NAT) is not starved.
        assert!(throttle.admit(&budgets("a", "k2"), T + 40));
        // A new window, a new budget.
        assert!(throttle.admit(&budgets("a", "k1"), T + HOUR));
    }

    #[test]
    fn a_refusal_takes_nothing_and_zero_means_unlimited() {
        let throttle = Throttle::new(HOUR);
        let tight = vec![("x".to_owned(), 1), ("y".to_owned(), 0)];
        assert!(throttle.admit(&tight, T));
        assert!(!throttle.admit(&tight, T));
        let open = vec![("y".to_owned(), 0)];
        for _ in 0..100 {
            assert!(throttle.admit(&open, T));
        }
        // "z" was not charged by the refused attempt that named it alongside "x".
        assert!(!throttle.admit(&[("x".to_owned(), 1), ("z".to_owned(), 1)], T));
        assert!(throttle.admit(&[("z".to_owned(), 1)], T));
    }
}
