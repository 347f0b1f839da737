//! What WhatsApp allows, stated to the engine as its [`ChannelLimits`], and the limits the
//! rendering keeps to (Meta's Cloud API reference for text and interactive messages).

use faro_core::channel::ChannelLimits;
use faro_core::rich_text::RichText;

use super::markup::to_markup;

/// A text message's body.
pub const TEXT_LEN: usize = 4096;
/// An interactive message's body (buttons, list, location request).
pub const INTERACTIVE_BODY_LEN: usize = 1024;
/// Reply buttons on one message, and a reply button's title.
pub const REPLY_BUTTONS: usize = 3;
pub const REPLY_TITLE_CHARS: usize = 20;
/// Rows of one list message (all sections together), a row's title and its description.
pub const LIST_ROWS: usize = 10;
pub const ROW_TITLE_CHARS: usize = 24;
pub const ROW_DESCRIPTION_CHARS: usize = 72;
/// The label of the button that opens a list.
pub const LIST_BUTTON_CHARS: usize = 20;
/// A list row's id (what comes back when it is chosen); a reply button's may be 256.
pub const ROW_ID_LEN: usize = 200;

pub const WHATSAPP: ChannelLimits = ChannelLimits {
    // Nearly every answer has buttons, so the interactive body's limit (channel.rs).
    message_len: INTERACTIVE_BODY_LEN,
    measure,
    // A label longer than a row's title is shown whole in the row's description.
    label_chars: ROW_DESCRIPTION_CHARS,
    action_bytes: ROW_ID_LEN,
    buttons_per_row: 100,
    // More than a list holds are paged over several lists (render::interactive).
    buttons_per_message: 100,
};

/// Meta counts characters; UTF-16 units are never fewer, so counting them is on the safe side
/// for every script (an emoji outside the BMP counts two).
fn measure(text: &RichText) -> usize {
    utf16_len(&to_markup(text))
}

pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}
