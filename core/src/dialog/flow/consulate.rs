//! "My country's consulate": choose a country, get the consulates and embassies that
//! represent it and what each can do.

use crate::content::EntryKind;
use crate::country::CountryCode;
use crate::dialog::action::Action;
use crate::dialog::directory_text::{EntryView, entries_message, website_buttons};
use crate::dialog::flow::{menu, pairs};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::rich_text::Block;

pub(crate) fn countries(mut turn: Turn<'_>) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::ChoosingConsulate;
    let mut rows = pairs(country_buttons(
        say,
        turn.ctx.content.directory().represented_countries(),
        Action::Consulate,
    ));
    rows.push(menu::back_row(say));
    let reply = Reply::text(say.paragraph("bot-consulate-ask"))
        .with_buttons(rows)
        .replacing(true);
    turn.reply(reply)
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

pub(crate) fn show(mut turn: Turn<'_>, country: CountryCode) -> Outcome {
    let (ctx, say) = (turn.ctx, turn.say);
    turn.state.flow = Flow::ChoosingConsulate;
    let name = say.country(country);
    // The snapshot read now, held while its entries are shown.
    let directory = ctx.content.directory();
    let mut views: Vec<EntryView<'_>> = directory
        .representing(country)
        .map(|entry| EntryView {
            entry,
            distance_km: None,
        })
        .collect();
    // Embassies first: they can usually do everything a consulate does.
    views.sort_by_key(|view| view.entry.kind != EntryKind::Embassy);
    let back = vec![
        Button::action(say.text("nav-back"), Action::Consulates),
        Button::action(say.text("nav-menu"), Action::Menu),
    ];
    let country_arg = [("country", name.as_str().into())];
    if views.is_empty() {
        let reply = Reply::text(say.paragraph_with("consulates-none", &country_arg))
            .with_buttons(vec![back])
            .replacing(true);
        return turn.reply(reply);
    }
    let heading = Block::bold(say.text_with("consulates-for", &country_arg));
    let text =
        entries_message(say, heading, &views).then(Block::italic(say.text("consulates-voluntary")));
    let mut rows = website_buttons(&views);
    rows.push(back);
    turn.reply(Reply::text(text).with_buttons(rows).replacing(true))
}
