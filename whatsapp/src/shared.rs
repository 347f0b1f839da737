//! What every part of the running channel shares.

use faro_core::dialog::Dialog;
use faro_core::i18n::Translations;
use faro_core::metrics::Metrics;
use faro_core::phone_contacts::NumberKey;
use faro_core::privacy::LogHasher;
use std::collections::BTreeMap;
use std::sync::Arc;

use faro_core::Locale;
use faro_core::config::WhatsAppTemplate;

use crate::graph::Graph;
use crate::keywords::Keywords;
use crate::media::Media;
use crate::pace::Pace;
use crate::render::Words;
use crate::stats::Stats;

/// The channel's name in `phone_contacts`.
pub(crate) const CHANNEL: &str = "whatsapp";

pub(crate) struct Shared {
    pub dialog: Dialog,
    pub translations: Arc<Translations>,
    pub graph: Graph,
    /// Uploads, and the media ids of clips kept while Meta keeps them.
    pub media: Media,
    pub pace: Pace,
    pub key: NumberKey,
    pub keywords: Keywords,
    pub phone_number_id: String,
    pub hasher: LogHasher,
    pub metrics: Metrics,
    pub stats: Stats,
    /// The time the 24-hour window and the daily limit are decided by (a test's, or the
    /// system's: `App::clock`).
    pub clock: faro_core::clock::Clock,
    /// `whatsapp_templates`: the template per reader's locale, outside the window.
    pub templates: BTreeMap<Locale, WhatsAppTemplate>,
    /// `whatsapp_daily_limit`: people reached outside the window in 24 hours.
    pub daily_limit: u32,
    /// `whatsapp_notice_template`: an interpreter's new request outside their window.
    pub notice_template: Option<WhatsAppTemplate>,
    /// Relayed messages waiting for their WhatsApp chat's turn.
    pub relay: crate::relay::queues::RelayQueues,
    /// The other channels' carriers, for the sides of a conversation and the notices that
    /// are not on WhatsApp (`App::carriers`).
    pub carriers: faro_core::relay::Carriers,
}

impl Shared {
    /// The words the rendering adds, in `locale`.
    pub(crate) fn words(&self, locale: Locale) -> Words {
        Words {
            choose: self.translations.text(locale, "whatsapp-choose"),
            more: self.translations.text(locale, "whatsapp-more-choices"),
        }
    }
}
