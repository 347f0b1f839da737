//! "My country's consulate": choose a country, get the consulates and embassies that
//! represent it and what each can do.

use crate::content::EntryKind;
use crate::country::CountryCode;
use crate::locale::Locale;

use crate::dialog::action::Action;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::render::{EntryView, entries_message, website_buttons};
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn countries(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::ChoosingConsulate;
    let mut rows = pairs(country_buttons(
        say,
        ctx.content.directory().represented_countries(),
        Action::Consulate,
    ));
    rows.push(menu::back_row(say));
    let reply = Reply::text(say.html("bot-consulate-ask"))
        .with_buttons(rows)
        .replacing(true);
    Outcome::reply(state, reply)
}

/// Buttons with country names in the reader's language, in the order of those names.
pub(crate) fn country_buttons(
    say: Say<'_>,
    countries: Vec<CountryCode>,
    action: impl Fn(CountryCode) -> Action,
) -> Vec<Button> {
    let mut named: Vec<(String, CountryCode)> = countries
        .into_iter()
        .map(|country| (say.country(country), country))
        .collect();
    named.sort();
    named
        .into_iter()
        .map(|(name, country)| Button::action(name, action(country)))
        .collect()
}

pub(crate) fn show(
    ctx: &Context,
    mut state: ChatState,
    country: CountryCode,
    client: Option<Locale>,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::ChoosingConsulate;
    let name = say.country(country);
    let mut views: Vec<EntryView<'_>> = ctx
        .content
        .directory()
        .representing(country)
        .map(|entry| EntryView {
            entry,
            distance_km: None,
        })
        .collect();
    // Embassies first: they can usually do everything a consulate does.
    views.sort_by_key(|view| view.entry.kind != EntryKind::Embassy);
    let back = vec![
        Button::action(say.plain("nav-back"), Action::Consulates),
        Button::action(say.plain("nav-menu"), Action::Menu),
    ];
    let country_arg = [("country", name.as_str().into())];
    if views.is_empty() {
        let reply = Reply::text(say.html_with("consulates-none", &country_arg))
            .with_buttons(vec![back])
            .replacing(true);
        return Outcome::reply(state, reply);
    }
    let heading = format!("<b>{}</b>", say.html_with("consulates-for", &country_arg));
    let mut text = entries_message(say, &heading, &views);
    text.push_str(&format!("\n\n<i>{}</i>", say.html("consulates-voluntary")));
    let mut rows = website_buttons(&views);
    rows.push(back);
    Outcome::reply(state, Reply::text(text).with_buttons(rows).replacing(true))
}
