//! This instance's side of the sender's lease (`faro_core::publishing::lease`): taken when
//! free, renewed every third of its time, and trusted only for three quarters of it.
//!
//! Why three quarters: another instance takes the lease over once the expiry written in the
//! database has passed by *its* clock. Stopping well before that leaves room for clocks that
//! differ a little between hosts and for a renewal that the database was slow to answer.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use faro_core::clock::now_millis;
use faro_core::publishing::lease::SENDER;
use faro_core::store::Store;
use tokio::time::Instant;

/// Until when this instance may start a send, shared with the send tasks: `None` while it
/// does not hold the lease.
#[derive(Clone, Default)]
pub(crate) struct Validity(Arc<Mutex<Option<Instant>>>);

impl Validity {
    pub(crate) fn valid_now(&self) -> bool {
        self.get().is_some_and(|until| Instant::now() < until)
    }

    fn get(&self) -> Option<Instant> {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn set(&self, until: Option<Instant>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = until;
    }
}

pub(crate) struct Lease {
    store: Store,
    holder: String,
    ttl: Duration,
    validity: Validity,
    /// When to try to take or renew it next.
    next_try: Instant,
}

/// After a database error, how soon the lease is tried again (a fraction of its time, so
/// that a short hiccup does not cost the lease).
const RETRY_DIVISOR: u32 = 10;

impl Lease {
    pub(crate) fn new(store: Store, ttl: Duration) -> Self {
        Lease {
            store,
            holder: holder_id(),
            ttl,
            validity: Validity::default(),
            next_try: Instant::now(),
        }
    }

    pub(crate) fn validity(&self) -> Validity {
        self.validity.clone()
    }

    pub(crate) fn held(&self) -> bool {
        self.validity.valid_now()
    }

    pub(crate) fn renewal_due(&self) -> bool {
        Instant::now() >= self.next_try
    }

    pub(crate) fn next_renewal(&self) -> Instant {
        self.next_try
    }

    /// Takes the lease if it is free or ours, renews it if ours.
    pub(crate) async fn renew(&mut self) {
        let was_held = self.held();
        // Measured before asking: the database's expiry is at least this late.
        let asked = Instant::now();
        let ttl_ms = i64::try_from(self.ttl.as_millis()).unwrap_or(i64::MAX);
        match self
            .store
            .leases()
            .try_take(SENDER, &self.holder, ttl_ms, now_millis())
            .await
        {
            Ok(true) => {
                self.validity.set(Some(asked + self.ttl * 3 / 4));
                self.next_try = asked + self.ttl / 3;
                if !was_held {
                    tracing::info!(holder = %self.holder, "broadcast: this instance now sends broadcasts");
                }
            }
            Ok(false) => {
                self.validity.set(None);
                self.next_try = Instant::now() + self.ttl / 3;
                if was_held {
                    tracing::warn!(holder = %self.holder, "broadcast: another instance took the sender's lease");
                }
            }
            Err(error) => {
                // Kept until its safe time runs out: the renewal is tried again well before.
                self.next_try = Instant::now() + self.ttl / RETRY_DIVISOR;
                tracing::warn!(%error, "broadcast: the sender's lease could not be renewed");
            }
        }
    }

    /// Gives the lease up so that another instance need not wait for it to run out.
    pub(crate) async fn release(&self) {
        self.validity.set(None);
        if let Err(error) = self.store.leases().release(SENDER, &self.holder).await {
            tracing::warn!(%error, "broadcast: the sender's lease could not be released");
        }
    }
}

/// A name for this instance's claim, different for every bot started (also within one
/// process, as tests start several). Not secret: it only tells holders apart. The shared
/// budget (`crate::budget`) names instances the same way.
pub(crate) fn holder_id() -> String {
    // std's hasher keys are random per process and change with every `RandomState`.
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos()),
    );
    format!("{}-{:016x}", std::process::id(), hasher.finish())
}
