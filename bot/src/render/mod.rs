//! The engine's replies as Telegram messages: HTML text within the 4096 limit and keyboards
//! whose callback data fits 64 bytes. What to say is the engine's; this only shapes it.

use faro_core::dialog::{ButtonTarget, Keyboard, MAX_ACTION_BYTES, Reply, utf16_len};
use teloxide::types::{
    ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
    ReplyMarkup,
};

/// Telegram's limit for one message's text.
pub const MAX_MESSAGE_LEN: usize = 4096;

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
/// ever be longer, it is cut at line breaks outside any tag rather than rejected by Telegram,
/// and the keyboard goes under the last piece.
pub fn render(reply: &Reply) -> Vec<Outgoing> {
    let markup = markup(&reply.keyboard);
    let pieces = split_html(&reply.text, MAX_MESSAGE_LEN);
    let count = pieces.len();
    pieces
        .into_iter()
        .enumerate()
        .map(|(index, text)| Outgoing {
            text,
            markup: if index + 1 == count {
                markup.clone()
            } else {
                None
            },
            replace: reply.replace && count == 1,
        })
        .collect()
}

fn markup(keyboard: &Keyboard) -> Option<ReplyMarkup> {
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

fn inline_button(button: &faro_core::dialog::Button) -> Option<InlineKeyboardButton> {
    match &button.target {
        ButtonTarget::Action(action) => {
            let data = action.encode();
            if data.len() > MAX_ACTION_BYTES {
                tracing::error!(
                    bytes = data.len(),
                    "button code too long for Telegram; left out"
                );
                return None;
            }
            Some(InlineKeyboardButton::callback(button.label.clone(), data))
        }
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

/// Cuts HTML into pieces of at most `limit` UTF-16 units, at line breaks where no tag is open
/// (so every piece stays valid), else at the last space outside a tag and an entity.
pub fn split_html(html: &str, limit: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = html.trim();
    while utf16_len(rest) > limit {
        let cut = safe_cut(rest, limit);
        pieces.push(rest[..cut].trim_end().to_owned());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest.to_owned());
    }
    pieces
}

/// The byte index to cut `text` at: within `limit` UTF-16 units, the last line break outside
/// any tag, else the last space there, else the last character there.
fn safe_cut(text: &str, limit: usize) -> usize {
    let mut depth = 0_i32;
    let mut in_tag = false;
    let mut in_entity = false;
    let mut units = 0;
    let (mut line, mut space, mut outside, mut anywhere) = (None, None, None, None);
    for (index, c) in text.char_indices() {
        units += c.len_utf16();
        if units > limit {
            break;
        }
        match c {
            '<' => {
                in_tag = true;
                depth += if text[index..].starts_with("</") {
                    -1
                } else {
                    1
                };
            }
            '>' => in_tag = false,
            '&' => in_entity = true,
            ';' => in_entity = false,
            _ => {}
        }
        let free = !in_tag && !in_entity && c != '>' && c != ';';
        if !free || index == 0 {
            continue;
        }
        anywhere = Some(index);
        if depth == 0 {
            outside = Some(index);
            match c {
                '\n' => line = Some(index),
                ' ' => space = Some(index),
                _ => {}
            }
        }
    }
    line.or(space)
        .or(outside)
        .or(anywhere)
        .unwrap_or_else(|| text.chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod tests;
