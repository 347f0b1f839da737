//! Free text: without a language yet, it is used to guess one; otherwise the router finds what
//! the message asks for — a place, the emergency numbers, a consulate, an interpreter, deleting
//! one's data, or a topic — and offers the best few, or the menu when nothing fits.

use crate::dialog::action::Action;
use crate::dialog::flow::{language, offer};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Keyboard, Reply};
use crate::dialog::say::{Say, head_and_tail};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::locale::Locale;

pub(crate) fn text(mut turn: Turn<'_>, text: &str) -> Outcome {
    let Some(locale) = turn.state.locale else {
        return language::detect(turn, text);
    };
    let ctx = turn.ctx;
    let query = head_and_tail(text, ctx.settings.max_query_chars);
    let query = query.as_ref();
    let destinations = ctx
        .router
        .route(locale, query, &ctx.search, ctx.settings.search_results);
    let switch = another_language(ctx, locale, query);
    let mut reply = offer::answer(&mut turn, &destinations, None);
    if let Some(other) = switch {
        // What the message asks for, routed in the language it is written in, waits for the
        // person to switch (its destinations only, not its words).
        let asked_for = ctx
            .router
            .route(other, query, &ctx.search, ctx.settings.search_results)
            .iter()
            .map(ToString::to_string)
            .collect();
        turn.state.flow = Flow::ConfirmingLanguage {
            candidate: other,
            asked_for,
        };
        reply = offer_switch(Say::new(ctx, other), other, reply);
    }
    turn.reply(reply)
}

/// The language `query` is clearly written in, when it is another of the sixteen than the
/// person's.
fn another_language(
    ctx: &crate::dialog::context::Context,
    locale: Locale,
    query: &str,
) -> Option<Locale> {
    if query.chars().count() < ctx.settings.min_switch_chars {
        return None;
    }
    let detection = ctx.detector.detect(query);
    detection
        .locale
        .filter(|other| *other != locale)
        .filter(|_| detection.confidence >= ctx.settings.min_switch_confidence)
}

/// `reply` with an offer to go on in `other` above it, written in `other` so that the person
/// can read it.
fn offer_switch(say_other: Say<'_>, other: Locale, mut reply: Reply) -> Reply {
    let name = [("language", other.native_name().into())];
    // The same words as the guess offered to a newcomer: "It looks like you write in …".
    let mut text = say_other.paragraph_with("bot-language-detected", &name);
    text.append(reply.text);
    reply.text = text;
    let button = Button::action(say_other.text("bot-language-yes"), Action::Language(other));
    let mut rows = vec![vec![button]];
    if let Keyboard::Buttons(existing) = reply.keyboard {
        rows.extend(existing);
    }
    reply.keyboard = Keyboard::Buttons(rows);
    reply
}
