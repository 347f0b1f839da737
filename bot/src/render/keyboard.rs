//! Buttons as Telegram keyboards: an inline keyboard of callback and https link buttons, or a
//! one-time reply keyboard that asks for the person's location.

use faro_core::dialog::{Button, ButtonTarget, Keyboard};
use teloxide::types::{
    ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
    ReplyMarkup,
};

/// The engine has already fitted the buttons to Telegram's limits (see `limits::TELEGRAM`).
pub(super) fn markup(keyboard: &Keyboard) -> Option<ReplyMarkup> {
    match keyboard {
        Keyboard::None => None,
        Keyboard::Buttons(rows) => {
            let rows: Vec<Vec<InlineKeyboardButton>> = rows
                .iter()
                .map(|row| row.iter().filter_map(inline_button).collect::<Vec<_>>())
                .filter(|row| !row.is_empty())
                .collect();
            (!rows.is_empty()).then(|| ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(rows)))
        }
        Keyboard::RequestLocation { label } => Some(ReplyMarkup::Keyboard(
            KeyboardMarkup::new(vec![vec![
                KeyboardButton::new(label.clone()).request(ButtonRequest::Location),
            ]])
            .resize_keyboard()
            .one_time_keyboard(),
        )),
    }
}

fn inline_button(button: &Button) -> Option<InlineKeyboardButton> {
    match &button.target {
        ButtonTarget::Action(action) => Some(InlineKeyboardButton::callback(
            button.label.clone(),
            action.encode(),
        )),
        ButtonTarget::Link(url) => match reqwest::Url::parse(url) {
            Ok(url) if url.scheme() == "https" => {
                Some(InlineKeyboardButton::url(button.label.clone(), url))
            }
            _ => {
                tracing::warn!("link button with an unusable URL left out");
                None
            }
        },
    }
}
