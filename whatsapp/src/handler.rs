//! One message, queued in order, to the end: handled once, its sender found (or added) by a
//! keyed hash of their number, the engine asked, the replies sent. Statuses are noted.

use faro_core::Locale;
use faro_core::channel::is_phone_chat;
use faro_core::clock::now_unix;
use faro_core::dialog::{Elsewhere, Input, Processed, Reply, failure, storage};
use faro_core::metrics::{Channel, Purpose};

use crate::graph::SendError;
use crate::incoming::{Incoming, Sender};
use crate::render::{Words, render};
use crate::shared::{CHANNEL, Shared};

pub(crate) async fn handle(shared: &Shared, incoming: Incoming) {
    match incoming {
        Incoming::Status { status, error } => {
            shared.stats.count_status();
            // Only replies are sent on WhatsApp so far, none through the outbox, so a status
            // changes no row; a failure is worth a line (its code, never the recipient).
            if status == "failed" {
                tracing::warn!(code = ?error, meaning = %SendError::from_code(error, 200), "a WhatsApp message failed after it was accepted");
            } else {
                tracing::debug!(status, "WhatsApp message status");
            }
        }
        Incoming::Message { id, from, input } => message(shared, &id, from, input).await,
    }
}

async fn message(shared: &Shared, id: &str, from: Sender, input: Input) {
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
    let locale = match storage::load(store, chat).await {
        Ok(Some(state)) => state.locale.unwrap_or(Locale::SOURCE),
        _ => Locale::SOURCE,
    };
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

/// The words the rendering adds, in `locale`.
fn words(shared: &Shared, locale: Locale) -> Words {
    Words {
        choose: shared.translations.text(locale, "whatsapp-choose"),
        more: shared.translations.text(locale, "whatsapp-more-choices"),
    }
}

/// Sends the replies in order; stops at the first that cannot go.
async fn deliver(
    shared: &Shared,
    number: &str,
    tag: &str,
    replies: &[Reply],
    locale: Locale,
    purpose: Purpose,
) {
    let words = words(shared, locale);
    for reply in replies {
        for outgoing in render(reply, &words) {
            match crate::send::send(shared, &outgoing.to_json(number)).await {
                Ok(()) => {
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

/// Messages for other people than the one who wrote: only those on WhatsApp can be reached
/// from here (a Telegram chat's notices are the Telegram bot's; an edit, which WhatsApp does
/// not have, is left out).
async fn elsewhere(shared: &Shared, items: &[Elsewhere]) {
    for item in items {
        let Elsewhere::Send { chat_id, reply } = item else {
            continue;
        };
        let tag = shared.hasher.tag("chat", *chat_id);
        if !is_phone_chat(*chat_id) {
            tracing::info!(chat = %tag, "notice for a Telegram chat not sent from WhatsApp");
            continue;
        }
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
