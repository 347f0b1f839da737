//! Campaign banners on a locale's home page. The publishing issue fills them from published
//! campaigns; until then there are none. Pages are cached for at most a minute (see
//! `cache`), so a newly published banner shows within that time.

use faro_core::{App, Locale};

/// One banner: a short text in the page's locale, and an optional link inside the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub text: String,
    /// A path on this site (`/fa/topics/asylum`); never an external address.
    pub href: Option<String>,
}

/// The banners to show on `locale`'s home page now.
pub fn active_banners(_app: &App, _locale: Locale) -> Vec<Banner> {
    Vec::new()
}
