//! What the pure engine cannot do itself: store a request, link an interpreter or a kiosk
//! request, give a request to an interpreter. The engine names the effect in its
//! [`Outcome`](super::Outcome); [`run`] does the I/O and asks the intake flow what to say
//! about the result, here and in other chats.

use crate::clock::now_unix;
use crate::intake::{
    AcceptOutcome, IntakeError, LanguageTag, NewDeclaration, Origin, Reference, Request,
    RequestStatus, Subject,
};
use crate::locale::Locale;
use crate::store::StoreError;

use super::flow::intake::{self, AcceptResult};
use super::reply::Reply;
use super::session::Dialog;
use super::state::ChatState;
use super::storage;

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Record the declaration and open a request for it.
    SubmitIntake(IntakeAnswers),
    /// Show the person's open request (a second tap on the last question).
    ShowOpenRequest,
    /// `/start <code>` from `faro interpreter add`: link this chat to that interpreter.
    LinkInterpreter(String),
    /// `/start <locale>_r-<reference>` from a kiosk's QR code: hear about that request here.
    LinkRequest(String),
    /// An interpreter tapped Accept.
    AcceptRequest(i64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct IntakeAnswers {
    pub origin: Origin,
    pub share_origin: bool,
    pub languages: Vec<LanguageTag>,
    pub shelter: Option<String>,
}

/// A message for another chat than the one that acted.
#[derive(Clone, Debug, PartialEq)]
pub enum Elsewhere {
    Send {
        chat_id: i64,
        reply: Reply,
    },
    /// Change a message sent earlier (an interpreter's notice, to "taken").
    Edit {
        chat_id: i64,
        message_id: i64,
        reply: Reply,
    },
}

/// What one event produced for every chat.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Processed {
    /// For the chat that acted, in order.
    pub replies: Vec<Reply>,
    pub elsewhere: Vec<Elsewhere>,
}

pub(super) async fn run(
    dialog: &Dialog,
    chat_id: i64,
    state: &ChatState,
    client: Option<Locale>,
    effect: Effect,
) -> Result<Processed, StoreError> {
    let ctx = dialog.context();
    let store = dialog.store();
    let mut processed = Processed::default();
    match effect {
        Effect::SubmitIntake(answers) => {
            let new = NewDeclaration {
                subject: Subject::Telegram(chat_id),
                locale: state.speaking(client),
                origin: answers.origin,
                share_origin: answers.share_origin,
                languages: answers.languages,
                shelter_id: answers.shelter,
                city: None,
            }
            .with_city_from(ctx.content.directory());
            let reply = match store
                .requests()
                .create(&new, ctx.settings.retention_days, now_unix())
                .await
            {
                Ok(request) => {
                    dialog.routing().wake();
                    let available = available(dialog, &request).await?;
                    intake::request_status(ctx, state, client, &request, available)
                }
                Err(IntakeError::Store(error)) => return Err(error),
                Err(error) => {
                    tracing::warn!(%error, "intake answers refused");
                    intake::failed(ctx, state, client)
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
                    let available = available(dialog, &request).await?;
                    intake::request_status(ctx, state, client, &request, available)
                }
                None => intake::unknown_reference(ctx, state, client),
            };
            processed.replies.push(reply);
        }
        Effect::LinkInterpreter(code) => {
            let name = match store.interpreters().link(&code, chat_id).await {
                Ok(interpreter) => Some(interpreter.display_name),
                Err(IntakeError::BadLinkCode) => None,
                // This chat is already linked to another interpreter.
                Err(IntakeError::Store(StoreError::Database(error))) if matches!(&error, sqlx::Error::Database(db) if db.is_unique_violation()) => {
                    None
                }
                Err(error) => return Err(store_error(error)),
            };
            processed.replies.push(intake::interpreter_linked(
                ctx,
                state,
                client,
                name.as_deref(),
            ));
        }
        Effect::LinkRequest(raw) => {
            let reply = match link_request(dialog, chat_id, &raw).await? {
                Some(request) => {
                    let available = available(dialog, &request).await?;
                    intake::request_status(ctx, state, client, &request, available)
                }
                None => intake::unknown_reference(ctx, state, client),
            };
            processed.replies.push(reply);
        }
        Effect::AcceptRequest(request_id) => {
            let locale = state.speaking(client);
            accept(dialog, chat_id, locale, request_id, &mut processed).await?;
        }
    }
    Ok(processed)
}

fn store_error(error: IntakeError) -> StoreError {
    match error {
        IntakeError::Store(error) => error,
        other => StoreError::Corrupt(other.to_string()),
    }
}

/// Whether some interpreter can be told about the request now.
async fn available(dialog: &Dialog, request: &Request) -> Result<bool, StoreError> {
    let found = dialog
        .store()
        .interpreters()
        .for_request(request)
        .await
        .map_err(store_error)?;
    Ok(!found.is_empty())
}

/// Links a kiosk request to this chat, unless another chat already follows it (a reference
/// seen over someone's shoulder must not take their request away).
async fn link_request(
    dialog: &Dialog,
    chat_id: i64,
    raw: &str,
) -> Result<Option<Request>, StoreError> {
    let Ok(reference) = Reference::parse(raw) else {
        return Ok(None);
    };
    let store = dialog.store();
    let request = match store.requests().by_reference(&reference).await {
        Ok(request) => request,
        Err(IntakeError::NoSuchRequest) => return Ok(None),
        Err(error) => return Err(store_error(error)),
    };
    if request.notify_chat_id.is_some_and(|chat| chat != chat_id)
        || matches!(
            request.status,
            RequestStatus::Done | RequestStatus::Cancelled
        )
    {
        return Ok(None);
    }
    match store.requests().link_to_chat(&reference, chat_id).await {
        // Another chat linked it a moment before: theirs.
        Ok(request) => Ok((request.notify_chat_id == Some(chat_id)).then_some(request)),
        Err(IntakeError::NoSuchRequest) => Ok(None),
        Err(error) => Err(store_error(error)),
    }
}

async fn accept(
    dialog: &Dialog,
    chat_id: i64,
    locale: Locale,
    request_id: i64,
    processed: &mut Processed,
) -> Result<(), StoreError> {
    let ctx = dialog.context();
    let store = dialog.store();
    let interpreter = store
        .interpreters()
        .by_chat(chat_id)
        .await
        .map_err(store_error)?
        .filter(|interpreter| interpreter.active);
    let Some(interpreter) = interpreter else {
        processed.replies.push(intake::accept_result(
            ctx,
            locale,
            AcceptResult::NotInterpreter,
        ));
        return Ok(());
    };
    let outcome = match store
        .requests()
        .accept(request_id, interpreter.id, now_unix())
        .await
    {
        Ok(outcome) => outcome,
        Err(IntakeError::NoSuchRequest) => {
            processed
                .replies
                .push(intake::accept_result(ctx, locale, AcceptResult::Gone));
            return Ok(());
        }
        Err(error) => return Err(store_error(error)),
    };
    match outcome {
        AcceptOutcome::Accepted(request) => {
            processed.replies.push(intake::accept_result(
                ctx,
                locale,
                AcceptResult::Yours(&request),
            ));
            if let Some(person) = request.notify_chat_id {
                processed.elsewhere.push(Elsewhere::Send {
                    chat_id: person,
                    reply: intake::accepted_for_person(ctx, &request),
                });
            }
            let notices = store
                .requests()
                .notices(request.id)
                .await
                .map_err(store_error)?;
            for (other, other_chat, message) in notices {
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
                    reply: intake::taken_notice(ctx, their_locale),
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
            processed.replies.push(intake::accept_result(
                ctx,
                locale,
                AcceptResult::Yours(&request),
            ));
        }
        AcceptOutcome::AlreadyTaken { .. } => {
            processed
                .replies
                .push(intake::accept_result(ctx, locale, AcceptResult::Taken));
        }
    }
    Ok(())
}
