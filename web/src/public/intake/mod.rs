//! The kiosk's "ask for an interpreter" pages: `/k/{shelter}/{locale}/interpreter`.
//!
//! Consent, then origin, languages, where, and whether the interpreter may know the origin;
//! then a request with a reference, shown as the answer to the last post. There are no
//! cookies: each page is a form posted to the same address, carrying the earlier answers in
//! hidden fields, so no answer ever appears in an address, and a signed, short-lived token
//! (see [`token`]) stands in for a session. Only kiosk mode has these pages: the public site
//! has no shelter to ask at.

mod choices;
pub mod form;
mod guard;
pub mod pages;
mod token;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use faro_core::App;
use faro_core::clock::now_unix;
use faro_core::intake::{
    CONSENT_VERSION, LanguageTag, NewDeclaration, Origin, RequestStatus, Subject,
};

use self::form::{Answers, Checked, Fields, Malformed, Offered, Place, Step};
use self::pages::Hidden;
use self::token::FormKey;
use crate::AppState;
use crate::public::error::{FormRefusal, PageError};
use crate::public::scope::{Scope, Shelter};

const START: &str = "/k/{shelter}/{locale}/interpreter";

pub fn router() -> Router<AppState> {
    Router::new()
        .route(START, get(consent).post(answer))
        .route(&format!("{START}/declined"), get(declined))
        .route(&format!("{START}/delete"), post(delete))
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

fn kiosk_shelter(scope: &Scope) -> Result<&Shelter, PageError> {
    scope
        .shelter
        .as_ref()
        .ok_or_else(|| PageError::NotFound(scope.clone()))
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

/// Checks what every post must have: same site, a well-formed body, a valid token.
async fn admit(
    app: &App,
    scope: &Scope,
    shelter: &Shelter,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(Fields, FormKey), PageError> {
    let expired = || PageError::Form {
        scope: scope.clone(),
        refusal: FormRefusal::Expired,
    };
    if !guard::same_origin(headers, app.config.public_base()) {
        return Err(expired());
    }
    let fields = Fields::parse(body).or_refuse(scope)?;
    let key = FormKey::load_or_create(&app.store).await.or_refuse(scope)?;
    let token = fields.form.as_deref().unwrap_or_default();
    if !key.verify(token, shelter.id(), now_unix()) {
        return Err(expired());
    }
    Ok((fields, key))
}

/// Every answer posts here; the reply is the next question, or the request.
async fn answer(
    State(state): State<AppState>,
    scope: Scope,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let app = &state.app;
    let scope = &scope;
    let shelter = kiosk_shelter(scope)?;
    let (fields, key) = admit(app, scope, shelter, &headers, &body).await?;
    let countries = choices::origin_countries();
    let languages = choices::offered_languages();
    let offered = Offered {
        shelter: shelter.id(),
        countries: &countries,
        languages: &languages,
    };
    let token = key.issue(shelter.id(), now_unix());
    let mut answers = match Answers::check(&fields, &offered).or_refuse(scope)? {
        Checked::Valid(answers) => answers,
        Checked::LanguageCount(answers) => {
            return ask(app, scope, Step::Languages, &answers, token, true);
        }
    };
    if answers.step == Step::Consent {
        answers.subject = Some(new_subject_token());
    }
    match answers.next() {
        Some(step) => ask(app, scope, step, &answers, token, false),
        None => submit(app, scope, &answers, token).await,
    }
}

/// A fresh kiosk subject's token (the only kind `Subject::new_kiosk` makes).
fn new_subject_token() -> String {
    match Subject::new_kiosk() {
        Subject::Kiosk(token) => token,
        Subject::Telegram(chat) => chat.to_string(),
    }
}

/// The hidden fields of the page that asks `asking`: the token, the step, and the answers
/// to the questions before it.
fn hidden(token: String, answers: &Answers, asking: Step) -> Hidden {
    let mut hidden = vec![("form", token), ("step", asking.as_str().to_owned())];
    // The consent page's own button carries the version the person agrees to.
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
        };
        hidden.push(("origin", value));
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
            Place::Skipped => form::SKIPPED.to_owned(),
        };
        hidden.push(("where", value));
    }
    hidden
}

/// The page that asks `step`; `again` when the languages question comes back with a notice.
fn ask(
    app: &App,
    scope: &Scope,
    step: Step,
    answers: &Answers,
    token: String,
    again: bool,
) -> Result<Response, PageError> {
    let hidden = hidden(token, answers, step);
    let response = match step {
        Step::Consent => pages::consent(app, scope.clone(), hidden)?,
        Step::Origin => {
            let frame = pages::frame(app, scope.clone(), "intake-origin", false);
            let countries = choices::origin_countries();
            let countries = choices::country_choices(&frame.tr, &countries);
            pages::origin(frame, hidden, countries)?
        }
        Step::Languages => {
            let frame = pages::frame(app, scope.clone(), "intake-languages", false);
            // The page's own language is ticked the first time it is asked.
            let checked = if again {
                answers.languages.clone()
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

/// Records the declaration and opens the request (or finds the one this person already
/// has, after a double tap), wakes the router, and shows the reference.
async fn submit(
    app: &App,
    scope: &Scope,
    answers: &Answers,
    token: String,
) -> Result<Response, PageError> {
    let (Some(subject), Some(origin)) = (answers.subject.clone(), answers.origin) else {
        return Err(Malformed::Order).or_refuse(scope);
    };
    let new = NewDeclaration {
        subject: Subject::Kiosk(subject.clone()),
        locale: scope.locale,
        origin,
        share_origin: answers.share == Some(true) && matches!(origin, Origin::Country(_)),
        languages: answers.languages.clone(),
        shelter_id: match &answers.place {
            Some(Place::Here(id)) => Some(id.clone()),
            Some(Place::Skipped) | None => None,
        },
        city: None,
    }
    .with_city_from(app.content.directory());
    let request = app
        .store
        .requests()
        .create(&new, app.config.retention_days, now_unix())
        .await
        .or_refuse(scope)?;
    app.routing.wake();
    let status_key = if request.status == RequestStatus::Accepted {
        "intake-accepted"
    } else if app
        .store
        .interpreters()
        .for_request(&request)
        .await
        .or_refuse(scope)?
        .is_empty()
    {
        "intake-waiting"
    } else {
        "intake-created"
    };
    let hidden = vec![("form", token), ("subject", subject)];
    let frame = pages::frame(app, scope.clone(), "kiosk-interpreter", false);
    pages::reference(app, frame, &request.reference, status_key, hidden)
}

/// "Delete my data": everything held about the person of this screen's request, at once.
async fn delete(
    State(state): State<AppState>,
    scope: Scope,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let app = &state.app;
    let shelter = kiosk_shelter(&scope)?;
    let (fields, _) = admit(app, &scope, shelter, &headers, &body).await?;
    let Fields {
        subject: Some(subject),
        form: _,
        step: None,
        consent: None,
        origin: None,
        place: None,
        share: None,
        languages,
    } = fields
    else {
        return Err(Malformed::Field).or_refuse(&scope);
    };
    if !languages.is_empty() {
        return Err(Malformed::Field).or_refuse(&scope);
    }
    let subject = form::parse_subject(&subject).or_refuse(&scope)?;
    app.store
        .declarations()
        .erase(&Subject::Kiosk(subject), now_unix())
        .await
        .or_refuse(&scope)?;
    let frame = pages::frame(app, scope, "intake-delete", false);
    pages::message(StatusCode::OK, frame, "intake-deleted", false)
}

/// The instance's form key, for tests that make tokens of their own (expired ones).
#[cfg(test)]
pub async fn testing_key(app: &App) -> FormKey {
    FormKey::load_or_create(&app.store).await.expect("form key")
}
