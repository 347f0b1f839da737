//! `/{locale}/directory`: places that help, filtered by country, city, kind and service, and
//! ordered by distance from `near=lat,lon` — on a kiosk, from its shelter unless asked.
//! Elsewhere verified places come before samples, and with nothing chosen the page asks for a
//! country or the visitor's location instead of listing every place of the region.

use askama::Template;
use axum::extract::State;
use faro_core::content::{EntryKind, Service};

use super::entry::EntryView;
use super::listing::Listing;
use crate::AppState;
use crate::public::assets;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::query::DirectoryQuery;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct Filter {
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
}

/// What the page offers instead of a list when nothing narrows it.
pub struct Prompt {
    pub text: String,
    /// A link per country: (address, name).
    pub countries: Vec<(String, String)>,
    pub use_location: String,
    pub location_failed: String,
    pub script: &'static str,
}

#[derive(Template)]
#[template(path = "public/directory.html")]
struct DirectoryTemplate<'a> {
    frame: Frame<'a>,
    filters: Vec<Filter>,
    any_label: String,
    near: Option<String>,
    prompt: Option<Prompt>,
    count: String,
    entries: Vec<EntryView<'a>>,
}

impl Page for DirectoryTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn page(
    State(state): State<AppState>,
    listing: Listing<DirectoryQuery>,
) -> Result<Rendered, PageError> {
    let app = &state.app;
    let kiosk = listing.on_kiosk();
    let near = listing.query.near.or_else(|| listing.kiosk_location(app));
    let Listing { scope, query } = listing;
    let filter = query.filter.to_filter();
    let directory = app.content.directory();
    // A kiosk knows where it is; a phone with nothing chosen would get the whole region.
    let ask = !kiosk && near.is_none() && filter.is_empty();
    let found: Vec<_> = match near {
        _ if ask => Vec::new(),
        Some(point) => directory
            .nearest(point, &filter)
            .into_iter()
            .map(|(entry, km)| (entry, Some(km)))
            // Nationwide services have no location but still belong in the list.
            .chain(
                directory
                    .filter(&filter)
                    .filter(|entry| entry.location.is_none())
                    .map(|entry| (entry, None)),
            )
            .collect(),
        None => {
            let mut found: Vec<_> = directory
                .filter(&filter)
                .map(|entry| (entry, None))
                .collect();
            // Verified places first; the sort is stable, so each part keeps the directory's order.
            found.sort_by_key(|(entry, _)| entry.demo);
            found
        }
    };
    let near_text = near.map(|point| format!("{},{}", point.lat, point.lon));
    let path = canonical_path(&query, near_text.as_deref());
    let mut frame = Frame::new(app, scope, Section::Directory, &path, None);
    frame.title = frame.tr.get("directory-title");
    let tr = &frame.tr;
    let entries: Vec<_> = found
        .into_iter()
        .map(|(entry, km)| EntryView::new(tr, entry, km, kiosk))
        .collect();
    let selected = &query.filter;
    let mut countries: Vec<_> = directory.entries().iter().map(|e| e.country).collect();
    countries.sort();
    countries.dedup();
    let filters = vec![
        Filter {
            name: "country",
            label: tr.get("directory-filter-country"),
            choices: countries
                .into_iter()
                .map(|code| Choice {
                    value: code.as_str().to_owned(),
                    label: tr.country(code),
                    selected: selected.country == Some(code),
                })
                .collect(),
        },
        Filter {
            name: "city",
            label: tr.get("directory-filter-city"),
            choices: directory
                .cities()
                .into_iter()
                .map(|(_, city)| Choice {
                    value: city.to_owned(),
                    label: city.to_owned(),
                    selected: selected
                        .city
                        .as_deref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(city)),
                })
                .collect(),
        },
        Filter {
            name: "kind",
            label: tr.get("directory-filter-kind"),
            choices: EntryKind::ALL
                .iter()
                .map(|kind| Choice {
                    value: kind.as_str().to_owned(),
                    label: tr.get(&format!("kind-{}", kind.as_str())),
                    selected: selected.kind == Some(*kind),
                })
                .collect(),
        },
        Filter {
            name: "service",
            label: tr.get("directory-filter-service"),
            choices: Service::ALL
                .iter()
                .map(|service| Choice {
                    value: service.as_str().to_owned(),
                    label: tr.get(&format!("service-{}", service.as_str())),
                    selected: selected.service == Some(*service),
                })
                .collect(),
        },
    ];
    let prompt = ask.then(|| Prompt {
        text: tr.get("directory-choose"),
        countries: filters
            .iter()
            .filter(|filter| filter.name == "country")
            .flat_map(|filter| &filter.choices)
            .map(|choice| {
                (
                    format!("{}/directory?country={}", frame.base, choice.value),
                    choice.label.clone(),
                )
            })
            .collect(),
        use_location: tr.get("directory-use-location"),
        location_failed: tr.get("directory-location-failed"),
        script: assets::locate_script_path(),
    });
    let page = DirectoryTemplate {
        prompt,
        any_label: tr.get("directory-filter-any"),
        count: tr.count("directory-count", "count", entries.len() as f64),
        near: near_text.filter(|_| query.near.is_some()),
        filters,
        entries,
        frame,
    };
    frame::render(&page)
}

/// The page's address with its filters, for the phone QR (which opens the public site, so a
/// kiosk's own position is written out as `near=`).
fn canonical_path(query: &DirectoryQuery, near: Option<&str>) -> String {
    let filter = &query.filter;
    let pairs: Vec<(&str, String)> = [
        ("country", filter.country.map(|c| c.as_str().to_owned())),
        ("city", filter.city.clone()),
        ("kind", filter.kind.map(|k| k.as_str().to_owned())),
        ("service", filter.service.map(|s| s.as_str().to_owned())),
        ("near", near.map(str::to_owned)),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect();
    match serde_urlencoded::to_string(&pairs) {
        Ok(encoded) if !encoded.is_empty() => format!("directory?{encoded}"),
        _ => "directory".to_owned(),
    }
}
