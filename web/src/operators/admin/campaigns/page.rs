//! `/admin/campaigns/{slug}`: a campaign's details, the steps the account may take now, its
//! delivery per locale, a preview of the Telegram message and the kiosk banner in every
//! locale side by side (each in its own language and direction, locales without a text of
//! their own flagged with what their readers get instead), and a text editor per locale.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use faro_core::Locale;
use faro_core::publishing::{
    Campaign, CampaignSlug, CampaignStatus, banner_title, permissions, telegram_message,
};

use super::target_fields::TargetFields;
use super::view;
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::StaffError;
use crate::operators::time;

/// The campaign a `{slug}` names; a malformed one names none.
pub async fn find(state: &AppState, slug: &str) -> Result<Campaign, StaffError> {
    let slug = CampaignSlug::parse(slug).map_err(|_| StaffError::NotFound)?;
    Ok(state.app.store.campaign_by_slug(&slug).await?)
}

struct Step {
    action: &'static str,
    label: &'static str,
}

struct Preview {
    tag: &'static str,
    label: String,
    dir: &'static str,
    /// Off the campaign's locale targets: nobody reading this locale gets it.
    targeted: bool,
    /// Set when the locale has no text of its own: what its readers get instead.
    fallback: Option<String>,
    /// The locale of the text shown (the fallback's when flagged).
    shown_tag: &'static str,
    shown_dir: &'static str,
    /// Telegram's HTML subset as the core renders it: escaped and sanitised there.
    telegram: Option<String>,
    banner: Option<String>,
}

struct Editor {
    tag: &'static str,
    label: String,
    dir: &'static str,
    exists: bool,
    title: String,
    body: String,
    machine: bool,
    status: String,
    /// A machine translation a reviewer may vouch for.
    reviewable: bool,
}

#[derive(Template)]
#[template(path = "operators/admin/campaign.html")]
struct CampaignPage {
    chrome: Chrome,
    /// The session's form token, for every form of the page.
    csrf: String,
    slug: String,
    status: &'static str,
    window: String,
    locales: String,
    countries: String,
    people: Vec<(&'static str, String)>,
    steps: Vec<Step>,
    /// Why the account cannot act, when it cannot.
    notes: Vec<String>,
    editable: bool,
    /// The settings form's current values.
    targets: TargetFields,
    previews: Vec<Preview>,
    missing: usize,
    progress: Vec<view::ProgressRow>,
    total: view::ProgressRow,
    editors: Vec<Editor>,
}

fn people(campaign: &Campaign) -> Vec<(&'static str, String)> {
    let mut people = vec![("Created by", campaign.created_by.clone())];
    if let Some(name) = &campaign.submitted_by {
        people.push(("Submitted by", name.clone()));
    }
    if let Some(name) = &campaign.approved_by {
        people.push(("Approved by", name.clone()));
    }
    if let Some(name) = &campaign.published_by {
        let at = campaign
            .published_at
            .map(time::readable)
            .unwrap_or_default();
        people.push(("Published by", format!("{name}, {at}")));
    }
    people
}

fn preview(state: &AppState, campaign: &Campaign, locale: Locale) -> Preview {
    let shown = campaign.text_for(locale);
    let fallback = match shown {
        Some(text) if text.locale == locale => None,
        Some(text) => Some(format!(
            "No text — readers get {}",
            view::locale_label(text.locale)
        )),
        None => Some("No text — readers get nothing".to_owned()),
    };
    let shown_locale = shown.map_or(locale, |text| text.locale);
    Preview {
        tag: locale.tag(),
        label: view::locale_label(locale),
        dir: locale.direction().as_str(),
        targeted: campaign.targets.includes_locale(locale),
        fallback,
        shown_tag: shown_locale.tag(),
        shown_dir: shown_locale.direction().as_str(),
        telegram: shown.map(|text| telegram_message(text, &state.app.translations)),
        banner: shown.map(|text| banner_title(text).to_owned()),
    }
}

fn editor(campaign: &Campaign, locale: Locale, may_change: bool) -> Editor {
    let text = campaign.text(locale);
    let status = match text {
        None => "no text".to_owned(),
        Some(text) => match (&text.reviewed_by, text.reviewed_at) {
            (Some(by), Some(at)) => format!(
                "{}, reviewed by {by} on {}",
                text.translation,
                time::date(at)
            ),
            _ => text.translation.clone(),
        },
    };
    Editor {
        tag: locale.tag(),
        label: view::locale_label(locale),
        dir: locale.direction().as_str(),
        exists: text.is_some(),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        body: text.map(|t| t.body.clone()).unwrap_or_default(),
        // A new text outside English starts as a machine translation until said otherwise;
        // an edited reviewed text is no longer what was reviewed.
        machine: text.map_or(locale != Locale::SOURCE, |t| t.translation != "original"),
        status,
        reviewable: may_change && text.is_some_and(|t| t.translation == "machine"),
    }
}

/// The steps open to `who` now, and notes on those that are not.
fn steps(state: &AppState, who: &SignedIn, campaign: &Campaign) -> (Vec<Step>, Vec<String>) {
    let mut steps = Vec::new();
    let mut notes = Vec::new();
    if !permissions::may_handle(&who.user, &campaign.targets) {
        notes.push(
            "Your account can see this campaign but not change it: it targets countries \
             outside your scope."
                .to_owned(),
        );
        return (steps, notes);
    }
    match campaign.status {
        CampaignStatus::Draft if campaign.texts.is_empty() => {
            notes.push("Write at least one locale's text to submit the campaign.".to_owned());
        }
        CampaignStatus::Draft => steps.push(Step {
            action: "submit",
            label: "Submit for review",
        }),
        CampaignStatus::Review => {
            let own = campaign.submitted_by.as_deref() == Some(who.user.name.as_str());
            if state.app.config.require_second_approver && own {
                notes.push(
                    "You submitted this campaign, so someone else must approve it.".to_owned(),
                );
            } else {
                steps.push(Step {
                    action: "approve",
                    label: "Approve",
                });
            }
            steps.push(Step {
                action: "return",
                label: "Return to draft",
            });
        }
        CampaignStatus::Approved => steps.push(Step {
            action: "publish",
            label: "Publish",
        }),
        CampaignStatus::Published => {}
    }
    (steps, notes)
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: SignedIn,
) -> Result<Response, StaffError> {
    who.require(Area::Publishing)?;
    let campaign = find(&state, &slug).await?;
    let progress = state.app.store.campaign_progress(campaign.id).await?;
    let may_change = permissions::may_handle(&who.user, &campaign.targets);
    let editable = may_change && campaign.status != CampaignStatus::Published;
    let (steps, notes) = steps(&state, &who, &campaign);
    let previews: Vec<Preview> = Locale::ALL
        .into_iter()
        .map(|locale| preview(&state, &campaign, locale))
        .collect();
    let page = CampaignPage {
        chrome: Chrome::signed_in(
            &format!("Campaign {}", campaign.slug),
            &who,
            "/admin/campaigns",
        ),
        csrf: who.csrf_token.clone(),
        slug: campaign.slug.to_string(),
        status: view::status_label(campaign.status),
        window: view::window(&campaign),
        locales: view::target_locales(&campaign.targets),
        countries: view::target_countries(&campaign.targets),
        people: people(&campaign),
        steps,
        notes,
        editable,
        targets: TargetFields::settings_of(&campaign),
        missing: previews.iter().filter(|p| p.fallback.is_some()).count(),
        previews,
        progress: view::progress_rows(&progress),
        total: view::progress_total(&progress),
        editors: Locale::ALL
            .into_iter()
            .map(|locale| editor(&campaign, locale, may_change))
            .collect(),
    };
    chrome::render(&page)
}
