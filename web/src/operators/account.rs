//! `/account`: every signed-in operator's own page. It says how many failed sign-ins were made
//! with their name before this session began (a stranger's guesses never lock them out, so
//! this is how they learn of them); keeps the language and time zone the operator reads in
//! (or follows their browser and the instance); and changes their password: the current one
//! is required, the new one must pass the core's rule, and every other session of theirs
//! ends.

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use faro_core::Locale;
use faro_core::accounts::{AccountError, OPERATOR_LOCALES, PasswordProblem, Preferences};
use faro_core::clock::now_unix;
use faro_core::zone::{self, Zone};
use serde::Deserialize;

use super::auth::SignedIn;
use super::chrome::{self, Chrome};
use super::csrf::Posted;
use super::error::OperatorError;
use super::strings::{OperatorStrings, Said};
use crate::AppState;

pub const PATH: &str = chrome::ACCOUNT_PATH;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(PATH, get(page))
        .route("/account/password", post(change_password))
        .route(PREFERENCES_PATH, post(save_preferences))
}

const PREFERENCES_PATH: &str = "/account/preferences";

/// One option of a `<select>`.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "operators/account.html")]
struct AccountPage {
    chrome: Chrome,
    csrf: String,
    /// "5 failed sign-ins with your name…", when there were any.
    failures: Option<String>,
    message: Option<String>,
    changed: bool,
    saved: bool,
    languages: Vec<Choice>,
    zones: Vec<Choice>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PreferencesForm {
    language: String,
    time_zone: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PasswordForm {
    current: String,
    new: String,
    repeat: String,
}

fn render(
    state: &AppState,
    who: &SignedIn,
    failures_before: i64,
    last_failure_at: Option<i64>,
    status: StatusCode,
    message: Option<String>,
    shown: Shown,
) -> Result<Response, OperatorError> {
    let tr = who.tr.clone();
    let failures = (failures_before > 0).then(|| {
        tr.format(
            "op-account-failures",
            &[
                ("count", failures_before.into()),
                (
                    "last",
                    last_failure_at
                        .map(|at| tr.datetime(at))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        )
    });
    let page = AccountPage {
        chrome: Chrome::signed_in(&tr, tr.get("op-account-title"), who, PATH),
        csrf: who.csrf_token.clone(),
        failures,
        message,
        changed: shown == Shown::PasswordChanged,
        saved: shown == Shown::PreferencesSaved,
        languages: language_choices(&tr, &who.user.preferences),
        zones: zone_choices(
            &tr,
            &state.app.config.operator_time_zone,
            &who.user.preferences,
        ),
    };
    let mut response = chrome::render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

/// The session's notice of failed attempts (fixed when it began).
async fn notice(state: &AppState, who: &SignedIn) -> Result<(i64, Option<i64>), OperatorError> {
    let session = state
        .app
        .store
        .sessions()
        .get(&who.token, now_unix())
        .await?;
    Ok(session.map_or((0, None), |s| (s.failures_before, s.last_failure_at)))
}

async fn page(
    axum::extract::State(state): axum::extract::State<AppState>,
    who: SignedIn,
    query: axum::extract::RawQuery,
) -> Result<Response, OperatorError> {
    let (failures, last) = notice(&state, &who).await?;
    let shown = match query.0.as_deref() {
        Some("changed") => Shown::PasswordChanged,
        Some("saved") => Shown::PreferencesSaved,
        _ => Shown::Nothing,
    };
    render(&state, &who, failures, last, StatusCode::OK, None, shown)
}

/// What a redirect back to the page confirms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    Nothing,
    PasswordChanged,
    PreferencesSaved,
}

/// "Follow my browser", then the languages operators read, each by its own name.
fn language_choices(tr: &OperatorStrings, preferences: &Preferences) -> Vec<Choice> {
    let browser = Choice {
        value: String::new(),
        label: tr.get("op-account-language-browser"),
        selected: preferences.language.is_none(),
    };
    std::iter::once(browser)
        .chain(OPERATOR_LOCALES.iter().map(|locale| Choice {
            value: locale.tag().to_owned(),
            label: locale.native_name().to_owned(),
            selected: preferences.language == Some(*locale),
        }))
        .collect()
}

/// "The instance's zone (…)", then the offered zones, with the instance's own among them
/// when it is not one of those.
fn zone_choices(tr: &OperatorStrings, instance: &str, preferences: &Preferences) -> Vec<Choice> {
    let named =
        |name: &str| Zone::parse(name).map_or_else(|_| name.to_owned(), |zone| tr.zone_name(&zone));
    let mut names: Vec<&str> = zone::OFFERED.iter().map(|(name, _)| *name).collect();
    if !names.contains(&instance) {
        names.insert(0, instance);
    }
    let default = Choice {
        value: String::new(),
        label: tr.with("op-account-zone-instance", "zone", &named(instance)),
        selected: preferences.time_zone.is_none(),
    };
    std::iter::once(default)
        .chain(names.into_iter().map(|name| Choice {
            value: name.to_owned(),
            label: named(name),
            selected: preferences.time_zone.as_deref() == Some(name),
        }))
        .collect()
}

fn bad_language() -> OperatorError {
    OperatorError::Invalid(Said::new("op-account-bad-language"))
}

/// Keeps the language and zone picked; empty values follow the browser and the instance.
async fn save_preferences(
    axum::extract::State(state): axum::extract::State<AppState>,
    posted: Posted<PreferencesForm>,
) -> Result<Response, OperatorError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    let language = match form.language.trim() {
        "" => None,
        // Only the operators' languages are kept: the core refuses the others.
        tag => Some(tag.parse::<Locale>().map_err(|_| bad_language())?),
    };
    let time_zone = match form.time_zone.trim() {
        "" => None,
        name => Some(name.to_owned()),
    };
    let preferences = Preferences {
        language,
        time_zone,
    };
    match state
        .app
        .store
        .users()
        .set_preferences(&who.user, &preferences, now_unix())
        .await
    {
        Ok(()) => Ok(Redirect::to("/account?saved").into_response()),
        Err(AccountError::UnknownZone(_)) => {
            Err(OperatorError::Invalid(Said::new("op-account-bad-zone")))
        }
        Err(AccountError::NotAnOperatorLanguage(_)) => Err(bad_language()),
        Err(other) => Err(other.into()),
    }
}

async fn change_password(
    axum::extract::State(state): axum::extract::State<AppState>,
    posted: Posted<PasswordForm>,
) -> Result<Response, OperatorError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    let tr = who.tr.clone();
    let (failures, last) = notice(&state, &who).await?;
    let refuse = |key: &str| {
        render(
            &state,
            &who,
            failures,
            last,
            StatusCode::BAD_REQUEST,
            Some(tr.get(key)),
            Shown::Nothing,
        )
    };
    if form.new != form.repeat {
        return refuse("op-account-mismatch");
    }
    let changed = state
        .app
        .store
        .users()
        .change_password(
            &state.app.passwords,
            &who.user,
            &form.current,
            &form.new,
            &who.token,
            now_unix(),
        )
        .await;
    match changed {
        Ok(_) => Ok(Redirect::to("/account?changed").into_response()),
        Err(AccountError::WrongCredentials) => refuse("op-account-wrong-current"),
        Err(AccountError::WeakPassword(problem)) => refuse(match problem {
            PasswordProblem::TooShort => "op-password-too-short",
            PasswordProblem::Repeated => "op-password-repeated",
            PasswordProblem::Sequence => "op-password-sequence",
            PasswordProblem::Common => "op-password-common",
        }),
        Err(other) => Err(other.into()),
    }
}
