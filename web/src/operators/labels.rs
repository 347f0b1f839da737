//! How languages, waiting times and statuses read on the operators' pages.

use faro_core::intake::stats::Cell;
use faro_core::intake::{LanguageTag, Origin, RequestStatus};

use super::strings::{OperatorStrings, Said};

/// A Faro locale by its own name (staff recognise "Kreyòl ayisyen" as the person would say
/// it); any other language by its name from `language-xx`, else by its tag.
pub fn language(tr: &OperatorStrings, tag: &str) -> String {
    match tr.language_name(tag) {
        Some(name) => format!("{name} ({tag})"),
        None => tag.to_owned(),
    }
}

/// The request's languages, or that the person preferred not to say them.
pub fn languages(tr: &OperatorStrings, tags: &[LanguageTag]) -> String {
    if tags.is_empty() {
        return tr.get("op-staff-languages-undisclosed");
    }
    tags.iter()
        .map(|tag| language(tr, tag.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "under 1 min", "12 min", "3 h", "2 d": precise enough to see who waited longest.
pub fn waiting(seconds: i64) -> Said {
    let minutes = seconds.max(0) / 60;
    match minutes {
        0 => Said::new("op-staff-waiting-under-minute"),
        1..=59 => Said::new("op-staff-waiting-minutes").with("minutes", minutes),
        60..=2879 => Said::new("op-staff-waiting-hours").with("hours", minutes / 60),
        _ => Said::new("op-staff-waiting-days").with("days", minutes / 1440),
    }
}

pub fn status(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Waiting => "op-staff-status-waiting",
        RequestStatus::Accepted => "op-staff-status-accepted",
        RequestStatus::Done => "op-staff-status-done",
        RequestStatus::Cancelled => "op-staff-status-cancelled",
    }
}

pub fn origin(tr: &OperatorStrings, origin: Origin) -> String {
    match origin {
        Origin::Country(code) => code.to_string(),
        Origin::Undisclosed => tr.get("op-staff-origin-undisclosed"),
        Origin::Another => tr.get("op-staff-origin-another"),
    }
}

/// The word for a suppressed cell hidden so that a small count cannot be worked out, in the
/// operator's language (figures page and CSV, campaign delivery counts).
pub fn hidden_word(tr: &OperatorStrings) -> String {
    tr.get("op-figures-hidden")
}

/// A suppressed count as every operator page shows it: the number, "<5", or "hidden" in the
/// operator's words (never "<5" for a hidden cell, which may be any size).
pub fn count(tr: &OperatorStrings, cell: Cell) -> String {
    cell.shown_as(&hidden_word(tr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_times_read_in_the_largest_sensible_unit() {
        let read = |seconds| waiting(seconds).to_string();
        assert_eq!(read(-5), "op-staff-waiting-under-minute");
        assert_eq!(read(59), "op-staff-waiting-under-minute");
        assert_eq!(read(12 * 60 + 30), "op-staff-waiting-minutes minutes=12");
        assert_eq!(read(3 * 3600 + 100), "op-staff-waiting-hours hours=3");
        assert_eq!(read(47 * 3600), "op-staff-waiting-hours hours=47");
        assert_eq!(read(50 * 3600), "op-staff-waiting-days days=2");
    }
}
