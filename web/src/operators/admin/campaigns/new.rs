//! `/admin/campaigns/new`: the form for a new campaign, and its creation (a POST to
//! `/admin/campaigns`). What a publisher may create is decided by the core
//! (`publishing::permissions`).

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::accounts::Role;
use faro_core::clock::now_unix;
use faro_core::publishing::{CampaignSlug, NewCampaign};

use super::target_fields::TargetFields;
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::admin::publisher::Publisher;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::targets;

/// A new campaign's default window: from now, for four weeks.
const DEFAULT_WEEKS: i64 = 4;

#[derive(Template)]
#[template(path = "operators/admin/campaign_new.html")]
struct NewPage {
    chrome: Chrome,
    targets: TargetFields,
}

pub async fn form(who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let tr = who.tr.clone();
    let now = now_unix();
    let start = now - now % 60;
    // A publisher for one country can only create campaigns for it: fill it in.
    let countries = match &who.user.role {
        Role::Publisher {
            country: Some(country),
        } => country.to_string(),
        _ => String::new(),
    };
    chrome::render(&NewPage {
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-campaign-new-title"),
            &who,
            "/admin/campaigns",
        ),
        targets: TargetFields::new_campaign(
            &tr,
            countries,
            start,
            start + DEFAULT_WEEKS * 7 * 86_400,
        ),
    })
}

pub async fn create(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let slug = CampaignSlug::parse(form.text("slug").trim())?;
    let targets = targets::parse(
        form.all("locale"),
        targets::split_codes(form.text("countries")),
    )
    .map_err(OperatorError::Invalid)?;
    let new = NewCampaign {
        slug,
        targets,
        starts_at: form.time(&who.tr, "starts", "op-admin-bad-start")?,
        ends_at: form.time(&who.tr, "ends", "op-admin-bad-end")?,
    };
    let campaign = state
        .app
        .publishing()
        .create(&who.user, &new, now_unix())
        .await?;
    Ok(Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response())
}
