//! `/admin/campaigns/{slug}`: a campaign's details, the steps the account may take now, its
//! delivery per locale, a preview of the Telegram message and the kiosk banner in every
//! locale side by side (each in its own language and direction, locales without a text of
//! their own flagged with what their readers get instead), and a text editor per locale.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use faro_core::Locale;
use faro_core::i18n::Arg;
use faro_core::intake::stats::Cell;
use faro_core::publishing::{
    Campaign, CampaignStatus, banner_title, campaign_message, permissions, rules,
};

use super::find;
use super::target_fields::TargetFields;
use super::view;
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::kept;
use crate::operators::strings::{OperatorStrings, Said};
use faro_core::rich_text::html::to_html as preview_html;

struct Step {
    action: &'static str,
    label: String,
    /// Publishing a correction: the form asks whether to send it to earlier recipients.
    resend_choice: bool,
}

/// A sentence about the campaign's line (a correction of, replaced by, stopped), with a link
/// to the revision it names.
pub(super) struct LineNote {
    text: String,
    link: Option<String>,
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
    /// Shown open, with what was typed: a refused or unsaved text.
    open: bool,
    notice: Option<String>,
    title_error: Option<String>,
    body_error: Option<String>,
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
    /// Where this campaign stands among its revisions, and who stopped it.
    line: Vec<LineNote>,
    /// When the banner shows or went, in seconds from the instance's real setting.
    banner_timing: Option<String>,
    /// Who it reaches on WhatsApp and how long that takes, when WhatsApp is configured.
    whatsapp_reach: Option<String>,
    /// The stop form's explanation, when the account may stop the campaign.
    stop: Option<String>,
    /// Whether the account may start a correction now.
    correct: bool,
    editable: bool,
    /// The settings form's current values, or the values of a refused settings form as typed.
    targets: TargetFields,
    /// Set when the settings form came back refused: it is shown open, this above it.
    settings_notice: Option<String>,
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

fn editor(
    tr: &OperatorStrings,
    campaign: &Campaign,
    locale: Locale,
    may_change: bool,
    kept: &mut Kept,
) -> Editor {
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
    let mut editor = Editor {
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
        open: false,
        notice: None,
        title_error: None,
        body_error: None,
    };
    if kept.text.as_ref().is_some_and(|(l, _)| *l == locale)
        && let Some((_, typed)) = kept.text.take()
    {
        editor.title = typed.title;
        editor.body = typed.body;
        editor.machine = typed.machine;
        editor.title_error = typed.title_error;
        editor.body_error = typed.body_error;
        editor.notice = kept.notice.take();
        editor.open = true;
    }
    editor
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
        resend_choice: false,
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
        CampaignStatus::Approved => steps.push(Step {
            resend_choice: campaign.revision_of.is_some(),
            ..step("publish", "op-admin-step-publish")
        }),
        CampaignStatus::Published | CampaignStatus::Stopped => {}
    }
    (steps, notes)
}

/// The campaign among its revisions: which it corrects, which replaced it, who stopped it,
/// and a correction under way (whose slug comes back, to link to it instead of offering a
/// second one).
async fn line(
    state: &AppState,
    tr: &OperatorStrings,
    campaign: &Campaign,
) -> Result<(Vec<LineNote>, Option<String>), OperatorError> {
    let revisions = state
        .app
        .store
        .campaigns()
        .revisions(campaign.first_revision())
        .await?;
    let mut notes = Vec::new();
    let link = |slug: &str| Some(format!("/admin/campaigns/{slug}"));
    if let Some(first) = revisions
        .iter()
        .find(|c| Some(c.id) == campaign.revision_of)
    {
        notes.push(LineNote {
            text: tr.say(
                &Said::new("op-campaign-revision-of")
                    .with("revision", campaign.revision)
                    .with("slug", first.slug.to_string()),
            ),
            link: link(first.slug.as_str()),
        });
    }
    if let (Some(by), Some(at)) = (&campaign.stopped_by, campaign.stopped_at) {
        notes.push(LineNote {
            text: tr.say(
                &Said::new("op-campaign-stopped-note")
                    .with("by", by.clone())
                    .with("date", tr.datetime(at))
                    .with("seconds", state.app.config.banner_check_seconds),
            ),
            link: None,
        });
    }
    let later = |c: &&Campaign| c.revision > campaign.revision;
    if campaign.status == CampaignStatus::Stopped
        && let Some(replacement) = revisions
            .iter()
            .filter(later)
            .filter(|c| c.published_at.is_some())
            .find(|c| c.published_at == campaign.stopped_at)
    {
        notes.push(LineNote {
            text: tr.with("op-campaign-replaced-by", "slug", replacement.slug.as_str()),
            link: link(replacement.slug.as_str()),
        });
    }
    let open = revisions
        .iter()
        .filter(later)
        .find(|c| {
            matches!(
                c.status,
                CampaignStatus::Draft | CampaignStatus::Review | CampaignStatus::Approved
            )
        })
        .map(|c| c.slug.to_string());
    if let Some(slug) = &open {
        notes.push(LineNote {
            text: tr.with("op-campaign-open-correction", "slug", slug),
            link: link(slug),
        });
    }
    if campaign.status == CampaignStatus::Published && campaign.revision_of.is_some() {
        notes.push(LineNote {
            text: tr.get(if campaign.resend {
                "op-campaign-resent"
            } else {
                "op-campaign-not-resent"
            }),
            link: None,
        });
    }
    Ok((notes, open))
}

/// When the banner shows, for a campaign about to be or already published: within the
/// instance's `banner_check_seconds` (or from its start, if later), said in the publisher's
/// language.
fn banner_timing(state: &AppState, tr: &OperatorStrings, campaign: &Campaign) -> Option<String> {
    let seconds = state.app.config.banner_check_seconds;
    let key = match campaign.status {
        CampaignStatus::Approved => "op-campaign-banner-when",
        CampaignStatus::Published => "op-campaign-banner-live",
        _ => return None,
    };
    Some(
        tr.say(
            &Said::new(key)
                .with("seconds", seconds)
                .with("starts", tr.datetime(campaign.starts_at))
                .with("ends", tr.datetime(campaign.ends_at)),
        ),
    )
}

/// Who the campaign reaches on WhatsApp and how long sending takes within Meta's limits
/// (`whatsapp_send_rate`, `whatsapp_daily_limit`), when WhatsApp is configured.
async fn whatsapp_reach(
    state: &AppState,
    tr: &OperatorStrings,
    campaign: &Campaign,
) -> Result<Option<String>, OperatorError> {
    let config = &state.app.config;
    if config.whatsapp_token.is_none() {
        return Ok(None);
    }
    let reach = faro_core::publishing::whatsapp_reach::reach(
        &state.app.store,
        campaign,
        faro_core::clock::now_unix(),
    )
    .await?;
    let duration = reach.duration(config.whatsapp_send_rate, config.whatsapp_daily_limit);
    // People, not figures of a table, yet aggregates all the same: a focal point reads "<5"
    // and counts rounded to five, never one person (the duration, in minutes and days at
    // Meta's limits, says nothing finer).
    let count = |count: u64| -> Arg<'static> {
        match Cell::single(count) {
            Cell::Shown(count) => count.into(),
            other => other.to_string().into(),
        }
    };
    Ok(Some(
        tr.say(
            &Said::new("op-campaign-whatsapp-reach")
                .with("people", count(reach.people))
                .with("outside", count(reach.outside_window))
                .with("minutes", duration.seconds.div_ceil(60))
                .with("rate", config.whatsapp_send_rate)
                .with("days", duration.extra_days)
                .with("limit", config.whatsapp_daily_limit),
        ),
    ))
}

/// The campaign's page; a text this browser posted after its session ended comes back in
/// its editor, unsaved (`operators/kept.rs`).
pub async fn page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    who: SignedIn,
) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let campaign = find(&state, &slug).await?;
    let mut kept = Kept::default();
    if let Some((locale, fields)) = kept::text_for(&state, &headers, campaign.slug.as_str()).await?
    {
        kept.text = Some((
            locale,
            KeptText {
                title: fields.text("title").to_owned(),
                body: fields.text("body").to_owned(),
                machine: fields.text("translation") != "original",
                title_error: None,
                body_error: None,
            },
        ));
        kept.notice = Some(who.tr.get("op-campaign-kept-notice"));
    }
    render(&state, &who, &campaign, kept).await
}

/// What a form brought that was not saved, shown again in place: its fields as typed and
/// what to change beside each (a refused text or settings), or a text kept over an expired
/// session.
#[derive(Default)]
pub struct Kept {
    /// The locale whose editor shows the typed text instead of the saved one.
    pub text: Option<(Locale, KeptText)>,
    /// Above the editor: why the text is shown unsaved.
    pub notice: Option<String>,
    /// A refused settings form: its fields as typed (with what to change beside them) and the
    /// refusal's status.
    pub settings: Option<(TargetFields, axum::http::StatusCode)>,
}

pub struct KeptText {
    pub title: String,
    pub body: String,
    pub machine: bool,
    /// What to change, beside the title or the body.
    pub title_error: Option<String>,
    pub body_error: Option<String>,
}

/// The campaign's page for `who`, with what `kept` brings back (nothing, for a plain GET).
pub async fn render(
    state: &AppState,
    who: &SignedIn,
    campaign: &Campaign,
    mut kept: Kept,
) -> Result<Response, OperatorError> {
    let state = state.clone();
    let tr = who.tr.clone();
    let campaign = campaign.clone();
    let progress = state.app.store.outbox().progress(campaign.id).await?;
    let may_change = permissions::may_handle(&who.user, &campaign.targets);
    // Published and stopped campaigns stay as they went out: a correction is the way.
    let editable = may_change && rules::editable(&campaign).is_ok();
    let (steps, notes) = steps(&state, &tr, who, &campaign);
    let (line, open_correction) = line(&state, &tr, &campaign).await?;
    let stop = rules::decide_stop(&campaign, &who.user).is_ok().then(|| {
        tr.with(
            "op-campaign-stop-explain",
            "seconds",
            &state.app.config.banner_check_seconds.to_string(),
        )
    });
    let correct =
        rules::decide_correction(&campaign, &who.user).is_ok() && open_correction.is_none();
    let previews: Vec<Preview> = Locale::ALL
        .into_iter()
        .map(|locale| preview(&state, &tr, &campaign, locale))
        .collect();
    let title = tr.with("op-admin-campaign-title", "slug", campaign.slug.as_str());
    let refused_settings = kept.settings.as_ref().map(|(_, status)| *status);
    let page = CampaignPage {
        chrome: Chrome::signed_in(&tr, title, who, "/admin/campaigns"),
        csrf: who.csrf_token.clone(),
        slug: campaign.slug.to_string(),
        status: view::status_label(&tr, campaign.status),
        window: view::window(&tr, &campaign),
        locales: view::target_locales(&tr, &campaign.targets),
        countries: view::target_countries(&tr, &campaign.targets),
        people: people(&tr, &campaign),
        steps,
        notes,
        line,
        banner_timing: banner_timing(&state, &tr, &campaign),
        whatsapp_reach: whatsapp_reach(&state, &tr, &campaign).await?,
        stop,
        correct,
        editable,
        settings_notice: refused_settings
            .is_some()
            .then(|| tr.get("op-campaign-fix-below")),
        targets: kept.settings.take().map_or_else(
            || TargetFields::settings_of(&tr, &campaign),
            |(typed, _)| typed,
        ),
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
            .map(|locale| editor(&tr, &campaign, locale, may_change, &mut kept))
            .collect(),
    };
    let refused = page
        .editors
        .iter()
        .any(|e| e.title_error.is_some() || e.body_error.is_some());
    let mut response = chrome::render(&page)?;
    if let Some(status) = refused_settings {
        // The page again, with the settings as typed: still a refusal, with its own status.
        *response.status_mut() = status;
    } else if refused {
        // The page again, with the text as typed: still a refusal, for scripts and tests.
        *response.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(response)
}
