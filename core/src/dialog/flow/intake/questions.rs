//! "I need an interpreter": consent, origin, languages, where, whether the interpreter may
//! know the origin — then the request, which the session layer stores (an [`Effect`]); and
//! what interpreters read and tap.
//!
//! Every step checks that the person is at that step: a button from an old message starts
//! the questions again rather than mixing answers, and a second tap on the last button shows
//! the request already made instead of making another.

use crate::content::EntryKind;
use crate::country::CountryCode;
use crate::intake::choices;
use crate::intake::{LanguageTag, Origin, Request, RequestStatus};
use crate::locale::Locale;

use crate::dialog::action::{Action, MAX_ACTION_BYTES};
use crate::dialog::context::Context;
use crate::dialog::effect::{Effect, IntakeAnswers};
use crate::dialog::engine::Outcome;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow, IntakeDraft, IntakeStep};

/// The consent question, in the person's language, with the retention period.
pub(crate) fn begin(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Intake {
        draft: IntakeDraft::default(),
    };
    let text = format!(
        "<b>{}</b>\n\n{}",
        say.html("consent-title"),
        say.html_with(
            "consent-text",
            &[("days", ctx.settings.retention_days.into())]
        )
    );
    let reply = Reply::text(text)
        .with_buttons(vec![
            vec![Button::action(
                say.plain("consent-accept"),
                Action::IntakeConsent(true),
            )],
            vec![Button::action(
                say.plain("consent-decline"),
                Action::IntakeConsent(false),
            )],
        ])
        .replacing(replace);
    Outcome::reply(state, reply)
}

/// The draft if the person is at `step`; otherwise `None`.
fn at(state: &ChatState, steps: &[IntakeStep]) -> Option<IntakeDraft> {
    match &state.flow {
        Flow::Intake { draft } if steps.contains(&draft.step) => Some(draft.clone()),
        _ => None,
    }
}

/// A button from a question the person is no longer at.
fn out_of_step(ctx: &Context, state: ChatState, client: Option<Locale>) -> Outcome {
    begin(ctx, state, client, false)
}

pub(crate) fn consent(
    ctx: &Context,
    mut state: ChatState,
    agreed: bool,
    client: Option<Locale>,
) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Consent]) else {
        return out_of_step(ctx, state, client);
    };
    let say = Say::new(ctx, state.speaking(client));
    if !agreed {
        state.flow = Flow::Menu;
        let reply = menu::after(say, &state, &say.html("consent-declined")).replacing(true);
        return Outcome::reply(state, reply);
    }
    draft.step = IntakeStep::Origin;
    ask_origin(say, state, draft)
}

fn ask_origin(say: Say<'_>, mut state: ChatState, draft: IntakeDraft) -> Outcome {
    let mut countries: Vec<(String, CountryCode)> = choices::origin_countries()
        .into_iter()
        .map(|code| (say.country(code), code))
        .collect();
    countries.sort_by_cached_key(|(name, _)| name.to_lowercase());
    let mut rows = vec![vec![Button::action(
        say.plain("intake-prefer-not"),
        Action::IntakeOrigin(None),
    )]];
    rows.extend(pairs(
        countries
            .into_iter()
            .map(|(name, code)| Button::action(name, Action::IntakeOrigin(Some(code))))
            .collect(),
    ));
    rows.push(menu::back_row(say));
    state.flow = Flow::Intake { draft };
    let reply = Reply::text(say.html("intake-origin"))
        .with_buttons(rows)
        .replacing(true);
    Outcome::reply(state, reply)
}

pub(crate) fn origin(
    ctx: &Context,
    state: ChatState,
    origin: Option<CountryCode>,
    client: Option<Locale>,
) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Origin]) else {
        return out_of_step(ctx, state, client);
    };
    if let Some(code) = origin
        && !choices::is_offered_origin(code.as_str())
    {
        return out_of_step(ctx, state, client);
    }
    let speaking = state.speaking(client);
    draft.origin = Some(origin.map(|code| code.to_string()));
    draft.step = IntakeStep::Languages;
    if draft.languages.is_empty() {
        draft
            .languages
            .push(choices::language_of(speaking).to_string());
    }
    ask_languages(Say::new(ctx, speaking), state, draft)
}

fn language_name(say: Say<'_>, tag: &str) -> String {
    say.ctx
        .translations
        .language_name(say.locale, tag)
        .unwrap_or_else(|| tag.to_owned())
}

fn ask_languages(say: Say<'_>, mut state: ChatState, draft: IntakeDraft) -> Outcome {
    let chosen = |tag: &str| draft.languages.iter().any(|l| l == tag);
    let label = |tag: &str| {
        let name = language_name(say, tag);
        if chosen(tag) {
            format!("✓ {name}")
        } else {
            name
        }
    };
    let offered: Vec<LanguageTag> = if draft.step == IntakeStep::OtherLanguages {
        choices::other_languages()
    } else {
        Locale::ALL.into_iter().map(choices::language_of).collect()
    };
    let mut rows = pairs(
        offered
            .into_iter()
            .map(|tag| Button::action(label(tag.as_str()), Action::IntakeLanguage(tag)))
            .collect(),
    );
    let switch = if draft.step == IntakeStep::OtherLanguages {
        Button::action(say.plain("nav-back"), Action::IntakeMainLanguages)
    } else {
        Button::action(
            say.plain("intake-language-other"),
            Action::IntakeOtherLanguages,
        )
    };
    rows.push(vec![switch]);
    rows.push(vec![Button::action(
        say.plain("intake-done"),
        Action::IntakeLanguagesDone,
    )]);
    let chosen_names: Vec<String> = draft
        .languages
        .iter()
        .map(|tag| language_name(say, tag))
        .collect();
    let mut text = say.html("intake-languages");
    if !chosen_names.is_empty() {
        text.push_str("\n\n✓ ");
        text.push_str(&crate::content::markdown::escape_html(
            &chosen_names.join(", "),
        ));
    }
    state.flow = Flow::Intake { draft };
    Outcome::reply(state, Reply::text(text).with_buttons(rows).replacing(true))
}

pub(crate) fn toggle_language(
    ctx: &Context,
    state: ChatState,
    tag: LanguageTag,
    client: Option<Locale>,
) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Languages, IntakeStep::OtherLanguages]) else {
        return out_of_step(ctx, state, client);
    };
    if !choices::is_offered_language(&tag) {
        return out_of_step(ctx, state, client);
    }
    if let Some(index) = draft.languages.iter().position(|l| l == tag.as_str()) {
        draft.languages.remove(index);
    } else if draft.languages.len() < crate::intake::MAX_LANGUAGES {
        draft.languages.push(tag.to_string());
    }
    let say = Say::new(ctx, state.speaking(client));
    ask_languages(say, state, draft)
}

pub(crate) fn switch_languages(
    ctx: &Context,
    state: ChatState,
    other: bool,
    client: Option<Locale>,
) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Languages, IntakeStep::OtherLanguages]) else {
        return out_of_step(ctx, state, client);
    };
    draft.step = if other {
        IntakeStep::OtherLanguages
    } else {
        IntakeStep::Languages
    };
    let say = Say::new(ctx, state.speaking(client));
    ask_languages(say, state, draft)
}

pub(crate) fn languages_done(ctx: &Context, state: ChatState, client: Option<Locale>) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Languages, IntakeStep::OtherLanguages]) else {
        return out_of_step(ctx, state, client);
    };
    let say = Say::new(ctx, state.speaking(client));
    if draft.languages.is_empty() {
        // "Done" with nothing chosen: ask again.
        return ask_languages(say, state, draft);
    }
    draft.step = IntakeStep::Where;
    ask_where(say, state, draft)
}

/// Shelters whose button code fits Telegram's limit, by country, city and name.
fn shelters(ctx: &Context) -> Vec<&crate::content::DirectoryEntry> {
    let mut shelters: Vec<_> = ctx
        .content
        .directory()
        .entries()
        .iter()
        .filter(|entry| entry.kind == EntryKind::Shelter)
        .filter(|entry| {
            Action::IntakePlace(Some(entry.id.clone())).encode().len() <= MAX_ACTION_BYTES
        })
        .collect();
    shelters.sort_by(|a, b| {
        (a.country, a.city.as_deref(), a.name.as_str()).cmp(&(
            b.country,
            b.city.as_deref(),
            b.name.as_str(),
        ))
    });
    shelters
}

fn ask_where(say: Say<'_>, mut state: ChatState, draft: IntakeDraft) -> Outcome {
    let mut rows: Vec<Vec<Button>> = shelters(say.ctx)
        .into_iter()
        .map(|entry| {
            let label = match &entry.city {
                Some(city) => format!("{} — {city}", entry.name),
                None => entry.name.clone(),
            };
            vec![Button::action(
                label,
                Action::IntakePlace(Some(entry.id.clone())),
            )]
        })
        .collect();
    rows.push(vec![Button::action(
        say.plain("intake-skip"),
        Action::IntakePlace(None),
    )]);
    state.flow = Flow::Intake { draft };
    let reply = Reply::text(say.html("intake-where"))
        .with_buttons(rows)
        .replacing(true);
    Outcome::reply(state, reply)
}

pub(crate) fn place(
    ctx: &Context,
    state: ChatState,
    shelter: Option<String>,
    client: Option<Locale>,
) -> Outcome {
    let Some(mut draft) = at(&state, &[IntakeStep::Where]) else {
        return out_of_step(ctx, state, client);
    };
    if let Some(id) = &shelter
        && !matches!(ctx.content.directory().get(id), Some(entry) if entry.kind == EntryKind::Shelter)
    {
        return out_of_step(ctx, state, client);
    }
    draft.shelter = shelter;
    let say = Say::new(ctx, state.speaking(client));
    if matches!(draft.origin, Some(None)) {
        // Nothing to share: no need to ask.
        return submit(state, draft, false);
    }
    draft.step = IntakeStep::ShareOrigin;
    let mut state = state;
    state.flow = Flow::Intake { draft };
    let reply = Reply::text(say.html("intake-share-origin"))
        .with_buttons(vec![vec![
            Button::action(
                say.plain("intake-share-yes"),
                Action::IntakeShareOrigin(true),
            ),
            Button::action(
                say.plain("intake-share-no"),
                Action::IntakeShareOrigin(false),
            ),
        ]])
        .replacing(true);
    Outcome::reply(state, reply)
}

pub(crate) fn share_origin(
    ctx: &Context,
    state: ChatState,
    share: bool,
    client: Option<Locale>,
) -> Outcome {
    match at(&state, &[IntakeStep::ShareOrigin]) {
        Some(draft) => submit(state, draft, share),
        // The request was already sent (a double tap) or the questions moved on: show what
        // exists rather than make a second request.
        None => {
            let _ = (ctx, client);
            Outcome {
                state,
                replies: Vec::new(),
                erase: false,
                effect: Some(Effect::ShowOpenRequest),
            }
        }
    }
}

/// The answers as the store takes them; the session layer makes the request.
fn submit(mut state: ChatState, draft: IntakeDraft, share: bool) -> Outcome {
    let origin = match &draft.origin {
        Some(Some(code)) => CountryCode::parse(code).map_or(Origin::Undisclosed, Origin::Country),
        _ => Origin::Undisclosed,
    };
    let answers = IntakeAnswers {
        origin,
        share_origin: share && origin != Origin::Undisclosed,
        languages: draft
            .languages
            .iter()
            .filter_map(|tag| LanguageTag::parse(tag).ok())
            .collect(),
        shelter: draft.shelter,
    };
    state.flow = Flow::Menu;
    Outcome {
        state,
        replies: Vec::new(),
        erase: false,
        effect: Some(Effect::SubmitIntake(answers)),
    }
}

/// What the person reads about their request: registered, accepted or waiting.
pub(crate) fn request_status(
    ctx: &Context,
    state: &ChatState,
    client: Option<Locale>,
    request: &Request,
    interpreters_available: bool,
) -> Reply {
    let say = Say::new(ctx, state.speaking(client));
    let reference = request.reference.as_str().to_owned();
    let key = match request.status {
        RequestStatus::Accepted => "intake-accepted",
        RequestStatus::Waiting if interpreters_available => "intake-created",
        _ => "intake-waiting",
    };
    let text = say.html_with(key, &[("reference", reference.into())]);
    menu::after(say, state, &text)
}

/// The intake could not be saved (the database is down): say so, keep nothing.
pub(crate) fn failed(ctx: &Context, state: &ChatState, client: Option<Locale>) -> Reply {
    let say = Say::new(ctx, state.speaking(client));
    menu::after(say, state, &say.html("bot-error"))
}

/// `/start` with a request reference that is not (or no longer) known.
pub(crate) fn unknown_reference(ctx: &Context, state: &ChatState, client: Option<Locale>) -> Reply {
    let say = Say::new(ctx, state.speaking(client));
    menu::after(say, state, &say.html("intake-unknown-reference"))
}

pub(crate) fn interpreter_linked(
    ctx: &Context,
    state: &ChatState,
    client: Option<Locale>,
    name: Option<&str>,
) -> Reply {
    let say = Say::new(ctx, state.speaking(client));
    let text = match name {
        Some(name) => say.html_with("interpreter-linked", &[("name", name.into())]),
        None => say.html("interpreter-link-failed"),
    };
    menu::after(say, state, &text)
}

/// The message an interpreter gets about a new request, in the interpreter's language, with
/// its Accept button.
pub fn interpreter_notice(ctx: &Context, locale: Locale, request: &Request) -> Reply {
    Reply::text(notice_text(ctx, locale, request)).with_buttons(vec![vec![Button::action(
        Say::new(ctx, locale).plain("interpreter-accept"),
        Action::AcceptRequest(request.id),
    )]])
}

fn notice_text(ctx: &Context, locale: Locale, request: &Request) -> String {
    let say = Say::new(ctx, locale);
    let languages: Vec<String> = request
        .languages
        .iter()
        .map(|tag| language_name(say, tag.as_str()))
        .collect();
    let place = request
        .shelter_id
        .as_deref()
        .and_then(|id| ctx.content.directory().get(id))
        .map(|entry| match &entry.city {
            Some(city) => format!("{} ({city})", entry.name),
            None => entry.name.clone(),
        })
        .unwrap_or_else(|| say.plain("interpreter-remote"));
    let mut text = say.html_with(
        "interpreter-new-request",
        &[
            ("reference", request.reference.as_str().into()),
            ("language", languages.join(", ").into()),
            ("place", place.into()),
        ],
    );
    if let Some(Origin::Country(country)) = request.shared_origin {
        text.push('\n');
        text.push_str(&say.html_with(
            "interpreter-origin",
            &[("country", say.country(country).into())],
        ));
    }
    text
}

/// What an interpreter reads after tapping Accept: the request is theirs, or someone
/// else's, or they are not (or no longer) a registered interpreter.
pub(crate) fn accept_result(ctx: &Context, locale: Locale, result: AcceptResult<'_>) -> Reply {
    let say = Say::new(ctx, locale);
    match result {
        AcceptResult::Yours(request) => Reply::text(format!(
            "{}\n\n{}",
            say.html_with(
                "interpreter-accepted",
                &[("reference", request.reference.as_str().into())]
            ),
            notice_text(ctx, locale, request)
        ))
        .replacing(true),
        AcceptResult::Taken => Reply::text(say.html("interpreter-taken")).replacing(true),
        AcceptResult::Gone => Reply::text(say.html("intake-unknown-reference")).replacing(true),
        AcceptResult::NotInterpreter => Reply::text(say.html("interpreter-not-registered")),
    }
}

pub(crate) enum AcceptResult<'a> {
    Yours(&'a Request),
    Taken,
    /// Deleted (by the person, or expired) or cancelled.
    Gone,
    NotInterpreter,
}

/// The change to other interpreters' notices once someone has accepted.
pub(crate) fn taken_notice(ctx: &Context, locale: Locale) -> Reply {
    Reply::text(Say::new(ctx, locale).html("interpreter-taken")).replacing(true)
}

/// What the person is told, in their language, when an interpreter accepts.
pub(crate) fn accepted_for_person(ctx: &Context, request: &Request) -> Reply {
    let say = Say::new(ctx, request.locale);
    Reply::text(say.html_with(
        "intake-accepted",
        &[("reference", request.reference.as_str().into())],
    ))
}
