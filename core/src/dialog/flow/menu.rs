//! The main menu, shown after most answers.

use crate::locale::Locale;

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

/// The menu, top to bottom, as (label key, action). A new flow adds its entry here.
fn items(state: &ChatState) -> Vec<(&'static str, Action)> {
    vec![
        ("menu-topics", Action::Topics),
        ("menu-near-me", Action::NearMe),
        ("menu-consulate", Action::Consulates),
        ("menu-interpreter", Action::Interpreter),
        if state.alerts {
            ("menu-alerts-off", Action::AlertsOff)
        } else {
            ("menu-alerts-on", Action::AlertsOn)
        },
        ("menu-language", Action::LanguagePicker),
        ("menu-forget", Action::Forget),
    ]
}

pub(crate) fn keyboard(say: Say<'_>, state: &ChatState) -> Vec<Vec<Button>> {
    items(state)
        .into_iter()
        .map(|(key, action)| vec![Button::action(say.plain(key), action)])
        .collect()
}

/// `text` above the menu's title and buttons, in one message.
pub(crate) fn after(say: Say<'_>, state: &ChatState, text: &str) -> Reply {
    let body = if text.is_empty() {
        say.html("menu-title")
    } else {
        format!("{text}\n\n{}", say.html("menu-title"))
    };
    Reply::text(body).with_buttons(keyboard(say, state))
}

/// The one-button row that leads back to the menu.
pub(crate) fn back_row(say: Say<'_>) -> Vec<Button> {
    vec![Button::action(say.plain("nav-menu"), Action::Menu)]
}

pub(crate) fn show(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
    replace: bool,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Menu;
    let reply = after(say, &state, "").replacing(replace);
    Outcome::reply(state, reply)
}

/// A button this version does not know (an old message, or forged data).
pub(crate) fn expired(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Menu;
    let reply = after(say, &state, &say.html("bot-button-expired"));
    Outcome::reply(state, reply)
}
