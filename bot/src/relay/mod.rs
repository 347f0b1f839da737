//! The relay on Telegram (`faro_core::relay`): a message from one side of a conversation is
//! carried to the other side's chat, a text as a new message under the sender's role
//! ("Interpreter Marie"), a voice note copied (`copyMessage`, never `forwardMessage`: a
//! forward shows its sender) with the role as its caption. Nothing else of the sender goes
//! along: no name, username, number or chat id reaches the other side.
//!
//! Each receiving chat has its queue in memory, bounded by the core's [`Backlog`], drained at
//! the per-chat rate by the limiter; a message is dropped from memory once sent. What was
//! said is never written to a table nor to the log.
//!
//! A side on another channel (a person on WhatsApp) is reached through that channel's
//! carrier (`faro_core::relay::Carriers`): a text as it was written, a voice note fetched
//! from Telegram (`getFile`) to be uploaded there. This bot is WhatsApp's carrier to
//! Telegram chats in turn ([`carrier`]).

pub(crate) mod carrier;
pub(crate) mod queues;

use std::collections::VecDeque;
use std::sync::{Arc, PoisonError};

use faro_core::dialog::{Event, Refusal, Route, relayed_text};
use faro_core::metrics::{Channel, Purpose};
use faro_core::relay::{Audio, Parcel, Said};
use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::{FileId, InputFile, ParseMode};

use crate::incoming::{Original, OriginalKind};
use crate::render::{escape_html, render};
use crate::send::{deliver, describe, gone, send_message};
use crate::shared::Shared;

use queues::{Carry, Relayed};

/// The largest voice note carried to another channel: WhatsApp takes audio up to 16 MB
/// (a Telegram bot may fetch up to 20 MB).
pub(crate) const MAX_VOICE_BYTES: u32 = 16 * 1024 * 1024;

/// Whether `event` is something the relay carries while its chat is in a conversation:
/// typed text and media. Commands, buttons and shared locations stay with the bot.
pub(crate) fn carries(event: &Event) -> bool {
    matches!(
        event,
        Event::Text(_) | Event::Forwarded(_) | Event::Voice | Event::NonText
    )
}

/// Carries `event` (the message `original` of chat `from`) along `route`, or tells the
/// sender why not.
pub(crate) async fn relay(
    shared: &Arc<Shared>,
    from: i64,
    original: Original,
    event: Event,
    route: Route,
) {
    let carry = match (event, original.kind) {
        // A photo's caption is not carried without its photo: the person is told why.
        (_, OriginalKind::Other) => return refuse(shared, from, &route, Refusal::Kind).await,
        (Event::Text(text) | Event::Forwarded(text), _) => Carry::Text(text),
        (Event::Voice | Event::NonText, OriginalKind::Voice) => Carry::Copy {
            from,
            message: original.id,
        },
        _ => return refuse(shared, from, &route, Refusal::Kind).await,
    };
    // A place in every receiving chat's queue here first, so that none of them gets it when
    // this side is full; then the sides on another channel, through their carrier.
    let mut places = Vec::with_capacity(route.to.len());
    let mut elsewhere = Vec::new();
    for receiver in &route.to {
        if receiver.chat.channel != Channel::Telegram {
            elsewhere.push(receiver);
            continue;
        }
        match shared.relay.backlog.enter(receiver.chat) {
            Ok(slot) => places.push((receiver.chat.chat, receiver.from_role.clone(), slot)),
            Err(_) => return refuse(shared, from, &route, Refusal::Busy).await,
        }
    }
    if !elsewhere.is_empty() {
        let said = match (&carry, &original.voice_file) {
            (Carry::Text(text), _) => Said::Text(text.clone()),
            (_, Some(file)) => match fetch_voice(shared, file).await {
                Ok(audio) => Said::Voice(audio),
                Err(reason) => {
                    let tag = shared.hasher.tag("chat", from);
                    tracing::warn!(chat = %tag, reason, "relay: a voice note not fetched from Telegram");
                    return refuse(shared, from, &route, Refusal::Unreachable).await;
                }
            },
            _ => return refuse(shared, from, &route, Refusal::Kind).await,
        };
        for receiver in elsewhere {
            let parcel = Parcel {
                from_role: receiver.from_role.clone(),
                said: said.clone(),
            };
            if let Err(not) = shared.carriers.carry(receiver.chat, parcel).await {
                // The error's kind only; never the chat on the other side.
                tracing::info!(channel = receiver.chat.channel.as_str(), reason = %not, "relay: not carried to another channel");
                return refuse(shared, from, &route, not.into()).await;
            }
        }
    }
    for (to, from_role, slot) in places {
        let relayed = Relayed {
            carry: carry.clone(),
            from_role,
            _slot: slot,
        };
        enqueue(shared, to, relayed);
    }
}

/// A voice note's sound from Telegram (`getFile`, then the file), in memory only, for a side
/// on another channel. The reason it failed, for the log, never names the file.
async fn fetch_voice(shared: &Shared, file: &str) -> Result<Audio, &'static str> {
    let file = shared
        .limiter
        .call(|| shared.bot.get_file(FileId(file.to_owned())).send())
        .await
        .map_err(|_| "getFile failed")?;
    if file.size > MAX_VOICE_BYTES {
        return Err("larger than a voice note may be");
    }
    let mut bytes = Vec::with_capacity(file.size as usize);
    shared
        .bot
        .download_file(&file.path, &mut bytes)
        .await
        .map_err(|_| "download failed")?;
    if bytes.len() > MAX_VOICE_BYTES as usize {
        return Err("larger than a voice note may be");
    }
    Ok(Audio {
        bytes: bytes.into(),
        // What Telegram's voice notes are, and what WhatsApp takes as audio.
        mime_type: "audio/ogg".into(),
    })
}

/// Puts `relayed` in `to`'s queue, starting that chat's worker if none runs.
fn enqueue(shared: &Arc<Shared>, to: i64, relayed: Relayed) {
    let mut waiting = shared
        .relay
        .waiting
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(queue) = waiting.get_mut(&to) {
        // That chat's worker is running and will take it, in order.
        queue.push_back(relayed);
        return;
    }
    waiting.insert(to, VecDeque::from([relayed]));
    drop(waiting);
    let shared_for_worker = shared.clone();
    shared
        .relay
        .tasks
        .spawn(async move { work(shared_for_worker, to).await });
}

async fn refuse(shared: &Shared, from: i64, route: &Route, refusal: Refusal) {
    let reply = shared.dialog.relay_refusal(route.sender_locale, refusal);
    deliver(shared, from, &[reply], None, Purpose::Reply).await;
}

/// Sends `to`'s queued messages in order, at the chat's rate, until the queue is empty.
async fn work(shared: Arc<Shared>, to: i64) {
    loop {
        let next = {
            let mut waiting = shared
                .relay
                .waiting
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            match waiting.get_mut(&to).and_then(VecDeque::pop_front) {
                Some(next) => next,
                None => {
                    waiting.remove(&to);
                    return;
                }
            }
        };
        carry(&shared, to, next).await;
    }
}

async fn carry(shared: &Shared, to: i64, relayed: Relayed) {
    let result = match &relayed.carry {
        Carry::Text(text) => {
            let mut result = Ok(());
            for outgoing in render(&relayed_text(&relayed.from_role, text)) {
                if let Err(error) = send_message(shared, to, &outgoing).await {
                    result = Err(error);
                    break;
                }
                shared.stats.count_sent(Purpose::Relay);
            }
            result
        }
        Carry::Voice(audio) => {
            let caption = format!("<b>{}</b>", escape_html(&relayed.from_role));
            shared
                .limiter
                .send(to, || {
                    shared
                        .bot
                        .send_voice(
                            ChatId(to),
                            InputFile::memory(audio.bytes.to_vec()).file_name("voice.ogg"),
                        )
                        .caption(caption.clone())
                        .parse_mode(ParseMode::Html)
                        .send()
                })
                .await
                .map(|_| shared.stats.count_sent(Purpose::Relay))
        }
        Carry::Copy { from, message } => {
            let caption = format!("<b>{}</b>", escape_html(&relayed.from_role));
            shared
                .limiter
                .send(to, || {
                    shared
                        .bot
                        .copy_message(ChatId(to), ChatId(*from), *message)
                        .caption(caption.clone())
                        .parse_mode(ParseMode::Html)
                        .send()
                })
                .await
                .map(|_| shared.stats.count_sent(Purpose::Relay))
        }
    };
    if let Err(error) = result {
        shared.stats.count_send_failure(Purpose::Relay, &error);
        // The error's kind only: Telegram's description of a refused message may quote it.
        let tag = shared.hasher.tag("chat", to);
        if gone(&error) {
            tracing::info!(chat = %tag, "relay: the other side's chat is unreachable");
        } else {
            tracing::warn!(chat = %tag, error = %describe(&error), "relay: message not carried");
        }
    }
}
