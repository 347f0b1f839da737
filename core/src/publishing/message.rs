//! A campaign's text as each channel shows it: a chat message (channel-neutral rich text,
//! which each chat adapter renders) with the stop hint, a kiosk banner title, and the
//! campaign's page on the kiosk.

use crate::content::markdown::{to_html, to_rich_text};
use crate::i18n::Translations;
use crate::rich_text::{Block, RichText};

use super::model::CampaignText;

/// The message a subscriber gets: the title in bold, the body, and how to stop alerts — the
/// hint in the text's own locale.
pub fn campaign_message(text: &CampaignText, translations: &Translations) -> RichText {
    let mut message = RichText::from(Block::bold(text.title.clone()));
    message.append(to_rich_text(&text.body));
    message.then(Block::italic(
        translations.text(text.locale, "campaign-stop-hint"),
    ))
}

/// The banner's line on a kiosk's home page (plain text; the template escapes it).
pub fn banner_title(text: &CampaignText) -> &str {
    &text.title
}

/// The campaign's body as sanitised HTML for the kiosk's campaign page.
pub fn campaign_page_html(text: &CampaignText) -> String {
    to_html(&text.body)
}
