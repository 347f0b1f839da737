//! The address of a page, read once into typed values: its [`Scope`] (`/{locale}/…`, or in a
//! shelter's kiosk mode `/k/{shelter}/{locale}/…`) and the page's own parameters. An unknown
//! locale is the multilingual 404; an unknown shelter, "this kiosk is not set up".

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use faro_core::{App, Locale};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::public::error::PageError;
use crate::public::scope::{KEPT_QUERY, Scope, Shelter};

/// The parameters every page's address has.
pub trait ScopeParams {
    fn shelter(&self) -> Option<&str>;
    fn locale(&self) -> &str;
}

/// A page with no parameters of its own.
#[derive(Deserialize)]
pub struct PagePath {
    shelter: Option<String>,
    locale: String,
}

/// `…/topics/{slug}`, `…/campaigns/{slug}`.
#[derive(Deserialize)]
pub struct SlugPath {
    shelter: Option<String>,
    locale: String,
    pub slug: String,
}

impl ScopeParams for PagePath {
    fn shelter(&self) -> Option<&str> {
        self.shelter.as_deref()
    }

    fn locale(&self) -> &str {
        &self.locale
    }
}

impl ScopeParams for SlugPath {
    fn shelter(&self) -> Option<&str> {
        self.shelter.as_deref()
    }

    fn locale(&self) -> &str {
        &self.locale
    }
}

/// A page's scope and its typed path, from one reading of the address.
pub struct Scoped<P> {
    pub scope: Scope,
    pub path: P,
}

impl<P> FromRequestParts<AppState> for Scoped<P>
where
    P: ScopeParams + DeserializeOwned + Send,
{
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let Path(path) = Path::<P>::from_request_parts(parts, state)
            .await
            .map_err(|_| PageError::UnknownLocale { shelter: None })?;
        let mut scope = scope_of(&state.app, path.shelter(), path.locale())?;
        scope.kept = scope.shelter.is_none() && asks_to_keep(parts.uri.query());
        Ok(Scoped { scope, path })
    }
}

impl FromRequestParts<AppState> for Scope {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let scoped = Scoped::<PagePath>::from_request_parts(parts, state).await?;
        Ok(scoped.scope)
    }
}

/// `kept=1` among the query's pairs.
fn asks_to_keep(query: Option<&str>) -> bool {
    query.is_some_and(|query| {
        query
            .split('&')
            .any(|pair| pair == format!("{KEPT_QUERY}=1"))
    })
}

fn scope_of(app: &App, shelter: Option<&str>, tag: &str) -> Result<Scope, PageError> {
    let shelter = match shelter {
        Some(id) => Some(
            Shelter::find(app, id).ok_or_else(|| PageError::UnknownShelter {
                id: id.to_owned(),
                locale: tag.parse::<Locale>().ok(),
            })?,
        ),
        None => None,
    };
    match tag.parse() {
        Ok(locale) => Ok(Scope {
            locale,
            shelter,
            kept: false,
        }),
        Err(_) => Err(PageError::UnknownLocale { shelter }),
    }
}
