//! The main menu, shown after most answers.

use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::routing::router::EMERGENCY_TOPIC;
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};
use crate::dialog::turn::Turn;
use crate::rich_text::RichText;

/// The menu, top to bottom, as (label key, action). A new flow adds its entry here.
fn items(state: &ChatState, alerts_offered: bool) -> Vec<(&'static str, Action)> {
    let mut items = Vec::with_capacity(8);
    // The emergency numbers first, one tap from every menu.
    if let Ok(slug) = TopicSlug::parse(EMERGENCY_TOPIC) {
        items.push(("menu-emergency", Action::Topic { slug, part: 0 }));
    }
    items.extend([
        ("menu-topics", Action::Topics),
        ("menu-near-me", Action::NearMe),
        ("menu-consulate", Action::Consulates),
        ("menu-interpreter", Action::Interpreter),
    ]);
    // Alerts are offered where they can be delivered; whoever subscribed can always stop.
    if state.alerts {
        items.push(("menu-alerts-off", Action::AlertsOff));
    } else if alerts_offered {
        items.push(("menu-alerts-on", Action::AlertsOn));
    }
    items.extend([
        ("menu-language", Action::LanguagePicker),
        ("menu-forget", Action::Forget),
    ]);
    items
}

pub(crate) fn keyboard(say: Say<'_>, state: &ChatState) -> Vec<Vec<Button>> {
    items(state, say.ctx.settings.alerts_offered)
        .into_iter()
        .map(|(key, action)| vec![Button::action(say.text(key), action)])
        .collect()
}

/// `text` above the menu's title and buttons, in one message.
pub(crate) fn after(say: Say<'_>, state: &ChatState, text: RichText) -> Reply {
    let mut body = text;
    body.append(say.paragraph("menu-title"));
    Reply::text(body).with_buttons(keyboard(say, state))
}

/// The turn's answer: `text` above the menu.
pub(crate) fn answer(turn: &Turn<'_>, text: RichText) -> Reply {
    after(turn.say, &turn.state, text)
}

/// The one-button row that leads back to the menu.
pub(crate) fn back_row(say: Say<'_>) -> Vec<Button> {
    vec![Button::action(say.text("nav-menu"), Action::Menu)]
}

pub(crate) fn show(mut turn: Turn<'_>, replace: bool) -> Outcome {
    turn.state.flow = Flow::Menu;
    let reply = answer(&turn, RichText::new()).replacing(replace);
    turn.reply(reply)
}

/// A button this version does not know (an old message, or forged data).
pub(crate) fn expired(mut turn: Turn<'_>) -> Outcome {
    turn.state.flow = Flow::Menu;
    let reply = answer(&turn, turn.say.paragraph("bot-button-expired"));
    turn.reply(reply)
}
