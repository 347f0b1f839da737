//! `/admin/campaigns`: the list, a new campaign, a campaign's page and its forms; and how a
//! campaign and a text's locale are found from an address, for these pages and the API alike.

pub mod actions;
pub mod list;
pub mod new;
pub mod page;
mod target_fields;
pub mod view;

use faro_core::Locale;
use faro_core::publishing::{Campaign, CampaignSlug};

use crate::AppState;
use crate::operators::error::OperatorError;
use crate::operators::strings::Said;

/// The campaign a `{slug}` names; a malformed one names none.
pub async fn find(state: &AppState, slug: &str) -> Result<Campaign, OperatorError> {
    let slug = CampaignSlug::parse(slug)
        .map_err(|_| OperatorError::NotFound(Said::new("op-admin-no-campaign")))?;
    Ok(state.app.store.campaigns().by_slug(&slug).await?)
}

/// The locale of a text's address (`…/texts/{locale}`).
pub fn text_locale(tag: &str) -> Result<Locale, OperatorError> {
    tag.parse().map_err(|_| {
        OperatorError::NotFound(Said::new("op-admin-not-a-locale").with("tag", format!("{tag:?}")))
    })
}
