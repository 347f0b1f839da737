//! One update, classified when it was queued, to the end: let the engine decide, answer the
//! button, send.

use faro_core::dialog::{Processed, failure, private_only};
use std::sync::Arc;

use faro_core::metrics::Purpose;
use faro_core::relay::ChatRef;

use crate::incoming::Incoming;
use crate::relay;
use crate::send::{answer_callback, deliver, deliver_elsewhere};
use crate::shared::Shared;

pub(crate) async fn handle(shared: &Arc<Shared>, incoming: Incoming) {
    match incoming {
        Incoming::Chat {
            chat,
            input,
            callback,
            original,
        } => {
            // In a conversation, what the chat writes or records goes to the other side.
            if let Some(original) = original
                && relay::carries(&input.event)
            {
                match shared.dialog.relay_route(ChatRef::telegram(chat)).await {
                    Ok(Some(route)) => {
                        relay::relay(shared, chat, original, input.event, route).await;
                        tracing::debug!(chat = %shared.hasher.tag("chat", chat), "update relayed");
                        return;
                    }
                    Ok(None) => {}
                    // The engine meets the same database next and says it is unavailable.
                    Err(error) => tracing::error!(%error, "relay route unavailable"),
                }
            }
            // A link code (`/start <code>`) or a language chosen may make or change an
            // interpreter's menu.
            let menu_may_change = matches!(
                &input.event,
                faro_core::dialog::Event::Start { payload: Some(_) }
            ) || matches!(&input.event, faro_core::dialog::Event::Button(code) if code.starts_with("l:"));
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
            if menu_may_change {
                crate::menus::register_interpreter_commands(shared, chat).await;
            }
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
