//! `/{locale}/campaigns/{slug}`: a live campaign's full text, where its banner leads.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use faro_core::publishing::{CampaignSlug, campaign_page_html};

use crate::AppState;
use crate::public::banners::live_for;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::query::{CountryQuery, PageQuery};
use crate::public::scope_path::{Scoped, SlugPath};

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
    Scoped { scope, path }: Scoped<SlugPath>,
    uri: Uri,
) -> Result<Rendered, PageError> {
    let app = &state.app;
    let not_found = || PageError::NotFound(scope.clone());
    let slug = CampaignSlug::parse(&path.slug).map_err(|_| not_found())?;
    // A campaign for some countries only: the public site shows it to a reader who chose
    // one of them; a kiosk, in its shelter's country only.
    let CountryQuery(chosen) =
        CountryQuery::parse(uri.query()).map_err(|reason| PageError::BadQuery {
            scope: scope.clone(),
            reason,
        })?;
    let campaigns = live_for(app, &scope, chosen).await?;
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
