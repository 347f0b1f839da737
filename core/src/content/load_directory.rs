//! Reading `content/directory/*.toml`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::directory::{DirectoryEntry, EntryKind, GeoPoint, Procedure, Service};
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
