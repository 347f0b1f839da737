//! The forms of a campaign's page: a locale's text, a reviewer's mark on it, and the steps
//! from draft to published. Each is a POST from a [`Publisher`] (form token, cross-site check
//! and role), asks the core, which checks the account's scope and the campaign's status and
//! writes the audit log, and leads back to the campaign's page.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::clock::now_unix;
use faro_core::publishing::{Campaign, Step, TextInput};

use super::{find, text_locale};
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::admin::publisher::Publisher;
use crate::operators::error::OperatorError;
use crate::operators::targets;

fn back(campaign: &Campaign) -> Response {
    Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response()
}

pub async fn set_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let locale = text_locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let input = TextInput {
        title: form.text("title").to_owned(),
        body: form.text("body").to_owned(),
        translation: form.text("translation").to_owned(),
    };
    let campaign = state
        .app
        .publishing()
        .set_text(&who.user, campaign.id, locale, &input, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Targets and window. A submitted or approved campaign goes back to draft (the core's rule).
pub async fn settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let targets = targets::parse(
        form.all("locale"),
        targets::split_codes(form.text("countries")),
    )
    .map_err(OperatorError::Invalid)?;
    let starts_at = form.time(&who.tr, "starts", "op-admin-bad-start")?;
    let ends_at = form.time(&who.tr, "ends", "op-admin-bad-end")?;
    let campaign = state
        .app
        .publishing()
        .update(
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
    Publisher { who, .. }: Publisher,
) -> Result<Response, OperatorError> {
    let locale = text_locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let campaign = state
        .app
        .publishing()
        .mark_text_reviewed(&who.user, campaign.id, locale, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Submit, return, approve or publish; the core checks who may and from which status.
pub async fn step(
    state: AppState,
    slug: String,
    Publisher { who, .. }: Publisher,
    step: Step,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let app = &state.app;
    let (campaign, _queued) = app
        .publishing()
        .take_step(&who.user, campaign.id, step, now_unix())
        .await?;
    Ok(back(&campaign))
}
