//! "Delete my data" on its own page, at every kiosk and on every phone: `/{locale}/delete` and
//! `/k/{shelter}/{locale}/delete`. It takes what only the person holds: the secret of their
//! request, which the reference page's button posts and its QR code's link carries (pasted
//! here whole, or the secret alone). The reference, which staff call out and anyone nearby
//! may read, deletes nothing. The answer is the same page whether or not a request had that
//! secret, and attempts are limited per client address and per kiosk, so nobody can learn or
//! try codes that are not theirs.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use faro_core::clock::now_unix;
use faro_core::deeplink::secret_in;
use serde::Deserialize;

use super::form::Malformed;
use super::{OrRefuse, from_this_site, pages, refuse, see_other};
use crate::AppState;
use crate::client::{self, Peer};
use crate::public::error::{FormRefusal, PageError};
use crate::public::scope::Scope;

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for prefix in ["/{locale}", "/k/{shelter}/{locale}"] {
        router = router
            .route(&format!("{prefix}/delete"), get(page).post(delete))
            .route(&format!("{prefix}/delete/done"), get(done));
    }
    router
}

/// The form: the link or code from the QR code, and the button.
async fn page(State(state): State<AppState>, scope: Scope) -> Result<Response, PageError> {
    let frame = pages::frame(&state.app, scope, "intake-delete", false);
    pages::delete(frame)
}

/// The delete form's one field: the secret, alone or inside the QR code's link.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeleteForm {
    secret: String,
}

/// Erases everything held about the person whose request has this secret, at once, and
/// answers with the same redirect whether or not the secret was known.
async fn delete(
    State(state): State<AppState>,
    scope: Scope,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let app = &state.app;
    let scope = &scope;
    from_this_site(app, scope, &headers, &body)?;
    let posted: DeleteForm = serde_urlencoded::from_bytes(&body)
        .map_err(|_| Malformed::Field)
        .or_refuse(scope)?;
    let now = now_unix();
    let address = client::address(&headers, peer.0, app.config.trust_forwarded_for);
    let shelter = scope.shelter.as_ref().map(|shelter| shelter.id());
    // Every attempt counts, right or wrong: guessing is as slow as starting requests.
    let mut budgets = vec![(
        format!("delete:{address}:{}", shelter.unwrap_or("-")),
        app.config.kiosk_intake_per_address,
    )];
    if let Some(shelter) = shelter {
        budgets.push((
            format!("delete-kiosk:{shelter}"),
            app.config.kiosk_intake_per_kiosk,
        ));
    }
    if !state.intake_throttle.admit(&budgets, now) {
        return Err(refuse(scope, FormRefusal::Busy));
    }
    if let Some(secret) = secret_in(&posted.secret) {
        app.store
            .declarations()
            .erase_by_secret(&secret, now)
            .await
            .or_refuse(scope)?;
    }
    Ok(see_other(format!("{}/delete/done", scope.base())))
}

/// After a delete: the same words whether anything was deleted or not.
async fn done(State(state): State<AppState>, scope: Scope) -> Result<Response, PageError> {
    let frame = pages::frame(&state.app, scope, "intake-delete", false);
    pages::message(StatusCode::OK, frame, "intake-delete-done", false)
}
