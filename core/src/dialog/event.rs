//! What a person did, as the engine sees it: no channel types, only what matters to the answer.

use crate::locale::Locale;

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// `/start`, with the deep-link payload when the person came from a kiosk's QR code.
    Start {
        payload: Option<String>,
    },
    Command(Command),
    Text(String),
    /// A button press, with the code the button carried (see [`super::Action`]). Raw, because
    /// old or forged codes must be answered too.
    Button(String),
    /// A shared location; used for the answer only and never stored.
    Location {
        lat: f64,
        lon: f64,
    },
    /// A voice note: the bot cannot listen to it, and says who can.
    Voice,
    /// A text forwarded from someone else (an offer to check): answered with the warning
    /// signs, its words neither searched nor kept.
    Forwarded(String),
    /// A sticker, photo, file or anything else without text.
    NonText,
    /// `/label Marie`: the name an interpreter shows in conversations (see `crate::relay`).
    Label(String),
    /// `/hours mon-fri 09:00-17:00`: when an interpreter takes requests (`crate::relay::hours`).
    Hours(String),
    /// `/to ABC123`: the conversation an interpreter in several writes to.
    To(String),
    /// `/join ABC123`: linked shelter staff join that request's conversation.
    Join(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Language,
    Forget,
    Stop,
    /// End the conversation through the relay (either side).
    End,
    /// Where the person's interpreter request stands.
    Status,
    /// An interpreter is available for new requests, or away.
    Available,
    Away,
    /// A command this bot does not have.
    Unknown,
}

/// An event with what the channel knows about the person's language (Telegram's
/// `language_code`), used until they choose one.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub event: Event,
    pub client_locale: Option<Locale>,
}

impl Input {
    pub fn new(event: Event) -> Self {
        Input {
            event,
            client_locale: None,
        }
    }

    pub fn with_client_locale(mut self, locale: Option<Locale>) -> Self {
        self.client_locale = locale;
        self
    }
}

impl Event {
    /// A typed message: a command (`/start payload`, `/help@FaroBot`) or free text.
    pub fn from_text(text: &str) -> Event {
        let trimmed = text.trim();
        let Some(command_line) = trimmed.strip_prefix('/') else {
            return Event::Text(text.to_owned());
        };
        let (command, argument) = command_line
            .split_once(char::is_whitespace)
            .map_or((command_line, ""), |(c, a)| (c, a.trim()));
        // `/help@FaroBot` in clients that add the bot's name.
        let command = command.split('@').next().unwrap_or_default();
        match command.to_ascii_lowercase().as_str() {
            "start" => Event::Start {
                payload: (!argument.is_empty()).then(|| argument.to_owned()),
            },
            "help" => Event::Command(Command::Help),
            "language" | "lang" => Event::Command(Command::Language),
            "forget" => Event::Command(Command::Forget),
            "stop" => Event::Command(Command::Stop),
            "end" => Event::Command(Command::End),
            "status" => Event::Command(Command::Status),
            "available" => Event::Command(Command::Available),
            "away" => Event::Command(Command::Away),
            "label" => Event::Label(argument.to_owned()),
            "hours" => Event::Hours(argument.to_owned()),
            "to" => Event::To(argument.to_owned()),
            "join" => Event::Join(argument.to_owned()),
            _ => Event::Command(Command::Unknown),
        }
    }

    /// A short name for logs and metrics; never the text itself.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Start { .. } => "start",
            Event::Command(_) => "command",
            Event::Text(_) => "text",
            Event::Button(_) => "button",
            Event::Location { .. } => "location",
            Event::Voice => "voice",
            Event::Forwarded(_) => "forwarded",
            Event::NonText => "non_text",
            Event::Label(_) | Event::Hours(_) | Event::To(_) | Event::Join(_) => "command",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_recognised_with_payloads_and_bot_names() {
        assert_eq!(
            Event::from_text("/start fa_t-asylum"),
            Event::Start {
                payload: Some("fa_t-asylum".into())
            }
        );
        assert_eq!(Event::from_text("/start"), Event::Start { payload: None });
        assert_eq!(
            Event::from_text("/help@FaroBot"),
            Event::Command(Command::Help)
        );
        assert_eq!(Event::from_text("/STOP"), Event::Command(Command::Stop));
        assert_eq!(
            Event::from_text("/language"),
            Event::Command(Command::Language)
        );
        assert_eq!(Event::from_text("/forget"), Event::Command(Command::Forget));
        assert_eq!(Event::from_text("/end"), Event::Command(Command::End));
        assert_eq!(
            Event::from_text("/label  Marie Rose "),
            Event::Label("Marie Rose".into())
        );
        assert_eq!(
            Event::from_text("/hours mon-fri 09:00-17:00"),
            Event::Hours("mon-fri 09:00-17:00".into())
        );
        assert_eq!(Event::from_text("/to K7P2QM"), Event::To("K7P2QM".into()));
        assert_eq!(
            Event::from_text("/nonsense"),
            Event::Command(Command::Unknown)
        );
    }

    #[test]
    fn other_text_is_free_text() {
        assert_eq!(
            Event::from_text("asylo en México"),
            Event::Text("asylo en México".into())
        );
        assert_eq!(Event::from_text("1/2"), Event::Text("1/2".into()));
    }
}
