//! What the engine remembers about one chat between messages. Kept in the database (see
//! `storage`), so a restart loses no conversation.

use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::locale::Locale;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChatState {
    /// The language the person chose or confirmed; `None` until they do.
    pub locale: Option<Locale>,
    /// Subscribed to alerts (campaign messages).
    pub alerts: bool,
    /// The country alerts are about, if the person chose one; `None` means all.
    pub country: Option<CountryCode>,
    pub flow: Flow,
}

/// Where the conversation is. Stored as JSON, so a new flow needs no migration; a stored
/// value this version cannot read becomes `Idle` and the person sees the menu again.
///
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "flow", rename_all = "snake_case")]
pub enum Flow {
    #[default]
    Idle,
    ChoosingLanguage,
    /// A language was guessed from the person's text; they have not confirmed it yet. What
    /// that text asked for is kept as the destinations it was routed to (their names,
    /// `place:shelter`, `topic:asylum`…), never the text itself, so that confirming the
    /// language answers it.
    ConfirmingLanguage {
        candidate: Locale,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        asked_for: Vec<String>,
    },
    Menu,
    Topics,
    Reading {
        topic: String,
        part: u16,
    },
    /// Asked for the person's location (which is used once and not kept).
    AwaitingLocation,
    ChoosingConsulate,
    ChoosingAlertsCountry,
    ConfirmingForget,
    /// Answering the interpreter intake's questions; the answers so far.
    Intake {
        draft: IntakeDraft,
    },
}

/// The intake's answers while the person goes through the questions. Codes as strings, so a
/// stored draft stays readable; anything unreadable is asked again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IntakeDraft {
    pub step: IntakeStep,
    /// `None` until answered; `Some(None)` is "prefer not to say".
    pub origin: Option<Option<String>>,
    /// Language tags, in the order chosen.
    pub languages: Vec<String>,
    /// The shelter chosen at "where are you now?"; `None` when skipped.
    pub shelter: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntakeStep {
    #[default]
    Consent,
    Origin,
    Languages,
    OtherLanguages,
    Where,
    ShareOrigin,
}
