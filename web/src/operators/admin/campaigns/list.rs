//! `/admin/campaigns`: every campaign with its status, window, targets and delivery totals;
//! the form for a new one, and its creation. Publishers see every campaign; what they may
//! change is decided by the core (`publishing::permissions`).

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::Locale;
use faro_core::accounts::Role;
use faro_core::intake::now_unix;
use faro_core::publishing::{CampaignSlug, NewCampaign};

use super::target_fields::TargetFields;
use super::view;
use crate::AppState;
use crate::operators::admin::fields::Fields;
use crate::operators::admin::publisher::Publisher;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::StaffError;
use crate::operators::{targets, time};

/// A new campaign's default window: from now, for four weeks.
const DEFAULT_WEEKS: i64 = 4;

struct Row {
    slug: String,
    status: &'static str,
    window: String,
    locales: String,
    countries: String,
    texts: usize,
    queued: i64,
    sent: i64,
    failed: i64,
}

#[derive(Template)]
#[template(path = "operators/admin/campaigns.html")]
struct ListPage {
    chrome: Chrome,
    rows: Vec<Row>,
    locale_count: usize,
}

pub async fn list(State(state): State<AppState>, who: SignedIn) -> Result<Response, StaffError> {
    who.require(Area::Publishing)?;
    let store = &state.app.store;
    let mut rows = Vec::new();
    for campaign in store.campaigns().await? {
        let progress = store.campaign_progress(campaign.id).await?;
        rows.push(Row {
            slug: campaign.slug.to_string(),
            status: view::status_label(campaign.status),
            window: view::window(&campaign),
            locales: view::target_locales(&campaign.targets),
            countries: view::target_countries(&campaign.targets),
            texts: campaign.texts.len(),
            queued: progress.total.queued,
            sent: progress.total.sent,
            failed: progress.total.failed,
        });
    }
    chrome::render(&ListPage {
        chrome: Chrome::signed_in("Campaigns", &who, "/admin/campaigns"),
        rows,
        locale_count: Locale::ALL.len(),
    })
}

#[derive(Template)]
#[template(path = "operators/admin/campaign_new.html")]
struct NewPage {
    chrome: Chrome,
    targets: TargetFields,
}

pub async fn new_form(who: SignedIn) -> Result<Response, StaffError> {
    who.require(Area::Publishing)?;
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
        chrome: Chrome::signed_in("New campaign", &who, "/admin/campaigns"),
        targets: TargetFields::new_campaign(countries, start, start + DEFAULT_WEEKS * 7 * 86_400),
    })
}

pub(super) fn form_time(fields: &Fields, name: &str, label: &str) -> Result<i64, StaffError> {
    time::parse_form(fields.text(name)).ok_or_else(|| {
        StaffError::Invalid(format!(
            "The {label} is not a date and time (YYYY-MM-DDTHH:MM, in UTC)."
        ))
    })
}

pub async fn create(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, StaffError> {
    let slug = CampaignSlug::parse(form.text("slug").trim())?;
    let targets = targets::parse(
        form.all("locale"),
        targets::split_codes(form.text("countries")),
    )
    .map_err(StaffError::Invalid)?;
    let new = NewCampaign {
        slug,
        targets,
        starts_at: form_time(&form, "starts", "start")?,
        ends_at: form_time(&form, "ends", "end")?,
    };
    let campaign = state
        .app
        .store
        .create_campaign(&who.user, &new, now_unix())
        .await?;
    Ok(Redirect::to(&format!("/admin/campaigns/{}", campaign.slug)).into_response())
}
