//! What the directory and the consulates pages start from: the scope, the page's query read
//! into typed values (a bad one is the 400 page in the visitor's language), and on a kiosk,
//! the shelter that distances are measured from.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use faro_core::App;
use faro_core::content::GeoPoint;

use crate::AppState;
use crate::public::error::PageError;
use crate::public::query::PageQuery;
use crate::public::scope::Scope;

pub struct Listing<Q> {
    pub scope: Scope,
    pub query: Q,
}

impl<Q> Listing<Q> {
    /// A kiosk's screen: the entries' websites are shown as text, not as links.
    pub fn on_kiosk(&self) -> bool {
        self.scope.shelter.is_some()
    }

    /// Where the kiosk's shelter is, when the page is shown on one.
    pub fn kiosk_location(&self, app: &App) -> Option<GeoPoint> {
        self.scope
            .shelter
            .as_ref()
            .and_then(|shelter| shelter.location(app))
    }
}

impl<Q: PageQuery + Send> FromRequestParts<AppState> for Listing<Q> {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let scope = Scope::from_request_parts(parts, state).await?;
        match Q::parse(parts.uri.query()) {
            Ok(query) => Ok(Listing { scope, query }),
            Err(reason) => Err(PageError::BadQuery { scope, reason }),
        }
    }
}
