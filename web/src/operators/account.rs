//! `/account`: every signed-in operator's own page. It says how many failed sign-ins were made
//! with their name before this session began (a stranger's guesses never lock them out, so
//! this is how they learn of them), and changes their password: the current one is required,
//! the new one must pass the core's rule, and every other session of theirs ends.

use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use faro_core::accounts::{AccountError, PasswordProblem};
use faro_core::clock::now_unix;
use serde::Deserialize;

use super::auth::SignedIn;
use super::chrome::{self, Chrome};
use super::csrf::Posted;
use super::error::OperatorError;
use super::strings::OperatorStrings;
use crate::AppState;

pub const PATH: &str = chrome::ACCOUNT_PATH;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(PATH, get(page))
        .route("/account/password", post(change_password))
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
    changed: bool,
) -> Result<Response, OperatorError> {
    let tr = OperatorStrings::new(&state.app);
    let failures = (failures_before > 0).then(|| {
        tr.format(
            "op-account-failures",
            &[
                ("count", failures_before.into()),
                (
                    "last",
                    last_failure_at
                        .map(super::time::readable)
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
        changed,
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
    let changed = query.0.as_deref() == Some("changed");
    render(&state, &who, failures, last, StatusCode::OK, None, changed)
}

async fn change_password(
    axum::extract::State(state): axum::extract::State<AppState>,
    posted: Posted<PasswordForm>,
) -> Result<Response, OperatorError> {
    let Posted {
        signed_in: who,
        form,
    } = posted;
    let tr = OperatorStrings::new(&state.app);
    let (failures, last) = notice(&state, &who).await?;
    let refuse = |key: &str| {
        render(
            &state,
            &who,
            failures,
            last,
            StatusCode::BAD_REQUEST,
            Some(tr.get(key)),
            false,
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
