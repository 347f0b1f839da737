//! Faro's Telegram adapter.

use faro_core::App;
use tokio_util::sync::CancellationToken;

#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("Telegram: {0}")]
    Telegram(String),
}

/// Runs the bot until `shutdown` is cancelled. Without a token it only says how to turn it on.
pub async fn run(app: App, shutdown: CancellationToken) -> Result<(), BotError> {
    if app.config.telegram_token.is_none() {
        tracing::info!(
            "Telegram bot is off: set FARO_TELEGRAM_TOKEN (or telegram_token in faro.toml) to turn it on"
        );
        shutdown.cancelled().await;
        return Ok(());
    }
    Err(BotError::Telegram(
        "the Telegram adapter is not built yet".into(),
    ))
}
