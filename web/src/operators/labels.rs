//! How languages, waiting times and statuses read on the operators' pages.

use faro_core::intake::{LanguageTag, Origin, RequestStatus};
use faro_core::{App, Locale};

/// A Faro locale by its own name (staff recognise "Kreyòl ayisyen" as the person would say
/// it); any other language by its English name from `language-xx`, else by its tag.
pub fn language(app: &App, tag: &str) -> String {
    match app.translations.language_name(Locale::En, tag) {
        Some(name) => format!("{name} ({tag})"),
        None => tag.to_owned(),
    }
}

pub fn languages(app: &App, tags: &[LanguageTag]) -> String {
    tags.iter()
        .map(|tag| language(app, tag.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "under 1 min", "12 min", "3 h", "2 d": precise enough to see who waited longest.
pub fn waiting(seconds: i64) -> String {
    let minutes = seconds.max(0) / 60;
    match minutes {
        0 => "under 1 min".to_owned(),
        1..=59 => format!("{minutes} min"),
        60..=2879 => format!("{} h", minutes / 60),
        _ => format!("{} d", minutes / 1440),
    }
}

pub fn status(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Waiting => "Waiting",
        RequestStatus::Accepted => "Accepted",
        RequestStatus::Done => "Done",
        RequestStatus::Cancelled => "Cancelled",
    }
}

pub fn origin(origin: Origin) -> String {
    match origin {
        Origin::Country(code) => code.to_string(),
        Origin::Undisclosed => "undisclosed".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_times_read_in_the_largest_sensible_unit() {
        assert_eq!(waiting(-5), "under 1 min");
        assert_eq!(waiting(59), "under 1 min");
        assert_eq!(waiting(12 * 60 + 30), "12 min");
        assert_eq!(waiting(3 * 3600 + 100), "3 h");
        assert_eq!(waiting(47 * 3600), "47 h");
        assert_eq!(waiting(50 * 3600), "2 d");
    }
}
