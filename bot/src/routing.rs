//! Tells interpreters about new requests: woken when a request is made (here or at a kiosk)
//! and every [`SCAN_EVERY`] in case a wake-up was missed (another instance made it, or the
//! bot was down). Each notice is claimed in the database before it is sent, so a request is
//! announced to each interpreter once, however many instances run. An interpreter gets at
//! most one message per [`NOTICE_WINDOW_SECONDS`](faro_core::intake::NOTICE_WINDOW_SECONDS): notices claimed in between are held, and
//! the next scan after the window sends them in one message ("new requests waiting: 3").
//! A request nobody accepts is escalated on the bot's clock: to remote interpreters, then to
//! staff and the person (`faro_core::intake::escalation`).

use std::time::Duration;

use faro_core::clock::now_unix;
use faro_core::dialog::{escalated_notice, interpreter_batch_notice, interpreter_notice, storage};
use faro_core::intake::{
    Escalation, InterpreterId, ROUTE_WITHIN_SECONDS, Request, RoutingSignal, notice_due,
};
use faro_core::metrics::{Channel, Purpose};
use faro_core::relay::ChatRef;
use faro_core::{Locale, dialog::Reply};
use tokio_util::sync::CancellationToken;

use crate::render::render;
use crate::send::{deliver, describe, send_message};
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
    sent += escalate(shared).await?;
    sent += send_held(shared).await?;
    sent += tell_staff_endings(shared).await;
    Ok(sent)
}

/// Tells both sides of each conversation staff ended from their queue that it ended
/// (`Dialog::staff_endings`); the web's queue wakes the router when it does so.
async fn tell_staff_endings(shared: &Shared) -> usize {
    let endings = match shared.dialog.staff_endings(shared.clock.now()).await {
        Ok(endings) => endings,
        Err(error) => {
            tracing::warn!(%error, "conversations ended by staff not told; trying again later");
            return 0;
        }
    };
    let mut sent = 0;
    for (chat, reply) in endings {
        if chat.channel != faro_core::metrics::Channel::Telegram {
            sent += usize::from(tell_elsewhere(shared, chat, reply).await);
            continue;
        }
        deliver(shared, chat.chat, &[reply], None, Purpose::Notice).await;
        sent += 1;
    }
    sent
}

/// A notice for a chat on another channel (a WhatsApp person or interpreter), through its
/// carrier; true once it is on its way.
async fn tell_elsewhere(shared: &Shared, chat: ChatRef, reply: Reply) -> bool {
    match shared.carriers.tell(chat, reply, Purpose::Notice).await {
        Ok(()) => true,
        Err(not) => {
            tracing::info!(channel = chat.channel.as_str(), reason = %not, "notice not carried to another channel");
            false
        }
    }
}

/// Takes the escalation step due for each waiting request (`faro_core::intake::escalation`),
/// on the bot's clock: remote interpreters are told, or staff see that nobody answered and
/// the person hears what happens next.
async fn escalate(shared: &Shared) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let now = shared.clock.now();
    let times = shared.escalation;
    let mut sent = 0;
    for request in store.requests().escalation_candidates(now, &times).await? {
        let Some(step) = times.step_due(request.escalation, request.created_at, now) else {
            continue;
        };
        if !store
            .requests()
            .escalate(request.id, request.escalation, step, now)
            .await?
        {
            // Another router took this step.
            continue;
        }
        match step {
            Escalation::Remote => {
                let remote = store.interpreters().remote_for(&request, now).await?;
                sent += tell(shared, &request, remote).await?;
            }
            Escalation::Staff => {
                // Staff see it in their queue (the request's escalation); the person, if
                // they follow it in a chat, is told here.
                if let Some(chat) = request.notify_chat_id {
                    let locale = storage::load(store, chat)
                        .await?
                        .and_then(|state| state.locale)
                        .unwrap_or(request.locale);
                    let notice = escalated_notice(shared.dialog.context(), locale, &request);
                    let to = ChatRef::of(chat);
                    if to.channel == Channel::Telegram {
                        deliver(shared, chat, &[notice], None, Purpose::Notice).await;
                        sent += 1;
                    } else {
                        sent += usize::from(tell_elsewhere(shared, to, notice).await);
                    }
                }
            }
            Escalation::Local => {}
        }
    }
    Ok(sent)
}

/// Sends what was held for each interpreter whose window has ended: the one notice, or one
/// message for all of them.
async fn send_held(shared: &Shared) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let mut sent = 0;
    for (interpreter, chat, requests) in store.requests().held_notices().await? {
        let last = store.requests().last_notice_at(interpreter).await?;
        if !notice_due(last, now_unix()) {
            continue;
        }
        let locale = locale_of(shared, chat).await?;
        let ids: Vec<i64> = requests.iter().map(|request| request.id).collect();
        let (notice, editable) = match requests.as_slice() {
            [one] => (
                interpreter_notice(shared.dialog.context(), locale, one),
                true,
            ),
            many => (
                interpreter_batch_notice(shared.dialog.context(), locale, many),
                false,
            ),
        };
        sent += send_notice(shared, interpreter, chat, &ids, &notice, editable).await?;
    }
    Ok(sent)
}

async fn locale_of(shared: &Shared, chat: i64) -> Result<Locale, faro_core::intake::IntakeError> {
    Ok(storage::load(shared.dialog.store(), chat)
        .await?
        .and_then(|state| state.locale)
        .unwrap_or(Locale::SOURCE))
}

/// Sends `notice` about `ids` to the interpreter and marks them sent (also when sending
/// failed: a chat that blocked the bot is not tried every scan). `editable`: the message is
/// about one request, and becomes "taken" when another interpreter accepts it.
async fn send_notice(
    shared: &Shared,
    interpreter: InterpreterId,
    chat: i64,
    ids: &[i64],
    notice: &Reply,
    editable: bool,
) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let to = ChatRef::of(chat);
    if to.channel != Channel::Telegram {
        // An interpreter on WhatsApp: told through its carrier (in their window, or by the
        // configured notice template), never editable to "taken".
        let told = tell_elsewhere(shared, to, notice.clone()).await;
        store
            .requests()
            .mark_sent(ids, interpreter, None, now_unix())
            .await?;
        return Ok(usize::from(told));
    }
    let Some(outgoing) = render(notice).pop() else {
        return Ok(0);
    };
    match send_message(shared, chat, &outgoing).await {
        Ok(message) => {
            shared.stats.count_sent(Purpose::Notice);
            let message_id = editable.then_some(i64::from(message.id.0));
            store
                .requests()
                .mark_sent(ids, interpreter, message_id, now_unix())
                .await?;
            Ok(1)
        }
        Err(error) => {
            shared.stats.count_send_failure(Purpose::Notice, &error);
            store
                .requests()
                .mark_sent(ids, interpreter, None, now_unix())
                .await?;
            let tag = shared.hasher.tag("chat", chat);
            tracing::warn!(chat = %tag, error = %describe(&error), "interpreter not told of a request");
            Ok(0)
        }
    }
}

/// Tells the shelter's or city's interpreters of a new request; where there are none, the
/// remote ones at once (the request is then escalated to remote).
async fn announce(
    shared: &Shared,
    request: &Request,
) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let now = shared.clock.now();
    let local = store.interpreters().local_for(request, now).await?;
    if !local.is_empty() {
        return tell(shared, request, local).await;
    }
    let remote = store.interpreters().remote_for(request, now).await?;
    if !remote.is_empty() {
        store
            .requests()
            .escalate(
                request.id,
                Escalation::Local,
                Escalation::Remote,
                shared.clock.now(),
            )
            .await?;
    }
    tell(shared, request, remote).await
}

/// Claims and sends the notice of `request` to each of `interpreters` not told yet.
async fn tell(
    shared: &Shared,
    request: &Request,
    interpreters: Vec<(InterpreterId, i64)>,
) -> Result<usize, faro_core::intake::IntakeError> {
    let store = shared.dialog.store();
    let mut sent = 0;
    for (interpreter, chat) in interpreters {
        if !store
            .requests()
            .claim_notice(request.id, interpreter, chat)
            .await?
        {
            continue;
        }
        // Told of something less than a window ago: held, for the next message.
        let last = store.requests().last_notice_at(interpreter).await?;
        if !notice_due(last, now_unix()) {
            continue;
        }
        let locale = locale_of(shared, chat).await?;
        let notice: Reply = interpreter_notice(shared.dialog.context(), locale, request);
        sent += send_notice(shared, interpreter, chat, &[request.id], &notice, true).await?;
    }
    Ok(sent)
}
