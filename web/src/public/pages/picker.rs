//! `/`: the language picker. A shared screen guesses nothing: every language is offered by its
//! native name, in its own script and direction, with the invitation in that language.

use askama::Template;
use axum::extract::{Path, State};
use faro_core::{App, Locale};

use crate::AppState;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered};
use crate::public::scope::{Scope, Shelter};
use crate::public::tr::Tr;

pub struct Choice {
    pub tag: &'static str,
    pub dir: &'static str,
    pub name: &'static str,
    /// Who the pages are written for, when it says more than the name.
    pub readers: Option<String>,
    pub hint: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "public/picker.html")]
struct PickerTemplate<'a> {
    frame: Frame<'a>,
    choices: Vec<Choice>,
    /// A 404 shown as the picker.
    not_found: bool,
}

impl Page for PickerTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

pub async fn public(State(state): State<AppState>) -> Result<Rendered, PageError> {
    render(&state.app, None, Purpose::Choose)
}

pub async fn kiosk(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Rendered, PageError> {
    let shelter =
        Shelter::find(&state.app, &id).ok_or(PageError::UnknownShelter { id, locale: None })?;
    render(&state.app, Some(shelter), Purpose::Choose)
}

/// Why the picker is shown: to choose, or as a 404 that still lets a person choose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Choose,
    /// The address's locale is not one of the sixteen.
    UnknownLocale,
    /// The kiosk address names no shelter: the public pages, each language saying so.
    UnknownShelter,
}

/// The 404 for an address whose locale is not one of the sixteen: the same choices, each
/// saying in its own language that the one asked for is not available.
pub fn render_unknown_locale(app: &App, shelter: Option<Shelter>) -> Result<Rendered, PageError> {
    render(app, shelter, Purpose::UnknownLocale)
}

/// The 404 for a kiosk address without a locale whose shelter is unknown: every language
/// says the kiosk is not set up, and leads to the public pages.
pub fn render_unknown_shelter(app: &App) -> Result<Rendered, PageError> {
    render(app, None, Purpose::UnknownShelter)
}

fn render(app: &App, shelter: Option<Shelter>, purpose: Purpose) -> Result<Rendered, PageError> {
    let (hint_key, title_key) = match purpose {
        Purpose::Choose => ("picker-title", "picker-title"),
        Purpose::UnknownLocale => ("error-language-not-found", "error-not-found-title"),
        Purpose::UnknownShelter => ("error-kiosk-choose", "error-kiosk-title"),
    };
    let choices = Locale::ALL
        .iter()
        .map(|&locale| {
            let href = match &shelter {
                Some(shelter) => format!("{}{}/", shelter.home(), locale.tag()),
                None => format!("/{}/", locale.tag()),
            };
            let tr = Tr::new(&app.translations, locale);
            // Who the pages are written for, when it says more than the name (the Persian
            // pages are written for Dari and Persian readers).
            let readers = tr.get("language-readers");
            Choice {
                tag: locale.tag(),
                dir: locale.direction().as_str(),
                name: locale.native_name(),
                readers: (readers != locale.native_name()).then_some(readers),
                hint: tr.get(hint_key),
                href,
            }
        })
        .collect();
    let scope = Scope {
        locale: Locale::SOURCE,
        shelter,
        kept: false,
    };
    let mut frame = Frame::picker(app, scope);
    frame.title = frame.tr.get(title_key);
    let page = PickerTemplate {
        frame,
        choices,
        not_found: purpose != Purpose::Choose,
    };
    frame::render(&page)
}
