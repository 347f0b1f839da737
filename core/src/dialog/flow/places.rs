//! Places that help, found without sharing a location: a country, then a city, then its
//! places — real ones before samples — each with its pin on a map when its position is known.
//! "Help near me" (`near_me.rs`) offers this beside the location request, and uses the pins.

use std::collections::BTreeMap;

use crate::content::{DirectoryEntry, GeoPoint};
use crate::country::CountryCode;
use crate::dialog::action::Action;
use crate::dialog::directory_text::{EntryView, entries_message, website_buttons};
use crate::dialog::flow::consulate::country_buttons;
use crate::dialog::flow::{menu, pairs};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::{Button, Reply, TITLE_LABEL_CHARS, Venue, cut_label};
use crate::dialog::say::Say;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;
use crate::rich_text::{Block, RichText};

/// Places that help anyone: consulates have their own flow.
fn helps_anyone(entry: &DirectoryEntry) -> bool {
    !entry.kind.is_consular()
}

/// The countries that have a place that helps anyone, as buttons in the reader's language.
pub(crate) fn country_rows(turn: &Turn<'_>) -> Vec<Vec<Button>> {
    let mut countries: Vec<CountryCode> = turn
        .ctx
        .content
        .directory()
        .entries()
        .iter()
        .filter(|entry| helps_anyone(entry))
        .map(|entry| entry.country)
        .collect();
    countries.sort();
    countries.dedup();
    pairs(country_buttons(turn.say, countries, Action::PlacesCountry))
}

/// The message beside the location request: choose a country instead.
pub(crate) fn choose_country(turn: &Turn<'_>) -> Reply {
    let say = turn.say;
    let mut rows = country_rows(turn);
    rows.push(menu::back_row(say));
    Reply::text(say.paragraph("places-or-choose-country")).with_buttons(rows)
}

/// A country's cities (each named once, with how many places it has), and its services
/// without a city.
pub(crate) fn cities(mut turn: Turn<'_>, country: CountryCode) -> Outcome {
    let say = turn.say;
    turn.state.flow = Flow::Menu;
    let directory = turn.ctx.content.directory();
    // City name → (an entry of that city, for the button's code; how many places).
    let mut by_city: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    let mut nationwide = 0;
    for entry in directory
        .entries()
        .iter()
        .filter(|entry| entry.country == country && helps_anyone(entry))
    {
        match entry.city.as_deref() {
            Some(city) => by_city.entry(city).or_insert((entry.id.as_str(), 0)).1 += 1,
            None => nationwide += 1,
        }
    }
    let name = say.country(country);
    let back = vec![
        Button::action(say.text("nav-back"), Action::NearMe),
        Button::action(say.text("nav-menu"), Action::Menu),
    ];
    if by_city.is_empty() && nationwide == 0 {
        let reply = Reply::text(say.paragraph_with("places-none", &[("place", name.into())]))
            .with_buttons(vec![back])
            .replacing(true);
        return turn.reply(reply);
    }
    let mut buttons: Vec<Button> = by_city
        .into_iter()
        .map(|(city, (id, count))| {
            Button::action(
                format!("{city} ({count})"),
                Action::PlacesCity(id.to_owned()),
            )
        })
        .collect();
    if nationwide > 0 {
        buttons.push(Button::action(
            format!("{} ({nationwide})", say.text("places-whole-country")),
            Action::PlacesNationwide(country),
        ));
    }
    let mut rows = pairs(buttons);
    rows.push(back);
    let reply = Reply::text(say.paragraph_with("places-choose-city", &[("country", name.into())]))
        .with_buttons(rows)
        .replacing(true);
    turn.reply(reply)
}

/// The places in the city of entry `id`. An entry gone since the button was sent: the
/// countries again.
pub(crate) fn city(mut turn: Turn<'_>, id: &str) -> Outcome {
    let directory = turn.ctx.content.directory();
    let Some((country, city)) = directory
        .get(id)
        .and_then(|entry| Some((entry.country, entry.city.clone()?)))
    else {
        return countries_again(turn);
    };
    turn.state.flow = Flow::Menu;
    let views: Vec<EntryView<'_>> = real_first(
        directory
            .entries()
            .iter()
            .filter(|entry| {
                entry.country == country
                    && entry.city.as_deref() == Some(city.as_str())
                    && helps_anyone(entry)
            })
            .collect(),
    );
    let place = format!("{city}, {}", turn.say.country(country));
    listing(turn, &place, country, &views)
}

/// The country's services that have no city.
pub(crate) fn nationwide(mut turn: Turn<'_>, country: CountryCode) -> Outcome {
    turn.state.flow = Flow::Menu;
    let directory = turn.ctx.content.directory();
    let views = real_first(
        directory
            .entries()
            .iter()
            .filter(|entry| entry.country == country && entry.city.is_none() && helps_anyone(entry))
            .collect(),
    );
    let place = turn.say.country(country);
    listing(turn, &place, country, &views)
}

fn countries_again(mut turn: Turn<'_>) -> Outcome {
    turn.state.flow = Flow::Menu;
    let reply = choose_country(&turn).replacing(true);
    turn.reply(reply)
}

/// Real entries before samples, each group in the directory's order (by city and name).
fn real_first(mut entries: Vec<&DirectoryEntry>) -> Vec<EntryView<'_>> {
    entries.sort_by_key(|entry| entry.demo);
    entries
        .into_iter()
        .map(|entry| EntryView {
            entry,
            distance_km: None,
        })
        .collect()
}

fn listing(turn: Turn<'_>, place: &str, country: CountryCode, views: &[EntryView<'_>]) -> Outcome {
    let say = turn.say;
    let back = vec![
        Button::action(say.text("nav-back"), Action::PlacesCountry(country)),
        Button::action(say.text("nav-menu"), Action::Menu),
    ];
    if views.is_empty() {
        let reply = Reply::text(say.paragraph_with("places-none", &[("place", place.into())]))
            .with_buttons(vec![back])
            .replacing(true);
        return turn.reply(reply);
    }
    let heading = Block::bold(say.text_with("places-in", &[("place", place.into())]));
    let text = entries_message(say, heading, views);
    let mut rows = place_buttons(say, views);
    rows.push(back);
    turn.reply(Reply::text(text).with_buttons(rows).replacing(true))
}

/// Under a list of places: a map pin for each that has a position, then each website.
pub(crate) fn place_buttons(say: Say<'_>, views: &[EntryView<'_>]) -> Vec<Vec<Button>> {
    let mut rows: Vec<Vec<Button>> = views
        .iter()
        .enumerate()
        // A city's centre is no pin for a door.
        .filter(|(_, view)| {
            view.entry.location.is_some() && view.entry.location_precision.is_address()
        })
        .map(|(index, view)| {
            let label = say.text_with(
                "places-map",
                &[("name", format!("{}. {}", index + 1, view.entry.name).into())],
            );
            vec![Button::action(
                cut_label(&format!("📍 {label}"), TITLE_LABEL_CHARS),
                Action::Venue(view.entry.id.clone()),
            )]
        })
        .collect();
    rows.extend(website_buttons(views));
    rows
}

/// A place's pin: its name, and its address and city as the directory gives them.
pub(crate) fn venue(turn: Turn<'_>, id: &str) -> Outcome {
    let say = turn.say;
    let directory = turn.ctx.content.directory();
    let found = directory
        .get(id)
        .filter(|entry| entry.location_precision.is_address())
        .and_then(|entry| Some((entry, entry.location?)));
    let Some((entry, at)) = found else {
        let reply = menu::answer(&turn, say.paragraph("places-no-map"));
        return turn.reply(reply);
    };
    let address = [entry.address.as_deref(), entry.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let address = if address.is_empty() {
        say.country(entry.country)
    } else {
        address
    };
    let title = if entry.demo {
        format!("{} [{}]", entry.name, say.text("badge-demo"))
    } else {
        entry.name.clone()
    };
    // In words too, for a channel that sends no pins.
    let text = RichText::from(Block::bold(format!("📍 {title}")))
        .then(Block::text(address.clone()))
        .then(Block::text(coordinates(at)));
    let pin = Venue {
        lat: at.lat,
        lon: at.lon,
        title,
        address,
    };
    turn.reply(Reply::venue(pin, text))
}

/// Latitude and longitude as map applications take them pasted.
fn coordinates(at: GeoPoint) -> String {
    format!("{:.5}, {:.5}", at.lat, at.lon)
}
