//! The webhook's body in Meta's documented shape (WhatsApp Business Account `messages`
//! field): entries of changes, each with the messages and statuses of one business number.
//! Only what Faro reads is declared; profile names and everything else are left unread.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Notification {
    #[serde(default)]
    pub object: String,
    #[serde(default)]
    pub entry: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub changes: Vec<Change>,
}

#[derive(Debug, Deserialize)]
pub struct Change {
    #[serde(default)]
    pub field: String,
    pub value: Option<Value>,
}

#[derive(Debug, Deserialize)]
pub struct Value {
    pub metadata: Option<Metadata>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub statuses: Vec<Status>,
}

#[derive(Debug, Deserialize)]
pub struct Metadata {
    #[serde(default)]
    pub phone_number_id: String,
}

#[derive(Debug, Deserialize)]
pub struct Contact {
    /// The business-scoped user id, where Meta sends one.
    pub user_id: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Message {
    /// The sender's number; missing for someone known by a username only.
    pub from: Option<String>,
    /// The sender's business-scoped user id, where Meta sends one.
    pub from_user_id: Option<String>,
    pub id: String,
    #[serde(rename = "type", default)]
    pub kind: String,
    pub text: Option<Text>,
    pub interactive: Option<Interactive>,
    /// A quick-reply button of a template.
    pub button: Option<TemplateButton>,
    pub location: Option<Location>,
    /// A voice note or other audio: Meta's media id, to fetch it for the relay.
    pub audio: Option<Media>,
}

#[derive(Debug, Deserialize)]
pub struct Media {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub mime_type: String,
}

#[derive(Debug, Deserialize)]
pub struct Text {
    #[serde(default)]
    pub body: String,
}

#[derive(Debug, Deserialize)]
pub struct Interactive {
    #[serde(rename = "type", default)]
    pub kind: String,
    pub button_reply: Option<Reply>,
    pub list_reply: Option<Reply>,
}

#[derive(Debug, Deserialize)]
pub struct Reply {
    #[serde(default)]
    pub id: String,
}

#[derive(Debug, Deserialize)]
pub struct TemplateButton {
    #[serde(default)]
    pub payload: String,
}

#[derive(Debug, Deserialize)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Debug, Deserialize)]
pub struct Status {
    /// Meta's id of the message Faro sent (it carries the recipient's number: hashed at once).
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub errors: Vec<StatusError>,
}

#[derive(Debug, Deserialize)]
pub struct StatusError {
    pub code: Option<i64>,
}
