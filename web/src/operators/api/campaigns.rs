//! The campaign operations as JSON: create, set a locale's text, mark it reviewed, submit,
//! return, approve, publish, stop, correct, read a campaign's status with its texts and
//! delivery, and list campaigns. The core checks scope and status and writes the audit log,
//! exactly as for the web pages.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use faro_core::clock::now_unix;
use faro_core::intake::stats::Cell;
use faro_core::publishing::{
    Campaign, CampaignSlug, CampaignStatus, ListFilter, NewCampaign, Progress, Step, TextInput,
    permissions,
};
use serde::{Deserialize, Serialize};

use super::auth::ApiUser;
use super::json::ApiJson;
use crate::AppState;
use crate::operators::admin::campaigns::{find, text_locale};
use crate::operators::error::OperatorError;
use crate::operators::strings::Said;
use crate::operators::{targets, time};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewCampaignBody {
    slug: String,
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    starts_at: String,
    ends_at: String,
}

/// A campaign's targets and window, as `PUT /campaigns/{slug}` replaces them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsBody {
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    starts_at: String,
    ends_at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextBody {
    title: String,
    body: String,
    translation: String,
}

#[derive(Serialize)]
struct TextView {
    locale: &'static str,
    title: String,
    body: String,
    translation: String,
    reviewed_by: Option<String>,
    reviewed_at: Option<String>,
}

/// A delivery count as the figures show it: a number (rounded to five), `"<5"`, or `null`
/// when hidden so that a small one cannot be worked out.
struct Count(Cell);

impl Serialize for Count {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Cell::Shown(count) => serializer.serialize_u64(count),
            Cell::Small => serializer.serialize_str(&Cell::Small.to_string()),
            Cell::Hidden => serializer.serialize_none(),
        }
    }
}

#[derive(Serialize)]
struct Counts {
    #[serde(skip_serializing_if = "Option::is_none")]
    locale: Option<String>,
    queued: Count,
    sent: Count,
    failed: Count,
    cancelled: Count,
}

impl Counts {
    fn new(locale: Option<String>, [queued, sent, failed, cancelled]: [Cell; 4]) -> Self {
        Counts {
            locale,
            queued: Count(queued),
            sent: Count(sent),
            failed: Count(failed),
            cancelled: Count(cancelled),
        }
    }
}

#[derive(Serialize)]
struct ProgressView {
    total: Counts,
    per_locale: Vec<Counts>,
}

#[derive(Serialize)]
struct CampaignView {
    slug: String,
    status: &'static str,
    locales: Vec<&'static str>,
    countries: Vec<String>,
    starts_at: String,
    ends_at: String,
    created_by: String,
    submitted_by: Option<String>,
    approved_by: Option<String>,
    published_by: Option<String>,
    published_at: Option<String>,
    stopped_by: Option<String>,
    stopped_at: Option<String>,
    /// 1 for a first campaign, 2 for its first correction…
    revision: i64,
    /// For a correction: the slug of the first campaign of its line.
    corrects: Option<String>,
    /// For a published correction: whether it went to earlier revisions' recipients.
    resend: bool,
    texts: Vec<TextView>,
    missing_locales: Vec<&'static str>,
    progress: ProgressView,
    /// Only in the answer to a publication: messages queued by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    queued: Option<u64>,
    /// Only in the answer to a stop: queued messages cancelled by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    cancelled: Option<u64>,
}

fn view(
    campaign: &Campaign,
    progress: &Progress,
    corrects: Option<String>,
    queued: Option<u64>,
) -> CampaignView {
    CampaignView {
        slug: campaign.slug.to_string(),
        status: campaign.status.as_str(),
        locales: campaign.targets.locales.iter().map(|l| l.tag()).collect(),
        countries: campaign
            .targets
            .countries
            .iter()
            .map(ToString::to_string)
            .collect(),
        starts_at: time::rfc3339(campaign.starts_at),
        ends_at: time::rfc3339(campaign.ends_at),
        created_by: campaign.created_by.clone(),
        submitted_by: campaign.submitted_by.clone(),
        approved_by: campaign.approved_by.clone(),
        published_by: campaign.published_by.clone(),
        published_at: campaign.published_at.map(time::rfc3339),
        stopped_by: campaign.stopped_by.clone(),
        stopped_at: campaign.stopped_at.map(time::rfc3339),
        revision: campaign.revision,
        corrects,
        resend: campaign.resend,
        texts: campaign
            .texts
            .iter()
            .map(|text| TextView {
                locale: text.locale.tag(),
                title: text.title.clone(),
                body: text.body.clone(),
                translation: text.translation.clone(),
                reviewed_by: text.reviewed_by.clone(),
                reviewed_at: text.reviewed_at.map(time::rfc3339),
            })
            .collect(),
        missing_locales: campaign.missing_locales().iter().map(|l| l.tag()).collect(),
        progress: {
            let shown = progress.shown();
            ProgressView {
                total: Counts::new(None, shown.total),
                per_locale: shown
                    .rows
                    .into_iter()
                    .map(|(tag, cells)| Counts::new(Some(tag), cells))
                    .collect(),
            }
        },
        queued,
        cancelled: None,
    }
}

/// The slug of the first campaign of a correction's line.
async fn first_slug(
    state: &AppState,
    campaign: &Campaign,
) -> Result<Option<String>, OperatorError> {
    Ok(match campaign.revision_of {
        Some(first) => Some(
            state
                .app
                .store
                .campaigns()
                .get(first)
                .await?
                .slug
                .to_string(),
        ),
        None => None,
    })
}

async fn answer(
    state: &AppState,
    status: StatusCode,
    campaign: &Campaign,
    queued: Option<u64>,
) -> Result<Response, OperatorError> {
    Ok((status, Json(full_view(state, campaign, queued).await?)).into_response())
}

async fn full_view(
    state: &AppState,
    campaign: &Campaign,
    queued: Option<u64>,
) -> Result<CampaignView, OperatorError> {
    let progress = state
        .app
        .store
        .outbox()
        .progress(campaign.id)
        .await
        .map_err(|error| OperatorError::Internal(Box::new(error)))?;
    let corrects = first_slug(state, campaign).await?;
    Ok(view(campaign, &progress, corrects, queued))
}

/// An RFC 3339 time in UTC; `name` is the field's, for the message.
fn time_field(text: &str, name: &'static str) -> Result<i64, OperatorError> {
    time::parse_rfc3339(text)
        .ok_or_else(|| OperatorError::Invalid(Said::new("op-api-bad-time").with("field", name)))
}

/// Staff accounts have no business with campaigns, even to read them.
fn publisher(user: &ApiUser) -> Result<(), OperatorError> {
    if permissions::may_publish(&user.0) {
        Ok(())
    } else {
        Err(OperatorError::Refused(Said::new("op-api-no-campaigns")))
    }
}

pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<NewCampaignBody>,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let slug = CampaignSlug::parse(body.slug.trim())?;
    let targets = targets::parse(
        body.locales.iter().map(String::as_str),
        body.countries.iter().map(String::as_str),
    )
    .map_err(OperatorError::Invalid)?;
    let new = NewCampaign {
        slug,
        targets,
        starts_at: time_field(&body.starts_at, "starts_at")?,
        ends_at: time_field(&body.ends_at, "ends_at")?,
    };
    let campaign = state
        .app
        .publishing()
        .create(&who.0, &new, now_unix())
        .await?;
    let mut response = answer(&state, StatusCode::CREATED, &campaign, None).await?;
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/campaigns/{}", campaign.slug)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

pub async fn status(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: ApiUser,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let campaign = find(&state, &slug).await?;
    answer(&state, StatusCode::OK, &campaign, None).await
}

/// Replaces targets and window; a submitted or approved campaign goes back to draft.
pub async fn update(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: ApiUser,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let campaign = find(&state, &slug).await?;
    let targets = targets::parse(
        body.locales.iter().map(String::as_str),
        body.countries.iter().map(String::as_str),
    )
    .map_err(OperatorError::Invalid)?;
    let starts_at = time_field(&body.starts_at, "starts_at")?;
    let ends_at = time_field(&body.ends_at, "ends_at")?;
    let campaign = state
        .app
        .publishing()
        .update(
            &who.0,
            campaign.id,
            &targets,
            starts_at,
            ends_at,
            now_unix(),
        )
        .await?;
    answer(&state, StatusCode::OK, &campaign, None).await
}

pub async fn set_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    who: ApiUser,
    ApiJson(body): ApiJson<TextBody>,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let locale = text_locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let input = TextInput {
        title: body.title,
        body: body.body,
        translation: body.translation,
    };
    let campaign = state
        .app
        .publishing()
        .set_text(&who.0, campaign.id, locale, &input, now_unix())
        .await?;
    answer(&state, StatusCode::OK, &campaign, None).await
}

pub async fn review_text(
    State(state): State<AppState>,
    Path((slug, tag)): Path<(String, String)>,
    who: ApiUser,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let locale = text_locale(&tag)?;
    let campaign = find(&state, &slug).await?;
    let campaign = state
        .app
        .publishing()
        .mark_text_reviewed(&who.0, campaign.id, locale, now_unix())
        .await?;
    answer(&state, StatusCode::OK, &campaign, None).await
}

/// Submit, return, approve or publish; the core checks who may and from which status.
pub async fn step(
    state: AppState,
    slug: String,
    who: ApiUser,
    step: Step,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let campaign = find(&state, &slug).await?;
    let app = &state.app;
    let (campaign, queued) = app
        .publishing()
        .take_step(&who.0, campaign.id, step, now_unix())
        .await?;
    answer(&state, StatusCode::OK, &campaign, queued).await
}

/// Stops a published campaign: its banner goes within `banner_check_seconds` on every
/// instance, its queued messages are cancelled (`cancelled` says how many).
pub async fn stop(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: ApiUser,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let campaign = find(&state, &slug).await?;
    let (campaign, cancelled) = state
        .app
        .publishing()
        .stop(&who.0, campaign.id, now_unix())
        .await?;
    let mut view = full_view(&state, &campaign, None).await?;
    view.cancelled = Some(cancelled);
    Ok((StatusCode::OK, Json(view)).into_response())
}

/// Starts a correction of a published campaign (201, with its address), or answers the
/// one under way (200).
pub async fn correct(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: ApiUser,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let campaign = find(&state, &slug).await?;
    let (correction, new) = state
        .app
        .publishing()
        .correct(&who.0, campaign.id, now_unix())
        .await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let mut response = answer(&state, status, &correction, None).await?;
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/campaigns/{}", correction.slug)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Publishes an approved campaign; `?resend=true` sends a correction to the chats that
/// received an earlier revision (without it, or `false`, a correction is sent to nobody).
pub async fn publish(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: ApiUser,
    uri: Uri,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let mut resend = false;
    for (key, value) in query_pairs(uri.query())? {
        match (key.as_str(), value.as_str()) {
            ("resend", "true") => resend = true,
            ("resend", "false") => resend = false,
            _ => return Err(OperatorError::Invalid(Said::new("op-api-bad-resend"))),
        }
    }
    let campaign = find(&state, &slug).await?;
    let (campaign, queued) = state
        .app
        .publishing()
        .publish(&who.0, campaign.id, resend, now_unix())
        .await?;
    answer(&state, StatusCode::OK, &campaign, Some(queued)).await
}

/// A query string as pairs; one that cannot be read is refused like a bad list query.
fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, OperatorError> {
    serde_urlencoded::from_str(query.unwrap_or_default()).map_err(|_| bad_query("query"))
}

fn bad_query(field: &str) -> OperatorError {
    OperatorError::Invalid(Said::new("op-api-bad-list-query").with("field", field.to_owned()))
}

/// The most campaigns one page of the list holds, and how many without `limit`.
const MAX_PAGE: i64 = 100;
const DEFAULT_PAGE: i64 = 50;

/// One campaign in the list: what it is and where it stands, without texts or delivery
/// (`GET /campaigns/{slug}` has those).
#[derive(Serialize)]
struct Summary {
    slug: String,
    status: &'static str,
    revision: i64,
    corrects: Option<String>,
    locales: Vec<&'static str>,
    countries: Vec<String>,
    starts_at: String,
    ends_at: String,
    updated_at: String,
    published_at: Option<String>,
    stopped_at: Option<String>,
}

#[derive(Serialize)]
struct ListView {
    campaigns: Vec<Summary>,
    /// Give it as `before` for the next page; `null` on the last.
    next_before: Option<i64>,
}

/// `GET /campaigns`: newest first, filtered by `status`, `country` (campaigns shown there:
/// those for it and those for every country), `updated_since` (RFC 3339), a page of `limit`
/// (1 to 100, 50 by default) after the cursor `before`. Anything else is refused, so a typo
/// in a filter never reads as "no filter".
pub async fn list(
    State(state): State<AppState>,
    who: ApiUser,
    uri: Uri,
) -> Result<Response, OperatorError> {
    publisher(&who)?;
    let mut filter = ListFilter {
        status: None,
        country: None,
        updated_since: None,
        before: None,
        limit: DEFAULT_PAGE,
    };
    let mut seen = Vec::new();
    for (key, value) in query_pairs(uri.query())? {
        if seen.contains(&key) {
            return Err(bad_query(&key));
        }
        match key.as_str() {
            "status" => {
                filter.status = Some(
                    CampaignStatus::ALL
                        .into_iter()
                        .find(|s| s.as_str() == value)
                        .ok_or_else(|| bad_query("status"))?,
                );
            }
            "country" => {
                filter.country = Some(
                    faro_core::country::CountryCode::parse(&value.to_ascii_uppercase())
                        .map_err(|_| bad_query("country"))?,
                );
            }
            "updated_since" => {
                filter.updated_since =
                    Some(time::parse_rfc3339(&value).ok_or_else(|| bad_query("updated_since"))?);
            }
            "limit" => {
                filter.limit = value
                    .parse::<i64>()
                    .ok()
                    .filter(|limit| (1..=MAX_PAGE).contains(limit))
                    .ok_or_else(|| bad_query("limit"))?;
            }
            "before" => {
                filter.before = Some(
                    value
                        .parse::<i64>()
                        .ok()
                        .filter(|before| *before > 0)
                        .ok_or_else(|| bad_query("before"))?,
                );
            }
            _ => return Err(bad_query(&key.chars().take(40).collect::<String>())),
        }
        seen.push(key);
    }
    let page = state.app.store.campaigns().list(&filter).await?;
    let next_before = if page.len() as i64 == filter.limit {
        page.last().map(|c| c.id)
    } else {
        None
    };
    let mut campaigns = Vec::with_capacity(page.len());
    for campaign in &page {
        campaigns.push(Summary {
            slug: campaign.slug.to_string(),
            status: campaign.status.as_str(),
            revision: campaign.revision,
            corrects: first_slug(&state, campaign).await?,
            locales: campaign.targets.locales.iter().map(|l| l.tag()).collect(),
            countries: campaign
                .targets
                .countries
                .iter()
                .map(ToString::to_string)
                .collect(),
            starts_at: time::rfc3339(campaign.starts_at),
            ends_at: time::rfc3339(campaign.ends_at),
            updated_at: time::rfc3339(campaign.updated_at),
            published_at: campaign.published_at.map(time::rfc3339),
            stopped_at: campaign.stopped_at.map(time::rfc3339),
        });
    }
    Ok(Json(ListView {
        campaigns,
        next_before,
    })
    .into_response())
}
