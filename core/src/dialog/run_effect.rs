//! Carries out the [`Effect`] the engine named: the I/O, then what to say about the result,
//! in the chat that acted (in the language of its turn) and in others.

use crate::clock::now_unix;
use crate::intake::{
    AcceptOutcome, IntakeError, LinkSecret, NewDeclaration, Request, RequestStatus, RoutingSignal,
    Subject,
};
use crate::locale::Locale;
use crate::relay::{ChatRef, Ending, InterpreterHours, Label};
use crate::store::{Store, StoreError};

use super::context::Context;
use super::effect::Effect;
use super::flow::intake::notices::{self, AcceptResult};
use super::flow::menu;
use super::flow::relay as relay_texts;
use super::processed::{Elsewhere, Processed};
use super::say::Say;
use super::state::ChatState;
use super::storage;

/// What carrying out an effect needs: the engine's context and the database.
pub(super) struct Io<'a> {
    pub ctx: &'a Context,
    pub store: &'a Store,
    /// Rung when a request is made, so interpreters are told.
    pub routing: &'a RoutingSignal,
    pub metrics: &'a crate::metrics::Metrics,
}

/// `state` and `locale` are the turn's, after the engine handled it.
pub(super) async fn run(
    io: &Io<'_>,
    chat_id: i64,
    state: &ChatState,
    locale: Locale,
    effect: Effect,
) -> Result<Processed, StoreError> {
    let say = Say::new(io.ctx, locale);
    let store = io.store;
    let mut processed = Processed::default();
    if let Some(command) = InterpreterCommand::of(&effect) {
        let reply = command.run(io, chat_id, say, state).await?;
        processed.replies.push(reply);
        return Ok(processed);
    }
    match effect {
        Effect::SubmitIntake(answers) => {
            let new = NewDeclaration {
                subject: Subject::Telegram(chat_id),
                locale,
                origin: answers.origin,
                share_origin: answers.share_origin,
                languages: answers.languages,
                shelter_id: answers.shelter,
                city: None,
            }
            .with_city_from(&io.ctx.content.directory());
            let reply = match store
                .requests()
                .create(&new, io.ctx.settings.retention_days, now_unix())
                .await
            {
                Ok(request) => {
                    io.routing.wake();
                    let available = available(io, &request).await?;
                    notices::request_status(say, state, &request, available)
                }
                Err(IntakeError::Store(error)) => return Err(error),
                Err(error) => {
                    tracing::warn!(%error, "intake answers refused");
                    notices::failed(say, state)
                }
            };
            processed.replies.push(reply);
        }
        Effect::ShowOpenRequest => {
            let open = store
                .requests()
                .open_of(&Subject::Telegram(chat_id))
                .await
                .map_err(store_error)?;
            let reply = match open {
                Some(request) => {
                    let available = available(io, &request).await?;
                    notices::request_status(say, state, &request, available)
                }
                None => notices::unknown_reference(say, state),
            };
            processed.replies.push(reply);
        }
        Effect::LinkInterpreter(code) => {
            let name = match store.interpreters().link(&code, chat_id).await {
                Ok(interpreter) => Some(interpreter.display_name),
                Err(IntakeError::BadLinkCode) => {
                    // Not an interpreter's: perhaps staff linking their account (from
                    // Telegram only: staff join conversations there).
                    if !crate::channel::is_phone_chat(chat_id)
                        && let Some(staff) = link_staff(store, &code, chat_id).await?
                    {
                        processed
                            .replies
                            .push(relay_texts::staff_linked(say, state, &staff.name));
                        return Ok(processed);
                    }
                    None
                }
                // This chat is already linked to another interpreter.
                Err(IntakeError::Store(StoreError::Database(error))) if matches!(&error, sqlx::Error::Database(db) if db.is_unique_violation()) => {
                    None
                }
                Err(error) => return Err(store_error(error)),
            };
            processed.replies.push(notices::interpreter_linked(
                say,
                state,
                name.as_deref(),
                crate::channel::is_phone_chat(chat_id),
            ));
        }
        Effect::LinkRequest(secret) => {
            let reply = match link_request(store, chat_id, &secret).await? {
                Some(request) if request.status == RequestStatus::Accepted => {
                    joined_after_acceptance(io, say, state, &request, &mut processed).await?
                }
                Some(request) => {
                    let available = available(io, &request).await?;
                    notices::request_status(say, state, &request, available)
                }
                // Exactly the answer to `/start <locale>` alone: nothing tells a guesser
                // whether the secret exists, belongs to a closed request or to another chat,
                // or whether the chat is over its limit.
                None => menu::after(say, state, say.paragraph("bot-welcome")),
            };
            processed.replies.push(reply);
        }
        Effect::AcceptRequest(request_id) => {
            accept(io, chat_id, say, request_id, &mut processed).await?;
        }
        Effect::ShowRequestStatus => {
            let latest = store
                .requests()
                .latest_of(&Subject::Telegram(chat_id))
                .await
                .map_err(store_error)?;
            let reply = match latest {
                None => notices::unknown_reference(say, state),
                Some(request) => {
                    let conversation = store
                        .conversations()
                        .open(request.id)
                        .await
                        .map_err(store_error)?;
                    relay_texts::stands(say, state, &request, conversation.as_ref(), now_unix())
                }
            };
            processed.replies.push(reply);
        }
        Effect::EndConversation => {
            end_conversation(io, chat_id, say, state, &mut processed).await?;
        }
        Effect::JoinConversation(raw) => {
            join(io, chat_id, say, state, raw.trim(), &mut processed).await?;
        }
        // Done above, once the chat is known as an interpreter's.
        Effect::SetLabel(_)
        | Effect::SetHours(_)
        | Effect::FocusConversation(_)
        | Effect::SetAvailable(_) => {}
    }
    Ok(processed)
}

/// An interpreter's own commands (`/label`, `/hours`, `/to`, `/available`/`/away`), which
/// first need the chat to be a linked interpreter's.
enum InterpreterCommand {
    Label(String),
    Hours(String),
    Focus(String),
    Available(bool),
}

impl InterpreterCommand {
    fn of(effect: &Effect) -> Option<Self> {
        Some(match effect {
            Effect::SetLabel(raw) => InterpreterCommand::Label(raw.clone()),
            Effect::SetHours(raw) => InterpreterCommand::Hours(raw.clone()),
            Effect::FocusConversation(raw) => InterpreterCommand::Focus(raw.clone()),
            Effect::SetAvailable(available) => InterpreterCommand::Available(*available),
            _ => return None,
        })
    }

    /// Carried out for `chat_id`'s interpreter; "you are not an interpreter" for anyone else.
    async fn run(
        self,
        io: &Io<'_>,
        chat_id: i64,
        say: Say<'_>,
        state: &ChatState,
    ) -> Result<super::reply::Reply, StoreError> {
        let store = io.store;
        let Some(interpreter) = store
            .interpreters()
            .by_chat(chat_id)
            .await
            .map_err(store_error)?
        else {
            return Ok(notices::accept_result(say, AcceptResult::NotInterpreter));
        };
        Ok(match self {
            InterpreterCommand::Label(raw) => match Label::parse(&raw) {
                Ok(label) => {
                    store
                        .conversations()
                        .set_label(interpreter.id, &label)
                        .await
                        .map_err(store_error)?;
                    let role = say.text_with(
                        "relay-role-interpreter",
                        &[("label", label.as_str().into())],
                    );
                    relay_texts::label_result(say, Some(&role))
                }
                Err(_) => relay_texts::label_result(say, None),
            },
            InterpreterCommand::Hours(raw) => {
                set_hours(io, say, interpreter.id, raw.trim()).await?
            }
            InterpreterCommand::Focus(raw) => {
                let open = store
                    .conversations()
                    .of_interpreter(interpreter.id)
                    .await
                    .map_err(store_error)?;
                let wanted = raw.trim().to_ascii_uppercase();
                match open
                    .iter()
                    .find(|(_, reference)| reference.as_str() == wanted)
                {
                    Some((id, reference)) => {
                        store
                            .conversations()
                            .set_focus(interpreter.id, *id)
                            .await
                            .map_err(store_error)?;
                        relay_texts::focus_set(say, reference)
                    }
                    None if open.is_empty() => relay_texts::none(say, state),
                    None => relay_texts::focus_unknown(say, &open),
                }
            }
            InterpreterCommand::Available(available) => {
                store
                    .interpreters()
                    .set_available(interpreter.id, available)
                    .await
                    .map_err(store_error)?;
                if available {
                    // Requests still waiting reach them at the router's next look.
                    io.routing.wake();
                }
                relay_texts::availability(say, available)
            }
        })
    }
}

/// Links staff's account to this chat when `code` is one made on the staff page.
async fn link_staff(
    store: &Store,
    code: &str,
    chat_id: i64,
) -> Result<Option<crate::accounts::User>, StoreError> {
    match store.users().link_telegram(code, chat_id).await {
        Ok(user) => Ok(user),
        Err(crate::accounts::AccountError::Store(error)) => Err(error),
        Err(error) => Err(StoreError::Corrupt(error.to_string())),
    }
}

/// `/join REFERENCE`: staff linked from the staff page join the open conversation of a
/// request they may act on (their shelter's; any for an admin); the two sides hear that
/// shelter staff joined. Anything else reads the same refusal, which tells nothing of
/// whether the reference exists.
async fn join(
    io: &Io<'_>,
    chat_id: i64,
    say: Say<'_>,
    state: &ChatState,
    raw: &str,
    processed: &mut Processed,
) -> Result<(), StoreError> {
    let store = io.store;
    let staff = match store.users().by_telegram(chat_id).await {
        Ok(user) => user,
        Err(crate::accounts::AccountError::Store(error)) => return Err(error),
        Err(error) => return Err(StoreError::Corrupt(error.to_string())),
    };
    let request = match crate::intake::Reference::parse(raw) {
        Ok(reference) => match store.requests().by_reference(&reference).await {
            Ok(request) => Some(request),
            Err(IntakeError::Store(error)) => return Err(error),
            Err(_) => None,
        },
        Err(_) => None,
    };
    let allowed = match (&staff, &request) {
        (Some(staff), Some(request)) => crate::intake::queue::may_act_on(staff, request),
        _ => false,
    };
    let chat = ChatRef::of(chat_id);
    let conversation = match (allowed, request) {
        (true, Some(request)) => {
            if store
                .conversations()
                .join_staff(request.id, chat)
                .await
                .map_err(store_error)?
            {
                store
                    .conversations()
                    .open(request.id)
                    .await
                    .map_err(store_error)?
            } else {
                None
            }
        }
        _ => None,
    };
    let Some(conversation) = conversation else {
        processed.replies.push(relay_texts::join_failed(say, state));
        return Ok(());
    };
    processed
        .replies
        .push(relay_texts::joined_you(say, &conversation));
    for (_, other) in conversation.others(crate::relay::Side::Staff) {
        let locale = super::relay_sides::locale_of(store, &conversation, other).await?;
        processed.elsewhere.push(Elsewhere::Send {
            chat_id: other.chat,
            reply: relay_texts::joined_other(io.ctx, locale, &conversation),
        });
    }
    Ok(())
}

/// `/hours`: `off` drops the interpreter's hours, hours replace them, nothing shows them;
/// what cannot be read as hours gets the form to use.
async fn set_hours(
    io: &Io<'_>,
    say: Say<'_>,
    interpreter: crate::intake::InterpreterId,
    raw: &str,
) -> Result<super::reply::Reply, StoreError> {
    let interpreters = io.store.interpreters();
    if raw.eq_ignore_ascii_case("off") {
        interpreters
            .set_hours(interpreter, None)
            .await
            .map_err(store_error)?;
        // Whoever was outside their hours may be told of waiting requests now.
        io.routing.wake();
        return Ok(relay_texts::hours_result(say, None));
    }
    let hours = if raw.is_empty() {
        interpreters.hours(interpreter).await.map_err(store_error)?
    } else {
        let zone = crate::zone::Zone::parse(&io.ctx.settings.time_zone)
            .unwrap_or_else(|_| crate::zone::Zone::utc());
        match InterpreterHours::parse(raw, &zone) {
            Ok(hours) => {
                interpreters
                    .set_hours(interpreter, Some(&hours))
                    .await
                    .map_err(store_error)?;
                io.routing.wake();
                Some(hours)
            }
            Err(_) => None,
        }
    };
    Ok(match hours {
        Some(hours) => relay_texts::hours_result(say, Some(&hours)),
        None => relay_texts::hours_usage(say),
    })
}

fn store_error(error: IntakeError) -> StoreError {
    match error {
        IntakeError::Store(error) => error,
        other => StoreError::Corrupt(other.to_string()),
    }
}

/// Whether some interpreter can be told about the request now.
async fn available(io: &Io<'_>, request: &Request) -> Result<bool, StoreError> {
    let found = io
        .store
        .interpreters()
        .for_request(request)
        .await
        .map_err(store_error)?;
    Ok(!found.is_empty())
}

/// A kiosk request an interpreter accepted before its person opened the kiosk's QR code on
/// their phone: the conversation through the bot starts now (the interpreter is told), or,
/// when it cannot (an interpreter without Telegram) or is under way already, where it stands.
async fn joined_after_acceptance(
    io: &Io<'_>,
    say: Say<'_>,
    state: &ChatState,
    request: &Request,
    processed: &mut Processed,
) -> Result<super::reply::Reply, StoreError> {
    let store = io.store;
    let started = store
        .conversations()
        .start(request.id, now_unix())
        .await
        .map_err(store_error)?;
    let Some(conversation) = started else {
        let conversation = store
            .conversations()
            .open(request.id)
            .await
            .map_err(store_error)?;
        return Ok(relay_texts::stands(
            say,
            state,
            request,
            conversation.as_ref(),
            now_unix(),
        ));
    };
    let locale =
        super::relay_sides::locale_of(store, &conversation, conversation.interpreter).await?;
    let interpreter_say = Say::new(io.ctx, locale);
    processed.elsewhere.push(Elsewhere::Send {
        chat_id: conversation.interpreter.chat,
        reply: super::reply::Reply::text(relay_texts::started_for_interpreter(
            interpreter_say,
            &conversation,
        )),
    });
    Ok(relay_texts::started_for_person(
        io.ctx,
        say.locale,
        &conversation,
    ))
}

/// Links a kiosk request to this chat given its secret, within the chat's limit of attempts,
/// unless another chat already follows it or it is closed. `None` in every other case.
async fn link_request(
    store: &Store,
    chat_id: i64,
    secret: &LinkSecret,
) -> Result<Option<Request>, StoreError> {
    let requests = store.requests();
    let now = now_unix();
    let allowed = requests
        .link_attempt(chat_id, now)
        .await
        .map_err(store_error)?;
    if !allowed {
        return Ok(None);
    }
    requests
        .link_by_secret(secret, chat_id)
        .await
        .map_err(store_error)
}

async fn accept(
    io: &Io<'_>,
    chat_id: i64,
    say: Say<'_>,
    request_id: i64,
    processed: &mut Processed,
) -> Result<(), StoreError> {
    let store = io.store;
    let interpreter = store
        .interpreters()
        .by_chat(chat_id)
        .await
        .map_err(store_error)?
        .filter(|interpreter| interpreter.active);
    let Some(interpreter) = interpreter else {
        processed
            .replies
            .push(notices::accept_result(say, AcceptResult::NotInterpreter));
        return Ok(());
    };
    let now = now_unix();
    let outcome = match store
        .requests()
        .accept(request_id, interpreter.id, now)
        .await
    {
        Ok(outcome) => outcome,
        Err(IntakeError::NoSuchRequest) => {
            processed
                .replies
                .push(notices::accept_result(say, AcceptResult::Gone));
            return Ok(());
        }
        Err(error) => return Err(store_error(error)),
    };
    match outcome {
        AcceptOutcome::Accepted(request) => {
            io.metrics
                .request_accepted(&request.languages, now - request.created_at);
            let mut yours = notices::accept_result(say, AcceptResult::Yours(&request));
            // With a person who follows the request in a chat, they talk through the bot
            // from now on; a kiosk request nobody linked is met at the desk.
            let conversation = store
                .conversations()
                .start(request.id, now)
                .await
                .map_err(store_error)?;
            if let Some(conversation) = &conversation {
                yours
                    .text
                    .append(relay_texts::started_for_interpreter(say, conversation));
                // In several at once: which one their messages go to, and how to change it.
                let open = store
                    .conversations()
                    .of_interpreter(interpreter.id)
                    .await
                    .map_err(store_error)?;
                if open.len() > 1 {
                    yours
                        .text
                        .append(relay_texts::several(say, &conversation.reference, &open));
                }
            }
            processed.replies.push(yours);
            if let Some(person) = request.notify_chat_id {
                let reply = match &conversation {
                    Some(conversation) => {
                        let locale =
                            super::relay_sides::locale_of(store, conversation, conversation.person)
                                .await?;
                        relay_texts::started_for_person(io.ctx, locale, conversation)
                    }
                    None => notices::accepted_for_person(io.ctx, &request),
                };
                processed.elsewhere.push(Elsewhere::Send {
                    chat_id: person,
                    reply,
                });
            }
            let notices_sent = store
                .requests()
                .notices(request.id)
                .await
                .map_err(store_error)?;
            for (other, other_chat, message) in notices_sent {
                let (true, Some(message_id)) = (other != interpreter.id, message) else {
                    continue;
                };
                let their_locale = storage::load(store, other_chat)
                    .await?
                    .and_then(|state| state.locale)
                    .unwrap_or(Locale::SOURCE);
                processed.elsewhere.push(Elsewhere::Edit {
                    chat_id: other_chat,
                    message_id,
                    reply: notices::taken_notice(Say::new(io.ctx, their_locale)),
                });
            }
        }
        AcceptOutcome::AlreadyTaken {
            by_same_interpreter: true,
        } => {
            let request = store
                .requests()
                .get(request_id)
                .await
                .map_err(store_error)?;
            processed
                .replies
                .push(notices::accept_result(say, AcceptResult::Yours(&request)));
        }
        AcceptOutcome::AlreadyTaken { .. } => {
            processed
                .replies
                .push(notices::accept_result(say, AcceptResult::Taken));
        }
    }
    Ok(())
}

/// `/end`: the conversation this chat is a side of ends, and the other side hears who ended
/// it. Only one of two sides ending at once tells the other.
async fn end_conversation(
    io: &Io<'_>,
    chat_id: i64,
    say: Say<'_>,
    state: &ChatState,
    processed: &mut Processed,
) -> Result<(), StoreError> {
    let store = io.store;
    let found = store
        .conversations()
        .of_chat(ChatRef::of(chat_id))
        .await
        .map_err(store_error)?;
    let Some((conversation, side)) = found else {
        processed.replies.push(relay_texts::none(say, state));
        return Ok(());
    };
    let ended = store
        .conversations()
        .end(conversation.request_id, Ending::by(side), now_unix())
        .await
        .map_err(store_error)?;
    if !ended {
        processed.replies.push(relay_texts::none(say, state));
        return Ok(());
    }
    processed
        .replies
        .push(relay_texts::ended_by_you(say, state));
    for (_, other) in conversation.others(side) {
        let locale = super::relay_sides::locale_of(store, &conversation, other).await?;
        processed.elsewhere.push(Elsewhere::Send {
            chat_id: other.chat,
            reply: relay_texts::ended_by_other(io.ctx, locale, &conversation, side),
        });
    }
    Ok(())
}
