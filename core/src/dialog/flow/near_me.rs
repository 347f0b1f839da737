//! "Help near me": the person shares a location and gets the nearest places that help, with
//! distances — or chooses a country and a city instead (`places.rs`). The location is used
//! for this answer only: it is not put in the state.

use crate::content::{DirectoryFilter, GeoPoint};
use crate::dialog::directory_text::{EntryView, entries_message, format_km};
use crate::dialog::flow::{menu, places};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Keyboard, Reply};
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::rich_text::Block;

pub(crate) fn ask(mut turn: Turn<'_>) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::AwaitingLocation;
    let reply =
        Reply::text(say.paragraph("bot-near-me-ask")).with_keyboard(Keyboard::RequestLocation {
            label: say.text("bot-near-me-button"),
        });
    let by_country = places::choose_country(&turn);
    turn.replies(vec![reply, by_country])
}

pub(crate) fn results(mut turn: Turn<'_>, lat: f64, lon: f64) -> Outcome {
    let (ctx, say) = (turn.ctx, turn.say);
    turn.state.flow = Flow::Menu;
    let Some(from) = GeoPoint::new(lat, lon) else {
        let reply = menu::answer(&turn, say.paragraph("error-bad-location"));
        return turn.reply(reply);
    };
    let settings = &ctx.settings;
    // Consulates have their own flow; here, the places that help anyone.
    // The snapshot read now, held while its entries are shown.
    let directory = ctx.content.directory();
    let found: Vec<_> = directory
        .nearest(from, &DirectoryFilter::default())
        .into_iter()
        .filter(|(entry, _)| !entry.kind.is_consular())
        .collect();
    let Some(&(_, closest_km)) = found.first() else {
        let reply = menu::answer(&turn, say.paragraph("bot-near-me-none"));
        return turn.reply(reply);
    };
    let near: Vec<_> = found
        .iter()
        .copied()
        .filter(|(_, km)| *km <= settings.nearby_max_km)
        .collect();
    // Nothing within reach: the nearest we know, said plainly with its distance, rather than
    // "near you" for a place a day's travel away.
    let (heading, mut chosen) = if near.is_empty() {
        let km = format_km(closest_km);
        (
            say.text_with("places-nearest-far", &[("km", km.into())]),
            found,
        )
    } else {
        (say.text("bot-near-me-results"), near)
    };
    chosen.truncate(settings.nearby_count);
    // Real places before samples; by distance within each.
    chosen.sort_by_key(|(entry, _)| entry.demo);
    let views: Vec<EntryView<'_>> = chosen
        .into_iter()
        .map(|(entry, km)| EntryView {
            entry,
            distance_km: Some(km),
        })
        .collect();
    let text = entries_message(say, Block::bold(heading), &views);
    let mut rows = places::place_buttons(say, &views);
    rows.push(menu::back_row(say));
    turn.reply(Reply::text(text).with_buttons(rows))
}
