use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;
use faro_core::{App, Config};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

pub fn run(config: Config) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(serve(config))?;
    Ok(ExitCode::SUCCESS)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    tracing::info!(?config, "starting Faro");
    let shutdown = CancellationToken::new();
    cancel_on_signal(shutdown.clone())?;
    let listen = config.listen;
    let metrics_listen = metrics_address(&config)?;
    let _running = super::backup::lock_for_serve(&config)?;
    let app = App::start(config).await?;
    // Bound before the kiosk says it listens, so that whoever waits for that line can scrape.
    let metrics = match metrics_listen {
        Some(address) => {
            let listener = TcpListener::bind(address)
                .await
                .with_context(|| format!("listening for metrics on {address}"))?;
            tracing::info!("metrics on http://{}/metrics", listener.local_addr()?);
            Some(tokio::spawn(faro_web::metrics::serve(
                listener,
                app.clone(),
                shutdown.clone().cancelled_owned(),
            )))
        }
        None => {
            tracing::info!("metrics are off (metrics_listen = \"off\")");
            None
        }
    };
    let listener = TcpListener::bind(listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let address = listener.local_addr()?;
    tracing::info!("kiosk on http://{address}");

    // The bot is built before the kiosk server so that, in webhook mode, its route is served.
    let telegram = faro_bot::TelegramBot::new(&app)
        .await
        .context("Telegram bot")?;
    let whatsapp = faro_whatsapp::WhatsApp::new(&app)
        .await
        .context("WhatsApp")?;
    // Each channel carries conversations and notices to its own chats for the other: a
    // WhatsApp person talks with a Telegram interpreter, and the reverse.
    if let Some(telegram) = &telegram {
        app.carriers.register(telegram.carrier());
    }
    if let Some(whatsapp) = &whatsapp {
        app.carriers.register(whatsapp.carrier());
    }
    let extra = telegram
        .as_ref()
        .map(faro_bot::TelegramBot::routes)
        .unwrap_or_default()
        .merge(
            whatsapp
                .as_ref()
                .map(faro_whatsapp::WhatsApp::routes)
                .unwrap_or_default(),
        );
    // One interpreter router per instance, whatever channels run here (WhatsApp alone,
    // Telegram alone, both): it tells interpreters through the carriers registered above and
    // escalates on the app's clock. It shapes its notices with a running channel's engine,
    // Telegram's when it runs (each carrier renders them for its own channel), so start-up
    // shapes the pages no extra time. With no channel at all there is no one to tell here:
    // none runs, and an instance that has a channel does the work.
    let dialog = telegram
        .as_ref()
        .map(faro_bot::TelegramBot::dialog)
        .or_else(|| whatsapp.as_ref().map(faro_whatsapp::WhatsApp::dialog));
    let router = dialog.map(|dialog| {
        let router = faro_core::intake::router::Router::with_dialog(&app, dialog);
        let signal = app.routing.clone();
        let stop = shutdown.clone().cancelled_owned();
        tokio::spawn(async move { router.run(signal, stop).await })
    });
    let whatsapp = whatsapp.map(|whatsapp| tokio::spawn(whatsapp.run(shutdown.clone())));
    let kiosk = faro_web::serve(
        listener,
        app.clone(),
        extra,
        shutdown.clone().cancelled_owned(),
    );
    // Expired declarations and sign-in sessions are deleted in the background, as DESIGN.md's
    // retention rule requires, whether or not the bot runs.
    let purger = tokio::spawn(faro_core::intake::run_purger(
        app.store.clone(),
        faro_core::intake::PURGE_EVERY,
        faro_core::intake::Keep::from_config(&app.config),
        shutdown.clone().cancelled_owned(),
    ));
    // Synthetic speech for the pages, made (or found in its cache) in the background so that
    // serving starts at once; pages offer "Listen" as each clip is ready. Stopped between two
    // pages at shutdown.
    let audio_stop = Arc::new(AtomicBool::new(false));
    let audio = faro_core::audio::spawn_build(&app, Arc::clone(&audio_stop));
    // What a burst took is given back to the system once it is over.
    let memory = tokio::spawn(super::memory::give_back_freed_memory(
        super::memory::TRIM_EVERY,
        shutdown.clone(),
    ));
    let bot_shutdown = shutdown.clone();
    let bot = async move {
        match telegram {
            Some(telegram) => telegram.run(bot_shutdown).await,
            None => {
                faro_bot::stay_off(bot_shutdown).await;
                Ok(())
            }
        }
    };
    // The two run side by side; when either stops, the other is asked to stop too.
    let (kiosk_result, bot_result) = tokio::join!(
        async {
            let result = kiosk.await;
            shutdown.cancel();
            result
        },
        async {
            let result = bot.await;
            if result.is_err() {
                shutdown.cancel();
            }
            result
        }
    );
    if let Some(router) = router
        && let Err(error) = router.await
    {
        tracing::error!(%error, "the interpreter routing task failed");
    }
    if let Some(whatsapp) = whatsapp
        && let Err(error) = whatsapp.await
    {
        tracing::error!(%error, "the WhatsApp task failed");
    }
    audio_stop.store(true, Ordering::Relaxed);
    if let Some(audio) = audio
        && let Err(error) = audio.await
    {
        tracing::error!(%error, "the audio task failed");
    }
    if let Err(error) = purger.await {
        tracing::error!(%error, "the retention task failed");
    }
    if let Err(error) = memory.await {
        tracing::error!(%error, "the memory task failed");
    }
    if let Some(metrics) = metrics {
        match metrics.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::error!(%error, "the metrics listener failed"),
            Err(error) => tracing::error!(%error, "the metrics task failed"),
        }
    }
    app.store.close().await;
    kiosk_result.context("kiosk server")?;
    bot_result.context("Telegram bot")?;
    tracing::info!("Faro stopped");
    Ok(())
}

/// Where to serve `/metrics`; refused, in the operator's language, when the address is
/// reachable from other machines and no token guards it.
fn metrics_address(config: &Config) -> anyhow::Result<Option<std::net::SocketAddr>> {
    config.metrics_address().map_err(|refused| {
        let address = refused.address.to_string();
        match super::say::Say::new(config, None) {
            Ok(say) => say.error(
                "ops-serve-metrics-without-token",
                &[("address", address.as_str().into())],
            ),
            Err(_) => anyhow::anyhow!(refused),
        }
    })
}

/// SIGINT (Ctrl-C) or SIGTERM start a clean shutdown. The handlers are registered before this
/// returns, so a signal that arrives as soon as the server says it is listening is not lost.
#[cfg(unix)]
fn cancel_on_signal(shutdown: CancellationToken) -> anyhow::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt()).context("listening for SIGINT")?;
    let mut terminate = signal(SignalKind::terminate()).context("listening for SIGTERM")?;
    tokio::spawn(async move {
        tokio::select! {
            _ = interrupt.recv() => tracing::info!("SIGINT received, shutting down"),
            _ = terminate.recv() => tracing::info!("SIGTERM received, shutting down"),
        }
        shutdown.cancel();
    });
    Ok(())
}

#[cfg(not(unix))]
fn cancel_on_signal(shutdown: CancellationToken) -> anyhow::Result<()> {
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            tracing::info!("Ctrl-C received, shutting down");
        }
        shutdown.cancel();
    });
    Ok(())
}
