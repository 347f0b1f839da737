//! `/{locale}/consulates?for=CC`: the consulates and embassies representing a country, with
//! the procedures done there; without `for`, the countries to choose from.

use askama::Template;
use axum::extract::State;

use super::entry::EntryView;
use super::listing::Listing;
use crate::AppState;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::query::ConsulatesQuery;

pub struct CountryLink {
    pub href: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "public/consulates.html")]
struct ConsulatesTemplate<'a> {
    frame: Frame<'a>,
    heading: String,
    voluntary: String,
    countries: Vec<CountryLink>,
    entries: Vec<EntryView<'a>>,
    none: Option<String>,
}

impl Page for ConsulatesTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn page(
    State(state): State<AppState>,
    listing: Listing<ConsulatesQuery>,
) -> Result<Rendered, PageError> {
    let app = &state.app;
    let kiosk = listing.on_kiosk();
    let from = listing.kiosk_location(app);
    let Listing {
        scope,
        query: ConsulatesQuery(wanted),
    } = listing;
    let directory = app.content.directory();
    let path = match wanted {
        Some(country) => format!("consulates?for={country}"),
        None => "consulates".to_owned(),
    };
    let mut frame = Frame::new(app, scope, Section::Consulates, &path, None);
    frame.title = frame.tr.get("consulates-title");
    let tr = &frame.tr;
    let (heading, countries, entries, none) = match wanted {
        None => {
            let countries = directory
                .represented_countries()
                .into_iter()
                .map(|code| CountryLink {
                    href: format!("{}/consulates?for={}", frame.base, code),
                    name: tr.country(code),
                })
                .collect();
            (tr.get("consulates-choose"), countries, Vec::new(), None)
        }
        Some(country) => {
            let name = tr.country(country);
            let mut found: Vec<_> = directory
                .representing(country)
                .map(|entry| {
                    let km = from.zip(entry.location).map(|(a, b)| a.distance_km(b));
                    (entry, km)
                })
                .collect();
            // On a kiosk, the nearest to its shelter first.
            found.sort_by(|a, b| a.1.unwrap_or(f64::MAX).total_cmp(&b.1.unwrap_or(f64::MAX)));
            let entries: Vec<_> = found
                .into_iter()
                .map(|(entry, km)| EntryView::new(tr, entry, km, kiosk))
                .collect();
            let none = entries
                .is_empty()
                .then(|| tr.with("consulates-none", "country", &name));
            (
                tr.with("consulates-for", "country", &name),
                Vec::new(),
                entries,
                none,
            )
        }
    };
    let page = ConsulatesTemplate {
        voluntary: tr.get("consulates-voluntary"),
        heading,
        countries,
        entries,
        none,
        frame,
    };
    frame::render(&page)
}
