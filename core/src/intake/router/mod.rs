//! Tells interpreters about new requests, on whichever channel each one is: woken when a
//! request is made (in a chat or at a kiosk, `App::routing`) and every [`SCAN_EVERY`] in case
//! a wake-up was missed (another instance made it, or this one was down). One router runs per
//! `faro serve`, whatever channels it runs, and reaches every chat through
//! [`Carriers`] — so an instance with WhatsApp alone tells its interpreters too.
//!
//! Each notice is claimed in the database before it is sent, so a request is announced to each
//! interpreter once, however many instances run; a chat whose channel this instance does not
//! run is left unclaimed for one that does. An interpreter gets at most one message per
//! [`NOTICE_WINDOW_SECONDS`](super::NOTICE_WINDOW_SECONDS): notices claimed in between are
//! held, and the next scan after the window sends them in one message ("new requests
//! waiting: 3"). A request nobody accepts is escalated on the router's clock: to remote
//! interpreters, then to staff and the person (`super::escalation`).

mod decide;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use crate::App;
use crate::channel::ChannelLimits;
use crate::clock::Clock;
use crate::dialog::{
    Context, Dialog, Reply, escalated_notice, interpreter_batch_notice, interpreter_notice, storage,
};
use crate::locale::Locale;
use crate::metrics::Purpose;
use crate::relay::{Carriers, ChatRef};

use super::{
    Escalation, EscalationTimes, IntakeError, InterpreterId, ROUTE_WITHIN_SECONDS, Request,
    RoutingSignal, notice_due,
};
use decide::{Audience, Shape, audience, kept_message_id, shape};

/// How often waiting requests are looked at without a wake-up.
pub const SCAN_EVERY: Duration = Duration::from_secs(30);

/// The instance's one router: what it builds its notices with, the carriers it tells them
/// through, and the clock and limits its escalation runs on.
#[derive(Clone)]
pub struct Router {
    dialog: Dialog,
    carriers: Carriers,
    clock: Clock,
    escalation: EscalationTimes,
}

impl Router {
    pub fn new(
        dialog: Dialog,
        carriers: Carriers,
        clock: Clock,
        escalation: EscalationTimes,
    ) -> Self {
        Router {
            dialog,
            carriers,
            clock,
            escalation,
        }
    }

    /// The router of a running instance: its carriers, clock and escalation times, notices
    /// shaped within `limits` (each carrier renders them for its own channel).
    pub fn for_app(app: &App, limits: ChannelLimits) -> Self {
        let dialog = Dialog::new(Arc::new(Context::from_app(app, limits)), app.store.clone())
            .with_routing(app.routing.clone())
            .with_metrics(app.metrics.clone());
        Router::with_dialog(app, dialog)
    }

    /// The router of a running instance that shapes its notices with a channel's own
    /// `dialog` (the one its adapter already built), so that start-up does not shape every
    /// topic page a second time for the router alone.
    pub fn with_dialog(app: &App, dialog: Dialog) -> Self {
        Router::new(
            dialog,
            app.carriers.clone(),
            app.clock.clone(),
            EscalationTimes::from_config(&app.config),
        )
    }

    /// Routes on every ring of `signal` and every [`SCAN_EVERY`], until `shutdown`.
    pub async fn run(&self, signal: RoutingSignal, shutdown: impl Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut ticks = tokio::time::interval(SCAN_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = &mut shutdown => return,
                _ = signal.woken() => {}
                _ = ticks.tick() => {}
            }
            if let Err(error) = self.route_waiting().await {
                tracing::warn!(%error, "routing requests to interpreters failed; trying again later");
            }
        }
    }

    /// One round: announces every waiting request nobody has been told about yet, takes the
    /// escalation steps due, sends what was held, and tells the sides of conversations staff
    /// ended. How many messages went.
    pub async fn route_waiting(&self) -> Result<usize, IntakeError> {
        // An instance that reaches no chat at all (the web alone) leaves everything to one
        // that does: the escalation's remote step is the one moment remote interpreters are
        // told, and staff endings are claimed as they are read.
        if self.carriers.is_empty() {
            return Ok(0);
        }
        let store = self.dialog.store();
        let requests = store
            .requests()
            .unrouted(self.clock.now() - ROUTE_WITHIN_SECONDS)
            .await?;
        let mut sent = 0;
        for request in requests {
            sent += self.announce(&request).await?;
        }
        sent += self.escalate().await?;
        sent += self.send_held().await?;
        sent += self.tell_staff_endings().await;
        Ok(sent)
    }

    /// Tells both sides of each conversation staff ended from their queue that it ended
    /// (`Dialog::staff_endings`); the web's queue wakes the router when it does so.
    async fn tell_staff_endings(&self) -> usize {
        let endings = match self.dialog.staff_endings(self.clock.now()).await {
            Ok(endings) => endings,
            Err(error) => {
                tracing::warn!(%error, "conversations ended by staff not told; trying again later");
                return 0;
            }
        };
        let mut sent = 0;
        for (chat, reply) in endings {
            sent += usize::from(self.tell(chat, reply).await);
        }
        sent
    }

    /// A notice through the chat's carrier; true once it is on its way.
    async fn tell(&self, to: ChatRef, reply: Reply) -> bool {
        match self.carriers.tell(to, reply, Purpose::Notice).await {
            Ok(()) => true,
            Err(not) => {
                tracing::info!(channel = to.channel.as_str(), reason = %not, "notice not carried");
                false
            }
        }
    }

    /// Takes the escalation step due for each waiting request, on the router's clock: remote
    /// interpreters are told, or staff see that nobody answered and the person hears what
    /// happens next.
    async fn escalate(&self) -> Result<usize, IntakeError> {
        let store = self.dialog.store();
        let now = self.clock.now();
        let times = self.escalation;
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
                    sent += self.tell_interpreters(&request, remote).await?;
                }
                Escalation::Staff => {
                    // Staff see it in their queue (the request's escalation); the person, if
                    // they follow it in a chat, is told here.
                    if let Some(chat) = request.notify_chat_id {
                        let locale = storage::load(store, chat)
                            .await?
                            .and_then(|state| state.locale)
                            .unwrap_or(request.locale);
                        let notice = escalated_notice(self.dialog.context(), locale, &request);
                        sent += usize::from(self.tell(ChatRef::of(chat), notice).await);
                    }
                }
                Escalation::Local => {}
            }
        }
        Ok(sent)
    }

    /// Sends what was held for each interpreter whose window has ended: the one notice, or one
    /// message for all of them.
    async fn send_held(&self) -> Result<usize, IntakeError> {
        let store = self.dialog.store();
        let mut sent = 0;
        for (interpreter, chat, requests) in store.requests().held_notices().await? {
            if !self.carriers.reaches(ChatRef::of(chat).channel) {
                continue;
            }
            let last = store.requests().last_notice_at(interpreter).await?;
            if !notice_due(last, self.clock.now()) {
                continue;
            }
            let locale = self.locale_of(chat).await?;
            let ids: Vec<i64> = requests.iter().map(|request| request.id).collect();
            let (notice, editable) = match shape(&requests) {
                Shape::One(one) => (interpreter_notice(self.dialog.context(), locale, one), true),
                Shape::Batch(many) => (
                    interpreter_batch_notice(self.dialog.context(), locale, many),
                    false,
                ),
            };
            sent += self
                .send_notice(interpreter, chat, &ids, notice, editable)
                .await?;
        }
        Ok(sent)
    }

    async fn locale_of(&self, chat: i64) -> Result<Locale, IntakeError> {
        Ok(storage::load(self.dialog.store(), chat)
            .await?
            .and_then(|state| state.locale)
            .unwrap_or(Locale::SOURCE))
    }

    /// Sends `notice` about `ids` to the interpreter through their chat's carrier and marks
    /// them sent — also when it could not go: a chat that blocked the bot, or a WhatsApp
    /// interpreter outside their window with no notice template, is not tried every scan.
    /// `editable`: the message is about one request, and its id is kept (where the channel
    /// gives one) so that it becomes "taken" when another interpreter accepts.
    async fn send_notice(
        &self,
        interpreter: InterpreterId,
        chat: i64,
        ids: &[i64],
        notice: Reply,
        editable: bool,
    ) -> Result<usize, IntakeError> {
        let to = ChatRef::of(chat);
        let sent = self.carriers.notify(to, notice, Purpose::Notice).await;
        if let Err(not) = &sent {
            tracing::info!(channel = to.channel.as_str(), reason = %not, "interpreter not told of a request");
        }
        self.dialog
            .store()
            .requests()
            .mark_sent(
                ids,
                interpreter,
                kept_message_id(editable, &sent),
                self.clock.now(),
            )
            .await?;
        Ok(usize::from(sent.is_ok()))
    }

    /// Tells the shelter's or city's interpreters of a new request; where there are none, the
    /// remote ones at once (the request is then escalated to remote).
    async fn announce(&self, request: &Request) -> Result<usize, IntakeError> {
        let store = self.dialog.store();
        let now = self.clock.now();
        let local = store.interpreters().local_for(request, now).await?;
        let remote = if local.is_empty() {
            store.interpreters().remote_for(request, now).await?
        } else {
            Vec::new()
        };
        match audience(local, remote) {
            Audience::Local(local) => self.tell_interpreters(request, local).await,
            Audience::Remote {
                interpreters,
                escalate,
            } => {
                if escalate {
                    store
                        .requests()
                        .escalate(request.id, Escalation::Local, Escalation::Remote, now)
                        .await?;
                }
                self.tell_interpreters(request, interpreters).await
            }
        }
    }

    /// Claims and sends the notice of `request` to each of `interpreters` not told yet and
    /// reachable from this instance.
    async fn tell_interpreters(
        &self,
        request: &Request,
        interpreters: Vec<(InterpreterId, i64)>,
    ) -> Result<usize, IntakeError> {
        let store = self.dialog.store();
        let mut sent = 0;
        for (interpreter, chat) in interpreters {
            if !self.carriers.reaches(ChatRef::of(chat).channel) {
                continue;
            }
            if !store
                .requests()
                .claim_notice(request.id, interpreter, chat)
                .await?
            {
                continue;
            }
            // Told of something less than a window ago: held, for the next message.
            let last = store.requests().last_notice_at(interpreter).await?;
            if !notice_due(last, self.clock.now()) {
                continue;
            }
            let locale = self.locale_of(chat).await?;
            let notice = interpreter_notice(self.dialog.context(), locale, request);
            sent += self
                .send_notice(interpreter, chat, &[request.id], notice, true)
                .await?;
        }
        Ok(sent)
    }
}

#[cfg(test)]
mod tests;
