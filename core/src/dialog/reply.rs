//! What the engine answers: channel-agnostic messages that any adapter can render.

use super::action::Action;

/// One message. `text` is already safe for Telegram's HTML parse mode (only `<b> <i> <a>`
/// and escaped text) and never longer than the engine's message limit.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub text: String,
    pub keyboard: Keyboard,
    /// This message replaces the screen the person acted on (a page turned, a menu opened
    /// from a button), so a channel that can edit that message should rather than add one.
    pub replace: bool,
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

/// A button label is plain text (not HTML).
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
    pub fn text(text: impl Into<String>) -> Self {
        Reply {
            text: text.into(),
            keyboard: Keyboard::None,
            replace: false,
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

    /// The action this button triggers, if it is not a link.
    pub fn as_action(&self) -> Option<&Action> {
        match &self.target {
            ButtonTarget::Action(action) => Some(action),
            ButtonTarget::Link(_) => None,
        }
    }
}
