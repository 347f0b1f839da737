//! Every call that sends something to Telegram, each through the limiter.

use std::time::Duration;

use faro_core::dialog::{Elsewhere, Reply, Venue, VoiceNote};
use faro_core::metrics::Purpose;
use teloxide::prelude::*;
use teloxide::types::{CallbackQueryId, InputFile, LinkPreviewOptions, MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

use crate::limiter::RetryAfter;
pub(crate) use crate::refusal::gone;
use crate::render::{Outgoing, render};
use crate::shared::Shared;

impl RetryAfter for RequestError {
    fn retry_after(&self) -> Option<Duration> {
        match self {
            RequestError::RetryAfter(seconds) => Some(seconds.duration()),
            _ => None,
        }
    }
}

/// A request error fit for the log: a response Telegram could not explain may echo the
/// message it was about, so only its kind is kept. (teloxide already hides the token.)
pub(crate) fn describe(error: &RequestError) -> String {
    match error {
        RequestError::InvalidJson { .. } => "unexpected response from the Bot API".into(),
        other => other.to_string(),
    }
}

/// Links stay links: a preview would push the message's own text out of sight.
pub(crate) fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Sends the replies in order. The first may replace the message a button was pressed on;
/// if that edit fails (too old, deleted) it is sent as a new message instead. `purpose`: an
/// answer to this chat, or a notice to a chat that did not act (for `/metrics`).
pub(crate) async fn deliver(
    shared: &Shared,
    chat: i64,
    replies: &[Reply],
    mut edit: Option<MessageId>,
    purpose: Purpose,
) {
    for reply in replies {
        if let Some(note) = &reply.voice {
            let result = send_voice(shared, chat, reply, note).await;
            if !counted(shared, chat, purpose, result) {
                return;
            }
            edit = None;
            continue;
        }
        if let Some(venue) = &reply.venue {
            let result = send_venue(shared, chat, reply, venue).await;
            if !counted(shared, chat, purpose, result) {
                return;
            }
            edit = None;
            continue;
        }
        for outgoing in render(reply) {
            if let Some(message) = edit
                .take()
                .filter(|_| outgoing.replace && outgoing.can_edit())
                && edit_message(shared, chat, message, &outgoing, purpose).await
            {
                continue;
            }
            let result = send_message(shared, chat, &outgoing).await;
            if !counted(shared, chat, purpose, result) {
                return;
            }
        }
        edit = None;
    }
}

/// Counts a send for `/metrics` and logs a failure; false when the chat is gone (blocked or
/// deleted), so nothing more is sent to it.
fn counted(
    shared: &Shared,
    chat: i64,
    purpose: Purpose,
    result: Result<Message, RequestError>,
) -> bool {
    match result {
        Ok(_) => {
            shared.stats.count_sent(purpose);
            true
        }
        Err(error) => {
            shared.stats.count_send_failure(purpose, &error);
            let tag = shared.hasher.tag("chat", chat);
            if gone(&error) {
                tracing::info!(chat = %tag, "chat unreachable (blocked or deleted); nothing more sent");
                return false;
            }
            tracing::warn!(chat = %tag, error = %describe(&error), "message not sent");
            true
        }
    }
}

/// A page read aloud as a voice note (`sendVoice`, OGG/Opus uploaded from disk: the clip is
/// small, and Telegram shows it as a voice bubble with a play button), the reply's text as
/// its caption and its buttons under it.
async fn send_voice(
    shared: &Shared,
    chat: i64,
    reply: &Reply,
    note: &VoiceNote,
) -> Result<Message, RequestError> {
    let outgoing = render(reply).into_iter().next();
    shared
        .limiter
        .send(chat, || {
            let mut request = shared
                .bot
                .send_voice(ChatId(chat), InputFile::file(note.file.clone()));
            if let Some(outgoing) = &outgoing {
                request = request
                    .caption(outgoing.text.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(markup) = &outgoing.markup {
                    request = request.reply_markup(markup.clone());
                }
            }
            request.send()
        })
        .await
}

/// A place as a pin (`sendVenue`): Telegram shows its name and address on a map the person
/// can open in their maps application; the reply's buttons under it. The reply's text, which
/// says the same in words for channels without pins, is not sent.
async fn send_venue(
    shared: &Shared,
    chat: i64,
    reply: &Reply,
    venue: &Venue,
) -> Result<Message, RequestError> {
    let markup = render(reply)
        .into_iter()
        .next()
        .and_then(|outgoing| outgoing.markup);
    shared
        .limiter
        .send(chat, || {
            let mut request = shared.bot.send_venue(
                ChatId(chat),
                venue.lat,
                venue.lon,
                venue.title.clone(),
                venue.address.clone(),
            );
            if let Some(markup) = &markup {
                request = request.reply_markup(markup.clone());
            }
            request.send()
        })
        .await
}

/// Messages for other chats than the one that acted: the person told their request was
/// accepted, other interpreters' notices changed to "taken". An edit that fails is left
/// alone rather than sent again as a new message. A chat on another channel (WhatsApp) gets
/// its message, or its edit where that channel has edits, through that channel's carrier.
pub(crate) async fn deliver_elsewhere(shared: &Shared, elsewhere: &[Elsewhere]) {
    for item in elsewhere {
        let to = faro_core::relay::ChatRef::of(item.chat_id());
        if to.channel != faro_core::metrics::Channel::Telegram {
            if let Err(not) = shared.carriers.deliver(item).await {
                tracing::info!(channel = to.channel.as_str(), reason = %not, "notice not carried to another channel");
            }
            continue;
        }
        match item {
            Elsewhere::Send { chat_id, reply } => {
                deliver(
                    shared,
                    *chat_id,
                    std::slice::from_ref(reply),
                    None,
                    Purpose::Notice,
                )
                .await;
            }
            Elsewhere::Edit {
                chat_id,
                message_id,
                reply,
            } => {
                let Ok(message) = i32::try_from(*message_id) else {
                    continue;
                };
                for outgoing in render(reply) {
                    edit_message(
                        shared,
                        *chat_id,
                        MessageId(message),
                        &outgoing,
                        Purpose::Notice,
                    )
                    .await;
                }
            }
        }
    }
}

pub(crate) async fn send_message(
    shared: &Shared,
    chat: i64,
    outgoing: &Outgoing,
) -> Result<Message, RequestError> {
    shared
        .limiter
        .send(chat, || {
            let mut request = shared
                .bot
                .send_message(ChatId(chat), outgoing.text.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(markup) = &outgoing.markup {
                request = request.reply_markup(markup.clone());
            }
            request.send()
        })
        .await
}

/// True when the message now shows the reply (or already did).
pub(crate) async fn edit_message(
    shared: &Shared,
    chat: i64,
    message: MessageId,
    outgoing: &Outgoing,
    purpose: Purpose,
) -> bool {
    let result = shared
        .limiter
        .send(chat, || {
            let mut request = shared
                .bot
                .edit_message_text(ChatId(chat), message, outgoing.text.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(markup) = outgoing.inline_markup() {
                request = request.reply_markup(markup);
            }
            request.send()
        })
        .await;
    match result {
        Ok(_) => {
            shared.stats.count_sent(purpose);
            true
        }
        Err(RequestError::Api(ApiError::MessageNotModified)) => true,
        Err(error) => {
            tracing::debug!(error = %describe(&error), "edit failed; sending a new message");
            false
        }
    }
}

/// Stops the spinner on the button the person pressed. Every callback query gets one.
pub(crate) async fn answer_callback(shared: &Shared, id: &CallbackQueryId) {
    let result = shared
        .limiter
        .call(|| shared.bot.answer_callback_query(id.clone()).send())
        .await;
    if let Err(error) = result {
        tracing::debug!(error = %describe(&error), "callback query not answered");
    }
}
