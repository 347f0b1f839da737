//! One update, classified when it was queued, to the end: let the engine decide, answer the
//! button, send.

use faro_core::dialog::{Processed, failure, private_only};
use faro_core::metrics::Purpose;

use crate::incoming::Incoming;
use crate::send::{answer_callback, deliver, deliver_elsewhere};
use crate::shared::Shared;

pub(crate) async fn handle(shared: &Shared, incoming: Incoming) {
    match incoming {
        Incoming::Chat {
            chat,
            input,
            callback,
        } => {
            let event = input.event.kind();
            let client = input.client_locale;
            let processed = match shared.dialog.process(chat, input).await {
                Ok(processed) => processed,
                Err(error) => {
                    let tag = shared.hasher.tag("chat", chat);
                    tracing::error!(chat = %tag, %error, "conversation state unavailable");
                    Processed {
                        replies: vec![failure(shared.dialog.context(), client)],
                        elsewhere: Vec::new(),
                    }
                }
            };
            if let Some(callback) = &callback {
                answer_callback(shared, &callback.id).await;
            }
            let edit = callback.and_then(|callback| callback.message);
            deliver(shared, chat, &processed.replies, edit, Purpose::Reply).await;
            deliver_elsewhere(shared, &processed.elsewhere).await;
            tracing::debug!(chat = %shared.hasher.tag("chat", chat), event, "update handled");
        }
        Incoming::GroupCommand { chat, client } => {
            let reply = private_only(shared.dialog.context(), client);
            deliver(shared, chat, &[reply], None, Purpose::Reply).await;
        }
        Incoming::AnswerOnly(id) => answer_callback(shared, &id).await,
        Incoming::Ignored(reason) => tracing::debug!(reason, "update ignored"),
    }
}
