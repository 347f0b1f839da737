//! Gives memory freed after a burst (sign-in floods, many connections at once) back to the
//! system. glibc's allocator keeps freed memory in its per-thread arenas, so without this the
//! process stays at its peak size long after the burst; `malloc_trim` returns the free pages of
//! every arena. Every few seconds is cheap (it walks the arenas' free lists) and bounds how long
//! a burst's memory stays taken. Only on Linux with glibc; elsewhere it does nothing.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

pub const TRIM_EVERY: Duration = Duration::from_secs(10);

pub async fn give_back_freed_memory(every: Duration, shutdown: CancellationToken) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => trim(),
            () = shutdown.cancelled() => return,
        }
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim() {
    // SAFETY: malloc_trim takes a plain integer, touches only the allocator's own free lists
    // under its locks, and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}
