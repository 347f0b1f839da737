//! Messages from the business number spaced to its throughput (`whatsapp_send_rate`, Meta's
//! default about 80 a second), in the order they asked. Only replies go through it for now:
//! WhatsApp broadcasts, and with them the broadcast lane behind the replies, are not built
//! yet (see README's WhatsApp section).

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

pub struct Pace {
    gap: Duration,
    next: Mutex<Option<Instant>>,
}

impl Pace {
    pub fn new(per_second: u32) -> Pace {
        Pace {
            gap: Duration::from_secs(1) / per_second.max(1),
            next: Mutex::new(None),
        }
    }

    /// Waits for this message's turn.
    pub async fn wait(&self) {
        let at = {
            let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
            let now = Instant::now();
            let at = next.map_or(now, |next| next.max(now));
            *next = Some(at + self.gap);
            at
        };
        tokio::time::sleep_until(at).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn messages_are_spaced_to_the_rate_and_an_idle_pace_starts_at_once() {
        let pace = Pace::new(4);
        let start = Instant::now();
        for _ in 0..5 {
            pace.wait().await;
        }
        // Five messages at four a second: the fifth a second after the first.
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        tokio::time::sleep(Duration::from_secs(10)).await;
        let idle = Instant::now();
        pace.wait().await;
        assert_eq!(idle.elapsed(), Duration::ZERO);
    }
}
