//! Choosing the language: buttons in each language's own name, or a guess from the first
//! free text confirmed with one tap. The app's language (Telegram's `language_code`) puts
//! its button first and writes the prompt in it.

use crate::dialog::action::Action;
use crate::dialog::flow::{menu, offer, pairs};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::routing::Destination;
use crate::dialog::say::{Say, truncate_chars};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::locale::Locale;

pub(crate) fn picker(mut turn: Turn<'_>, replace: bool) -> Outcome {
    let say = turn.say;
    let mut text = say.paragraph("bot-choose-language");
    if turn.state.locale.is_none() {
        text.prepend(say.paragraph("bot-welcome"));
    }
    let suggested = turn.state.locale.or(turn.client);
    turn.state.flow = Flow::ChoosingLanguage;
    let reply = Reply::text(text)
        .with_buttons(picker_rows(suggested))
        .replacing(replace);
    turn.reply(reply)
}

/// Every locale in its own name; the suggested one alone on the first row.
fn picker_rows(suggested: Option<Locale>) -> Vec<Vec<Button>> {
    let button = |locale: Locale| Button::action(locale.native_name(), Action::Language(locale));
    let mut rows = Vec::new();
    if let Some(first) = suggested {
        rows.push(vec![button(first)]);
    }
    let rest = Locale::ALL
        .into_iter()
        .filter(|locale| Some(*locale) != suggested)
        .map(button)
        .collect();
    rows.extend(pairs(rest));
    rows
}

/// The person chose or confirmed `locale`. When it confirms a guess made from a message, the
/// message is answered now, from the destinations it was routed to.
pub(crate) fn choose(mut turn: Turn<'_>, locale: Locale) -> Outcome {
    let asked_for = match std::mem::take(&mut turn.state.flow) {
        Flow::ConfirmingLanguage {
            candidate,
            asked_for,
        } if candidate == locale => asked_for,
        _ => Vec::new(),
    };
    turn.speak(locale);
    turn.state.flow = Flow::Menu;
    let confirmation = turn.say.paragraph_with(
        "bot-language-set",
        &[("language", locale.native_name().into())],
    );
    let destinations: Vec<Destination> = asked_for
        .iter()
        .filter_map(|name| Destination::parse(name))
        .collect();
    let reply = if destinations.is_empty() {
        menu::answer(&turn, confirmation)
    } else {
        offer::answer(&mut turn, &destinations, Some(confirmation))
    };
    turn.reply(reply.replacing(true))
}

/// The first free text of a person without a language: offer the detected one, written in
/// it, or the picker when the guess is too weak. Where the text leads is worked out now and
/// kept (not the text) for when the language is confirmed.
pub(crate) fn detect(mut turn: Turn<'_>, text: &str) -> Outcome {
    let ctx = turn.ctx;
    let sample = truncate_chars(text, ctx.settings.max_query_chars);
    let detection = ctx.detector.detect(sample);
    let candidate = detection
        .locale
        .filter(|_| detection.confidence >= ctx.settings.min_detection_confidence);
    let Some(candidate) = candidate else {
        return picker(turn, false);
    };
    let asked_for = ctx
        .router
        .route(candidate, sample, &ctx.search, ctx.settings.search_results)
        .iter()
        .map(ToString::to_string)
        .collect();
    turn.state.flow = Flow::ConfirmingLanguage {
        candidate,
        asked_for,
    };
    // Asked in the language guessed, which the person has not chosen yet.
    let say = Say::new(ctx, candidate);
    let reply = Reply::text(say.paragraph_with(
        "bot-language-detected",
        &[("language", candidate.native_name().into())],
    ))
    .with_buttons(vec![
        vec![Button::action(
            say.text("bot-language-yes"),
            Action::Language(candidate),
        )],
        vec![Button::action(
            say.text("bot-language-other"),
            Action::LanguagePicker,
        )],
    ]);
    turn.reply(reply)
}
