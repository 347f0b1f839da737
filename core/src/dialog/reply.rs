//! What the engine answers: channel-neutral messages that any adapter can render.

use unicode_segmentation::UnicodeSegmentation;

use crate::channel::ChannelLimits;
use crate::rich_text::RichText;

use super::action::Action;

/// One message: its text, and buttons or a request under it. The engine keeps both within the
/// limits its channel stated ([`Reply::fit`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub text: RichText,
    pub keyboard: Keyboard,
    /// This message replaces the screen the person acted on (a page turned, a menu opened
    /// from a button), so a channel that can edit that message should rather than add one.
    pub replace: bool,
    /// A page read aloud, sent as a voice note with the text as its caption.
    pub voice: Option<VoiceNote>,
    /// A place as a pin on a map, for a channel that can send one (Telegram's `sendVenue`);
    /// the text says the same in words for a channel that cannot.
    pub venue: Option<Venue>,
}

/// A place's pin: where it is, its name and its address as the directory gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct Venue {
    pub lat: f64,
    pub lon: f64,
    pub title: String,
    pub address: String,
}

/// An OGG/Opus file to send as a voice note (`crate::audio`).
#[derive(Clone, Debug, PartialEq)]
pub struct VoiceNote {
    pub file: std::path::PathBuf,
    /// Made by the text-to-speech engine, not read by a person (the caption says so).
    pub synthetic: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Keyboard {
    #[default]
    None,
    /// Rows of buttons under the message.
    Buttons(Vec<Vec<Button>>),
    /// Ask the person to share their location with one tap.
    RequestLocation { label: String },
}

/// A button label is plain text (no markup).
#[derive(Clone, Debug, PartialEq)]
pub struct Button {
    pub label: String,
    pub target: ButtonTarget,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ButtonTarget {
    Action(Action),
    /// An https link to open.
    Link(String),
}

impl Reply {
    pub fn text(text: impl Into<RichText>) -> Self {
        Reply {
            text: text.into(),
            keyboard: Keyboard::None,
            replace: false,
            voice: None,
            venue: None,
        }
    }

    /// A voice note with `caption` under it.
    pub fn voice(note: VoiceNote, caption: impl Into<RichText>) -> Self {
        Reply {
            voice: Some(note),
            ..Reply::text(caption)
        }
    }

    /// A pin on a map, with `text` for a channel that sends no pins.
    pub fn venue(venue: Venue, text: impl Into<RichText>) -> Self {
        Reply {
            venue: Some(venue),
            ..Reply::text(text)
        }
    }

    pub fn with_buttons(mut self, rows: Vec<Vec<Button>>) -> Self {
        self.keyboard = Keyboard::Buttons(rows);
        self
    }

    pub fn with_keyboard(mut self, keyboard: Keyboard) -> Self {
        self.keyboard = keyboard;
        self
    }

    pub fn replacing(mut self, replace: bool) -> Self {
        self.replace = replace;
        self
    }

    /// Every button of the message, row by row.
    pub fn buttons(&self) -> impl Iterator<Item = &Button> {
        let rows: &[Vec<Button>] = match &self.keyboard {
            Keyboard::Buttons(rows) => rows,
            _ => &[],
        };
        rows.iter().flatten()
    }

    /// The reply within the channel's limits for buttons: labels cut, rows no wider than
    /// allowed, and buttons the channel cannot carry left out (logged, for they are a bug
    /// or a channel too small for a flow).
    pub fn fit(mut self, limits: &ChannelLimits) -> Reply {
        self.keyboard = match self.keyboard {
            Keyboard::None => Keyboard::None,
            Keyboard::Buttons(rows) => Keyboard::Buttons(fit_rows(rows, limits)),
            Keyboard::RequestLocation { label } => Keyboard::RequestLocation {
                label: cut_label(&label, limits.label_chars),
            },
        };
        self
    }
}

fn fit_rows(rows: Vec<Vec<Button>>, limits: &ChannelLimits) -> Vec<Vec<Button>> {
    let mut room = limits.buttons_per_message;
    let mut left_out = 0;
    let mut fitted = Vec::new();
    for row in rows {
        let row: Vec<Button> = row
            .into_iter()
            .filter_map(|button| button.fit(limits))
            .collect();
        for chunk in row.chunks(limits.buttons_per_row.max(1)) {
            let taken = chunk.len().min(room);
            room -= taken;
            left_out += chunk.len() - taken;
            if taken > 0 {
                fitted.push(chunk[..taken].to_vec());
            }
        }
    }
    if left_out > 0 {
        tracing::error!(
            left_out,
            "more buttons than the channel allows; the last left out"
        );
    }
    fitted
}

/// Labels made of titles and names (topics, websites) are cut to this many characters, or
/// fewer where the channel allows fewer: people read a short label at a glance, and clients
/// cut long ones anyway, less gracefully.
pub(crate) const TITLE_LABEL_CHARS: usize = 40;

/// `text` cut to at most `max_chars` characters, with an ellipsis, at a grapheme boundary.
pub(crate) fn cut_label(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut cut = String::new();
    let mut count = 0;
    for grapheme in text.graphemes(true) {
        count += grapheme.chars().count();
        if count + 1 > max_chars {
            break;
        }
        cut.push_str(grapheme);
    }
    cut.push('…');
    cut
}

impl Button {
    pub fn action(label: impl Into<String>, action: Action) -> Self {
        Button {
            label: label.into(),
            target: ButtonTarget::Action(action),
        }
    }

    pub fn link(label: impl Into<String>, url: impl Into<String>) -> Self {
        Button {
            label: label.into(),
            target: ButtonTarget::Link(url.into()),
        }
    }

    fn fit(mut self, limits: &ChannelLimits) -> Option<Button> {
        if let ButtonTarget::Action(action) = &self.target {
            let bytes = action.encode().len();
            if bytes > limits.action_bytes {
                tracing::error!(bytes, "button code too long for the channel; left out");
                return None;
            }
        }
        self.label = cut_label(&self.label, limits.label_chars);
        Some(self)
    }

    /// The action this button triggers, if it is not a link.
    pub fn as_action(&self) -> Option<&Action> {
        match &self.target {
            ButtonTarget::Action(action) => Some(action),
            ButtonTarget::Link(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::country::CountryCode;
    use crate::rich_text::RichText;

    use super::*;

    fn limits() -> ChannelLimits {
        ChannelLimits {
            message_len: 100,
            measure: |text| text.plain().chars().count(),
            label_chars: 8,
            action_bytes: 4,
            buttons_per_row: 2,
            buttons_per_message: 4,
        }
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis_between_graphemes() {
        assert_eq!(cut_label("short", 40), "short");
        let cut = cut_label(&"x".repeat(60), 40);
        assert_eq!(cut.chars().count(), 40);
        assert!(cut.ends_with('…'));
        // "e" and its combining accent stay together.
        assert_eq!(cut_label("abcde\u{301}fgh", 6), "abcd…");
    }

    #[test]
    fn a_keyboard_is_fitted_to_the_channels_rows_buttons_and_codes() {
        let ht = CountryCode::parse("HT").unwrap();
        let reply = Reply::text(RichText::text("x")).with_buttons(vec![
            vec![
                Button::action("Menu", Action::Menu),
                Button::action("Topics", Action::Topics),
                Button::link("A long link label", "https://example.org"),
            ],
            // "c:HT" is the fourth button; "near" would be a fifth; "a:off" has five bytes.
            vec![Button::action("Haiti", Action::Consulate(ht))],
            vec![Button::action("Near", Action::NearMe)],
            vec![Button::action("Off", Action::AlertsOff)],
        ]);
        let fitted = reply.fit(&limits());
        let Keyboard::Buttons(rows) = &fitted.keyboard else {
            panic!("{fitted:?}");
        };
        let labels: Vec<Vec<&str>> = rows
            .iter()
            .map(|row| row.iter().map(|b| b.label.as_str()).collect())
            .collect();
        assert_eq!(
            labels,
            [vec!["Menu", "Topics"], vec!["A long …"], vec!["Haiti"]]
        );
    }

    #[test]
    fn a_location_request_label_is_cut_too() {
        let reply = Reply::text(RichText::text("x")).with_keyboard(Keyboard::RequestLocation {
            label: "Share my location".into(),
        });
        assert_eq!(
            reply.fit(&limits()).keyboard,
            Keyboard::RequestLocation {
                label: "Share m…".into()
            }
        );
    }
}
