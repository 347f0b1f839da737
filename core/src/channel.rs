//! What a channel allows, as its adapter states it: core keeps no channel's numbers. The
//! engine shapes its answers within these limits (topic pages, directory lists, buttons), and
//! an adapter cuts whatever still exceeds them with the same measure.

use crate::rich_text::RichText;

#[derive(Clone, Copy, Debug)]
pub struct ChannelLimits {
    /// The longest message text, in the units of `measure`. Where a message with buttons may
    /// be shorter than one without (WhatsApp: 1024 characters in an interactive body), the
    /// shorter, for nearly every answer has buttons.
    pub message_len: usize,
    /// A text's length as the channel counts it, in the markup it is sent as (Telegram:
    /// UTF-16 code units of its HTML).
    pub measure: fn(&RichText) -> usize,
    /// The longest button label, in characters; a longer one is cut with an ellipsis.
    /// `usize::MAX` for a channel that sets no limit of its own.
    pub label_chars: usize,
    /// The most bytes of data a button can carry back (Telegram's callback data).
    pub action_bytes: usize,
    pub buttons_per_row: usize,
    /// Buttons beyond this are left out (and logged): a flow that offers more choices than
    /// the channel shows must page through them.
    pub buttons_per_message: usize,
}

impl ChannelLimits {
    /// Whether `text` fits in one message.
    pub fn fits(&self, text: &RichText) -> bool {
        (self.measure)(text) <= self.message_len
    }

    /// `text` as messages that each fit (normally one).
    pub fn split(&self, text: &RichText) -> Vec<RichText> {
        crate::rich_text::split(text, |piece| self.fits(piece))
    }
}

/// WhatsApp conversations get chat ids of their own, below this one: Telegram's chat ids have
/// at most 52 significant bits (groups are negative, down to about -10^13), so ids below
/// -2^60 are never Telegram's and one `chat_state`, outbox and erasure serve both channels.
pub const PHONE_CHAT_IDS_BELOW: i64 = -(1 << 60);

/// Whether `chat_id` is a conversation of a phone-number channel (WhatsApp) rather than a
/// Telegram chat.
pub fn is_phone_chat(chat_id: i64) -> bool {
    chat_id <= PHONE_CHAT_IDS_BELOW
}

/// The chat id for the `n`th phone contact (any `n` below 2^59).
pub fn phone_chat(n: i64) -> i64 {
    PHONE_CHAT_IDS_BELOW - n.rem_euclid(1 << 59)
}

#[cfg(test)]
mod phone_chat_tests {
    use super::*;

    #[test]
    fn phone_chats_never_meet_telegram_chats() {
        // The largest Telegram ids either way (52 significant bits).
        assert!(!is_phone_chat((1 << 52) - 1));
        assert!(!is_phone_chat(-(1 << 52)));
        assert!(!is_phone_chat(-1_002_345_678_901));
        for n in [0, 1, 12_345, (1 << 59) - 1, i64::MAX] {
            assert!(is_phone_chat(phone_chat(n)), "{n}");
        }
    }
}
