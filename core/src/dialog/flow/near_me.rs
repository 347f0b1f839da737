//! "Help near me": the person shares a location and gets the nearest places that help, with
//! distances. The location is used for this answer only: it is not put in the state.

use crate::content::{DirectoryFilter, GeoPoint};
use crate::dialog::directory_text::{EntryView, entries_message, website_buttons};
use crate::dialog::flow::menu;
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
    turn.reply(reply)
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
    let views: Vec<EntryView<'_>> = directory
        .nearest(from, &DirectoryFilter::default())
        .into_iter()
        .filter(|(entry, km)| !entry.kind.is_consular() && *km <= settings.nearby_max_km)
        .take(settings.nearby_count)
        .map(|(entry, km)| EntryView {
            entry,
            distance_km: Some(km),
        })
        .collect();
    if views.is_empty() {
        let reply = menu::answer(&turn, say.paragraph("bot-near-me-none"));
        return turn.reply(reply);
    }
    let text = entries_message(say, Block::bold(say.text("bot-near-me-results")), &views);
    let mut rows = website_buttons(&views);
    rows.push(menu::back_row(say));
    turn.reply(Reply::text(text).with_buttons(rows))
}
