//! A directory entry written back in the pack's own format (`content/directory/*.toml`), the
//! exact text `load_directory` reads. The database keeps each entry in this form, so that one
//! reader validates a pack file, a stored entry and an export alike, and an export is the
//! stored text put together.

use std::fmt::Write as _;

use super::directory::DirectoryEntry;
use super::hours::{OpeningHours, Times};

/// A TOML string, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = items.into_iter().map(quoted).collect();
    format!("[{}]", quoted.join(", "))
}

/// One rule as the inline table the pack writes: `{ days = ["mon-fri"], opens = "09:00", … }`.
pub fn hours_rule(rule: &OpeningHours) -> String {
    let days: Vec<String> = rule
        .days
        .runs()
        .into_iter()
        .map(|(first, last)| {
            if first == last {
                first.as_str().to_owned()
            } else {
                format!("{}-{}", first.as_str(), last.as_str())
            }
        })
        .collect();
    let days = list(days.iter().map(String::as_str));
    match rule.times {
        Times::AllDay => format!("{{ days = {days}, all_day = true }}"),
        Times::Between { opens, closes } => {
            format!("{{ days = {days}, opens = \"{opens}\", closes = \"{closes}\" }}")
        }
    }
}

/// The entry as one `[[entry]]` table, fields in the pack's order, empty optional fields left
/// out (a list that the format requires, `phones`, is written even when empty).
pub fn entry_toml(entry: &DirectoryEntry) -> String {
    let mut out = String::from("[[entry]]\n");
    let mut line = |key: &str, value: String| {
        let _ = writeln!(out, "{key} = {value}");
    };
    line("id", quoted(&entry.id));
    line("kind", quoted(entry.kind.as_str()));
    line("name", quoted(&entry.name));
    line("country", quoted(entry.country.as_str()));
    if let Some(city) = &entry.city {
        line("city", quoted(city));
    }
    if let Some(address) = &entry.address {
        line("address", quoted(address));
    }
    if let Some(at) = entry.location {
        // Written as TOML floats (`15.0`, never `15`, which would read as an integer).
        line("lat", toml::Value::Float(at.lat).to_string());
        line("lon", toml::Value::Float(at.lon).to_string());
        if !entry.location_precision.is_address() {
            line(
                "location_precision",
                quoted(entry.location_precision.as_str()),
            );
        }
        if let Some(source) = &entry.location_source {
            line("location_source", quoted(source));
        }
    }
    line("phones", list(entry.phones.iter().map(|p| p.as_str())));
    if !entry.short_codes.is_empty() {
        line(
            "short_codes",
            list(entry.short_codes.iter().map(|c| c.as_str())),
        );
    }
    if let Some(website) = &entry.website {
        line("website", quoted(website));
    }
    if !entry.hours.is_empty() {
        let rules: Vec<String> = entry.hours.iter().map(hours_rule).collect();
        line("hours", format!("[{}]", rules.join(", ")));
    }
    line(
        "languages",
        list(entry.languages.iter().map(String::as_str)),
    );
    line(
        "services",
        list(entry.services.iter().map(|service| service.as_str())),
    );
    if let Some(represents) = entry.represents {
        line("represents", quoted(represents.as_str()));
    }
    if !entry.procedures.is_empty() {
        line(
            "procedures",
            list(entry.procedures.iter().map(|procedure| procedure.as_str())),
        );
    }
    line("demo", entry.demo.to_string());
    line("source", quoted(&entry.source));
    line("last_verified", entry.last_verified.to_string());
    out
}

/// A whole pack file: a header saying where it came from, then each entry.
pub fn file_toml(header: &str, entries: &[&DirectoryEntry]) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    for entry in entries {
        out.push('\n');
        out.push_str(&entry_toml(entry));
    }
    out
}
