//! Tells interpreters about new requests: woken when a request is made (here or at a kiosk)
//! and every [`SCAN_EVERY`] in case a wake-up was missed (another instance made it, or the
//! bot was down). Each notice is claimed in the database before it is sent, so a request is
//! announced to each interpreter once, however many instances run.

use std::time::Duration;

use faro_core::clock::now_unix;
use faro_core::dialog::{interpreter_notice, storage};
use faro_core::intake::{ROUTE_WITHIN_SECONDS, Request, RoutingSignal};
use faro_core::{Locale, dialog::Reply};
use tokio_util::sync::CancellationToken;

use crate::render::render;
use crate::send::{describe, send_message};
use crate::shared::Shared;

/// How often waiting requests are looked at without a wake-up.
pub(crate) const SCAN_EVERY: Duration = Duration::from_secs(30);

pub(crate) async fn run(shared: &Shared, signal: RoutingSignal, shutdown: &CancellationToken) {
    let mut ticks = tokio::time::interval(SCAN_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = signal.woken() => {}
            _ = ticks.tick() => {}
        }
        if let Err(error) = route_waiting(shared).await {
            tracing::warn!(%error, "routing requests to interpreters failed; trying again later");
        }
    }
}

/// Announces every waiting request nobody has been told about yet.
pub(crate) async fn route_waiting(
    shared: &Shared,
) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let requests = store
        .requests()
        .unrouted(now_unix() - ROUTE_WITHIN_SECONDS)
        .await?;
    let mut sent = 0;
    for request in requests {
        sent += announce(shared, &request).await?;
    }
    Ok(sent)
}

async fn announce(
    shared: &Shared,
    request: &Request,
) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let interpreters = store.interpreters().for_request(request).await?;
    let mut sent = 0;
    for (interpreter, chat) in interpreters {
        if !store
            .requests()
            .claim_notice(request.id, interpreter, chat)
            .await?
        {
            continue;
        }
        let locale = storage::load(store, chat)
            .await?
            .and_then(|state| state.locale)
            .unwrap_or(Locale::SOURCE);
        let notice: Reply = interpreter_notice(shared.dialog.context(), locale, request);
        let Some(outgoing) = render(&notice).pop() else {
            continue;
        };
        match send_message(shared, chat, &outgoing).await {
            Ok(message) => {
                shared.stats.count_sent();
                store
                    .requests()
                    .record_notice(request.id, interpreter, chat, Some(i64::from(message.id.0)))
                    .await?;
                sent += 1;
            }
            Err(error) => {
                shared.stats.count_send_failure();
                let tag = shared.hasher.tag("chat", chat);
                tracing::warn!(chat = %tag, error = %describe(&error), "interpreter not told of a request");
            }
        }
    }
    Ok(sent)
}
