//! `/admin/campaigns/{slug}`: a campaign's details, the steps the account may take now, its
//! delivery per locale, a preview of the Telegram message and the kiosk banner in every
//! locale side by side (each in its own language and direction, locales without a text of
//! their own flagged with what their readers get instead), and a text editor per locale.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use faro_core::Locale;
use faro_core::publishing::{
    Campaign, CampaignStatus, banner_title, campaign_message, permissions,
};

use super::find;
use super::message_preview::preview_html;
use super::target_fields::TargetFields;
use super::view;
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::strings::{OperatorStrings, Said};

struct Step {
    action: &'static str,
    label: String,
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
    /// The chat message as subscribers read it, as escaped HTML (`message_preview`).
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
    status: String,
    window: String,
    locales: String,
    countries: String,
    people: Vec<(String, String)>,
    steps: Vec<Step>,
    /// Why the account cannot act, when it cannot.
    notes: Vec<String>,
    editable: bool,
    /// The settings form's current values.
    targets: TargetFields,
    previews: Vec<Preview>,
    /// How many locales have no text of their own.
    missing: String,
    progress: Vec<view::ProgressRow>,
    total: view::ProgressRow,
    editors: Vec<Editor>,
}

fn people(tr: &OperatorStrings, campaign: &Campaign) -> Vec<(String, String)> {
    let mut people = vec![(tr.get("op-admin-created-by"), campaign.created_by.clone())];
    if let Some(name) = &campaign.submitted_by {
        people.push((tr.get("op-admin-submitted-by"), name.clone()));
    }
    if let Some(name) = &campaign.approved_by {
        people.push((tr.get("op-admin-approved-by"), name.clone()));
    }
    if let Some(name) = &campaign.published_by {
        let at = campaign
            .published_at
            .map(|at| tr.datetime(at))
            .unwrap_or_default();
        people.push((tr.get("op-admin-published-by"), format!("{name}, {at}")));
    }
    people
}

fn preview(state: &AppState, tr: &OperatorStrings, campaign: &Campaign, locale: Locale) -> Preview {
    let shown = campaign.text_for(locale);
    let fallback = match shown {
        Some(text) if text.locale == locale => None,
        Some(text) => Some(tr.with(
            "op-admin-preview-fallback",
            "locale",
            &view::locale_label(text.locale),
        )),
        None => Some(tr.get("op-admin-preview-nothing")),
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
        telegram: shown.map(|text| preview_html(&campaign_message(text, &state.app.translations))),
        banner: shown.map(|text| banner_title(text).to_owned()),
    }
}

fn editor(tr: &OperatorStrings, campaign: &Campaign, locale: Locale, may_change: bool) -> Editor {
    let text = campaign.text(locale);
    let status = match text {
        None => tr.get("op-admin-text-none"),
        Some(text) => match (&text.reviewed_by, text.reviewed_at) {
            (Some(by), Some(at)) => tr.say(
                &Said::new("op-admin-text-reviewed")
                    .with(
                        "translation",
                        tr.with("op-translation-kind", "kind", &text.translation),
                    )
                    .with("by", by.clone())
                    .with("date", tr.date(at)),
            ),
            _ => tr.with("op-translation-kind", "kind", &text.translation),
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
fn steps(
    state: &AppState,
    tr: &OperatorStrings,
    who: &SignedIn,
    campaign: &Campaign,
) -> (Vec<Step>, Vec<String>) {
    let mut steps = Vec::new();
    let mut notes = Vec::new();
    let step = |action, label| Step {
        action,
        label: tr.get(label),
    };
    if !permissions::may_handle(&who.user, &campaign.targets) {
        notes.push(tr.get("op-admin-note-outside-scope"));
        return (steps, notes);
    }
    match campaign.status {
        CampaignStatus::Draft if campaign.texts.is_empty() => {
            notes.push(tr.get("op-admin-note-no-text"));
        }
        CampaignStatus::Draft => steps.push(step("submit", "op-admin-step-submit")),
        CampaignStatus::Review => {
            let own = campaign.submitted_by.as_deref() == Some(who.user.name.as_str());
            if state.app.config.require_second_approver && own {
                notes.push(tr.get("op-admin-second-approver"));
            } else {
                steps.push(step("approve", "op-admin-step-approve"));
            }
            steps.push(step("return", "op-admin-step-return"));
        }
        CampaignStatus::Approved => steps.push(step("publish", "op-admin-step-publish")),
        CampaignStatus::Published => {}
    }
    (steps, notes)
}

pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    who: SignedIn,
) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let tr = who.tr.clone();
    let campaign = find(&state, &slug).await?;
    let progress = state.app.store.outbox().progress(campaign.id).await?;
    let may_change = permissions::may_handle(&who.user, &campaign.targets);
    let editable = may_change && campaign.status != CampaignStatus::Published;
    let (steps, notes) = steps(&state, &tr, &who, &campaign);
    let previews: Vec<Preview> = Locale::ALL
        .into_iter()
        .map(|locale| preview(&state, &tr, &campaign, locale))
        .collect();
    let title = tr.with("op-admin-campaign-title", "slug", campaign.slug.as_str());
    let page = CampaignPage {
        chrome: Chrome::signed_in(&tr, title, &who, "/admin/campaigns"),
        csrf: who.csrf_token.clone(),
        slug: campaign.slug.to_string(),
        status: view::status_label(&tr, campaign.status),
        window: view::window(&tr, &campaign),
        locales: view::target_locales(&tr, &campaign.targets),
        countries: view::target_countries(&tr, &campaign.targets),
        people: people(&tr, &campaign),
        steps,
        notes,
        editable,
        targets: TargetFields::settings_of(&tr, &campaign),
        missing: tr.say(
            &Said::new("op-admin-previews-missing")
                .with(
                    "missing",
                    previews.iter().filter(|p| p.fallback.is_some()).count(),
                )
                .with("total", previews.len()),
        ),
        previews,
        progress: view::progress_rows(&tr, &progress),
        total: view::progress_total(&tr, &progress),
        editors: Locale::ALL
            .into_iter()
            .map(|locale| editor(&tr, &campaign, locale, may_change))
            .collect(),
    };
    chrome::render(&page)
}
