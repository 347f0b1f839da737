//! What every part of the running bot shares.

use faro_core::dialog::Dialog;
use faro_core::privacy::LogHasher;

use crate::limiter::Limiter;
use crate::relay::queues::RelayQueues;
use crate::stats::Stats;

pub(crate) struct Shared {
    pub bot: teloxide::Bot,
    pub dialog: Dialog,
    pub limiter: Limiter,
    pub hasher: LogHasher,
    pub stats: Stats,
    /// Messages of conversations waiting for their receiving chat's turn.
    pub relay: RelayQueues,
    /// The other channels' carriers, for the sides of a conversation and the notices that
    /// are not on Telegram (`App::carriers`).
    pub carriers: faro_core::relay::Carriers,
}
