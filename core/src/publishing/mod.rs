//! Publishing: focal points' campaigns and their broadcast.
//!
//! A campaign has a slug, a text per locale (Markdown, sanitised when shown), targets
//! (locales, countries; empty means all) and a time window ([`model`]). It moves draft →
//! review → approved → published by the [`rules`]; approval by a second person is required
//! when configured, and any change to an approved campaign sends it back to draft, so what is
//! published is what was approved. Publishing fills the outbox — one row per subscribed chat
//! whose locale and country match, unique per campaign and chat — which the bot's sender works
//! through under a database lease (see [`lease`]), and puts a banner on the kiosks during the
//! window.
//!
//! Who may do what is decided here ([`permissions`], [`rules`]), not in the adapters, so the web
//! pages and the JSON API cannot disagree; both call the use cases of [`workflow`].

mod campaign_rows;
pub mod lease;
mod message;
mod model;
pub mod outbox;
pub mod permissions;
mod review_workflow;
mod reviews;
pub mod rules;
pub mod seed;
pub mod whatsapp_reach;
mod workflow;

pub use campaign_rows::{BannerMark, CampaignRows, ListFilter};
pub use message::{banner_title, campaign_message, campaign_page_html};
pub use model::{
    Campaign, CampaignSlug, CampaignStatus, CampaignText, MAX_BODY_CHARS, MAX_TITLE_CHARS,
    NewCampaign, Targets, TextInput,
};
pub use outbox::{
    Delivery, LocaleProgress, OutboxChannel, OutboxItem, OutboxRows, Progress, SendFailure,
    ShownProgress, Via,
};
pub use reviews::{
    BOARD_REFRESH, EnglishSources, MAIN_UI_FILE, ReviewBoard, ReviewKind, ReviewMark, ReviewMarks,
    source_digest,
};
pub use rules::Step;
pub use workflow::Publishing;

use crate::locale::Locale;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0:?} is not a campaign slug (3 to 48 of a-z, 0-9 and '-')")]
    BadSlug(String),
    #[error("a campaign named {0} already exists")]
    SlugTaken(String),
    #[error("no such campaign")]
    NoSuchCampaign,
    #[error("this account may not {0}")]
    Forbidden(&'static str),
    #[error("the campaign is {0}, so it cannot {1}")]
    WrongStatus(&'static str, &'static str),
    #[error("the campaign ends before it starts")]
    BadWindow,
    #[error("a publisher for one country can only target that country")]
    OutsideScope,
    #[error("the title is empty or longer than {MAX_TITLE_CHARS} characters")]
    BadTitle,
    #[error("the text is empty or longer than {MAX_BODY_CHARS} characters")]
    BadBody,
    #[error(
        "the text holds invisible characters that reverse the direction of what follows (U+202A–U+202E, U+2066–U+2069); remove them"
    )]
    BidiControls,
    #[error("the campaign has no text yet")]
    NoText,
    #[error("{0} has no text in this campaign")]
    NoTextIn(Locale),
    #[error("only whoever published this campaign, or an admin, may stop it")]
    OnlyPublisherOrAdmin,
    #[error("a second person must approve: you submitted this campaign or wrote one of its texts")]
    SecondApproverRequired,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for PublishError {
    fn from(error: sqlx::Error) -> Self {
        PublishError::Store(StoreError::from(error))
    }
}

#[cfg(test)]
mod outbox_scale_tests;
#[cfg(test)]
mod stop_tests;
#[cfg(test)]
mod tests;
