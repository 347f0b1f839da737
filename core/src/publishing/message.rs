//! A campaign's text as each channel shows it: a Telegram message (HTML subset) with the
//! stop hint, a kiosk banner title, and the campaign's page on the kiosk.

use crate::content::markdown::{escape_html, to_html, to_telegram_html};
use crate::i18n::Translations;

use super::model::CampaignText;

/// The message a subscriber gets: the title in bold, the body, and how to stop alerts — the
/// hint in the text's own locale.
pub fn telegram_message(text: &CampaignText, translations: &Translations) -> String {
    format!(
        "<b>{}</b>\n\n{}\n\n<i>{}</i>",
        escape_html(&text.title),
        to_telegram_html(&text.body).trim(),
        escape_html(&translations.text(text.locale, "campaign-stop-hint"))
    )
}

/// The banner's line on a kiosk's home page (plain text; the template escapes it).
pub fn banner_title(text: &CampaignText) -> &str {
    &text.title
}

/// The campaign's body as sanitised HTML for the kiosk's campaign page.
pub fn campaign_page_html(text: &CampaignText) -> String {
    to_html(&text.body)
}
