//! Campaign banners on a locale's home page, each leading to the campaign's own page
//! (`pages/campaign.rs`). Only published campaigns inside their time window show. Cached
//! pages are dropped on every instance within `banner_check_seconds` of a change to the live
//! campaigns (`banner_watch`), so a banner published or stopped shows or goes within that.

use faro_core::App;
use faro_core::country::CountryCode;
use faro_core::publishing::Campaign;

use crate::public::error::PageError;
use crate::public::scope::Scope;

/// One banner: a short text in the page's locale (or its nearest fallback), and a link
/// inside the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub text: String,
    /// A path on this site (`/fa/campaigns/stay-safe`); never an external address.
    pub href: Option<String>,
    /// The language the text is in, which may be a fallback of the page's.
    pub lang: &'static str,
    pub dir: &'static str,
}

/// The country a page is about: a kiosk's is its shelter's (from the directory); on the
/// public site, the one the reader chose (`?country=`), if any.
pub fn page_country(app: &App, scope: &Scope, chosen: Option<CountryCode>) -> Option<CountryCode> {
    match &scope.shelter {
        Some(shelter) => shelter.entry(app).map(|entry| entry.country),
        None => chosen,
    }
}

/// The live campaigns that target the scope's locale and the page's country (see
/// [`Targets::shown_in`](faro_core::publishing::Targets::shown_in)), newest first.
pub async fn live_for(
    app: &App,
    scope: &Scope,
    chosen: Option<CountryCode>,
) -> Result<Vec<Campaign>, PageError> {
    let locale = scope.locale;
    let country = page_country(app, scope, chosen);
    let live = app
        .store
        .campaigns()
        .live(faro_core::clock::now_unix())
        .await
        .map_err(|error| PageError::Unavailable(scope.clone(), Box::new(error)))?;
    Ok(live
        .into_iter()
        .filter(|campaign| {
            campaign.targets.includes_locale(locale) && campaign.targets.shown_in(country)
        })
        .collect())
}

/// The banners to show on the home page of `scope` now. A database that cannot be read
/// costs the banners, not the page.
pub async fn active_banners(app: &App, scope: &Scope) -> Vec<Banner> {
    let campaigns = match live_for(app, scope, None).await {
        Ok(campaigns) => campaigns,
        Err(error) => {
            tracing::warn!(%error, "campaign banners unavailable");
            return Vec::new();
        }
    };
    campaigns
        .iter()
        .filter_map(|campaign| {
            let text = campaign.text_for(scope.locale)?;
            Some(Banner {
                text: text.title.clone(),
                href: Some(format!("{}/campaigns/{}", scope.base(), campaign.slug)),
                lang: text.locale.tag(),
                dir: text.locale.direction().as_str(),
            })
        })
        .collect()
}
