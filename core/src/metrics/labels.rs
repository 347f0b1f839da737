//! Every label value the metrics carry, each a small fixed set: a label is never built from
//! what someone typed, a chat id, a name, an address or a path, so no scrape can hold personal
//! data or grow without bound.

use std::fmt;

use prometheus_client::encoding::{EncodeLabelValue, LabelValueEncoder};

/// A closed list of label values: the enum, its text in the scrape, and `ALL` (so that every
/// series can be shown at zero from the start).
macro_rules! label_values {
    ($(#[$doc:meta])* $name:ident { $($(#[$variant_doc:meta])* $variant:ident => $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$variant_doc])* $variant,)+
        }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl EncodeLabelValue for $name {
            fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), fmt::Error> {
                EncodeLabelValue::encode(&self.as_str(), encoder)
            }
        }
    };
}

label_values! {
    /// The messaging channel an update came from or a message went to.
    Channel {
        Telegram => "telegram",
        WhatsApp => "whatsapp",
    }
}

label_values! {
    /// Why a message was sent.
    Purpose {
        /// An answer to the person who wrote or pressed a button (edits included).
        Reply => "reply",
        /// A message to someone other than who acted: an interpreter told of a request, a
        /// person told theirs was accepted.
        Notice => "notice",
        /// A message of a conversation carried from one side to the other (the relay).
        Relay => "relay",
        /// A campaign from the outbox.
        Broadcast => "broadcast",
    }
}

label_values! {
    /// Why a message was not sent, after the limiter's own retries.
    SendErrorKind {
        /// The person blocked the bot or deleted the chat.
        Blocked => "blocked",
        /// Telegram still said "too many requests" after the retries.
        RateLimited => "rate_limited",
        /// No answer from the API: a connection, timeout or I/O failure.
        Network => "network",
        /// The API answered with a refusal (or with something that was not its JSON).
        TelegramError => "telegram_error",
    }
}

label_values! {
    /// Which part of the site a request was for, as routed: never the path itself.
    RouteGroup {
        /// Kiosk and phone pages (`/`, `/{locale}/…`, `/k/{shelter}/…`).
        PublicPages => "public_pages",
        /// The stylesheet, script and icons under `/static/`.
        Assets => "assets",
        /// The kiosk's interpreter request and its "delete my data" page.
        Intake => "intake",
        /// Pages for people with an account (sign-in, staff queue, publishing).
        OperatorPages => "operator_pages",
        /// The operators' JSON API.
        Api => "api",
        /// Telegram's webhook.
        Webhook => "webhook",
        /// `/healthz`.
        Health => "health",
        /// No route matched (a 404 from the fallback).
        Other => "other",
    }
}

label_values! {
    /// An HTTP status's class, for the latency histograms (a code per histogram would
    /// multiply their series for little gain).
    StatusClass {
        Informational => "1xx",
        Success => "2xx",
        Redirection => "3xx",
        ClientError => "4xx",
        ServerError => "5xx",
    }
}

impl StatusClass {
    pub fn of(code: u16) -> StatusClass {
        match code {
            0..=199 => StatusClass::Informational,
            200..=299 => StatusClass::Success,
            300..=399 => StatusClass::Redirection,
            400..=499 => StatusClass::ClientError,
            _ => StatusClass::ServerError,
        }
    }
}

label_values! {
    /// What the page cache did with a request for a page it keeps.
    CacheResult {
        /// Answered from the cache.
        Hit => "hit",
        /// Rendered, then kept.
        Miss => "miss",
    }
}

label_values! {
    /// A broadcast message's state in the outbox (the `status` column).
    OutboxStatus {
        Queued => "queued",
        Sent => "sent",
        Failed => "failed",
        Unsubscribed => "unsubscribed",
        Expired => "expired",
    }
}

impl OutboxStatus {
    pub fn parse(column: &str) -> Option<OutboxStatus> {
        OutboxStatus::ALL
            .iter()
            .copied()
            .find(|status| status.as_str() == column)
    }
}

/// The language a request was made in, for the time-to-accept by language: one of the
/// languages the intake offers (Faro's sixteen and the others of its list), or `other`. Never
/// built from what someone typed, so the set stays small and fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LanguageLabel(&'static str);

impl LanguageLabel {
    pub fn of(tag: &crate::intake::LanguageTag) -> Self {
        crate::locale::Locale::ALL
            .iter()
            .map(|locale| locale.tag())
            .chain(crate::intake::choices::OTHER_LANGUAGES.iter().copied())
            .find(|offered| *offered == tag.as_str())
            .map_or(LanguageLabel("other"), LanguageLabel)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl EncodeLabelValue for LanguageLabel {
    fn encode(&self, encoder: &mut LabelValueEncoder) -> Result<(), fmt::Error> {
        EncodeLabelValue::encode(&self.0, encoder)
    }
}
