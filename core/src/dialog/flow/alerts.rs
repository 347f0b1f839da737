//! Alerts (campaign messages): on for one country or all, off from the menu, and /stop.

use crate::country::CountryCode;
use crate::locale::Locale;

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::consulate::country_buttons;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

/// Turning alerts on asks which country they should be about (the countries the directory
/// covers), or all.
pub(crate) fn choose_country(
    ctx: &Context,
    mut state: ChatState,
    client: Option<Locale>,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::ChoosingAlertsCountry;
    let mut countries: Vec<CountryCode> = ctx
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
        say.plain("bot-alerts-all-countries"),
        Action::AlertsCountry(None),
    )]);
    rows.push(menu::back_row(say));
    let reply = Reply::text(say.html("bot-alerts-country"))
        .with_buttons(rows)
        .replacing(true);
    Outcome::reply(state, reply)
}

pub(crate) fn on(
    ctx: &Context,
    mut state: ChatState,
    country: Option<CountryCode>,
    client: Option<Locale>,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.alerts = true;
    state.country = country;
    state.flow = Flow::Menu;
    let reply = menu::after(say, &state, &say.html("bot-alerts-on")).replacing(true);
    Outcome::reply(state, reply)
}

pub(crate) fn off(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.alerts = false;
    state.country = None;
    state.flow = Flow::Menu;
    let reply = menu::after(say, &state, &say.html("bot-alerts-off")).replacing(true);
    Outcome::reply(state, reply)
}

/// `/stop`: no more messages from Faro unless the person asks again.
pub(crate) fn stop(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.alerts = false;
    state.country = None;
    state.flow = Flow::Idle;
    Outcome::reply(state, Reply::text(say.html("bot-stopped")))
}
