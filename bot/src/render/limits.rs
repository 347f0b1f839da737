//! What Telegram allows, stated to the engine as its [`ChannelLimits`].

use faro_core::channel::ChannelLimits;
use faro_core::rich_text::RichText;

use faro_core::rich_text::html::to_html;

/// Telegram's limit for one message's text.
pub const MAX_MESSAGE_LEN: usize = 4096;

pub const TELEGRAM: ChannelLimits = ChannelLimits {
    message_len: MAX_MESSAGE_LEN,
    measure,
    // Telegram sets no limit on a label (its apps cut a long one to fit the screen).
    label_chars: usize::MAX,
    // Callback data is 1 to 64 bytes.
    action_bytes: 64,
    buttons_per_row: 8,
    buttons_per_message: 100,
};

/// Telegram counts 4096 UTF-16 units of the text after it has parsed the HTML; counting the
/// markup too keeps every message under that.
fn measure(text: &RichText) -> usize {
    utf16_len(&to_html(text))
}

/// Length as Telegram counts it: UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}
