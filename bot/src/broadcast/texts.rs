//! Each campaign's message per locale, rendered once: a published campaign cannot change, so
//! what was rendered for its first reader holds for the last.

use std::collections::HashMap;
use std::sync::Arc;

use faro_core::Locale;
use faro_core::i18n::Translations;
use faro_core::publishing::{OutboxItem, PublishError, SendFailure};
use faro_core::store::Store;

use crate::render::campaign_html;

/// Campaigns remembered at most; past this the cache starts afresh (a handful run at once).
const KEPT: usize = 256;

pub(crate) struct Texts {
    translations: Arc<Translations>,
    rendered: HashMap<(i64, Locale), Arc<str>>,
}

impl Texts {
    pub(crate) fn new(translations: Arc<Translations>) -> Self {
        Texts {
            translations,
            rendered: HashMap::new(),
        }
    }

    /// The message for `item`'s chat, or why there is none to send.
    pub(crate) async fn message(
        &mut self,
        store: &Store,
        item: &OutboxItem,
    ) -> Result<Arc<str>, SendFailure> {
        let key = (item.campaign_id, item.locale);
        if let Some(text) = self.rendered.get(&key) {
            return Ok(text.clone());
        }
        let campaign = match store.campaigns().get(item.campaign_id).await {
            Ok(campaign) => campaign,
            // The row goes when its campaign is deleted; until then there is nothing to send.
            Err(PublishError::NoSuchCampaign) => {
                return Err(SendFailure::Permanent("campaign deleted".into()));
            }
            Err(error) => return Err(SendFailure::Transient(error.to_string())),
        };
        let Some(text) = campaign.text(item.locale) else {
            return Err(SendFailure::Permanent(format!(
                "no text in {}",
                item.locale.tag()
            )));
        };
        let message: Arc<str> = campaign_html(text, &self.translations).into();
        if self.rendered.len() >= KEPT {
            self.rendered.clear();
        }
        self.rendered.insert(key, message.clone());
        Ok(message)
    }
}
