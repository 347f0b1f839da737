//! Free text: without a language yet, it is used to guess one; otherwise the router finds what
//! the message asks for — a place, the emergency numbers, a consulate, an interpreter, deleting
//! one's data, or a topic — and offers the best few, or the menu when nothing fits.

use crate::content::TopicSlug;
use crate::dialog::action::Action;
use crate::dialog::flow::{language, menu, topics};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, ButtonTarget, Reply};
use crate::dialog::routing::Destination;
use crate::dialog::routing::router::EMERGENCY_TOPIC;
use crate::dialog::say::{Say, truncate_chars};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;

pub(crate) fn text(mut turn: Turn<'_>, text: &str) -> Outcome {
    let Some(locale) = turn.state.locale else {
        return language::detect(turn, text);
    };
    let (ctx, say) = (turn.ctx, turn.say);
    let query = truncate_chars(text, ctx.settings.max_query_chars);
    let destinations = ctx
        .router
        .route(locale, query, &ctx.search, ctx.settings.search_results);
    let mut rows: Vec<Vec<Button>> = Vec::new();
    let mut offered: Vec<Action> = Vec::new();
    for destination in &destinations {
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
    turn.state.flow = Flow::Menu;
    if rows.is_empty() {
        let reply = Reply::text(say.paragraph("bot-search-none"))
            .with_buttons(menu::keyboard(say, &turn.state));
        return turn.reply(reply);
    }
    turn.state.flow = Flow::Topics;
    rows.push(menu::back_row(say));
    let reply = Reply::text(say.paragraph("bot-search-results")).with_buttons(rows);
    turn.reply(reply)
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
