//! Choosing the language: buttons in each language's own name, or a guess from the first
//! free text confirmed with one tap. The app's language (Telegram's `language_code`) puts
//! its button first and writes the prompt in it.

use crate::locale::Locale;

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::{Say, truncate_chars};
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn picker(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    let prompt = say.html("bot-choose-language");
    let text = if state.locale.is_none() {
        format!("{}\n\n{prompt}", say.html("bot-welcome"))
    } else {
        prompt
    };
    let suggested = state.locale.or(client);
    state.flow = Flow::ChoosingLanguage;
    let reply = Reply::text(text)
        .with_buttons(picker_rows(suggested))
        .replacing(replace);
    Outcome::reply(state, reply)
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

pub(crate) fn choose(ctx: &Context, mut state: ChatState, locale: Locale) -> Outcome {
    state.locale = Some(locale);
    state.flow = Flow::Menu;
    let say = Say::new(ctx, locale);
    let confirmation = say.html_with(
        "bot-language-set",
        &[("language", locale.native_name().into())],
    );
    let reply = menu::after(say, &state, &confirmation).replacing(true);
    Outcome::reply(state, reply)
}

/// The first free text of a person without a language: offer the detected one, written in
/// it, or the picker when the guess is too weak.
pub(crate) fn detect(
    ctx: &Context,
    mut state: ChatState,
    text: &str,
    client: Option<Locale>,
) -> Outcome {
    let sample = truncate_chars(text, ctx.settings.max_query_chars);
    let detection = ctx.detector.detect(sample);
    let candidate = detection
        .locale
        .filter(|_| detection.confidence >= ctx.settings.min_detection_confidence);
    let Some(candidate) = candidate else {
        return picker(ctx, state, client, false);
    };
    state.flow = Flow::ConfirmingLanguage { candidate };
    let say = Say::new(ctx, candidate);
    let reply = Reply::text(say.html_with(
        "bot-language-detected",
        &[("language", candidate.native_name().into())],
    ))
    .with_buttons(vec![
        vec![Button::action(
            say.plain("bot-language-yes"),
            Action::Language(candidate),
        )],
        vec![Button::action(
            say.plain("bot-language-other"),
            Action::LanguagePicker,
        )],
    ]);
    Outcome::reply(state, reply)
}
