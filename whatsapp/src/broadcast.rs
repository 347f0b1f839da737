//! The WhatsApp broadcast sender: works through the outbox rows of WhatsApp subscribers
//! (`faro_core::publishing`, channel `whatsapp`) under a lease of its own, so one instance of
//! several sends and Meta's limits hold across them.
//!
//! Each message keeps WhatsApp's rules:
//! - **opt-in**: only to people whose agreement to alerts is recorded (`phone_contacts`,
//!   with the wording's version);
//! - **the 24-hour window**: within 24 hours of the person's last message the campaign goes
//!   as text in their language; outside it as the approved template configured for their
//!   locale (`whatsapp_templates`) — for ht, am, ti, so, ps and ne one in a bridge language —
//!   whose one quick-reply button asks for the campaign in their own language
//!   ([`CAMPAIGN_PAYLOAD`], answered by the handler);
//! - **the daily limit**: no more than `whatsapp_daily_limit` different people reached
//!   outside the window in a rolling 24 hours; the others wait for room;
//! - **the pace**: the bulk lane of the one pace (`pace.rs`), behind every reply, spaced by
//!   each person's pair rate; Meta's "slow down" codes are waited out (`send.rs`).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use faro_core::Locale;
use faro_core::clock::now_millis;
use faro_core::dialog::Reply;
use faro_core::metrics::{Channel, Purpose};
use faro_core::publishing::lease::WHATSAPP_SENDER;
use faro_core::publishing::{
    OutboxChannel, OutboxItem, PublishError, SendFailure, Via, campaign_message,
};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::graph::SendError;
use crate::render::render;
use crate::shared::{CHANNEL, Shared};

/// What a template's quick-reply button carries back: this, then the campaign's id.
pub const CAMPAIGN_PAYLOAD: &str = "faro-campaign:";

use faro_core::publishing::whatsapp_reach::WINDOW_SECONDS;

/// Meta counts unique people reached outside the window over a rolling 24 hours.
const DAY: i64 = 24 * 3600;

/// A reader of a locale without a configured template is looked at again this much later:
/// they may write meanwhile and open the window.
const NO_TEMPLATE_RETRY: i64 = 3600;

/// How the sender paces its work (tests shorten these).
#[derive(Clone, Debug)]
pub struct Options {
    pub lease_ttl: Duration,
    pub poll_every: Duration,
    /// Messages in hand at once.
    pub in_flight: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lease_ttl: Duration::from_secs(15),
            poll_every: Duration::from_secs(1),
            in_flight: 16,
        }
    }
}

/// Runs until `shutdown`: while this instance holds the lease, hands due rows to tasks.
pub(crate) async fn run(shared: Arc<Shared>, options: Options, shutdown: CancellationToken) {
    let store = shared.dialog.store().clone();
    let holder = format!("{}-{:x}", std::process::id(), rand_id());
    let ttl_ms = i64::try_from(options.lease_ttl.as_millis()).unwrap_or(i64::MAX);
    let daily = Arc::new(tokio::sync::Mutex::new(()));
    let mut tasks: JoinSet<i64> = JoinSet::new();
    let mut in_hand: HashSet<i64> = HashSet::new();
    let mut lease_until = tokio::time::Instant::now();
    let mut next_renewal = tokio::time::Instant::now();
    loop {
        let now_instant = tokio::time::Instant::now();
        if now_instant >= next_renewal {
            let asked = now_instant;
            match store
                .leases()
                .try_take(WHATSAPP_SENDER, &holder, ttl_ms, now_millis())
                .await
            {
                Ok(true) => lease_until = asked + options.lease_ttl * 3 / 4,
                Ok(false) => lease_until = asked,
                Err(error) => {
                    tracing::warn!(%error, "WhatsApp broadcast: the sender's lease could not be renewed");
                }
            }
            next_renewal = asked + options.lease_ttl / 3;
        }
        let held = tokio::time::Instant::now() < lease_until;
        if held && tasks.len() < options.in_flight {
            let now = shared.clock.now();
            let limit = (options.in_flight + in_hand.len()) as i64;
            match store
                .outbox()
                .due_on(OutboxChannel::WhatsApp, now, limit)
                .await
            {
                Ok(due) => {
                    for item in due {
                        if tasks.len() >= options.in_flight || !in_hand.insert(item.id) {
                            continue;
                        }
                        let shared = shared.clone();
                        let daily = daily.clone();
                        let id = item.id;
                        tasks.spawn(async move {
                            deliver(&shared, &daily, item).await;
                            id
                        });
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, "WhatsApp broadcast: reading the outbox failed; trying again shortly");
                }
            }
        }
        tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            Some(done) = tasks.join_next(), if !tasks.is_empty() => {
                match done {
                    Ok(id) => { in_hand.remove(&id); }
                    Err(error) => {
                        tracing::error!(%error, "WhatsApp broadcast: a send task failed");
                        // Its row is still queued or already recorded: forget what is in hand
                        // once every task is done.
                        if tasks.is_empty() { in_hand.clear(); }
                    }
                }
            }
            _ = tokio::time::sleep(options.poll_every) => {}
        }
    }
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    if let Err(error) = store.leases().release(WHATSAPP_SENDER, &holder).await {
        tracing::warn!(%error, "WhatsApp broadcast: the sender's lease could not be released");
    }
}

fn rand_id() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_i64(now_millis());
    hasher.finish()
}

/// What became of one row, for the outbox.
enum Outcome {
    Sent {
        via: Via,
        message_id: Option<String>,
    },
    Later(i64),
    Failed(SendFailure),
    /// Stopped or cancelled meanwhile, or already recorded: nothing more to record.
    Dropped,
}

async fn deliver(shared: &Shared, daily: &tokio::sync::Mutex<()>, item: OutboxItem) {
    let outcome = attempt(shared, daily, &item).await;
    let store = shared.dialog.store();
    let tag = shared.hasher.tag("chat", item.chat_id);
    let now = shared.clock.now();
    let recorded = match outcome {
        Outcome::Dropped => Ok(()),
        Outcome::Sent { via, message_id } => {
            record_sent(shared, &item, via, message_id).await;
            Ok(())
        }
        Outcome::Later(until) => store.outbox().postpone(item.id, until).await,
        Outcome::Failed(failure) => {
            shared.stats.count_send_failure();
            tracing::info!(chat = %tag, ?failure, "WhatsApp broadcast: message not sent");
            store.outbox().mark_failure(&item, &failure, now).await
        }
    };
    if let Err(error) = recorded {
        tracing::warn!(chat = %tag, %error, "WhatsApp broadcast: recording a send failed");
    }
}

async fn attempt(shared: &Shared, daily: &tokio::sync::Mutex<()>, item: &OutboxItem) -> Outcome {
    let store = shared.dialog.store();
    let transient =
        |error: &dyn std::fmt::Display| Outcome::Failed(SendFailure::Transient(error.to_string()));
    match store.outbox().still_wanted(item.id).await {
        Ok(true) => {}
        Ok(false) => return Outcome::Dropped,
        Err(error) => return transient(&error),
    }
    let contacts = store.phone_contacts(&shared.key, CHANNEL);
    match contacts.opt_in(item.chat_id).await {
        Ok(Some(_)) => {}
        // Nothing Faro starts reaches someone whose agreement is not recorded.
        Ok(None) => return Outcome::Failed(SendFailure::Blocked),
        Err(error) => return transient(&error),
    }
    let (number, last_inbound) = match (
        contacts.number_of(item.chat_id).await,
        contacts.last_inbound_at(item.chat_id).await,
    ) {
        (Ok(Some(number)), Ok(Some(last))) => (number, last),
        (Ok(None), _) | (_, Ok(None)) => return Outcome::Failed(SendFailure::Blocked),
        (Err(error), _) | (_, Err(error)) => return transient(&error),
    };
    let campaign = match store.campaigns().get(item.campaign_id).await {
        Ok(campaign) => campaign,
        Err(PublishError::NoSuchCampaign) => {
            return Outcome::Failed(SendFailure::Permanent("campaign deleted".into()));
        }
        Err(error) => return transient(&error),
    };
    let Some(text) = campaign.text(item.locale) else {
        return Outcome::Failed(SendFailure::Permanent(format!(
            "no text in {}",
            item.locale.tag()
        )));
    };
    let now = shared.clock.now();
    if now - last_inbound < WINDOW_SECONDS {
        let reply = Reply::text(campaign_message(text, &shared.translations));
        match send_text(shared, item.chat_id, &number, &reply, item.locale).await {
            // Their window closed meanwhile (a clock apart from Meta's): a template instead.
            Err(SendError::OutsideWindow) => {}
            Ok(message_id) => {
                return Outcome::Sent {
                    via: Via::Text,
                    message_id,
                };
            }
            Err(error) => return failed(error),
        }
    }
    let Some(template) = shared.templates.get(&item.locale) else {
        return Outcome::Later(now + NO_TEMPLATE_RETRY);
    };
    let via = if template.is_bridge_for(item.locale) {
        Via::Bridge
    } else {
        Via::Template
    };
    // One template send at a time, so that the count of people reached cannot be passed by
    // several sends deciding at once.
    let _daily = daily.lock().await;
    let since = now - DAY;
    match store.outbox().reached_since(item.chat_id, since).await {
        Ok(true) => {}
        Ok(false) => match store.outbox().reached_outside_window(since).await {
            Ok((people, oldest)) if people >= i64::from(shared.daily_limit) => {
                // Room again when the oldest of those 24 hours falls out of them.
                return Outcome::Later(oldest.unwrap_or(now) + DAY + 1);
            }
            Ok(_) => {}
            Err(error) => return transient(&error),
        },
        Err(error) => return transient(&error),
    }
    let body = template_body(
        &number,
        &template.name,
        &template.language,
        &text.title,
        item.campaign_id,
    );
    match crate::send::send_bulk(shared, item.chat_id, &body).await {
        // Recorded before the next template's turn, which counts it.
        Ok(message_id) => {
            record_sent(shared, item, via, message_id).await;
            Outcome::Dropped
        }
        Err(error) => failed(error),
    }
}

async fn record_sent(shared: &Shared, item: &OutboxItem, via: Via, message_id: Option<String>) {
    shared.stats.count_sent();
    shared
        .metrics
        .message_sent(Channel::WhatsApp, Purpose::Broadcast);
    let store = shared.dialog.store();
    let contacts = store.phone_contacts(&shared.key, CHANNEL);
    let hash = message_id.map(|id| contacts.sent_message_hash(&id));
    if let Err(error) = store
        .outbox()
        .mark_sent_via(item.id, shared.clock.now(), via, hash.as_deref())
        .await
    {
        let tag = shared.hasher.tag("chat", item.chat_id);
        tracing::warn!(chat = %tag, %error, "WhatsApp broadcast: recording a sent message failed");
    }
}

/// A Graph API refusal as the row's outcome: "slow down" beyond patience and the network are
/// tried again later; the rest fail with their code.
fn failed(error: SendError) -> Outcome {
    Outcome::Failed(match error {
        SendError::SlowDown(_) | SendError::Network(_) => SendFailure::Transient(error.to_string()),
        SendError::Refused { status, .. } if status >= 500 => {
            SendFailure::Transient(error.to_string())
        }
        SendError::OutsideWindow | SendError::Refused { .. } => {
            SendFailure::Permanent(error.to_string())
        }
    })
}

/// The campaign's message as text (in one or more parts) in the bulk lane; the first part's id.
async fn send_text(
    shared: &Shared,
    chat: i64,
    number: &str,
    reply: &Reply,
    locale: Locale,
) -> Result<Option<String>, SendError> {
    let words = shared.words(locale);
    let mut first = None;
    for outgoing in render(reply, &words) {
        let id = crate::send::send_bulk(shared, chat, &outgoing.to_json(number)).await?;
        first = first.or(id);
    }
    Ok(first)
}

/// A template message in Meta's shape: the campaign's title as the body's one variable
/// (WhatsApp refuses new lines, tabs and runs of spaces in a variable), and the quick-reply
/// button's payload naming the campaign.
pub fn template_body(to: &str, name: &str, language: &str, title: &str, campaign_id: i64) -> Value {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "template",
        "template": {
            "name": name,
            "language": { "code": language },
            "components": [
                {
                    "type": "body",
                    "parameters": [{ "type": "text", "text": title }],
                },
                {
                    "type": "button",
                    "sub_type": "quick_reply",
                    "index": "0",
                    "parameters": [{
                        "type": "payload",
                        "payload": format!("{CAMPAIGN_PAYLOAD}{campaign_id}"),
                    }],
                },
            ],
        },
    })
}

/// The campaign a template's button asks for.
pub fn campaign_of(payload: &str) -> Option<i64> {
    payload.strip_prefix(CAMPAIGN_PAYLOAD)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_carries_the_title_on_one_line_and_the_campaign_in_its_button() {
        let body = template_body(
            "15550001111",
            "faro_alerta",
            "fr",
            "Alèt:\n  wout   fèmen",
            42,
        );
        assert_eq!(body["type"], "template");
        assert_eq!(body["template"]["language"]["code"], "fr");
        let components = &body["template"]["components"];
        assert_eq!(components[0]["parameters"][0]["text"], "Alèt: wout fèmen");
        assert_eq!(components[1]["sub_type"], "quick_reply");
        let payload = components[1]["parameters"][0]["payload"]
            .as_str()
            .unwrap_or_default();
        assert_eq!(campaign_of(payload), Some(42));
        assert_eq!(campaign_of("faro-campaign:x"), None);
        assert_eq!(campaign_of("m:menu"), None);
    }
}
