//! `/sign-in` and `/sign-out`. The password check, its rate limit (five failures per name in
//! fifteen minutes) and the audit of every attempt are the core's `authenticate`; this
//! module adds the form, its forgery protection and the session cookie.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use faro_core::App;
use faro_core::accounts::AccountError;
use faro_core::clock::now_unix;
use serde::Deserialize;

use super::auth::SignedIn;
use super::chrome::{self, Chrome};
use super::cookies;
use super::csrf::{self, NoFields, Posted};
use super::error::OperatorError;
use super::strings::OperatorStrings;
use crate::AppState;

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
    let tr = OperatorStrings::new(&state.app);
    let mut response = form_page(&tr, StatusCode::OK, token.clone(), String::new(), None)?;
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
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, OperatorError> {
    let form: SignInForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    csrf::check_sign_in(&headers, &form.csrf)?;
    let app = &state.app;
    let tr = OperatorStrings::new(app);
    let now = now_unix();
    let user = if form.username.trim().len() > MAX_NAME_BYTES {
        Err(AccountError::WrongCredentials)
    } else {
        faro_core::accounts::authenticate(&app.store, &form.username, &form.password, now).await
    };
    let user = match user {
        Ok(user) => user,
        Err(AccountError::WrongCredentials) => {
            return form_page(
                &tr,
                StatusCode::UNAUTHORIZED,
                form.csrf,
                form.username,
                Some(tr.get("op-signin-wrong")),
            );
        }
        Err(AccountError::TooManyAttempts {
            retry_after_seconds,
        }) => {
            let minutes = (retry_after_seconds + 59) / 60;
            let mut response = form_page(
                &tr,
                StatusCode::TOO_MANY_REQUESTS,
                form.csrf,
                form.username,
                Some(tr.format("op-signin-too-many", &[("minutes", minutes.into())])),
            )?;
            if let Ok(value) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return Ok(response);
        }
        Err(other) => return Err(other.into()),
    };
    // A browser that still held a session (another account) leaves it behind, ended.
    if let Some(previous) = SignedIn::from_headers(&headers, app).await? {
        app.store.sessions().delete(&previous.token).await?;
    }
    let (token, session) = app.store.sessions().create(user.id, now).await?;
    let who = SignedIn {
        user: session.user,
        csrf_token: session.csrf_token,
        token,
    };
    Ok(signed_in_redirect(app, &who))
}

fn signed_in_redirect(app: &App, who: &SignedIn) -> Response {
    let mut response = Redirect::to(who.home()).into_response();
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
