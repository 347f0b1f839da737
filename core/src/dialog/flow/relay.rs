//! What the relay says (`crate::relay`): how each side is named to the other, the notices
//! when a conversation starts and ends, and why a message was not passed on. Each side reads
//! them in its own language; neither ever reads the other's name, number or account.

use crate::dialog::context::Context;
use crate::dialog::flow::menu;
use crate::dialog::reply::Reply;
use crate::dialog::say::Say;
use crate::dialog::state::ChatState;
use crate::i18n::Arg;
use crate::intake::{Request, RequestStatus};
use crate::locale::Locale;
use crate::relay::{Conversation, InterpreterHours, NotCarried, Side};
use crate::rich_text::{Block, RichText};

/// How `side` is shown to the other side: "Interpreter Marie", or "Person (ABC123)".
pub fn role(say: Say<'_>, conversation: &Conversation, side: Side) -> String {
    match side {
        Side::Interpreter => match &conversation.label {
            Some(label) => say.text_with(
                "relay-role-interpreter",
                &[("label", label.as_str().into())],
            ),
            None => say.text("relay-role-interpreter-unnamed"),
        },
        Side::Person => say.text_with(
            "relay-role-person",
            &[("reference", conversation.reference.as_str().into())],
        ),
        Side::Staff => say.text("relay-role-staff"),
    }
}

/// A relayed text as the receiver gets it: who it is from, then exactly what was written.
pub fn relayed_text(from_role: &str, text: &str) -> Reply {
    Reply::text(RichText::from(Block::bold(from_role)).then(Block::text(text)))
}

/// Who a voice note is from, for a channel that sends it without a caption (WhatsApp's
/// audio): the role alone, just before the note.
pub fn relayed_voice_label(from_role: &str) -> Reply {
    Reply::text(RichText::from(Block::bold(from_role)))
}

/// What the person reads when the interpreter's acceptance starts the conversation.
pub(crate) fn started_for_person(
    ctx: &Context,
    locale: Locale,
    conversation: &Conversation,
) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(say.paragraph_with(
        "relay-started-person",
        &[
            ("role", role(say, conversation, Side::Interpreter).into()),
            ("reference", conversation.reference.as_str().into()),
        ],
    ))
}

/// What the interpreter reads under "accepted": how to talk, and as whom they are shown.
pub(crate) fn started_for_interpreter(say: Say<'_>, conversation: &Conversation) -> RichText {
    let languages: Vec<String> = conversation
        .languages
        .iter()
        .map(|tag| say.language_name(tag.as_str()))
        .collect();
    let mut text = say.paragraph_with(
        "relay-started-interpreter",
        &[
            ("reference", conversation.reference.as_str().into()),
            ("language", languages.join(", ").into()),
            ("role", role(say, conversation, Side::Interpreter).into()),
        ],
    );
    if conversation.label.is_none() {
        text.append(say.paragraph("relay-label-hint"));
    }
    text
}

/// To the side that sent /end.
pub(crate) fn ended_by_you(say: Say<'_>, state: &ChatState) -> Reply {
    menu::after(say, state, say.paragraph("relay-ended-you"))
}

/// To the other side, when `by` sent /end.
pub(crate) fn ended_by_other(
    ctx: &Context,
    locale: Locale,
    conversation: &Conversation,
    by: Side,
) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(say.paragraph_with(
        "relay-ended-other",
        &[("role", role(say, conversation, by).into())],
    ))
}

/// To the other side when one side deleted their data: that it ended, and nothing of why.
pub(crate) fn ended_neutral(ctx: &Context, locale: Locale, conversation: &Conversation) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(say.paragraph_with(
        "relay-ended-neutral",
        &[("reference", conversation.reference.as_str().into())],
    ))
}

/// /end with no conversation under way.
pub(crate) fn none(say: Say<'_>, state: &ChatState) -> Reply {
    menu::after(say, state, say.paragraph("relay-none"))
}

/// Why a message was not passed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not text nor a voice note (a photo, a sticker, a file).
    Kind,
    /// Too many messages already wait for the other side.
    Busy,
    /// The other side is on WhatsApp and has not written for 24 hours: nothing free-form
    /// may reach them until they write again.
    OutsideWindow,
    /// The other side cannot be reached now (its channel is not running here, or refused).
    Unreachable,
}

impl From<NotCarried> for Refusal {
    fn from(not: NotCarried) -> Self {
        match not {
            NotCarried::Busy => Refusal::Busy,
            NotCarried::OutsideWindow => Refusal::OutsideWindow,
            NotCarried::NoCarrier | NotCarried::Unreachable | NotCarried::CannotEdit => {
                Refusal::Unreachable
            }
        }
    }
}

pub fn refusal(ctx: &Context, locale: Locale, refusal: Refusal) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(say.paragraph(match refusal {
        Refusal::Kind => "relay-only-text-voice",
        Refusal::Busy => "relay-busy",
        Refusal::OutsideWindow => "relay-outside-window",
        Refusal::Unreachable => "relay-unreachable",
    }))
}

/// After /label: how people see the interpreter now, or what a label may be.
pub(crate) fn label_result(say: Say<'_>, shown_as: Option<&str>) -> Reply {
    Reply::text(match shown_as {
        Some(role) => say.paragraph_with("relay-label-set", &[("role", role.into())]),
        None => say.paragraph("relay-label-bad"),
    })
}

/// After /available or /away.
pub(crate) fn availability(say: Say<'_>, available: bool) -> Reply {
    Reply::text(say.paragraph(if available {
        "relay-available"
    } else {
        "relay-away"
    }))
}

/// Under a new conversation's start, for an interpreter already in others: what they write
/// goes to this one, the latest; `/to` writes in another.
pub(crate) fn several(
    say: Say<'_>,
    current: &crate::intake::Reference,
    open: &[(i64, crate::intake::Reference)],
) -> RichText {
    let other = open
        .iter()
        .map(|(_, reference)| reference)
        .find(|reference| *reference != current)
        .unwrap_or(current);
    say.paragraph_with(
        "relay-several",
        &[
            ("references", references(say, open).into()),
            ("reference", current.as_str().into()),
            ("other", other.as_str().into()),
        ],
    )
}

/// After `/to` named one of the interpreter's open conversations.
pub(crate) fn focus_set(say: Say<'_>, reference: &crate::intake::Reference) -> Reply {
    Reply::text(say.paragraph_with("relay-to-set", &[("reference", reference.as_str().into())]))
}

/// After `/to` named none of them: which are open.
pub(crate) fn focus_unknown(say: Say<'_>, open: &[(i64, crate::intake::Reference)]) -> Reply {
    Reply::text(say.paragraph_with(
        "relay-to-unknown",
        &[("references", references(say, open).into())],
    ))
}

fn references(say: Say<'_>, open: &[(i64, crate::intake::Reference)]) -> String {
    open.iter()
        .map(|(_, reference)| reference.as_str())
        .collect::<Vec<_>>()
        .join(say.locale.list_separator())
}

/// Staff's Telegram linked to their account (`name`): how to join a conversation.
pub(crate) fn staff_linked(say: Say<'_>, state: &ChatState, name: &str) -> Reply {
    menu::after(
        say,
        state,
        say.paragraph_with("relay-staff-linked", &[("name", name.into())]),
    )
}

/// To staff who joined: as whom the others see them.
pub(crate) fn joined_you(say: Say<'_>, conversation: &Conversation) -> Reply {
    Reply::text(say.paragraph_with(
        "relay-joined-you",
        &[
            ("reference", conversation.reference.as_str().into()),
            ("role", role(say, conversation, Side::Staff).into()),
        ],
    ))
}

/// To the person and the interpreter when staff joined.
pub(crate) fn joined_other(ctx: &Context, locale: Locale, conversation: &Conversation) -> Reply {
    let say = Say::new(ctx, locale);
    Reply::text(say.paragraph_with(
        "relay-joined-other",
        &[("role", role(say, conversation, Side::Staff).into())],
    ))
}

/// `/join` that joined nothing, whatever the reason.
pub(crate) fn join_failed(say: Say<'_>, state: &ChatState) -> Reply {
    menu::after(say, state, say.paragraph("relay-join-failed"))
}

/// After `/hours`: the hours set, in the interpreter's words and with their zone, or that
/// they were dropped (`None`).
pub(crate) fn hours_result(say: Say<'_>, hours: Option<&InterpreterHours>) -> Reply {
    Reply::text(match hours {
        Some(hours) => {
            let described =
                crate::content::hours::describe(&[hours.rule()], say.locale, &|key, args| {
                    say.text_with(key, args)
                });
            say.paragraph_with(
                "relay-hours-set",
                &[
                    ("hours", described.into()),
                    ("zone", hours.zone().name().to_owned().into()),
                ],
            )
        }
        None => say.paragraph("relay-hours-off"),
    })
}

/// `/hours` with nothing to read as hours and none set: how to write them.
pub(crate) fn hours_usage(say: Say<'_>) -> Reply {
    Reply::text(say.paragraph("relay-hours-usage"))
}

/// What the person reads when nobody accepted within the second limit: that staff now see
/// it (the shelter's, or the coordinators' for a request of no shelter) and that it stays
/// open.
pub fn escalated_notice(ctx: &Context, locale: Locale, request: &Request) -> Reply {
    let say = Say::new(ctx, locale);
    let key = if request.shelter_id.is_some() {
        "relay-escalated"
    } else {
        "relay-escalated-remote"
    };
    Reply::text(say.paragraph_with(key, &[("reference", request.reference.as_str().into())]))
        .fit(&ctx.limits)
}

/// Where the person's request stands (`/status`): waiting, accepted, in a conversation or
/// ended, with the time waited in whole minutes.
pub(crate) fn stands(
    say: Say<'_>,
    state: &ChatState,
    request: &Request,
    conversation: Option<&Conversation>,
    now: i64,
) -> Reply {
    let reference = request.reference.as_str();
    let minutes = |seconds: i64| Arg::from(seconds.max(0) / 60);
    let text = match (request.status, conversation) {
        (RequestStatus::Waiting, _) => say.paragraph_with(
            "relay-status-waiting",
            &[
                ("reference", reference.into()),
                ("minutes", minutes(now - request.created_at)),
            ],
        ),
        (RequestStatus::Accepted, Some(conversation)) => say.paragraph_with(
            "relay-status-talking",
            &[
                ("role", role(say, conversation, Side::Interpreter).into()),
                ("reference", reference.into()),
            ],
        ),
        (RequestStatus::Accepted, None) => say.paragraph_with(
            "relay-status-accepted",
            &[
                ("reference", reference.into()),
                (
                    "minutes",
                    minutes(request.accepted_at.unwrap_or(now) - request.created_at),
                ),
            ],
        ),
        (RequestStatus::Done | RequestStatus::Cancelled, _) => {
            say.paragraph_with("relay-status-ended", &[("reference", reference.into())])
        }
    };
    menu::after(say, state, text)
}
