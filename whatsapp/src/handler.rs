//! One message, queued in order, to the end: handled once, its sender found (or added) by a
//! keyed hash of their number, the engine asked, the replies sent. Statuses are noted.

use std::borrow::Cow;

use faro_core::Locale;
use faro_core::channel::is_phone_chat;
use faro_core::clock::now_unix;
use faro_core::dialog::{ChatState, Elsewhere, Event, Input, Processed, Reply, failure, storage};
use faro_core::metrics::{Channel, Purpose};
use faro_core::publishing::{Delivery, campaign_message};

use std::sync::Arc;

use faro_core::relay::ChatRef;

use crate::graph::SendError;
use crate::incoming::{AudioRef, Incoming, Sender};
use crate::render::render;
use crate::shared::{CHANNEL, Shared};

pub(crate) async fn handle(shared: &Arc<Shared>, incoming: Incoming) {
    match incoming {
        Incoming::Status { id, status, error } => status_of(shared, &id, &status, error).await,
        Incoming::Message {
            id,
            from,
            input,
            audio,
        } => message(shared, &id, from, input, audio).await,
    }
}

/// A status of a message Faro sent: a broadcast's row notes it (delivered, read) or fails
/// with its code; a reply's finds no row. The id is hashed at once and never logged.
async fn status_of(shared: &Shared, id: &str, status: &str, error: Option<i64>) {
    shared.stats.count_status();
    let delivery = match status {
        "delivered" => Delivery::Delivered,
        "read" => Delivery::Read,
        "failed" => {
            // Its code is worth a line (never the recipient).
            tracing::warn!(code = ?error, meaning = %SendError::from_code(error, 200), "a WhatsApp message failed after it was accepted");
            Delivery::Failed(format!(
                "WhatsApp code {}",
                error.map_or_else(|| "unknown".to_owned(), |code| code.to_string())
            ))
        }
        _ => {
            tracing::debug!(status, "WhatsApp message status");
            return;
        }
    };
    let store = shared.dialog.store();
    let hash = store
        .phone_contacts(&shared.key, CHANNEL)
        .sent_message_hash(id);
    if let Err(error) = store.outbox().delivery(&hash, &delivery).await {
        tracing::warn!(%error, "a WhatsApp status not recorded");
    }
}

async fn message(
    shared: &Arc<Shared>,
    id: &str,
    from: Sender,
    input: Input,
    audio: Option<AudioRef>,
) {
    shared.metrics.update_received(Channel::WhatsApp);
    let store = shared.dialog.store();
    let contacts = store.phone_contacts(&shared.key, CHANNEL);
    let now = now_unix();
    match contacts.first_sighting(id, now).await {
        Ok(true) => {}
        Ok(false) => {
            shared.stats.count_duplicate();
            tracing::debug!("WhatsApp message delivered again; handled once already");
            return;
        }
        Err(error) => {
            // Meta sends it again when it is not answered 200; here it was, so the message is
            // lost rather than perhaps handled twice. Logged to be seen.
            tracing::error!(%error, "WhatsApp message not handled: the database is unavailable");
            return;
        }
    }
    let (chat, number) = match from {
        Sender::Number { number, user_id } => {
            match contacts.chat_for(&number, user_id.as_deref(), now).await {
                Ok(chat) => (chat, number),
                Err(error) => {
                    tracing::error!(%error, "WhatsApp sender not looked up");
                    return;
                }
            }
        }
        Sender::User(user) => {
            let found = match contacts.chat_for_user(&user, now).await {
                Ok(Some(chat)) => contacts.number_of(chat).await.map(|n| n.map(|n| (chat, n))),
                Ok(None) => Ok(None),
                Err(error) => Err(error),
            };
            match found {
                Ok(Some(found)) => found,
                Ok(None) => {
                    tracing::info!(
                        "WhatsApp message from a username never seen with a number; not answered"
                    );
                    return;
                }
                Err(error) => {
                    tracing::error!(%error, "WhatsApp sender not looked up");
                    return;
                }
            }
        }
    };
    let tag = shared.hasher.tag("chat", chat);
    if let Event::Button(payload) = &input.event
        && let Some(campaign) = crate::broadcast::campaign_of(payload)
        && owed_campaign(shared, chat, &number, &tag, campaign).await
    {
        return;
    }
    // In a conversation, what the person writes or records goes to the other side.
    if crate::relay::carries(&input.event) {
        match shared.dialog.relay_route(ChatRef::of(chat)).await {
            Ok(Some(route)) => {
                let writer = crate::relay::Writer {
                    number: &number,
                    tag: &tag,
                };
                crate::relay::relay(shared, writer, input.event, audio, route).await;
                return;
            }
            Ok(None) => {}
            // The engine meets the same database next and says it is unavailable.
            Err(error) => tracing::error!(chat = %tag, %error, "relay route unavailable"),
        }
    }
    let event = input.event.kind();
    let processed = match shared.dialog.process(chat, input).await {
        Ok(processed) => processed,
        Err(error) => {
            tracing::error!(chat = %tag, %error, "conversation state unavailable");
            Processed {
                replies: vec![failure(shared.dialog.context(), None)],
                elsewhere: Vec::new(),
            }
        }
    };
    // After an erasure the state is gone and the last replies go in the language they were
    // written in; the list's words then fall back to English.
    let state = storage::load(store, chat).await.ok().flatten();
    let locale = state
        .as_ref()
        .and_then(|state| state.locale)
        .unwrap_or(Locale::SOURCE);
    note_opt_in(shared, chat, state.as_ref(), &tag).await;
    deliver(
        shared,
        &number,
        &tag,
        &processed.replies,
        locale,
        Purpose::Reply,
    )
    .await;
    elsewhere(shared, &processed.elsewhere).await;
    tracing::debug!(chat = %tag, event, "WhatsApp message handled");
}

/// The campaign a template's button asked for, in the person's language (the tap opened the
/// window); false when nothing is owed them (an old or forged payload), for the engine to
/// answer.
async fn owed_campaign(shared: &Shared, chat: i64, number: &str, tag: &str, campaign: i64) -> bool {
    let store = shared.dialog.store();
    let locale = match store
        .outbox()
        .owed_after_template(campaign, chat, shared.clock.now())
        .await
    {
        Ok(Some(locale)) => locale,
        Ok(None) => return false,
        Err(error) => {
            tracing::warn!(chat = %tag, %error, "the campaign asked for not found");
            return false;
        }
    };
    let text = match store.campaigns().get(campaign).await {
        Ok(found) => found.text(locale).cloned(),
        Err(error) => {
            tracing::warn!(chat = %tag, %error, "the campaign asked for not found");
            None
        }
    };
    let Some(text) = text else {
        return false;
    };
    let reply = Reply::text(campaign_message(&text, &shared.translations));
    deliver(shared, number, tag, &[reply], locale, Purpose::Broadcast).await;
    if let Err(error) = store.outbox().mark_opened(campaign, chat).await {
        tracing::warn!(chat = %tag, %error, "the campaign's row not updated");
    }
    true
}

/// Keeps the opt-in in step with the person's alerts: the version of the wording they agreed
/// to when alerts are on (recorded once, before the sender may start any message), none when
/// they are off.
async fn note_opt_in(shared: &Shared, chat: i64, state: Option<&ChatState>, tag: &str) {
    let contacts = shared.dialog.store().phone_contacts(&shared.key, CHANNEL);
    let recorded = match contacts.opt_in(chat).await {
        Ok(recorded) => recorded,
        Err(error) => {
            tracing::warn!(chat = %tag, %error, "opt-in not read");
            return;
        }
    };
    let result = match state {
        Some(state) if state.alerts && recorded.is_none() => {
            let locale = state.locale.unwrap_or(Locale::SOURCE);
            let wording = crate::opt_in::wording_version(&shared.translations, locale);
            contacts
                .record_opt_in(chat, &wording, shared.clock.now())
                .await
        }
        Some(state) if state.alerts => Ok(()),
        _ if recorded.is_some() => contacts.clear_opt_in(chat).await,
        _ => Ok(()),
    };
    if let Err(error) = result {
        tracing::warn!(chat = %tag, %error, "opt-in not recorded");
    }
}

/// Sends the replies in order, a voice note before its words; stops at the first text that
/// cannot go.
pub(crate) async fn deliver(
    shared: &Shared,
    number: &str,
    tag: &str,
    replies: &[Reply],
    locale: Locale,
    purpose: Purpose,
) {
    let words = shared.words(locale);
    for reply in replies {
        let mut reply = Cow::Borrowed(reply);
        if let Some(note) = &reply.voice {
            match crate::send::send_clip(shared, number, &note.file).await {
                Ok(_) => {
                    shared.stats.count_sent();
                    shared.metrics.message_sent(Channel::WhatsApp, purpose);
                }
                Err(error) => {
                    shared.stats.count_send_failure();
                    tracing::warn!(chat = %tag, %error, "WhatsApp voice note not sent");
                    // Its caption would label a voice note that never came: say something
                    // went wrong instead, and keep the way back.
                    let mut failed = failure(shared.dialog.context(), Some(locale));
                    failed.keyboard = reply.keyboard.clone();
                    reply = Cow::Owned(failed);
                }
            }
        }
        // A voice note has no caption on WhatsApp: its words and buttons follow it.
        for outgoing in render(&reply, &words) {
            match crate::send::send(shared, &outgoing.to_json(number)).await {
                Ok(_) => {
                    shared.stats.count_sent();
                    shared.metrics.message_sent(Channel::WhatsApp, purpose);
                }
                Err(error) => {
                    shared.stats.count_send_failure();
                    tracing::warn!(chat = %tag, %error, "WhatsApp message not sent");
                    return;
                }
            }
        }
    }
}

/// Messages for other people than the one who wrote: those on WhatsApp from here, those on
/// another channel (the Telegram interpreter of a WhatsApp person) through its carrier —
/// edits too, so that another interpreter's Telegram notice turns "taken" when the request
/// is accepted here. An edit of a WhatsApp message is left out: WhatsApp has none.
async fn elsewhere(shared: &Shared, items: &[Elsewhere]) {
    for item in items {
        let chat_id = item.chat_id();
        let tag = shared.hasher.tag("chat", chat_id);
        if !is_phone_chat(chat_id) {
            if let Err(not) = shared.carriers.deliver(item).await {
                tracing::info!(chat = %tag, reason = %not, "notice for a chat on another channel not carried");
            }
            continue;
        }
        let Elsewhere::Send { chat_id, reply } = item else {
            continue;
        };
        let contacts = shared.dialog.store().phone_contacts(&shared.key, CHANNEL);
        let number = match contacts.number_of(*chat_id).await {
            Ok(Some(number)) => number,
            Ok(None) => continue,
            Err(error) => {
                tracing::warn!(chat = %tag, %error, "notice not sent");
                continue;
            }
        };
        let locale = match storage::load(shared.dialog.store(), *chat_id).await {
            Ok(Some(state)) => state.locale.unwrap_or(Locale::SOURCE),
            _ => Locale::SOURCE,
        };
        deliver(
            shared,
            &number,
            &tag,
            std::slice::from_ref(reply),
            locale,
            Purpose::Notice,
        )
        .await;
    }
}
