//! The kiosk's "ask for an interpreter" pages: `/k/{shelter}/{locale}/interpreter`.
//!
//! Consent, then origin, languages, where, and whether the interpreter may know the origin;
//! then a request with a reference. There are no cookies, and no answer ever appears in an
//! address or in a page. Every step is post → redirect (303) → get, so Back, reload or a
//! resubmission can never post anyone's answers again:
//!
//! - The consent page carries a signed, short-lived token (see [`token`]); posting it spends
//!   it (a mark that names no one) and starts the person's kiosk subject.
//! - Each later question is a one-time form kept on the server (`kiosk_forms`): the answers
//!   so far stay there, the page carries only a random handle, and posting the page takes the
//!   form, so it works once. Erasing the subject deletes its forms, so a page issued before
//!   "delete my data" is refused after it, with no record of who was erased.
//! - The reference is a one-time result: the page after the last post shows it once (with the
//!   QR code and "delete my data", both carrying the request's secret); a reload or Back finds
//!   it gone.
//! - "Back" on a question is a post too: it takes the page's form and makes a new one for the
//!   question before, so the page left behind cannot be posted again either.
//! - At a kiosk the person is at its shelter: "skip" on the where-question sends the request
//!   to that shelter's queue; only "not here" leaves it to remote interpreters.
//!
//! A used, expired or erased form is a page in the person's language that says so. Starting a
//! request is limited per kiosk and per client address ([`client`]). Only kiosk mode has these
//! pages: the public site has no shelter to ask at. "Delete my data" works everywhere
//! ([`delete`]).

mod choices;
pub mod delete;
pub mod form;
mod guard;
pub mod pages;
mod token;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use faro_core::App;
use faro_core::clock::now_unix;
use faro_core::intake::kiosk_forms::is_handle;
use faro_core::intake::{
    CONSENT_VERSION, FormKind, LanguageTag, LinkSecret, NewDeclaration, Origin, Reference, Subject,
};
use serde::{Deserialize, Serialize};

use self::form::{Answers, Checked, Fields, Malformed, Offered, Place, Step};
use self::pages::Hidden;
use self::token::FormKey;
use crate::AppState;
use crate::client::{self, Peer};
use crate::public::error::{FormRefusal, PageError};
use crate::public::scope::{Scope, Shelter};
use crate::public::scope_path::{Scoped, SlugPath};

const START: &str = "/k/{shelter}/{locale}/interpreter";

/// The window of the intake budgets (`kiosk_intake_per_*` are per hour).
pub const THROTTLE_WINDOW: i64 = 3600;

/// How long a shown-once reference waits for the page that shows it (the redirect's GET).
const RESULT_SECONDS: i64 = 10 * 60;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(START, get(consent).post(answer))
        .route(&format!("{START}/q/{{slug}}"), get(question))
        .route(&format!("{START}/done/{{slug}}"), get(result))
        .route(&format!("{START}/declined"), get(declined))
        .merge(delete::router())
}

/// Turns what stopped a post into the page that says so, in the post's scope.
trait OrRefuse<T> {
    fn or_refuse(self, scope: &Scope) -> Result<T, PageError>;
}

impl<T, E: Into<FormRefusal>> OrRefuse<T> for Result<T, E> {
    fn or_refuse(self, scope: &Scope) -> Result<T, PageError> {
        self.map_err(|error| PageError::Form {
            scope: scope.clone(),
            refusal: error.into(),
        })
    }
}

pub(super) fn refuse(scope: &Scope, refusal: FormRefusal) -> PageError {
    PageError::Form {
        scope: scope.clone(),
        refusal,
    }
}

fn kiosk_shelter(scope: &Scope) -> Result<&Shelter, PageError> {
    scope
        .shelter
        .as_ref()
        .ok_or_else(|| PageError::NotFound(scope.clone()))
}

/// 303 to `path`, kept by nobody.
pub(super) fn see_other(path: String) -> Response {
    let mut response = Redirect::to(&path).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The consent text, the first page.
async fn consent(State(state): State<AppState>, scope: Scope) -> Result<Response, PageError> {
    let app = &state.app;
    let shelter = kiosk_shelter(&scope)?;
    let key = FormKey::load_or_create(&app.store)
        .await
        .or_refuse(&scope)?;
    let hidden = vec![
        ("form", key.issue(shelter.id(), now_unix())),
        ("step", Step::Consent.as_str().to_owned()),
    ];
    pages::consent(app, scope, hidden)
}

/// "No, thank you": nothing is kept, and everything else stays open.
async fn declined(State(state): State<AppState>, scope: Scope) -> Result<Response, PageError> {
    kiosk_shelter(&scope)?;
    let frame = pages::frame(&state.app, scope, "kiosk-interpreter", true);
    pages::message(StatusCode::OK, frame, "consent-declined", false)
}

/// Every post of these pages comes from this site (a post another site made is refused as an
/// expired form) and is no larger than a form of theirs.
pub(super) fn from_this_site(
    app: &App,
    scope: &Scope,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), PageError> {
    if !guard::same_origin(headers, app.config.public_base()) {
        return Err(refuse(scope, FormRefusal::Expired));
    }
    if body.len() > form::MAX_BODY {
        return Err(Malformed::Body).or_refuse(scope);
    }
    Ok(())
}

/// What every answer must be: from this site, and a well-formed body.
fn admit(app: &App, scope: &Scope, headers: &HeaderMap, body: &[u8]) -> Result<Fields, PageError> {
    from_this_site(app, scope, headers, body)?;
    Fields::parse(body).or_refuse(scope)
}

/// Every answer posts here; the answer is a redirect to the next question, or to the request.
async fn answer(
    State(state): State<AppState>,
    scope: Scope,
    peer: Peer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let app = &state.app;
    let scope = &scope;
    let shelter = kiosk_shelter(scope)?;
    let posted = admit(app, scope, &headers, &body)?;
    let token = posted.form.clone().unwrap_or_default();
    let now = now_unix();
    if posted.back.is_some() {
        return back(app, scope, shelter, &token, now).await;
    }
    let countries = choices::origin_countries();
    let languages = choices::offered_languages();
    let offered = Offered {
        shelter: shelter.id(),
        countries: &countries,
        languages: &languages,
    };
    let forms = app.store.kiosk_forms();
    if !is_handle(&token) {
        // The consent page's signed token: a new person starts.
        let key = FormKey::load_or_create(&app.store).await.or_refuse(scope)?;
        let Some(issued) = key.verify(&token, shelter.id(), now) else {
            return Err(refuse(scope, FormRefusal::Expired));
        };
        let mut answers = match Answers::check(&posted, &offered).or_refuse(scope)? {
            Checked::Valid(answers) if answers.step == Step::Consent => answers,
            _ => return Err(Malformed::Order).or_refuse(scope),
        };
        let address = client::address(&headers, peer.0, app.config.trust_forwarded_for);
        let budgets = [
            (
                format!("address:{address}:{}", shelter.id()),
                app.config.kiosk_intake_per_address,
            ),
            (
                format!("kiosk:{}", shelter.id()),
                app.config.kiosk_intake_per_kiosk,
            ),
        ];
        if !state.intake_throttle.admit(&budgets, now) {
            return Err(refuse(scope, FormRefusal::Busy));
        }
        if !forms
            .spend(&issued.nonce, shelter.id(), issued.expires_at)
            .await
            .or_refuse(scope)?
        {
            return Err(refuse(scope, FormRefusal::Used));
        }
        answers.subject = Some(new_subject_token());
        return next_step(app, scope, shelter, &answers, Step::Origin, FormKind::Step).await;
    }
    let Some(kept) = forms
        .peek(&token, shelter.id(), now)
        .await
        .or_refuse(scope)?
    else {
        return Err(refuse(scope, FormRefusal::Used));
    };
    if kept.kind == FormKind::Result {
        return Err(refuse(scope, FormRefusal::Used));
    }
    let stored = Fields::parse(kept.body.as_bytes()).or_refuse(scope)?;
    let fields = Fields::merge(stored, posted).or_refuse(scope)?;
    // A bad answer leaves the form as it was: Back and a better answer still work.
    let checked = Answers::check(&fields, &offered).or_refuse(scope)?;
    // Taken once: of two posts of the same page (a resubmission, a double tap), one goes on.
    if forms
        .take(&token, shelter.id(), now)
        .await
        .or_refuse(scope)?
        .is_none()
    {
        return Err(refuse(scope, FormRefusal::Used));
    }
    let answers = match checked {
        Checked::Valid(answers) => answers,
        Checked::LanguageCount(answers) => {
            // The same question again, with a word on how many.
            let mut before = answers;
            before.languages.clear();
            return next_step(
                app,
                scope,
                shelter,
                &before,
                Step::Languages,
                FormKind::Retry,
            )
            .await;
        }
    };
    match answers.next() {
        Some(step) => next_step(app, scope, shelter, &answers, step, FormKind::Step).await,
        None => submit(app, scope, shelter, &answers).await,
    }
}

/// Keeps the answers so far as the one-time form of the page that asks `step`, and sends
/// the browser there.
async fn next_step(
    app: &App,
    scope: &Scope,
    shelter: &Shelter,
    answers: &Answers,
    step: Step,
    kind: FormKind,
) -> Result<Response, PageError> {
    let body = serde_urlencoded::to_string(hidden(answers, step))
        .map_err(|_| Malformed::Body)
        .or_refuse(scope)?;
    let subject = answers
        .subject
        .as_ref()
        .map(|token| Subject::Kiosk(token.clone()).key());
    ask_next(app, scope, shelter, subject.as_deref(), &body, kind).await
}

/// Keeps `body` as the one-time form of a question page and sends the browser to it.
async fn ask_next(
    app: &App,
    scope: &Scope,
    shelter: &Shelter,
    subject: Option<&str>,
    body: &str,
    kind: FormKind,
) -> Result<Response, PageError> {
    let handle = app
        .store
        .kiosk_forms()
        .put(
            kind,
            shelter.id(),
            subject,
            body,
            now_unix() + token::VALID_SECONDS,
        )
        .await
        .or_refuse(scope)?;
    Ok(see_other(format!(
        "{}/interpreter/q/{handle}",
        scope.base()
    )))
}

/// "Back" on a question: takes the page's form, like an answer would, and asks the question
/// before it again with the answers given before that one. From the first question, back to
/// the consent page (a new token; the person's subject had nothing stored but its forms).
async fn back(
    app: &App,
    scope: &Scope,
    shelter: &Shelter,
    token: &str,
    now: i64,
) -> Result<Response, PageError> {
    let forms = app.store.kiosk_forms();
    let pending = forms
        .peek(token, shelter.id(), now)
        .await
        .or_refuse(scope)?
        .is_some_and(|form| form.kind != FormKind::Result);
    let taken = if pending {
        forms
            .take(token, shelter.id(), now)
            .await
            .or_refuse(scope)?
    } else {
        None
    };
    let Some(kept) = taken else {
        return Err(refuse(scope, FormRefusal::Used));
    };
    let (stored, step) = kept_step(scope, &kept.body)?;
    match step.previous() {
        Some(before) if before > Step::Consent => {
            let body = serde_urlencoded::to_string(stored.rewound(before).pairs())
                .map_err(|_| Malformed::Body)
                .or_refuse(scope)?;
            let subject = kept.subject.as_deref();
            ask_next(app, scope, shelter, subject, &body, FormKind::Step).await
        }
        _ => Ok(see_other(format!("{}/interpreter", scope.base()))),
    }
}

/// A pending form's kept answers and the question its page asks.
fn kept_step(scope: &Scope, body: &str) -> Result<(Fields, Step), PageError> {
    let stored = Fields::parse(body.as_bytes()).or_refuse(scope)?;
    let step = stored
        .step
        .as_deref()
        .and_then(Step::parse)
        .ok_or(Malformed::Order)
        .or_refuse(scope)?;
    Ok((stored, step))
}

/// The page of a pending form: its question, with nothing but the form's handle in it.
async fn question(
    State(state): State<AppState>,
    Scoped { scope, path }: Scoped<SlugPath>,
) -> Result<Response, PageError> {
    let app = &state.app;
    let scope = &scope;
    let shelter = kiosk_shelter(scope)?;
    let handle = path.slug;
    let kept = app
        .store
        .kiosk_forms()
        .peek(&handle, shelter.id(), now_unix())
        .await
        .or_refuse(scope)?;
    let Some(kept) = kept.filter(|form| form.kind != FormKind::Result) else {
        return Err(refuse(scope, FormRefusal::Used));
    };
    let (_, step) = kept_step(scope, &kept.body)?;
    ask(app, scope, step, handle, kept.kind == FormKind::Retry)
}
/// What the form of the page that asks `asking` keeps on the server: the step, and the
/// answers to the questions before it.
fn hidden(answers: &Answers, asking: Step) -> Hidden {
    let mut hidden = vec![("step", asking.as_str().to_owned())];
    if asking > Step::Consent {
        hidden.push(("consent", CONSENT_VERSION.to_owned()));
    }
    if asking > Step::Consent
        && let Some(subject) = &answers.subject
    {
        hidden.push(("subject", subject.clone()));
    }
    if asking > Step::Origin
        && let Some(origin) = answers.origin
    {
        let value = match origin {
            Origin::Country(code) => code.to_string(),
            Origin::Undisclosed => form::UNDISCLOSED.to_owned(),
            Origin::Another => form::ANOTHER.to_owned(),
        };
        hidden.push(("origin", value));
    }
    if asking > Step::Languages && answers.no_languages {
        hidden.push(("languages", form::UNDISCLOSED.to_owned()));
    }
    if asking > Step::Languages {
        for language in &answers.languages {
            hidden.push(("language", language.to_string()));
        }
    }
    if asking > Step::Where
        && let Some(place) = &answers.place
    {
        let value = match place {
            Place::Here(id) => id.clone(),
            Place::Remote => form::REMOTE.to_owned(),
            Place::Skipped => form::SKIPPED.to_owned(),
        };
        hidden.push(("where", value));
    }
    hidden
}

/// The page that asks `step`, whose form carries only `handle`; `again` when the languages
/// question comes back with a notice.
fn ask(
    app: &App,
    scope: &Scope,
    step: Step,
    handle: String,
    again: bool,
) -> Result<Response, PageError> {
    let hidden = vec![("form", handle)];
    let response = match step {
        Step::Consent => return Err(Malformed::Order).or_refuse(scope),
        Step::Origin => {
            let frame = pages::frame(app, scope.clone(), "intake-origin", false);
            let countries = choices::origin_countries();
            let countries = choices::country_choices(&frame.tr, &countries);
            pages::origin(frame, hidden, countries)?
        }
        Step::Languages => {
            let frame = pages::frame(app, scope.clone(), "intake-languages", false);
            // The page's own language is ticked the first time it is asked.
            let checked: Vec<LanguageTag> = if again {
                Vec::new()
            } else {
                offered_locale_tag(scope).into_iter().collect()
            };
            let notice = again.then(|| {
                frame
                    .tr
                    .count("intake-languages-count", "max", form::MAX_CHOSEN as f64)
            });
            let others = choices::other_languages();
            let locales = choices::locale_choices(&checked);
            let others = choices::other_language_choices(&frame.tr, &others, &checked);
            pages::languages(frame, hidden, notice, locales, others)?
        }
        Step::Where => {
            let shelter = kiosk_shelter(scope)?;
            let name = shelter
                .entry(app)
                .map(|entry| entry.name.clone())
                .unwrap_or_else(|| shelter.id().to_owned());
            let frame = pages::frame(app, scope.clone(), "intake-where", false);
            pages::place(frame, hidden, shelter.id().to_owned(), name)?
        }
        Step::Share => {
            let frame = pages::frame(app, scope.clone(), "intake-share-origin", false);
            pages::share(frame, hidden)?
        }
    };
    Ok(response)
}

fn offered_locale_tag(scope: &Scope) -> Option<LanguageTag> {
    LanguageTag::parse(scope.locale.tag()).ok()
}

/// What the page after the last post shows, once.
#[derive(Serialize, Deserialize)]
struct Shown {
    reference: String,
    status: String,
    secret: String,
    /// Whether the request is in this kiosk's shelter's queue, so the desk can help.
    at_desk: bool,
}

/// The status messages a reference page may show (`Request::status_key`'s answers).
const STATUS_KEYS: [&str; 4] = [
    "intake-accepted",
    "intake-created",
    "intake-waiting",
    "intake-waiting-remote",
];

/// Records the declaration and opens the request (or finds the one this person already
/// has), gives it a fresh secret, wakes the router, and sends the browser to the one-time
/// page that shows the reference.
async fn submit(
    app: &App,
    scope: &Scope,
    shelter: &Shelter,
    answers: &Answers,
) -> Result<Response, PageError> {
    let (Some(subject), Some(origin)) = (answers.subject.clone(), answers.origin) else {
        return Err(Malformed::Order).or_refuse(scope);
    };
    let subject = Subject::Kiosk(subject);
    let new = NewDeclaration {
        subject: subject.clone(),
        locale: scope.locale,
        origin,
        share_origin: answers.share == Some(true) && matches!(origin, Origin::Country(_)),
        languages: answers.languages.clone(),
        // A skip at a kiosk is still a person at its shelter: the request goes to its desk.
        shelter_id: match &answers.place {
            Some(Place::Here(id)) => Some(id.clone()),
            Some(Place::Skipped) | None => Some(shelter.id().to_owned()),
            Some(Place::Remote) => None,
        },
        city: None,
    }
    .with_city_from(&app.content.directory());
    let requests = app.store.requests();
    let request = requests
        .create(&new, app.config.retention_days, now_unix())
        .await
        .or_refuse(scope)?;
    let secret = requests
        .new_link_secret(request.id)
        .await
        .or_refuse(scope)?;
    app.routing.wake();
    let available = !app
        .store
        .interpreters()
        .for_request(&request)
        .await
        .or_refuse(scope)?
        .is_empty();
    let shown = Shown {
        reference: request.reference.to_string(),
        status: request.status_key(available).to_owned(),
        secret: secret.as_str().to_owned(),
        at_desk: request.shelter_id.as_deref() == Some(shelter.id()),
    };
    let body = serde_urlencoded::to_string(&shown)
        .map_err(|_| Malformed::Body)
        .or_refuse(scope)?;
    let subject_key = subject.key();
    let handle = app
        .store
        .kiosk_forms()
        .put(
            FormKind::Result,
            shelter.id(),
            Some(&subject_key),
            &body,
            now_unix() + RESULT_SECONDS,
        )
        .await
        .or_refuse(scope)?;
    Ok(see_other(format!(
        "{}/interpreter/done/{handle}",
        scope.base()
    )))
}

/// The reference, shown once: the result is taken as it is read, so a reload, Back or the
/// next person at the screen finds the "already used" page instead.
async fn result(
    State(state): State<AppState>,
    Scoped { scope, path }: Scoped<SlugPath>,
) -> Result<Response, PageError> {
    let app = &state.app;
    let scope = &scope;
    let shelter = kiosk_shelter(scope)?;
    let forms = app.store.kiosk_forms();
    let now = now_unix();
    let handle = path.slug;
    let is_result = forms
        .peek(&handle, shelter.id(), now)
        .await
        .or_refuse(scope)?
        .is_some_and(|form| form.kind == FormKind::Result);
    let taken = if is_result {
        forms
            .take(&handle, shelter.id(), now)
            .await
            .or_refuse(scope)?
    } else {
        None
    };
    let Some(taken) = taken else {
        return Err(refuse(scope, FormRefusal::Used));
    };
    let shown: Shown = serde_urlencoded::from_str(&taken.body)
        .map_err(|_| Malformed::Body)
        .or_refuse(scope)?;
    let (Ok(reference), Some(secret)) = (
        Reference::parse(&shown.reference),
        LinkSecret::parse(&shown.secret),
    ) else {
        return Err(Malformed::Value).or_refuse(scope);
    };
    let status_key = STATUS_KEYS
        .into_iter()
        .find(|key| *key == shown.status)
        .unwrap_or("intake-waiting");
    let frame = pages::frame(app, scope.clone(), "kiosk-interpreter", false);
    pages::reference(app, frame, &reference, status_key, &secret, shown.at_desk)
}

/// A fresh kiosk subject's token (the only kind `Subject::new_kiosk` makes).
fn new_subject_token() -> String {
    match Subject::new_kiosk() {
        Subject::Kiosk(token) => token,
        Subject::Telegram(chat) => chat.to_string(),
    }
}

/// The instance's form key, for tests that make tokens of their own (expired ones).
#[cfg(test)]
pub async fn testing_key(app: &App) -> FormKey {
    FormKey::load_or_create(&app.store).await.expect("form key")
}
