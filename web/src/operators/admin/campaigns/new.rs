//! `/admin/campaigns/new`: the form for a new campaign, and its creation (a POST to
//! `/admin/campaigns`). What a publisher may create is decided by the core
//! (`publishing::permissions`).

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::accounts::Role;
use faro_core::clock::now_unix;
use faro_core::publishing::{CampaignSlug, NewCampaign, PublishError};

use super::target_fields::{TargetFields, field_message};
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::admin::publisher::Publisher;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;

/// A new campaign's default window: from now, for four weeks.
const DEFAULT_WEEKS: i64 = 4;

#[derive(Template)]
#[template(path = "operators/admin/campaign_new.html")]
struct NewPage {
    chrome: Chrome,
    /// The slug as typed, and what to change in it, when the form came back refused.
    slug: String,
    slug_error: Option<String>,
    notice: Option<String>,
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
        slug: String::new(),
        slug_error: None,
        notice: None,
        targets: TargetFields::new_campaign(
            &tr,
            countries,
            start,
            start + DEFAULT_WEEKS * 7 * 86_400,
        ),
    })
}

/// Creates the campaign. A form the core refuses (a bad or taken name, a bad time, a window
/// that ends before it starts, a country outside the account's scope) comes back as typed,
/// with what to change beside each field.
pub async fn create(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let tr = who.tr.clone();
    let typed_slug = form.text("slug").trim().to_owned();
    let mut fields = TargetFields::typed("", &form);
    let mut slug_error = None;
    let slug = CampaignSlug::parse(&typed_slug)
        .map_err(|error| slug_error = field_message(&tr, &OperatorError::from(error)))
        .ok();
    let read = fields.read(&tr, &form);
    let mut status = axum::http::StatusCode::BAD_REQUEST;
    if let (Some(slug), Some((targets, starts_at, ends_at))) = (slug, read) {
        let new = NewCampaign {
            slug,
            targets,
            starts_at,
            ends_at,
        };
        match state
            .app
            .publishing()
            .create(&who.user, &new, now_unix())
            .await
        {
            Ok(campaign) => {
                return Ok(
                    Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response()
                );
            }
            Err(error) => {
                // The refusal's own status (409 for a taken name, 403 outside the scope).
                status = match &error {
                    PublishError::SlugTaken(_) => axum::http::StatusCode::CONFLICT,
                    PublishError::OutsideScope => axum::http::StatusCode::FORBIDDEN,
                    _ => axum::http::StatusCode::BAD_REQUEST,
                };
                let beside = match &error {
                    PublishError::BadSlug(_) | PublishError::SlugTaken(_) => &mut slug_error,
                    PublishError::BadWindow => &mut fields.ends_error,
                    PublishError::OutsideScope => &mut fields.countries_error,
                    _ => return Err(error.into()),
                };
                *beside = field_message(&tr, &OperatorError::from(error));
            }
        }
    }
    let mut response = chrome::render(&NewPage {
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-campaign-new-title"),
            &who,
            "/admin/campaigns",
        ),
        slug: typed_slug,
        slug_error,
        notice: Some(tr.get("op-campaign-fix-below")),
        targets: fields,
    })?;
    // The form again, as typed: still a refusal, for scripts and tests.
    *response.status_mut() = status;
    Ok(response)
}
