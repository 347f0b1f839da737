//! The forms of a campaign's page: a locale's text, a reviewer's mark on it, and the steps
//! from draft to published. Each is a POST from a [`Publisher`] (form token, cross-site check
//! and role), asks the core, which checks the account's scope and the campaign's status and
//! writes the audit log, and leads back to the campaign's page.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::clock::now_unix;
use faro_core::publishing::{Campaign, PublishError, Step, TextInput};

use super::page::{Kept, KeptText, render};
use super::target_fields::{TargetFields, field_message};
use super::{find, text_locale};
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::admin::publisher::Publisher;
use crate::operators::error::OperatorError;
use crate::operators::kept::{self, TextPost};
use crate::operators::strings::Said;

fn back(campaign: &Campaign) -> Response {
    Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response()
}

/// Saves a locale's text. A text the core refuses (empty, too long, direction overrides)
/// comes back in its editor as typed, with what to change beside the field, instead of an
/// error page that would lose it.
///
/// Posted after the session ended, the text is kept for after the next sign-in
/// (`operators/kept.rs`) rather than lost.
pub async fn set_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    headers: HeaderMap,
    post: TextPost,
) -> Result<Response, OperatorError> {
    let Publisher { who, form } = match post {
        TextPost::Signed(publisher) => publisher,
        TextPost::Expired(to_sign_in) => return Ok(to_sign_in),
    };
    let locale = text_locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let input = TextInput {
        title: form.text("title").to_owned(),
        body: form.text("body").to_owned(),
        translation: form.text("translation").to_owned(),
    };
    let saved = state
        .app
        .publishing()
        .set_text(&who.user, campaign.id, locale, &input, now_unix())
        .await;
    match saved {
        Ok(campaign) => {
            let mut response = back(&campaign);
            kept::forget(&state, &headers, &mut response).await?;
            Ok(response)
        }
        Err(error) => match field_errors(&who, &input, &error) {
            Some((title_error, body_error)) => {
                let kept = Kept {
                    text: Some((
                        locale,
                        KeptText {
                            title: input.title,
                            body: input.body,
                            machine: input.translation != "original",
                            title_error,
                            body_error,
                        },
                    )),
                    notice: Some(who.tr.get("op-campaign-fix-below")),
                    settings: None,
                };
                render(&state, &who, &campaign, kept).await
            }
            None => Err(error.into()),
        },
    }
}

/// What to say beside the title and the body for a refusal about them; `None` for any other.
fn field_errors(
    who: &crate::operators::auth::SignedIn,
    input: &TextInput,
    error: &PublishError,
) -> Option<(Option<String>, Option<String>)> {
    let say = |error: PublishError| who.tr.say(&said_of(error));
    match error {
        PublishError::BadTitle => Some((Some(say(PublishError::BadTitle)), None)),
        PublishError::BadBody => Some((None, Some(say(PublishError::BadBody)))),
        PublishError::BidiControls => {
            let at = |text: &str| {
                faro_core::text_safety::has_bidi_controls(text)
                    .then(|| say(PublishError::BidiControls))
            };
            Some((at(&input.title), at(&input.body)))
        }
        _ => None,
    }
}

/// The sentence the pages would show for a refusal.
fn said_of(error: PublishError) -> Said {
    match OperatorError::from(error) {
        OperatorError::Invalid(said) | OperatorError::Conflict(said) => said,
        _ => Said::new("op-error-invalid-title"),
    }
}

/// Stops a published campaign (its publisher or an admin; the core decides): banner down
/// within seconds, queued messages cancelled, audited.
pub async fn stop(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Publisher { who, .. }: Publisher,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let (campaign, _cancelled) = state
        .app
        .publishing()
        .stop(&who.user, campaign.id, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Starts a correction (or finds the one under way) and opens it.
pub async fn correct(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Publisher { who, .. }: Publisher,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let (correction, _new) = state
        .app
        .publishing()
        .correct(&who.user, campaign.id, now_unix())
        .await?;
    Ok(back(&correction))
}

/// Publishes an approved campaign; for a correction, the form says whether it goes to the
/// people who received an earlier revision (`resend=yes`) or to nobody.
pub async fn publish(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let resend = match form.one("resend") {
        None | Some("no") => false,
        Some("yes") => true,
        Some(_) => {
            return Err(OperatorError::BadRequest(Said::new("op-error-form-fields")));
        }
    };
    let (campaign, _queued) = state
        .app
        .publishing()
        .publish(&who.user, campaign.id, resend, now_unix())
        .await?;
    Ok(back(&campaign))
}

/// Targets and window. A submitted or approved campaign goes back to draft (the core's rule).
/// A form the core refuses (a bad time, a window that ends before it starts, a country
/// outside the account's scope) comes back open on the campaign's page as typed, with what to
/// change beside each field, like the new-campaign form.
pub async fn settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let campaign = find(&state, &slug).await?;
    let tr = who.tr.clone();
    let mut fields = TargetFields::typed("set-", &form);
    let read = fields.read(&tr, &form);
    let mut status = StatusCode::BAD_REQUEST;
    if let Some((targets, starts_at, ends_at)) = read {
        let updated = state
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
            .await;
        match updated {
            Ok(campaign) => return Ok(back(&campaign)),
            Err(error) => {
                // The refusal's own status (403 outside the account's scope).
                let beside = match &error {
                    PublishError::BadWindow => &mut fields.ends_error,
                    PublishError::OutsideScope => {
                        status = StatusCode::FORBIDDEN;
                        &mut fields.countries_error
                    }
                    // Not about what was typed (a published campaign, a server fault).
                    _ => return Err(error.into()),
                };
                *beside = field_message(&tr, &OperatorError::from(error));
            }
        }
    }
    let kept = Kept {
        settings: Some((fields, status)),
        ..Kept::default()
    };
    render(&state, &who, &campaign, kept).await
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
