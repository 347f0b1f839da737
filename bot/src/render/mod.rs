//! The engine's replies as Telegram messages: rich text as Telegram's HTML within its 4096
//! limit, buttons as keyboards. What to say is the engine's; this only shapes it. Telegram's
//! limits are stated to the engine here too ([`TELEGRAM`]), so that it shapes its answers to
//! fit.

mod keyboard;
mod limits;

use faro_core::dialog::Reply;
use faro_core::i18n::Translations;
use faro_core::publishing::{CampaignText, campaign_message};
use teloxide::types::{InlineKeyboardMarkup, ReplyMarkup};

pub use faro_core::rich_text::html::{escape_html, to_html};
pub use limits::{MAX_MESSAGE_LEN, TELEGRAM, utf16_len};

/// One message to send.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub text: String,
    pub markup: Option<ReplyMarkup>,
    /// May edit the message the person pressed a button on.
    pub replace: bool,
}

impl Outgoing {
    /// An inline keyboard (or none) can be put on an edited message; a location request
    /// cannot.
    pub fn can_edit(&self) -> bool {
        matches!(self.markup, None | Some(ReplyMarkup::InlineKeyboard(_)))
    }

    pub fn inline_markup(&self) -> Option<InlineKeyboardMarkup> {
        match &self.markup {
            Some(ReplyMarkup::InlineKeyboard(markup)) => Some(markup.clone()),
            _ => None,
        }
    }
}

/// A reply as messages: normally one. The engine keeps its texts under the limit; should one
/// ever be longer, it is cut (between blocks, lines, words, at worst graphemes) rather than
/// rejected by Telegram, and the keyboard goes under the last piece.
pub fn render(reply: &Reply) -> Vec<Outgoing> {
    let markup = keyboard::markup(&reply.keyboard);
    let mut pieces = TELEGRAM.split(&reply.text);
    if pieces.is_empty() {
        pieces.push(reply.text.clone());
    }
    let count = pieces.len();
    pieces
        .iter()
        .enumerate()
        .map(|(index, piece)| Outgoing {
            text: to_html(piece),
            markup: if index + 1 == count {
                markup.clone()
            } else {
                None
            },
            replace: reply.replace && count == 1,
        })
        .collect()
}

/// A campaign's message as subscribers get it on Telegram.
pub fn campaign_html(text: &CampaignText, translations: &Translations) -> String {
    to_html(&campaign_message(text, translations))
}

#[cfg(test)]
mod tests;
