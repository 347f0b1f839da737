//! "Help near me": the person shares a location and gets the nearest places that help, with
//! distances. The location is used for this answer only: it is not put in the state.

use crate::content::{DirectoryFilter, GeoPoint};
use crate::locale::Locale;

use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::menu;
use crate::dialog::render::{EntryView, entries_message, website_buttons};
use crate::dialog::reply::{Keyboard, Reply};
use crate::dialog::say::Say;
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn ask(ctx: &Context, mut state: ChatState, client: Option<Locale>) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::AwaitingLocation;
    let reply = Reply::text(say.html("bot-near-me-ask")).with_keyboard(Keyboard::RequestLocation {
        label: say.plain("bot-near-me-button"),
    });
    Outcome::reply(state, reply)
}

pub(crate) fn results(
    ctx: &Context,
    mut state: ChatState,
    lat: f64,
    lon: f64,
    client: Option<Locale>,
) -> Outcome {
    let say = Say::new(ctx, state.speaking(client));
    state.flow = Flow::Menu;
    let Some(from) = GeoPoint::new(lat, lon) else {
        let reply = menu::after(say, &state, &say.html("error-bad-location"));
        return Outcome::reply(state, reply);
    };
    let settings = &ctx.settings;
    // Consulates have their own flow; here, the places that help anyone.
    let views: Vec<EntryView<'_>> = ctx
        .content
        .directory()
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
        let reply = menu::after(say, &state, &say.html("bot-near-me-none"));
        return Outcome::reply(state, reply);
    }
    let text = entries_message(
        say,
        &format!("<b>{}</b>", say.html("bot-near-me-results")),
        &views,
    );
    let mut rows = website_buttons(&views);
    rows.push(menu::back_row(say));
    Outcome::reply(state, Reply::text(text).with_buttons(rows))
}
