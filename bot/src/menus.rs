//! The command menus of particular chats: each linked interpreter's (everyone's commands and
//! /available, /away, /hours, /label, /to) and linked staff's (/join), in the language the
//! chat chose, in Telegram's chat scope (which it prefers to any language's). Everyone's
//! menu is `setup::register_commands`.

use faro_core::Locale;
use faro_core::dialog::{interpreter_commands, staff_commands, storage};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::send::describe;
use crate::shared::Shared;

/// Each linked interpreter's own menu (their chat's scope, which Telegram prefers to any
/// language's): everyone's commands and theirs (/available, /away, /hours, /label, /to), in
/// the language they chose in the bot. Linked staff get theirs (/join) when they link.
pub(crate) async fn register_interpreters_commands(shared: &Shared) {
    let interpreters = match shared.dialog.store().interpreters().all().await {
        Ok(all) => all,
        Err(error) => {
            tracing::warn!(%error, "interpreters' commands not set");
            return;
        }
    };
    for chat in interpreters
        .iter()
        .filter_map(|interpreter| interpreter.telegram_chat_id)
        // An interpreter linked from WhatsApp has no Telegram menu.
        .filter(|chat| !faro_core::channel::is_phone_chat(*chat))
    {
        register_interpreter_commands(shared, chat).await;
    }
}

/// Sets `chat`'s menu to an interpreter's or linked staff's, if it is one's.
pub(crate) async fn register_interpreter_commands(shared: &Shared, chat: i64) {
    let store = shared.dialog.store();
    let listed: fn(&faro_core::dialog::Context, Locale) -> Vec<(&'static str, String)> =
        match store.interpreters().by_chat(chat).await {
            Ok(Some(_)) => interpreter_commands,
            Ok(None) => match store.users().by_telegram(chat).await {
                Ok(Some(_)) => staff_commands,
                Ok(None) => return,
                Err(error) => {
                    tracing::warn!(%error, "staff's commands not set");
                    return;
                }
            },
            Err(error) => {
                tracing::warn!(%error, "interpreter's commands not set");
                return;
            }
        };
    let locale = storage::load(store, chat)
        .await
        .ok()
        .flatten()
        .and_then(|state| state.locale)
        .unwrap_or(Locale::SOURCE);
    let list: Vec<BotCommand> = listed(shared.dialog.context(), locale)
        .into_iter()
        .map(|(name, description)| BotCommand::new(name, description))
        .collect();
    let result = shared
        .limiter
        .call(|| {
            shared
                .bot
                .set_my_commands(list.clone())
                .scope(BotCommandScope::Chat {
                    chat_id: Recipient::Id(ChatId(chat)),
                })
                .send()
        })
        .await;
    if let Err(error) = result {
        let tag = shared.hasher.tag("chat", chat);
        tracing::info!(chat = %tag, error = %describe(&error), "interpreter's commands not set");
    }
}
