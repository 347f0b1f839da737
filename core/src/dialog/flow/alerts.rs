//! Alerts (campaign messages): on for one country or all, off from the menu, and /stop.

use crate::country::CountryCode;
use crate::dialog::action::Action;
use crate::dialog::flow::consulate::country_buttons;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;

/// Turning alerts on asks which country they should be about (the countries the directory
/// covers), or all.
pub(crate) fn choose_country(mut turn: Turn<'_>) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::ChoosingAlertsCountry;
    let mut countries: Vec<CountryCode> = turn
        .ctx
        .content
        .directory()
        .entries()
        .iter()
        .map(|entry| entry.country)
        .collect();
    countries.sort();
    countries.dedup();
    let mut rows = pairs(country_buttons(say, countries, |c| {
        Action::AlertsCountry(Some(c))
    }));
    rows.push(vec![Button::action(
        say.text("bot-alerts-all-countries"),
        Action::AlertsCountry(None),
    )]);
    rows.push(menu::back_row(say));
    let reply = Reply::text(say.paragraph("bot-alerts-country"))
        .with_buttons(rows)
        .replacing(true);
    turn.reply(reply)
}

pub(crate) fn on(mut turn: Turn<'_>, country: Option<CountryCode>) -> Outcome {
    turn.state.alerts = true;
    turn.state.country = country;
    turn.state.flow = Flow::Menu;
    let reply = menu::answer(&turn, turn.say.paragraph("bot-alerts-on")).replacing(true);
    turn.reply(reply)
}

pub(crate) fn off(mut turn: Turn<'_>) -> Outcome {
    turn.state.alerts = false;
    turn.state.country = None;
    turn.state.flow = Flow::Menu;
    let reply = menu::answer(&turn, turn.say.paragraph("bot-alerts-off")).replacing(true);
    turn.reply(reply)
}

/// `/stop`: no more messages from Faro unless the person asks again.
pub(crate) fn stop(mut turn: Turn<'_>) -> Outcome {
    turn.state.alerts = false;
    turn.state.country = None;
    turn.state.flow = Flow::Idle;
    let reply = Reply::text(turn.say.paragraph("bot-stopped"));
    turn.reply(reply)
}
