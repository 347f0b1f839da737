//! Where a page is shown: its locale, and in kiosk mode the shelter whose screen shows it.
//! Every link on a page stays in the same scope, so a kiosk never wanders out of kiosk mode.

use faro_core::App;
use faro_core::Locale;
use faro_core::content::{DirectoryEntry, EntryKind, GeoPoint};

/// A shelter's screen: the id of a directory entry of kind shelter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shelter(String);

impl Shelter {
    /// Only a directory entry of kind shelter makes a kiosk.
    pub fn find(app: &App, id: &str) -> Option<Shelter> {
        app.content
            .directory()
            .get(id)
            .filter(|entry| entry.kind == EntryKind::Shelter)
            .map(|entry| Shelter(entry.id.clone()))
    }

    pub fn id(&self) -> &str {
        &self.0
    }

    /// The shelter's entry as the directory has it now (a copy: the directory can change
    /// under a page being rendered).
    pub fn entry(&self, app: &App) -> Option<DirectoryEntry> {
        app.content.directory().get(&self.0).cloned()
    }

    pub fn location(&self, app: &App) -> Option<GeoPoint> {
        self.entry(app).and_then(|entry| entry.location)
    }

    /// The kiosk's start: its language picker.
    pub fn home(&self) -> String {
        format!("/k/{}/", self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub locale: Locale,
    pub shelter: Option<Shelter>,
    /// The page is fetched to be kept on a phone (`?kept=1`, what the service worker asks
    /// for): it leaves out the QR codes, which a phone cannot scan on its own screen and
    /// which were a third of each kept page. Public pages only.
    pub kept: bool,
}

/// The query pair the service worker adds to the pages it keeps.
pub const KEPT_QUERY: &str = "kept";

impl Scope {
    pub fn public(locale: Locale) -> Self {
        Scope {
            locale,
            shelter: None,
            kept: false,
        }
    }

    /// The prefix of every link in this scope: `/fa` or `/k/<shelter>/fa`.
    pub fn base(&self) -> String {
        match &self.shelter {
            Some(shelter) => format!("/k/{}/{}", shelter.id(), self.locale.tag()),
            None => format!("/{}", self.locale.tag()),
        }
    }

    /// Where "start over" and the idle reset go.
    pub fn start(&self) -> String {
        match &self.shelter {
            Some(shelter) => shelter.home(),
            None => "/".to_owned(),
        }
    }
}
