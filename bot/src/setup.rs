//! Before the first update: who the bot is (getMe), its commands in each language, and where
//! updates arrive (a webhook, or none so that polling works).

use std::time::Duration;

use faro_core::Locale;
use faro_core::dialog::commands;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, Me};
use tokio_util::sync::CancellationToken;

use crate::polling::allowed_updates;
use crate::send::describe;
use crate::shared::Shared;

/// Asks until Telegram answers (the network may come up after the bot), or shutdown.
pub(crate) async fn who_am_i(shared: &Shared, shutdown: &CancellationToken) -> Option<Me> {
    let mut wait = Duration::from_secs(1);
    loop {
        let result = tokio::select! {
            _ = shutdown.cancelled() => return None,
            result = shared.bot.get_me().send() => result,
        };
        match result {
            Ok(me) => return Some(me),
            Err(error) => {
                tracing::warn!(error = %describe(&error), retry_in = ?wait, "getMe failed");
                tokio::select! {
                    _ = shutdown.cancelled() => return None,
                    _ = tokio::time::sleep(wait) => {}
                }
                wait = (wait * 2).min(Duration::from_secs(60));
            }
        }
    }
}

/// The command menu in every locale Telegram accepts a language code for; English also as
/// the default for everyone else.
pub(crate) async fn register_commands(shared: &Shared) {
    let context = shared.dialog.context();
    let list = |locale: Locale| -> Vec<BotCommand> {
        commands(context, locale)
            .into_iter()
            .map(|(name, description)| BotCommand::new(name, description))
            .collect()
    };
    let default = shared
        .limiter
        .call(|| shared.bot.set_my_commands(list(Locale::SOURCE)).send())
        .await;
    if let Err(error) = default {
        tracing::warn!(error = %describe(&error), "setMyCommands failed");
    }
    for locale in Locale::ALL {
        // Telegram takes two-letter ISO 639-1 codes: `zh` for zh-Hans.
        let code = locale
            .tag()
            .split('-')
            .next()
            .unwrap_or_default()
            .to_owned();
        let result = shared
            .limiter
            .call(|| {
                shared
                    .bot
                    .set_my_commands(list(locale))
                    .language_code(code.clone())
                    .send()
            })
            .await;
        if let Err(error) = result {
            tracing::info!(language = %code, error = %describe(&error), "commands not set for a language");
        }
    }
}

pub(crate) async fn set_webhook(
    shared: &Shared,
    url: &reqwest::Url,
    secret: &str,
    shutdown: &CancellationToken,
) -> bool {
    let mut wait = Duration::from_secs(1);
    loop {
        let result = shared
            .limiter
            .call(|| {
                shared
                    .bot
                    .set_webhook(url.clone())
                    .secret_token(secret.to_owned())
                    .allowed_updates(allowed_updates())
                    .send()
            })
            .await;
        match result {
            Ok(_) => return true,
            Err(error) => {
                tracing::warn!(error = %describe(&error), retry_in = ?wait, "setWebhook failed");
                tokio::select! {
                    _ = shutdown.cancelled() => return false,
                    _ = tokio::time::sleep(wait) => {}
                }
                wait = (wait * 2).min(Duration::from_secs(60));
            }
        }
    }
}

/// Polling gets nothing while a webhook is set; remove one left from webhook mode.
pub(crate) async fn delete_webhook(shared: &Shared) {
    let result = shared
        .limiter
        .call(|| shared.bot.delete_webhook().send())
        .await;
    if let Err(error) = result {
        tracing::warn!(error = %describe(&error), "deleteWebhook failed; polling may get nothing");
    }
}
