//! The answer to a message once it is routed: a button for each destination it may lead to,
//! or the menu when none fits. Used for typed messages (`free_text`) and for a first message
//! answered once its language is confirmed (`language`).

use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::flow::{menu, topics};
use crate::dialog::reply::{Button, ButtonTarget, Reply};
use crate::dialog::routing::Destination;
use crate::dialog::routing::router::EMERGENCY_TOPIC;
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::rich_text::RichText;

/// The answer to a message routed to `destinations`: a button for each (the same action
/// offered once), or the menu when none fits. `lead` comes before the list (a language just
/// confirmed); otherwise the list says what it is.
pub(crate) fn answer(
    turn: &mut Turn<'_>,
    destinations: &[Destination],
    lead: Option<RichText>,
) -> Reply {
    let say = turn.say;
    let mut rows: Vec<Vec<Button>> = Vec::new();
    let mut offered: Vec<Action> = Vec::new();
    for destination in destinations {
        let Some(row) = row(say, destination) else {
            continue;
        };
        let Some(ButtonTarget::Action(action)) = row.first().map(|button| &button.target) else {
            continue;
        };
        if offered.contains(action) {
            continue;
        }
        offered.push(action.clone());
        rows.push(row);
    }
    if rows.is_empty() {
        turn.state.flow = Flow::Menu;
        let mut text = lead.unwrap_or_default();
        text.append(say.paragraph("bot-search-none"));
        return Reply::text(text).with_buttons(menu::keyboard(say, &turn.state));
    }
    turn.state.flow = Flow::Topics;
    rows.push(menu::back_row(say));
    let mut text = lead.unwrap_or_default();
    text.append(say.paragraph("bot-search-results"));
    Reply::text(text).with_buttons(rows)
}

/// The button that leads to `destination`; `None` when this pack lacks its topic.
fn row(say: Say<'_>, destination: &Destination) -> Option<Vec<Button>> {
    let menu_item = |key: &str, action: Action| Some(vec![Button::action(say.text(key), action)]);
    match destination {
        Destination::Place(_) => menu_item("menu-near-me", Action::NearMe),
        Destination::Consulate => menu_item("menu-consulate", Action::Consulates),
        Destination::Interpreter => menu_item("menu-interpreter", Action::Interpreter),
        Destination::Forget => menu_item("menu-forget", Action::Forget),
        // Faro has no police directory: the emergency page gives the police's numbers.
        Destination::Police | Destination::Emergency => {
            topic_row(say, &TopicSlug::parse(EMERGENCY_TOPIC).ok()?)
        }
        Destination::Topic(slug) => topic_row(say, slug),
    }
}

fn topic_row(say: Say<'_>, slug: &TopicSlug) -> Option<Vec<Button>> {
    topics::topic_button(say, slug).map(|button| vec![button])
}
