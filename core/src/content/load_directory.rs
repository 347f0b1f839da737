//! Reading `content/directory/*.toml`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::directory::{
    DirectoryEntry, EntryKind, GeoPoint, LocationPrecision, Procedure, Service,
};
use super::hours::OpeningHours;
use super::load_topics::{date_of, sorted_entries};
use super::markdown::is_allowed_url;
use super::toml_spans::{error_line, error_message};
use crate::country::CountryCode;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::phone::{E164Phone, ShortCode};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Spanned<String>,
    kind: Spanned<String>,
    name: String,
    country: Spanned<String>,
    city: Option<String>,
    address: Option<String>,
    lat: Option<Spanned<f64>>,
    lon: Option<Spanned<f64>>,
    location_precision: Option<Spanned<String>>,
    location_source: Option<Spanned<String>>,
    #[serde(default)]
    phones: Vec<Spanned<String>>,
    #[serde(default)]
    short_codes: Vec<Spanned<String>>,
    website: Option<Spanned<String>>,
    #[serde(default)]
    hours: Vec<Spanned<RawHours>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    #[serde(default)]
    services: Vec<Spanned<String>>,
    represents: Option<Spanned<String>>,
    #[serde(default)]
    procedures: Vec<Spanned<String>>,
    #[serde(default)]
    demo: bool,
    source: String,
    last_verified: Spanned<toml::value::Datetime>,
}

/// `{ days = ["mon-fri"], opens = "09:00", closes = "14:00" }` or `{ days = […], all_day = true }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    days: Vec<String>,
    opens: Option<String>,
    closes: Option<String>,
    #[serde(default)]
    all_day: bool,
}

/// Collects problems for one file, locating spans as lines.
struct FileReport<'a> {
    path: &'a Path,
    index: LineIndex,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl FileReport<'_> {
    fn error<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(
            self.path,
            self.index.line_of(at.span().start),
            message,
        ));
    }
}

pub(super) fn load(directory_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<DirectoryEntry> {
    let mut entries = Vec::new();
    let files = match sorted_entries(directory_dir) {
        Ok(files) => files,
        Err(error) => {
            diagnostics.push(Diagnostic::error(
                directory_dir,
                1,
                format!("cannot read the directory folder: {error}"),
            ));
            return entries;
        }
    };
    let mut seen_ids: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for path in files
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
    {
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(error) => {
                diagnostics.push(Diagnostic::error(&path, 1, format!("cannot read: {error}")));
                continue;
            }
        };
        read_file(&path, &source, &mut seen_ids, &mut entries, diagnostics);
    }
    entries
}

/// Reads one file's text: its valid entries join `entries`, its problems `diagnostics`.
fn read_file(
    path: &Path,
    source: &str,
    seen_ids: &mut HashMap<String, (PathBuf, usize)>,
    entries: &mut Vec<DirectoryEntry>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut report = FileReport {
        path,
        index: LineIndex::new(source),
        diagnostics,
    };
    let file: RawFile = match toml::from_str(source) {
        Ok(file) => file,
        Err(error) => {
            let line = error_line(&error, &report.index, 1);
            report.diagnostics.push(Diagnostic::error(
                path,
                line,
                format!("TOML syntax error: {}", error_message(&error)),
            ));
            return;
        }
    };
    for raw in file.entry {
        let id_line = report.index.line_of(raw.id.span().start);
        if let Some((first_path, first_line)) = seen_ids.get(raw.id.get_ref()) {
            let message = format!(
                "duplicate directory id {:?} (first at {}:{first_line})",
                raw.id.get_ref(),
                first_path.display()
            );
            report.error(&raw.id, message);
            continue;
        }
        seen_ids.insert(raw.id.get_ref().clone(), (path.to_owned(), id_line));
        if let Some(entry) = convert(raw, &mut report) {
            entries.push(entry);
        }
    }
}

/// Reads entries written in the pack's format (a stored entry, a form's result) with the
/// same checks as a pack file: the entries, or every problem found, each as one sentence.
pub fn parse_entries(source: &str) -> Result<Vec<DirectoryEntry>, Vec<String>> {
    let mut entries = Vec::new();
    let mut diagnostics = Vec::new();
    read_file(
        Path::new("entry"),
        source,
        &mut HashMap::new(),
        &mut entries,
        &mut diagnostics,
    );
    let errors: Vec<String> = diagnostics
        .into_iter()
        .filter(Diagnostic::is_error)
        .map(|diagnostic| diagnostic.message)
        .collect();
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

fn parse_list<T>(
    raw: &[Spanned<String>],
    report: &mut FileReport<'_>,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Option<Vec<T>> {
    let mut ok = true;
    let mut parsed = Vec::with_capacity(raw.len());
    for item in raw {
        match parse(item.get_ref()) {
            Ok(value) => parsed.push(value),
            Err(message) => {
                report.error(item, message);
                ok = false;
            }
        }
    }
    ok.then_some(parsed)
}

fn convert(raw: RawEntry, report: &mut FileReport<'_>) -> Option<DirectoryEntry> {
    let before = report.diagnostics.len();
    let id = raw.id.get_ref();
    let id_valid = crate::slug::is_slug(id, 1..=64);
    if !id_valid {
        report.error(
            &raw.id,
            format!("directory id {id:?} must be lower-case a-z, 0-9 and -"),
        );
    }
    if let Some(marker) = sample_marker(&raw.name) {
        report.error(
            &raw.id,
            format!(
                "the name ends with {marker:?}: leave it out; pages and the bot mark a sample \
                 (demo = true) in the reader's language"
            ),
        );
    }
    let kind = EntryKind::parse(raw.kind.get_ref());
    if kind.is_none() {
        report.error(
            &raw.kind,
            format!(
                "unknown kind {:?}; expected one of {}",
                raw.kind.get_ref(),
                EntryKind::expected()
            ),
        );
    }
    let country = CountryCode::parse(raw.country.get_ref())
        .map_err(|error| report.error(&raw.country, error.to_string()))
        .ok();

    let location = match (&raw.lat, &raw.lon) {
        (None, None) => None,
        (Some(lat), Some(lon)) => {
            let lat_ok = (-90.0..=90.0).contains(lat.get_ref());
            let lon_ok = (-180.0..=180.0).contains(lon.get_ref());
            if !lat_ok {
                report.error(
                    lat,
                    format!("latitude {} is out of range (-90 to 90)", lat.get_ref()),
                );
            }
            if !lon_ok {
                report.error(
                    lon,
                    format!("longitude {} is out of range (-180 to 180)", lon.get_ref()),
                );
            }
            GeoPoint::new(*lat.get_ref(), *lon.get_ref())
        }
        (Some(one), None) | (None, Some(one)) => {
            report.error(one, "lat and lon go together: give both or neither");
            None
        }
    };

    if let (Some(at), Some(country), Some(lat)) = (location, country, raw.lat.as_ref())
        && !crate::directory::geo::lies_in(at, country)
    {
        report.error(
            lat,
            format!(
                "lat {} and lon {} do not lie in {country} (the entry's country)",
                at.lat, at.lon
            ),
        );
    }
    let location_precision = match &raw.location_precision {
        None => Some(LocationPrecision::Address),
        Some(text) => {
            let parsed = LocationPrecision::parse(text.get_ref());
            if parsed.is_none() {
                report.error(
                    text,
                    format!(
                        "unknown location_precision {:?}; expected one of {}",
                        text.get_ref(),
                        LocationPrecision::expected()
                    ),
                );
            }
            parsed
        }
    };
    let location_source = raw
        .location_source
        .as_ref()
        .filter(|source| !source.get_ref().trim().is_empty());
    if raw.lat.is_none() && raw.lon.is_none() {
        if let Some(at) = raw.location_precision.as_ref() {
            report.error(
                at,
                "location_precision says how precise lat and lon are: give them",
            );
        }
        if let Some(at) = location_source {
            report.error(
                at,
                "location_source says where lat and lon come from: give them",
            );
        }
    } else if location_precision == Some(LocationPrecision::City)
        && location_source.is_none()
        && let Some(at) = raw.location_precision.as_ref()
    {
        report.error(
            at,
            "a city-level location names the dataset it comes from in location_source",
        );
    }

    let phones = parse_list(&raw.phones, report, |p| {
        E164Phone::parse(p).map_err(|e| e.to_string())
    });
    if raw.demo {
        for (phone, spanned) in phones.iter().flatten().zip(&raw.phones) {
            if !phone.is_obvious_placeholder() {
                report.error(
                    spanned,
                    format!("demo entry has a phone number that looks real ({phone}); a demo entry carries no real-looking number"),
                );
            }
        }
    }
    let short_codes = parse_list(&raw.short_codes, report, |p| {
        ShortCode::parse(p).map_err(|e| e.to_string())
    });
    let services = parse_list(&raw.services, report, |s| {
        Service::parse(s).ok_or_else(|| {
            format!(
                "unknown service {s:?}; expected one of {}",
                Service::expected()
            )
        })
    });
    let procedures = parse_list(&raw.procedures, report, |p| {
        Procedure::parse(p).ok_or_else(|| {
            format!(
                "unknown procedure {p:?}; expected one of {}",
                Procedure::expected()
            )
        })
    });
    let languages = parse_list(&raw.languages, report, |tag| {
        let valid = (2..=12).contains(&tag.len())
            && tag.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
        if valid {
            Ok(tag.to_owned())
        } else {
            Err(format!(
                "language {tag:?} is not a language tag such as es or zh-Hans"
            ))
        }
    });
    let hours: Vec<OpeningHours> = raw
        .hours
        .iter()
        .filter_map(|spanned| {
            let rule = spanned.get_ref();
            let days: Vec<&str> = rule.days.iter().map(String::as_str).collect();
            OpeningHours::parse(
                &days,
                rule.opens.as_deref(),
                rule.closes.as_deref(),
                rule.all_day,
            )
            .map_err(|error| report.error(spanned, format!("hours: {error}")))
            .ok()
        })
        .collect();
    let represents = match &raw.represents {
        Some(code) => CountryCode::parse(code.get_ref())
            .map_err(|error| report.error(code, error.to_string()))
            .ok(),
        None => None,
    };
    if let Some(kind) = kind {
        if kind.is_consular() && raw.represents.is_none() {
            report.error(
                &raw.kind,
                format!("a {kind} must say which country it represents (represents = \"HT\")"),
            );
        }
        if !kind.is_consular() && (raw.represents.is_some() || !raw.procedures.is_empty()) {
            report.error(
                &raw.kind,
                "represents and procedures belong to consulates and embassies only",
            );
        }
    }
    if let Some(website) = &raw.website
        && !(is_allowed_url(website.get_ref()) && website.get_ref().starts_with("https://"))
    {
        report.error(website, "website must be an https:// address");
    }
    let last_verified = date_of(raw.last_verified.get_ref());
    if last_verified.is_none() {
        report.error(
            &raw.last_verified,
            "last_verified must be a date such as 2026-11-20",
        );
    }
    if report.diagnostics.len() > before {
        return None;
    }
    Some(DirectoryEntry {
        id: raw.id.into_inner(),
        kind: kind?,
        name: raw.name,
        country: country?,
        city: raw.city.filter(|c| !c.trim().is_empty()),
        address: raw.address.filter(|a| !a.trim().is_empty()),
        location,
        location_precision: location_precision?,
        location_source: location_source.map(|source| source.get_ref().trim().to_owned()),
        phones: phones?,
        short_codes: short_codes?,
        website: raw.website.map(Spanned::into_inner),
        hours,
        languages: languages?,
        services: services?,
        represents,
        procedures: procedures?,
        demo: raw.demo,
        source: raw.source,
        last_verified: last_verified?,
    })
}

/// A "(sample)" written into a name reads in one language on every page — "(ejemplo)" in an
/// Arabic sentence — and breaks the sentence's direction; the `demo` flag is what marks it.
fn sample_marker(name: &str) -> Option<&str> {
    const MARKERS: [&str; 6] = ["ejemplo", "sample", "demo", "exemple", "exemplo", "muestra"];
    let inner = name.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let word = inner[open + 1..].trim();
    MARKERS
        .iter()
        .any(|marker| word.eq_ignore_ascii_case(marker))
        .then(|| &name[open..])
}

#[cfg(test)]
mod sample_marker_tests {
    use super::sample_marker;

    #[test]
    fn a_sample_word_in_brackets_at_the_end_is_a_marker_and_other_brackets_are_not() {
        assert_eq!(
            sample_marker("Albergue Camino Seguro (ejemplo)"),
            Some("(ejemplo)")
        );
        assert_eq!(
            sample_marker("Embassy of India (Sample) "),
            Some("(Sample) ")
        );
        assert_eq!(
            sample_marker("Organización Internacional para las Migraciones (OIM)"),
            None
        );
        assert_eq!(sample_marker("Casa del Migrante"), None);
    }
}

#[cfg(test)]
mod location_tests {
    use super::parse_entries;
    use crate::content::LocationPrecision;
    use crate::content::pack_toml::entry_toml;

    const HEAD: &str = "[[entry]]\nid = \"mx-x\"\nkind = \"agency\"\nname = \"X\"\ncountry = \"MX\"\n\
                        city = \"Tapachula\"\nphones = []\nsource = \"s\"\nlast_verified = 2026-12-01\n";

    fn with(lines: &str) -> Result<Vec<crate::content::DirectoryEntry>, Vec<String>> {
        parse_entries(&format!("{HEAD}{lines}"))
    }

    #[test]
    fn a_city_level_location_reads_back_as_written_and_names_its_source() {
        let entries = with(
            "lat = 14.90541\nlon = -92.25891\nlocation_precision = \"city\"\n\
             location_source = \"GeoNames cities500\"\n",
        )
        .unwrap();
        let entry = &entries[0];
        assert_eq!(entry.location_precision, LocationPrecision::City);
        assert_eq!(entry.location_source.as_deref(), Some("GeoNames cities500"));
        let again = parse_entries(&entry_toml(entry)).unwrap();
        assert_eq!(entry_toml(&again[0]), entry_toml(entry));
        assert!(entry_toml(entry).contains("location_precision = \"city\""));
        // Without a word on precision, coordinates are the address's own.
        let exact = with("lat = 14.90541\nlon = -92.25891\n").unwrap();
        assert_eq!(exact[0].location_precision, LocationPrecision::Address);
        assert!(!entry_toml(&exact[0]).contains("location_precision"));
    }

    #[test]
    fn precision_without_coordinates_a_city_without_a_source_or_a_point_abroad_is_refused() {
        let errors = with("location_precision = \"city\"\n").unwrap_err();
        assert!(errors[0].contains("give them"), "{errors:?}");
        let errors = with("lat = 14.9\nlon = -92.2\nlocation_precision = \"city\"\n").unwrap_err();
        assert!(errors[0].contains("location_source"), "{errors:?}");
        let errors =
            with("lat = 14.9\nlon = -92.2\nlocation_precision = \"street\"\n").unwrap_err();
        assert!(
            errors[0].contains("unknown location_precision"),
            "{errors:?}"
        );
        // Guatemala City's centre for an entry in Mexico.
        let errors = with("lat = 14.64072\nlon = -90.51327\n").unwrap_err();
        assert!(errors[0].contains("do not lie in MX"), "{errors:?}");
    }
}
