//! Messages that are not a typed question: a voice note, which the bot cannot listen to, and
//! a message forwarded from someone else — often an offer of a journey, a job or papers that
//! a person wants to check before paying.

use crate::content::markdown::to_rich_text;
use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::flow::{free_text, menu, offer, start};
use crate::dialog::outcome::Outcome;
use crate::dialog::pages::header;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::routing::Destination;
use crate::dialog::say::head_and_tail;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::locale::Locale;
use crate::publishing::ReviewKind;
use crate::rich_text::RichText;

/// The page and section a forwarded offer is checked against: the signs of a smuggler's or a
/// fraudster's lie, which a person can run through before paying.
const WARNING_TOPIC: &str = "smuggling-risks";
const WARNING_SECTION: &str = "spot-a-lie";

/// A voice note: an interpreter can listen where the bot cannot, and pages can be heard.
pub(crate) fn voice(mut turn: Turn<'_>) -> Outcome {
    if turn.state.locale.is_none() {
        // Nothing chosen yet: the language first, as for any other media.
        return start::non_text(turn);
    }
    let say = turn.say;
    turn.state.flow = Flow::Menu;
    let rows = vec![
        vec![Button::action(
            say.text("menu-interpreter"),
            Action::Interpreter,
        )],
        vec![Button::action(say.text("menu-topics"), Action::Topics)],
        menu::back_row(say),
    ];
    let reply = Reply::text(say.paragraph("bot-voice-note")).with_buttons(rows);
    turn.reply(reply)
}

/// The pages an offer's words lead the router to: smugglers' and traffickers' promises.
const OFFER_TOPICS: [&str; 2] = [WARNING_TOPIC, "trafficking"];

/// How many of the router's best guesses are looked at for an offer's pages.
const OFFER_AMONG: usize = 2;

/// Money named the same way in every script: a price is what makes a message an offer.
const CURRENCY_SIGNS: [char; 9] = ['$', '€', '£', '¥', '₹', '৳', '₨', '﷼', '₡'];
const CURRENCY_CODES: [&str; 10] = [
    "usd", "us$", "mxn", "gtq", "hnl", "nio", "crc", "cop", "eur", "pab",
];

/// A forwarded message. One that offers a journey, a job or papers — by its price or by
/// what the router finds in it, in the reader's language or the one it is written in — gets
/// the warning signs in the reader's language, with the whole page a tap away. Anything else
/// is answered as a typed question would be, with the smuggling page offered too. Its words
/// are read here and not kept. Before a language is chosen it is read like a first message,
/// to find the language.
pub(crate) fn forwarded(mut turn: Turn<'_>, text: &str) -> Outcome {
    let Some(locale) = turn.state.locale else {
        return free_text::text(turn, text);
    };
    let ctx = turn.ctx;
    let query = head_and_tail(text, ctx.settings.max_query_chars);
    let destinations = ctx
        .router
        .route(locale, &query, &ctx.search, ctx.settings.search_results);
    if !looks_like_offer(ctx, locale, &query) {
        let warning = ctx
            .content
            .topic(WARNING_TOPIC)
            .and_then(|topic| Some((topic.slug.clone(), topic.text(locale)?.value.title.clone())));
        if let Some((slug, title)) = warning {
            let mut destinations = destinations;
            destinations.push(Destination::Topic(slug));
            let lead = turn
                .say
                .paragraph_with("bot-forwarded-other", &[("page", title.into())]);
            let reply = offer::answer(&mut turn, &destinations, Some(lead));
            return turn.reply(reply);
        }
    }
    warning_signs(turn)
}

/// Whether `query` reads as an offer: it names a price, or the router's first guess is the
/// page on smuggling or trafficking, or its second is and the vocabulary's own words for that
/// page are in the text — in `locale` or in the language the text is clearly written in. A
/// second guess alone would follow the topic search into pages that merely share a word
/// with the message ("tonight").
fn looks_like_offer(ctx: &Context, locale: Locale, query: &str) -> bool {
    if names_money(query) {
        return true;
    }
    let detected = ctx.detector.detect(query);
    let written_in = detected
        .locale
        .filter(|_| detected.confidence >= ctx.settings.min_switch_confidence);
    let is_offer_page = |destination: &Destination| matches!(destination, Destination::Topic(slug) if OFFER_TOPICS.contains(&slug.as_str()));
    std::iter::once(locale)
        .chain(written_in.filter(|other| *other != locale))
        .any(|reading| {
            let guesses = ctx.router.route(reading, query, &ctx.search, OFFER_AMONG);
            guesses.first().is_some_and(is_offer_page)
                || guesses
                    .iter()
                    .filter(|destination| is_offer_page(destination))
                    .any(|destination| ctx.router.names(reading, query, destination))
        })
}

/// A currency sign, or a currency code standing as a word.
fn names_money(text: &str) -> bool {
    if text.chars().any(|c| CURRENCY_SIGNS.contains(&c)) {
        return true;
    }
    text.split(|c: char| !(c.is_alphanumeric() || c == '$'))
        .any(|word| {
            CURRENCY_CODES
                .iter()
                .any(|code| word.eq_ignore_ascii_case(code))
        })
}

/// The smuggling page's "how to spot a lie" section under a line that says why.
fn warning_signs(mut turn: Turn<'_>) -> Outcome {
    let (ctx, say) = (turn.ctx, turn.say);
    turn.state.flow = Flow::Menu;
    let found = ctx.content.topic(WARNING_TOPIC).and_then(|topic| {
        let text = topic.text(turn.locale())?;
        let section = text
            .value
            .sections
            .iter()
            .find(|section| section.id.as_deref() == Some(WARNING_SECTION))?;
        Some((topic, text, section))
    });
    let Some((topic, page, section)) = found else {
        // A pack without that section: the menu, which leads to the pages.
        let reply = menu::answer(&turn, say.paragraph("bot-forwarded"));
        return turn.reply(reply);
    };
    let reviewed = ctx
        .reviews
        .is_reviewed(ReviewKind::Topic, topic.slug.as_str(), page.locale);
    let mut message = say.paragraph("bot-forwarded");
    message.append(RichText::from(header(
        &ctx.translations,
        topic,
        &page,
        true,
        reviewed,
    )));
    message.append(to_rich_text(&section.markdown));
    let rows = vec![
        vec![Button::action(
            page.value.title.clone(),
            Action::Topic {
                slug: topic.slug.clone(),
                part: 0,
            },
        )],
        menu::back_row(say),
    ];
    turn.reply(Reply::text(message).with_buttons(rows))
}

#[cfg(test)]
mod tests {
    use super::names_money;

    #[test]
    fn a_price_is_named_by_its_sign_or_its_code() {
        assert!(names_money("Solo 3000 USD, paga hoy"));
        assert!(names_money("cruce por $2,500"));
        assert!(names_money("۵۰۰ us$ بدهید"));
        assert!(names_money("only 200€"));
        // Letters inside a word are not a code.
        assert!(!names_money("Reusdable housing, causdal"));
        assert!(!names_money("¿Dónde puedo dormir esta noche?"));
    }
}
