//! Campaign banners on a locale's home page, and each live campaign's own page
//! (`/{locale}/campaigns/{slug}`) that a banner leads to. Only published campaigns inside
//! their time window show. Pages are cached for at most a minute (see `cache`), so a newly
//! published banner shows within that time.

use askama::Template;
use axum::extract::{Path, State};
use faro_core::App;
use faro_core::publishing::{Campaign, CampaignSlug, PublishError, campaign_page_html};

use crate::AppState;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
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

/// The live campaigns that target `locale`, newest first.
async fn live_for(app: &App, scope: &Scope) -> Result<Vec<Campaign>, PageError> {
    let locale = scope.locale;
    let live = app
        .store
        .live_campaigns(faro_core::intake::now_unix())
        .await
        .map_err(|error| match error {
            PublishError::Store(error) => PageError::Unavailable(scope.clone(), error),
            other => PageError::Unavailable(
                scope.clone(),
                faro_core::store::StoreError::Corrupt(other.to_string()),
            ),
        })?;
    Ok(live
        .into_iter()
        .filter(|campaign| campaign.targets.includes_locale(locale))
        .collect())
}

/// The banners to show on the home page of `scope` now. A database that cannot be read
/// costs the banners, not the page.
pub async fn active_banners(app: &App, scope: &Scope) -> Vec<Banner> {
    let campaigns = match live_for(app, scope).await {
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

#[derive(Template)]
#[template(path = "public/campaign.html")]
struct CampaignTemplate<'a> {
    frame: Frame<'a>,
    text_lang: &'static str,
    text_dir: &'static str,
    html: String,
}

impl Page for CampaignTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

/// A live campaign's full text; anything else (unknown, not yet or no longer live, not for
/// this locale) is the translated 404.
pub async fn page(
    State(state): State<AppState>,
    scope: Scope,
    Path(params): Path<std::collections::HashMap<String, String>>,
) -> Result<Rendered, PageError> {
    let app = &state.app;
    let not_found = || PageError::NotFound(scope.clone());
    let slug = params
        .get("slug")
        .and_then(|slug| CampaignSlug::parse(slug).ok())
        .ok_or_else(not_found)?;
    let campaigns = live_for(app, &scope).await?;
    let campaign = campaigns
        .iter()
        .find(|campaign| campaign.slug == slug)
        .ok_or_else(not_found)?;
    let text = campaign.text_for(scope.locale).ok_or_else(not_found)?;
    let path = format!("campaigns/{slug}");
    let mut frame = Frame::new(app, scope.clone(), Section::Topics, &path, None);
    frame.title = text.title.clone();
    if text.locale != scope.locale {
        frame.content_fallback = Some(text.locale);
    }
    frame.machine = text.translation == "machine";
    let page = CampaignTemplate {
        text_lang: text.locale.tag(),
        text_dir: text.locale.direction().as_str(),
        html: campaign_page_html(text),
        frame,
    };
    frame::render(&page)
}
