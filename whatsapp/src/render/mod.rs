//! The engine's replies as WhatsApp messages: rich text in WhatsApp's markup within its limits
//! (4,096 characters in a text, 1,024 in an interactive body), up to three buttons as reply
//! buttons, more as a list of up to ten rows, and beyond ten further lists; link buttons as
//! plain URLs in the text; a location request as WhatsApp's own. What to say is the engine's;
//! this only shapes it. WhatsApp's limits are stated to the engine here too ([`WHATSAPP`]).

mod cut;
mod limits;
mod markup;

use faro_core::dialog::{ButtonTarget, Keyboard, Reply};
use faro_core::rich_text::{Block, Inline, RichText, split};
use serde_json::{Value, json};

pub use cut::cut;
pub use limits::*;
pub use markup::to_markup;

/// One message to send, before it is addressed.
#[derive(Clone, Debug, PartialEq)]
pub enum Outgoing {
    Text {
        body: String,
    },
    /// Reply buttons: (id, title).
    Buttons {
        body: String,
        buttons: Vec<(String, String)>,
    },
    List {
        body: String,
        /// The label of the button that opens the list.
        button: String,
        rows: Vec<Row>,
    },
    LocationRequest {
        body: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub title: String,
    /// The whole label, when the title had to be cut.
    pub description: Option<String>,
}

/// The words the rendering adds, in the reader's language (`whatsapp.ftl`).
#[derive(Clone, Debug)]
pub struct Words {
    /// The label of the button that opens a list ("Choose").
    pub choose: String,
    /// The text above a further list of choices ("More choices").
    pub more: String,
}

/// A reply as messages: normally one. Text too long for one message is cut between blocks,
/// lines or words (never inside a grapheme), the buttons going under the last piece.
pub fn render(reply: &Reply, words: &Words) -> Vec<Outgoing> {
    let mut text = reply.text.clone();
    let mut choices: Vec<(String, String)> = Vec::new();
    let mut links = Vec::new();
    for button in reply.buttons() {
        match &button.target {
            ButtonTarget::Action(action) => {
                let id = action.encode();
                // WhatsApp refuses a message whose rows or buttons share an id.
                if !choices.iter().any(|(known, _)| *known == id) {
                    choices.push((id, button.label.clone()));
                }
            }
            ButtonTarget::Link(url) => links.push((button.label.clone(), url.clone())),
        }
    }
    // Links as plain URLs under the text: WhatsApp makes them tappable.
    for (label, url) in links {
        text.push(Block::Paragraph(vec![Inline::Link {
            url,
            content: vec![Inline::Text(label)],
        }]));
    }
    let interactive =
        !choices.is_empty() || matches!(reply.keyboard, Keyboard::RequestLocation { .. });
    let limit = if interactive {
        INTERACTIVE_BODY_LEN
    } else {
        TEXT_LEN
    };
    let mut bodies: Vec<String> = pieces(&text, limit);
    let last = bodies.pop().unwrap_or_else(|| "…".to_owned());
    let mut out: Vec<Outgoing> = bodies
        .into_iter()
        .map(|body| Outgoing::Text { body })
        .collect();
    if let Keyboard::RequestLocation { .. } = reply.keyboard {
        out.push(Outgoing::LocationRequest { body: last });
        return out;
    }
    if choices.is_empty() {
        out.push(Outgoing::Text { body: last });
        return out;
    }
    let as_buttons = choices.len() <= REPLY_BUTTONS
        && choices
            .iter()
            .all(|(_, label)| label.chars().count() <= REPLY_TITLE_CHARS);
    if as_buttons {
        out.push(Outgoing::Buttons {
            body: last,
            buttons: choices,
        });
        return out;
    }
    let button = cut(&words.choose, LIST_BUTTON_CHARS);
    for (page, rows) in choices.chunks(LIST_ROWS).enumerate() {
        let body = if page == 0 {
            last.clone()
        } else {
            cut(&words.more, INTERACTIVE_BODY_LEN)
        };
        out.push(Outgoing::List {
            body,
            button: button.clone(),
            rows: rows.iter().map(|(id, label)| row(id, label)).collect(),
        });
    }
    out
}

fn row(id: &str, label: &str) -> Row {
    let title = cut(label, ROW_TITLE_CHARS);
    let description = (title != label.trim()).then(|| cut(label, ROW_DESCRIPTION_CHARS));
    Row {
        id: id.to_owned(),
        title,
        description,
    }
}

/// The text as markup pieces within `limit` (normally one); never an empty piece.
fn pieces(text: &RichText, limit: usize) -> Vec<String> {
    split(text, |piece| utf16_len(&to_markup(piece)) <= limit)
        .iter()
        .map(to_markup)
        .filter(|body| !body.trim().is_empty())
        .collect()
}

impl Outgoing {
    /// The request body for `{api_url}/{phone_number_id}/messages`, to `to`.
    pub fn to_json(&self, to: &str) -> Value {
        let mut message = json!({
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
        });
        let (kind, content) = match self {
            Outgoing::Text { body } => ("text", json!({ "preview_url": false, "body": body })),
            Outgoing::Buttons { body, buttons } => (
                "interactive",
                json!({
                    "type": "button",
                    "body": { "text": body },
                    "action": { "buttons": buttons.iter().map(|(id, title)| json!({
                        "type": "reply",
                        "reply": { "id": id, "title": title },
                    })).collect::<Vec<_>>() },
                }),
            ),
            Outgoing::List { body, button, rows } => (
                "interactive",
                json!({
                    "type": "list",
                    "body": { "text": body },
                    "action": {
                        "button": button,
                        "sections": [{ "rows": rows.iter().map(|row| {
                            let mut value = json!({ "id": row.id, "title": row.title });
                            if let Some(description) = &row.description {
                                value["description"] = json!(description);
                            }
                            value
                        }).collect::<Vec<_>>() }],
                    },
                }),
            ),
            Outgoing::LocationRequest { body } => (
                "interactive",
                json!({
                    "type": "location_request_message",
                    "body": { "text": body },
                    "action": { "name": "send_location" },
                }),
            ),
        };
        message["type"] = json!(kind);
        message[kind] = content;
        message
    }
}

#[cfg(test)]
mod tests;
