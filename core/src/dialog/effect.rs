//! What the pure engine cannot do itself, named for the session to carry out (see
//! `run_effect`): store a request, link an interpreter or a kiosk request, give a request to
//! an interpreter.

use crate::intake::{LanguageTag, LinkSecret, Origin};

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Record the declaration and open a request for it.
    SubmitIntake(IntakeAnswers),
    /// Show the person's open request (a second tap on the last question).
    ShowOpenRequest,
    /// `/start <code>` from `faro interpreter add`: link this chat to that interpreter.
    LinkInterpreter(String),
    /// `/start <locale>_k-<secret>` from a kiosk's QR code: hear about that request here.
    LinkRequest(LinkSecret),
    /// An interpreter tapped Accept.
    AcceptRequest(i64),
    /// `/status`: where the person's latest request stands, with the time waited.
    ShowRequestStatus,
    /// `/end`: end this chat's conversation through the relay.
    EndConversation,
    /// `/label …` from an interpreter: the name shown in conversations (unchecked yet).
    SetLabel(String),
    /// `/available` (true) or `/away` (false) from an interpreter.
    SetAvailable(bool),
    /// `/hours …` from an interpreter: their hours, `off`, or nothing to see them (unchecked).
    SetHours(String),
    /// `/to REFERENCE` from an interpreter: write to that conversation (unchecked).
    FocusConversation(String),
    /// `/join REFERENCE` from linked staff: join that request's conversation (unchecked).
    JoinConversation(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct IntakeAnswers {
    pub origin: Origin,
    pub share_origin: bool,
    pub languages: Vec<LanguageTag>,
    pub shelter: Option<String>,
}
