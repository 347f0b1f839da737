//! `/{locale}/emergency`: the emergency lines of each country, the kiosk's own country first.

use askama::Template;
use axum::extract::State;
use faro_core::content::EntryKind;

use faro_core::audio::EMERGENCY_PAGE;

use super::entry::EntryView;
use crate::AppState;
use crate::public::audio::Listen;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::scope::Scope;

pub struct CountryLines<'a> {
    pub name: String,
    pub entries: Vec<EntryView<'a>>,
}

#[derive(Template)]
#[template(path = "public/emergency.html")]
struct EmergencyTemplate<'a> {
    frame: Frame<'a>,
    intro: String,
    countries: Vec<CountryLines<'a>>,
    /// The page read aloud, when its clip is ready.
    listen: Option<Listen>,
}

impl Page for EmergencyTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn page(State(state): State<AppState>, scope: Scope) -> Result<Rendered, PageError> {
    let app = &state.app;
    let kiosk = scope.shelter.is_some();
    let home_country = scope
        .shelter
        .as_ref()
        .and_then(|s| s.entry(app))
        .map(|entry| entry.country);
    let mut frame = Frame::new(app, scope, Section::Emergency, "emergency", None);
    frame.title = frame.tr.get("emergency-title");
    let tr = &frame.tr;
    let mut countries: Vec<CountryLines<'_>> = Vec::new();
    let directory = app.content.directory();
    let mut lines: Vec<_> = directory
        .entries()
        .iter()
        .filter(|entry| entry.kind == EntryKind::Hotline)
        .collect();
    lines.sort_by_key(|entry| (Some(entry.country) != home_country, entry.country));
    for entry in lines {
        let name = tr.country(entry.country);
        let view = EntryView::new(tr, entry, None, kiosk);
        match countries.last_mut() {
            Some(group) if group.name == name => group.entries.push(view),
            _ => countries.push(CountryLines {
                name,
                entries: vec![view],
            }),
        }
    }
    let listen = Listen::for_clip(app, tr, EMERGENCY_PAGE, frame.scope.locale, None);
    let page = EmergencyTemplate {
        listen,
        intro: tr.get("emergency-intro"),
        countries,
        frame,
    };
    frame::render(&page)
}
