//! The forms of a campaign's page: a locale's text, a reviewer's mark on it, and the steps
//! from draft to published. Each is a POST through `Posted` (form token and cross-site
//! check), asks the core, which checks the account's scope and the campaign's status and
//! writes the audit log, and leads back to the campaign's page.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::Locale;
use faro_core::intake::now_unix;
use faro_core::publishing::{Campaign, Step, TextInput};

use super::list::form_time;
use super::page::find;
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::csrf::{NoFields, Posted};
use crate::operators::error::StaffError;
use crate::operators::targets;

fn back(campaign: &Campaign) -> Response {
    Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response()
}

fn locale(tag: &str) -> Result<Locale, StaffError> {
    tag.parse().map_err(|_| StaffError::NotFound)
}

/// The signed-in account of a button-only form, allowed into publishing at all.
fn publisher(posted: Posted<NoFields>) -> Result<SignedIn, StaffError> {
    posted.signed_in.require(Area::Publishing)?;
    Ok(posted.signed_in)
}

pub async fn set_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    posted: Posted<Fields>,
) -> Result<Response, StaffError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    who.require(Area::Publishing)?;
    let locale = locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let input = TextInput {
        title: form.text("title").to_owned(),
        body: form.text("body").to_owned(),
        translation: form.text("translation").to_owned(),
    };
    let campaign = state
        .app
        .store
        .set_campaign_text(&who.user, campaign.id, locale, &input, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Targets and window. A submitted or approved campaign goes back to draft (the core's rule).
pub async fn settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: Posted<Fields>,
) -> Result<Response, StaffError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    who.require(Area::Publishing)?;
    let campaign = find(&state, &slug).await?;
    let targets = targets::parse(
        form.all("locale"),
        targets::split_codes(form.text("countries")),
    )
    .map_err(StaffError::Invalid)?;
    let starts_at = form_time(&form, "starts", "start")?;
    let ends_at = form_time(&form, "ends", "end")?;
    let campaign = state
        .app
        .store
        .update_campaign(
            &who.user,
            campaign.id,
            &targets,
            starts_at,
            ends_at,
            now_unix(),
        )
        .await?;
    Ok(back(&campaign))
}

pub async fn review_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    posted: Posted<NoFields>,
) -> Result<Response, StaffError> {
    let who = publisher(posted)?;
    let locale = locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let campaign = state
        .app
        .store
        .mark_campaign_text_reviewed(&who.user, campaign.id, locale, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Submit, return, approve or publish; the core checks who may and from which status.
pub async fn step(
    state: AppState,
    slug: String,
    posted: Posted<NoFields>,
    step: Step,
) -> Result<Response, StaffError> {
    let who = publisher(posted)?;
    let campaign = find(&state, &slug).await?;
    let app = &state.app;
    let (campaign, _queued) = app
        .store
        .take_step(
            &who.user,
            campaign.id,
            step,
            app.config.require_second_approver,
            now_unix(),
        )
        .await?;
    if step == Step::Publish {
        // The bot's sender starts on it at once.
        app.outbox.wake();
    }
    Ok(back(&campaign))
}
