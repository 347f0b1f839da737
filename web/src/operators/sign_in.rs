//! `/sign-in` and `/sign-out`. The password check, its throttle (per name and client address,
//! never per name alone, so a stranger cannot lock the holder out), the bounded hashing pool
//! and the audit are the core's `authenticate`; this module adds the form, its forgery
//! protection, the client's address, the session cookie, and sends a holder whose name had
//! failed attempts to their account page, where they are told.

use askama::Template;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use faro_core::App;
use faro_core::accounts::{AccountError, Attempt};
use faro_core::clock::now_unix;
use serde::Deserialize;

use super::auth::SignedIn;
use super::chrome::{self, Chrome};
use super::cookies;
use super::csrf::{self, NoFields, Posted};
use super::error::OperatorError;
use super::strings::OperatorStrings;
use crate::AppState;

/// A sign-in form is a name, a password and a token: anything longer is refused unread (413).
pub const BODY_LIMIT: usize = 4 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(form).post(submit))
        .route("/sign-out", post(sign_out))
}

/// Longer than any valid user name (3 to 40 characters): refused without touching the
/// database, so that junk names do not fill the audit log.
const MAX_NAME_BYTES: usize = 40;

#[derive(Template)]
#[template(path = "operators/sign_in.html")]
struct SignInPage {
    chrome: Chrome,
    csrf: String,
    username: String,
    message: Option<String>,
}

/// Every field defaults to empty so that a form without its token is refused as forged
/// (403), not as malformed.
#[derive(Deserialize, Default)]
#[serde(default)]
struct SignInForm {
    username: String,
    password: String,
    csrf: String,
}

fn form_page(
    tr: &OperatorStrings,
    status: StatusCode,
    csrf: String,
    username: String,
    message: Option<String>,
) -> Result<Response, OperatorError> {
    let page = SignInPage {
        chrome: Chrome::anonymous(tr, tr.get("op-signin-title")),
        csrf,
        username,
        message,
    };
    let mut response = chrome::render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, OperatorError> {
    if let Some(who) = SignedIn::from_headers(&headers, &state.app).await? {
        return Ok(Redirect::to(who.home()).into_response());
    }
    let (token, fresh) = csrf::sign_in_token(&headers);
    let tr = OperatorStrings::for_request(&state.app, None, &headers);
    // A text posted after the session ended is kept: say so before asking to sign in again.
    let message = super::kept::has_kept(&headers).then(|| tr.get("op-signin-kept"));
    let mut response = form_page(&tr, StatusCode::OK, token.clone(), String::new(), message)?;
    if fresh {
        response.headers_mut().insert(
            header::SET_COOKIE,
            cookies::set_sign_in_csrf(&state.app, &token),
        );
    }
    Ok(response)
}

async fn submit(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, OperatorError> {
    let address = crate::client::address(
        request.headers(),
        crate::client::peer(request.extensions()),
        state.app.config.trust_forwarded_for,
    );
    let headers = request.headers().clone();
    let body = axum::body::to_bytes(request.into_body(), BODY_LIMIT)
        .await
        .map_err(|_| OperatorError::TooLarge)?;
    let form: SignInForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    csrf::check_sign_in(&headers, &form.csrf)?;
    let app = &state.app;
    let tr = OperatorStrings::for_request(app, None, &headers);
    let now = now_unix();
    let signed_in = if form.username.trim().len() > MAX_NAME_BYTES {
        Err(AccountError::WrongCredentials)
    } else {
        let attempt = Attempt {
            name: &form.username,
            password: &form.password,
            address: &address,
        };
        faro_core::accounts::authenticate(&app.store, &app.passwords, attempt, now).await
    };
    let refusal = |status: StatusCode,
                   message: String,
                   retry_after: Option<i64>|
     -> Result<Response, OperatorError> {
        let mut response = form_page(
            &tr,
            status,
            form.csrf.clone(),
            form.username.clone(),
            Some(message),
        )?;
        if let Some(seconds) = retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        Ok(response)
    };
    let signed_in = match signed_in {
        Ok(signed_in) => signed_in,
        Err(AccountError::WrongCredentials) => {
            return refusal(StatusCode::UNAUTHORIZED, tr.get("op-signin-wrong"), None);
        }
        Err(AccountError::TooManyAttempts {
            retry_after_seconds,
        }) => {
            let minutes = (retry_after_seconds + 59) / 60;
            return refusal(
                StatusCode::TOO_MANY_REQUESTS,
                tr.format("op-signin-too-many", &[("minutes", minutes.into())]),
                Some(retry_after_seconds),
            );
        }
        // Refused before any hashing: the server is checking as many passwords as it will.
        Err(AccountError::Busy) => {
            return refusal(
                StatusCode::SERVICE_UNAVAILABLE,
                tr.get("op-signin-busy"),
                Some(BUSY_RETRY_SECONDS),
            );
        }
        Err(other) => return Err(other.into()),
    };
    // A browser that still held a session (another account) leaves it behind, ended.
    if let Some(previous) = SignedIn::from_headers(&headers, app).await? {
        app.store.sessions().delete(&previous.token).await?;
    }
    let (token, session) = app
        .store
        .sessions()
        .create_after(
            signed_in.user.id,
            signed_in.failures_before,
            signed_in.last_failure_at,
            now,
        )
        .await?;
    let who = SignedIn {
        tr: OperatorStrings::for_request(app, Some(&session.user), &headers),
        user: session.user,
        csrf_token: session.csrf_token,
        token,
    };
    // Failed attempts on the name since the last sign-in: the account page says so first.
    // A text kept over an expired session: back to its editor first.
    let kept = super::kept::landing(&state, &headers).await;
    let to = match &kept {
        Some(page) if who.may(faro_core::accounts::Area::Publishing) => page.as_str(),
        _ if session.failures_before > 0 => super::account::PATH,
        _ => who.home(),
    };
    Ok(signed_in_redirect(app, &who, to))
}

/// What a refusal for a full hashing queue asks the browser to wait.
const BUSY_RETRY_SECONDS: i64 = 2;

fn signed_in_redirect(app: &App, who: &SignedIn, to: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, cookies::set_session(app, &who.token.0));
    headers.append(header::SET_COOKIE, cookies::clear_sign_in_csrf(app));
    response
}

async fn sign_out(
    State(state): State<AppState>,
    posted: Posted<NoFields>,
) -> Result<Response, OperatorError> {
    let app = &state.app;
    let Posted {
        signed_in: who,
        form: NoFields {},
    } = posted;
    app.store.sessions().delete(&who.token).await?;
    app.store
        .audit_log()
        .record(&who.user.name, "signout", "", now_unix())
        .await?;
    let mut response = Redirect::to("/sign-in").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, cookies::clear_session(app));
    Ok(response)
}
