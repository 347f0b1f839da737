//! The directory of shelters, consulates, hotlines and services.

use std::fmt;

use serde::Serialize;
use time::Date;

use super::hours::OpeningHours;
use crate::country::CountryCode;
use crate::phone::{E164Phone, ShortCode};

/// Declares a closed vocabulary spelled in snake_case in the content files.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The words accepted, for error messages.
            pub fn expected() -> String {
                [$($text),+].join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(EntryKind {
    Shelter = "shelter",
    Consulate = "consulate",
    Embassy = "embassy",
    Hotline = "hotline",
    LegalAid = "legal_aid",
    Health = "health",
    Agency = "agency",
});

vocabulary!(Service {
    Shelter = "shelter",
    Food = "food",
    LegalAid = "legal_aid",
    Health = "health",
    Documents = "documents",
    Asylum = "asylum",
    Psychosocial = "psychosocial",
    Children = "children",
    Women = "women",
    Interpreting = "interpreting",
    Emergency = "emergency",
    FamilyTracing = "family_tracing",
    Return = "return",
    Information = "information",
    Complaints = "complaints",
});

vocabulary!(
    /// What a consulate or embassy can do for its nationals.
    Procedure {
        Passport = "passport",
        TravelDocument = "travel_document",
        IdentityCertification = "identity_certification",
        ConsularRegistration = "consular_registration",
        Repatriation = "repatriation",
    }
);

impl EntryKind {
    pub fn is_consular(self) -> bool {
        matches!(self, EntryKind::Consulate | EntryKind::Embassy)
    }
}

vocabulary!(
    /// How closely an entry's coordinates place it: at its address (the default), or at the
    /// centre of its city, taken from a cited dataset (`location_source`), which readers are
    /// told so that nobody walks to a city centre looking for the door.
    LocationPrecision {
        Address = "address",
        City = "city",
    }
);

impl LocationPrecision {
    /// The stored default: coordinates are the place's own unless said otherwise.
    pub fn is_address(self) -> bool {
        self == LocationPrecision::Address
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        let valid = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        valid.then_some(GeoPoint { lat, lon })
    }

    /// Great-circle distance in kilometres (haversine; metre accuracy is not needed).
    pub fn distance_km(self, other: GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0088;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct DirectoryEntry {
    pub id: String,
    pub kind: EntryKind,
    pub name: String,
    pub country: CountryCode,
    /// `None` for a service that covers the whole country (an emergency number).
    pub city: Option<String>,
    pub address: Option<String>,
    pub location: Option<GeoPoint>,
    /// How closely `location` places the entry (meaningless without one).
    pub location_precision: LocationPrecision,
    /// Where `location` comes from when it is not the address's own (a dataset and version).
    pub location_source: Option<String>,
    pub phones: Vec<E164Phone>,
    pub short_codes: Vec<ShortCode>,
    pub website: Option<String>,
    /// Empty when the hours are not known.
    pub hours: Vec<OpeningHours>,
    /// Language tags spoken there (not limited to Faro's sixteen locales).
    pub languages: Vec<String>,
    pub services: Vec<Service>,
    pub represents: Option<CountryCode>,
    pub procedures: Vec<Procedure>,
    /// Not a verified real contact; every channel marks it visibly.
    pub demo: bool,
    pub source: String,
    pub last_verified: Date,
}

/// Days after which a real entry's last check is old: flagged to operators on `/directory`,
/// marked to readers on every page and in the bot (the same age `faro check` warns at).
pub const STALE_AFTER_DAYS: i64 = 180;

impl DirectoryEntry {
    /// A real entry not verified for more than [`STALE_AFTER_DAYS`] on `today` (a sample is
    /// marked as a sample instead).
    pub fn is_stale(&self, today: Date) -> bool {
        !self.demo && (today - self.last_verified).whole_days() > STALE_AFTER_DAYS
    }
}

/// How far a real place may be and still come before every sample in a nearest-first list:
/// a city and its surroundings (a city-level point is the city's centre), a short trip.
pub const REAL_FIRST_WITHIN_KM: f64 = 50.0;

/// What a directory listing may be narrowed to; `None` fields do not filter.
#[derive(Clone, Debug, Default)]
pub struct DirectoryFilter {
    pub country: Option<CountryCode>,
    pub city: Option<String>,
    pub kind: Option<EntryKind>,
    pub service: Option<Service>,
}

impl DirectoryFilter {
    /// Nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        self.country.is_none()
            && self.city.is_none()
            && self.kind.is_none()
            && self.service.is_none()
    }

    pub fn matches(&self, entry: &DirectoryEntry) -> bool {
        self.country.is_none_or(|country| entry.country == country)
            && self.city.as_deref().is_none_or(|city| {
                entry
                    .city
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(city))
            })
            && self.kind.is_none_or(|kind| entry.kind == kind)
            && self.service.is_none_or(|service| {
                entry.services.contains(&service) || entry.kind.as_str() == service.as_str()
            })
    }
}

#[derive(Debug, Default)]
pub struct Directory {
    entries: Vec<DirectoryEntry>,
}

impl Directory {
    pub fn new(mut entries: Vec<DirectoryEntry>) -> Self {
        entries.sort_by(|a, b| (a.country, &a.city, &a.name).cmp(&(b.country, &b.city, &b.name)));
        Directory { entries }
    }

    pub fn entries(&self) -> &[DirectoryEntry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&DirectoryEntry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    pub fn filter<'a>(
        &'a self,
        filter: &'a DirectoryFilter,
    ) -> impl Iterator<Item = &'a DirectoryEntry> + 'a {
        self.entries
            .iter()
            .filter(move |entry| filter.matches(entry))
    }

    /// Matching entries with a location, with their distance in km. Real places within
    /// [`REAL_FIRST_WITHIN_KM`] come first, nearest first: a sample is never put above a real
    /// place a short trip away, however close the sample is (its distance leads nowhere).
    /// Beyond that range the distance alone decides. A city-level location counts at its
    /// city's centre.
    pub fn nearest(&self, from: GeoPoint, filter: &DirectoryFilter) -> Vec<(&DirectoryEntry, f64)> {
        let mut found: Vec<_> = self
            .entries
            .iter()
            .filter(|entry| filter.matches(entry))
            .filter_map(|entry| entry.location.map(|at| (entry, from.distance_km(at))))
            .collect();
        let rank = |(entry, km): &(&DirectoryEntry, f64)| entry.demo || *km > REAL_FIRST_WITHIN_KM;
        found.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.1.total_cmp(&b.1)));
        found
    }

    /// Consulates and embassies that represent `country`, nearest first when a point is given.
    pub fn representing(&self, country: CountryCode) -> impl Iterator<Item = &DirectoryEntry> {
        self.entries
            .iter()
            .filter(move |entry| entry.kind.is_consular() && entry.represents == Some(country))
    }

    /// The countries that have at least one consulate or embassy in the directory.
    pub fn represented_countries(&self) -> Vec<CountryCode> {
        let mut countries: Vec<_> = self
            .entries
            .iter()
            .filter_map(|entry| entry.represents)
            .collect();
        countries.sort();
        countries.dedup();
        countries
    }

    pub fn cities(&self) -> Vec<(CountryCode, &str)> {
        let mut cities: Vec<_> = self
            .entries
            .iter()
            .filter_map(|entry| Some((entry.country, entry.city.as_deref()?)))
            .collect();
        cities.sort();
        cities.dedup();
        cities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_between_tapachula_and_mexico_city_is_about_870_km() {
        let tapachula = GeoPoint::new(14.9057, -92.2636).unwrap();
        let cdmx = GeoPoint::new(19.4326, -99.1332).unwrap();
        let km = tapachula.distance_km(cdmx);
        assert!((820.0..900.0).contains(&km), "{km}");
        assert_eq!(tapachula.distance_km(tapachula), 0.0);
    }

    #[test]
    fn geopoint_rejects_out_of_range() {
        assert!(GeoPoint::new(91.0, 0.0).is_none());
        assert!(GeoPoint::new(0.0, -180.5).is_none());
        assert!(GeoPoint::new(f64::NAN, 0.0).is_none());
    }

    #[test]
    fn a_real_entry_is_stale_after_180_days_and_a_sample_never() {
        let day = |text: &str| {
            Date::parse(
                text,
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .unwrap()
        };
        let mut entry = DirectoryEntry {
            id: "x".into(),
            kind: EntryKind::Agency,
            name: "X".into(),
            country: CountryCode::parse("MX").unwrap(),
            city: None,
            address: None,
            location: None,
            location_precision: LocationPrecision::Address,
            location_source: None,
            phones: Vec::new(),
            short_codes: Vec::new(),
            website: None,
            hours: Vec::new(),
            languages: Vec::new(),
            services: Vec::new(),
            represents: None,
            procedures: Vec::new(),
            demo: false,
            source: "test".into(),
            last_verified: day("2026-01-01"),
        };
        assert!(!entry.is_stale(day("2026-06-30")), "180 days on");
        assert!(entry.is_stale(day("2026-07-01")), "181 days on");
        entry.demo = true;
        assert!(!entry.is_stale(day("2027-01-01")));
    }

    #[test]
    fn real_places_within_reach_come_before_samples_and_then_distance_decides() {
        let place = |id: &str, lat: f64, demo: bool| DirectoryEntry {
            id: id.into(),
            kind: EntryKind::Shelter,
            name: id.into(),
            country: CountryCode::parse("MX").unwrap(),
            city: None,
            address: None,
            location: GeoPoint::new(lat, -92.26),
            location_precision: LocationPrecision::City,
            location_source: Some("test".into()),
            phones: Vec::new(),
            short_codes: Vec::new(),
            website: None,
            hours: Vec::new(),
            languages: Vec::new(),
            services: Vec::new(),
            represents: None,
            procedures: Vec::new(),
            demo,
            source: "test".into(),
            last_verified: Date::from_calendar_date(2026, time::Month::December, 1).unwrap(),
        };
        // From 14.9057 N: one degree of latitude is about 111 km.
        let directory = Directory::new(vec![
            place("sample-next-door", 14.906, true),
            place("real-44-km", 15.30, false),
            place("sample-33-km", 15.20, true),
            place("real-5-km", 14.95, false),
            place("sample-55-km", 15.40, true),
            place("real-77-km", 15.60, false),
        ]);
        let from = GeoPoint::new(14.9057, -92.26).unwrap();
        let order: Vec<&str> = directory
            .nearest(from, &DirectoryFilter::default())
            .iter()
            .map(|(entry, _)| entry.id.as_str())
            .collect();
        assert_eq!(
            order,
            [
                "real-5-km",
                "real-44-km",
                "sample-next-door",
                "sample-33-km",
                "sample-55-km",
                "real-77-km"
            ]
        );
    }

    #[test]
    fn vocabularies_round_trip() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(Service::parse("legal_aid"), Some(Service::LegalAid));
        assert_eq!(Procedure::parse("visa"), None);
    }
}
