//! What people and interpreters are told about a request once it exists: its status for the
//! person, the notice an interpreter gets and taps, and what each reads after an Accept.
//! The session says these after the I/O, in the language it is given.

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::flow::menu;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::ChatState;
use crate::intake::{Origin, Request};
use crate::locale::Locale;
use crate::rich_text::{Block, RichText};

/// What the person reads about their request: registered, accepted or waiting.
pub(crate) fn request_status(
    say: Say<'_>,
    state: &ChatState,
    request: &Request,
    interpreters_available: bool,
) -> Reply {
    let reference = request.reference.as_str().to_owned();
    let key = request.status_key(interpreters_available);
    let text = say.paragraph_with(key, &[("reference", reference.into())]);
    menu::after(say, state, text)
}

/// The intake could not be saved (the database is down): say so, keep nothing.
pub(crate) fn failed(say: Say<'_>, state: &ChatState) -> Reply {
    menu::after(say, state, say.paragraph("bot-error"))
}

/// `/start` with a request reference that is not (or no longer) known.
pub(crate) fn unknown_reference(say: Say<'_>, state: &ChatState) -> Reply {
    menu::after(say, state, say.paragraph("intake-unknown-reference"))
}

pub(crate) fn interpreter_linked(
    say: Say<'_>,
    state: &ChatState,
    name: Option<&str>,
    on_whatsapp: bool,
) -> Reply {
    // On WhatsApp, what its 24-hour window means for the interpreter's notices.
    let key = if on_whatsapp {
        "interpreter-linked-whatsapp"
    } else {
        "interpreter-linked"
    };
    let text = match name {
        Some(name) => say.paragraph_with(key, &[("name", name.into())]),
        None => say.paragraph("interpreter-link-failed"),
    };
    menu::after(say, state, text)
}

/// The message an interpreter gets about a new request, in the interpreter's language, with
/// its Accept button, within the channel's limits.
pub fn interpreter_notice(ctx: &Context, locale: Locale, request: &Request) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(notice_text(say, request))
        .with_buttons(vec![vec![Button::action(
            say.text("interpreter-accept"),
            Action::AcceptRequest(request.id),
        )]])
        .fit(&ctx.limits)
}

/// One message about several requests an interpreter was not told of yet (held while they
/// had just been told of another): how many, a line for each, and an Accept button for each.
pub fn interpreter_batch_notice(ctx: &Context, locale: Locale, requests: &[Request]) -> Reply {
    let say = Say::new(ctx, locale);
    let mut text = RichText::text(say.text_with(
        "interpreter-new-requests",
        &[("count", (requests.len() as f64).into())],
    ));
    let mut buttons = Vec::with_capacity(requests.len());
    for request in requests {
        text = text.then(notice_text(say, request));
        buttons.push(vec![Button::action(
            say.text_with(
                "interpreter-accept-reference",
                &[("reference", request.reference.as_str().into())],
            ),
            Action::AcceptRequest(request.id),
        )]);
    }
    Reply::text(text).with_buttons(buttons).fit(&ctx.limits)
}

fn notice_text(say: Say<'_>, request: &Request) -> Block {
    let languages: Vec<String> = request
        .languages
        .iter()
        .map(|tag| say.language_name(tag.as_str()))
        .collect();
    let directory = say.ctx.content.directory();
    let place = request
        .shelter_id
        .as_deref()
        .and_then(|id| directory.get(id))
        .map(|entry| match &entry.city {
            Some(city) => format!("{} ({city})", entry.name),
            None => entry.name.clone(),
        })
        .unwrap_or_else(|| say.text("interpreter-remote"));
    let mut text = say.text_with(
        "interpreter-new-request",
        &[
            ("reference", request.reference.as_str().into()),
            ("language", languages.join(", ").into()),
            ("place", place.into()),
        ],
    );
    if let Some(Origin::Country(country)) = request.shared_origin {
        text.push('\n');
        text.push_str(&say.text_with(
            "interpreter-origin",
            &[("country", say.country(country).into())],
        ));
    }
    Block::text(text)
}

/// What an interpreter reads after tapping Accept: the request is theirs, or someone
/// else's, or they are not (or no longer) a registered interpreter.
pub(crate) fn accept_result(say: Say<'_>, result: AcceptResult<'_>) -> Reply {
    match result {
        AcceptResult::Yours(request) => {
            let accepted = say.paragraph_with(
                "interpreter-accepted",
                &[("reference", request.reference.as_str().into())],
            );
            Reply::text(accepted.then(notice_text(say, request))).replacing(true)
        }
        AcceptResult::Taken => Reply::text(say.paragraph("interpreter-taken")).replacing(true),
        AcceptResult::Gone => {
            Reply::text(say.paragraph("intake-unknown-reference")).replacing(true)
        }
        AcceptResult::NotInterpreter => Reply::text(say.paragraph("interpreter-not-registered")),
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
pub(crate) fn taken_notice(say: Say<'_>) -> Reply {
    Reply::text(say.paragraph("interpreter-taken")).replacing(true)
}

/// What the person is told, in their language, when an interpreter accepts.
pub(crate) fn accepted_for_person(ctx: &Context, request: &Request) -> Reply {
    let say = Say::new(ctx, request.locale);
    Reply::text(RichText::text(say.text_with(
        "intake-accepted",
        &[("reference", request.reference.as_str().into())],
    )))
}
