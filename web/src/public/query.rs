//! Query strings turned into typed values at the edge: a value that does not parse is a
//! [`BadQuery`], which the visitor sees as a 400 page in their language.

use faro_core::content::{DirectoryFilter, EntryKind, GeoPoint, Service};
use faro_core::country::CountryCode;

use crate::public::error::BadQuery;
use crate::public::scope::KEPT_QUERY;

/// A page's query string as typed values.
pub trait PageQuery: Sized {
    fn parse(raw: Option<&str>) -> Result<Self, BadQuery>;
}

/// Longest city name accepted; the directory's are far shorter.
const MAX_CITY_LEN: usize = 80;

/// The pairs of a query string, each name at most once; empty values count as absent, as a
/// form's "All" choice sends them.
fn pairs<'a>(raw: Option<&str>, known: &'a [&'a str]) -> Result<Vec<(&'a str, String)>, BadQuery> {
    let Some(raw) = raw.filter(|raw| !raw.is_empty()) else {
        return Ok(Vec::new());
    };
    let parsed: Vec<(String, String)> =
        serde_urlencoded::from_str(raw).map_err(|_| BadQuery::Malformed)?;
    let mut found: Vec<(&str, String)> = Vec::with_capacity(parsed.len());
    for (name, value) in parsed {
        // Every page may be fetched to be kept on a phone (`Scope::kept`).
        if name == KEPT_QUERY {
            continue;
        }
        let Some(name) = known.iter().find(|known| **known == name) else {
            return Err(BadQuery::Malformed);
        };
        if found.iter().any(|(seen, _)| seen == name) {
            return Err(BadQuery::Malformed);
        }
        let value = value.trim().to_owned();
        if !value.is_empty() {
            found.push((name, value));
        }
    }
    Ok(found)
}

/// `/directory?country=MX&city=Tapachula&kind=shelter&service=health&near=14.9,-92.26`
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryQuery {
    pub filter: DirectoryFilterValues,
    pub near: Option<GeoPoint>,
}

/// The filter as typed values (core's `DirectoryFilter` without its borrowed lifetimes).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DirectoryFilterValues {
    pub country: Option<CountryCode>,
    pub city: Option<String>,
    pub kind: Option<EntryKind>,
    pub service: Option<Service>,
}

impl DirectoryFilterValues {
    pub fn to_filter(&self) -> DirectoryFilter {
        DirectoryFilter {
            country: self.country,
            city: self.city.clone(),
            kind: self.kind,
            service: self.service,
        }
    }
}

impl PageQuery for DirectoryQuery {
    fn parse(raw: Option<&str>) -> Result<Self, BadQuery> {
        let mut query = DirectoryQuery::default();
        for (name, value) in pairs(raw, &["country", "city", "kind", "service", "near"])? {
            match name {
                "country" => {
                    query.filter.country =
                        Some(CountryCode::parse(&value).map_err(|_| BadQuery::Malformed)?)
                }
                "city" => {
                    if value.chars().count() > MAX_CITY_LEN || value.chars().any(char::is_control) {
                        return Err(BadQuery::Malformed);
                    }
                    query.filter.city = Some(value);
                }
                "kind" => {
                    query.filter.kind = Some(EntryKind::parse(&value).ok_or(BadQuery::Malformed)?)
                }
                "service" => {
                    query.filter.service = Some(Service::parse(&value).ok_or(BadQuery::Malformed)?)
                }
                _ => query.near = Some(parse_point(&value)?),
            }
        }
        Ok(query)
    }
}

/// `lat,lon` in decimal degrees.
pub fn parse_point(text: &str) -> Result<GeoPoint, BadQuery> {
    let (lat, lon) = text.split_once(',').ok_or(BadQuery::Location)?;
    let lat: f64 = lat.trim().parse().map_err(|_| BadQuery::Location)?;
    let lon: f64 = lon.trim().parse().map_err(|_| BadQuery::Location)?;
    GeoPoint::new(lat, lon).ok_or(BadQuery::Location)
}

/// `/consulates?for=HT`: the country whose consulates are asked for, if one is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsulatesQuery(pub Option<CountryCode>);

impl PageQuery for ConsulatesQuery {
    fn parse(raw: Option<&str>) -> Result<Self, BadQuery> {
        match pairs(raw, &["for"])?.pop() {
            Some((_, code)) => CountryCode::parse(&code)
                .map(|code| ConsulatesQuery(Some(code)))
                .map_err(|_| BadQuery::Malformed),
            None => Ok(ConsulatesQuery(None)),
        }
    }
}

/// `/campaigns/{slug}?country=MX`: the country the reader chose, for a campaign that targets
/// some countries only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryQuery(pub Option<CountryCode>);

impl PageQuery for CountryQuery {
    fn parse(raw: Option<&str>) -> Result<Self, BadQuery> {
        match pairs(raw, &["country"])?.pop() {
            Some((_, code)) => CountryCode::parse(&code)
                .map(|code| CountryQuery(Some(code)))
                .map_err(|_| BadQuery::Malformed),
            None => Ok(CountryQuery(None)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_query_parses_every_filter() {
        let query = DirectoryQuery::parse(Some(
            "country=mx&city=Tapachula&kind=shelter&service=legal_aid&near=14.9%2C-92.26",
        ))
        .unwrap();
        assert_eq!(query.filter.country, CountryCode::parse("MX").ok());
        assert_eq!(query.filter.city.as_deref(), Some("Tapachula"));
        assert_eq!(query.filter.kind, Some(EntryKind::Shelter));
        assert_eq!(query.filter.service, Some(Service::LegalAid));
        assert_eq!(query.near, GeoPoint::new(14.9, -92.26));
    }

    #[test]
    fn empty_values_are_no_filter() {
        let query = DirectoryQuery::parse(Some("country=&city=&kind=&service=")).unwrap();
        assert_eq!(query, DirectoryQuery::default());
        assert_eq!(
            DirectoryQuery::parse(None).unwrap(),
            DirectoryQuery::default()
        );
    }

    #[test]
    fn bad_values_are_rejected_with_their_reason() {
        for bad in [
            "country=XX",
            "kind=castle",
            "service=spa",
            "colour=red",
            "kind=shelter&kind=health",
        ] {
            assert_eq!(
                DirectoryQuery::parse(Some(bad)),
                Err(BadQuery::Malformed),
                "{bad}"
            );
        }
        for bad in ["near=14.9", "near=91,0", "near=a,b", "near=NaN,1"] {
            assert_eq!(
                DirectoryQuery::parse(Some(bad)),
                Err(BadQuery::Location),
                "{bad}"
            );
        }
    }

    #[test]
    fn consulates_take_one_country() {
        let consulates_for = ConsulatesQuery::parse;
        assert_eq!(
            consulates_for(Some("for=ht")),
            Ok(ConsulatesQuery(CountryCode::parse("HT").ok()))
        );
        assert_eq!(consulates_for(None), Ok(ConsulatesQuery(None)));
        assert_eq!(consulates_for(Some("for=Haiti")), Err(BadQuery::Malformed));
        assert_eq!(consulates_for(Some("country=HT")), Err(BadQuery::Malformed));
    }
}
