//! Times on the publishing pages and in the API, all in UTC: `datetime-local` form values
//! (`2026-12-01T09:30`), RFC 3339 with `Z` for the API, and readable forms. Years outside
//! 1970–9999 are refused.

use time::format_description::FormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

const MINUTES: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]T[hour]:[minute]");
const SECONDS: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");

/// `YYYY-MM-DDTHH:MM` with optional `:SS`, read as UTC.
fn parse_naive(text: &str) -> Option<i64> {
    let parsed = PrimitiveDateTime::parse(text, SECONDS)
        .or_else(|_| PrimitiveDateTime::parse(text, MINUTES))
        .ok()?;
    (1970..=9999)
        .contains(&parsed.year())
        .then(|| parsed.assume_utc().unix_timestamp())
}

/// A `datetime-local` form value, taken as UTC.
pub fn parse_form(text: &str) -> Option<i64> {
    parse_naive(text.trim())
}

/// RFC 3339 in UTC, as the API takes it: `2026-12-01T09:30:00Z`.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let naive = text.strip_suffix('Z').or_else(|| text.strip_suffix('z'))?;
    if naive.len() != "2026-12-01T09:30:00".len() {
        return None;
    }
    parse_naive(&naive.replacen('t', "T", 1))
}

/// Times come from Faro's own tables; one the calendar cannot hold shows as the epoch.
fn format(unix: i64, description: &[FormatItem<'_>]) -> String {
    OffsetDateTime::from_unix_timestamp(unix)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
        .format(description)
        .unwrap_or_default()
}

/// `2026-12-01T09:30:00Z`.
pub fn rfc3339(unix: i64) -> String {
    format(
        unix,
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z"),
    )
}

/// `2026-12-01T09:30`, for a `datetime-local` field.
pub fn form_value(unix: i64) -> String {
    format(unix, MINUTES)
}

/// `2026-12-01 09:30 UTC`.
pub fn readable(unix: i64) -> String {
    format(
        unix,
        format_description!("[year]-[month]-[day] [hour]:[minute] UTC"),
    )
}

/// `2026-12-01`.
pub fn date(unix: i64) -> String {
    format(unix, format_description!("[year]-[month]-[day]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_and_rfc3339_round_trip_in_utc() {
        // 2026-12-01T00:00:00Z, as `date -u -d` says.
        assert_eq!(parse_form("2026-12-01T00:00"), Some(1_796_083_200));
        assert_eq!(parse_rfc3339("2026-12-01T00:00:00Z"), Some(1_796_083_200));
        assert_eq!(parse_form("1970-01-01T00:00"), Some(0));
        assert_eq!(parse_form("2024-02-29T23:59:59"), Some(1_709_251_199));
        for unix in [0, 951_782_400, 1_709_251_199, 1_796_083_200, 4_102_444_800] {
            assert_eq!(parse_rfc3339(&rfc3339(unix)), Some(unix));
            assert_eq!(parse_form(&form_value(unix)), Some(unix - unix % 60));
        }
        assert_eq!(
            readable(1_796_083_200 + 9 * 3600 + 30 * 60),
            "2026-12-01 09:30 UTC"
        );
        assert_eq!(date(1_796_083_200), "2026-12-01");
    }

    #[test]
    fn malformed_or_impossible_times_are_refused() {
        for bad in [
            "",
            "2026-12-01",
            "2026-02-30T10:00",
            "2025-02-29T10:00",
            "2026-13-01T10:00",
            "2026-12-01T24:00",
            "2026-12-01T10:60",
            "1969-12-31T23:59",
            "+026-12-01T10:00",
            "2026-12-1T10:00",
            "2026-12-01T10:00:00:00",
        ] {
            assert_eq!(parse_form(bad), None, "{bad}");
        }
        for bad in [
            "2026-12-01T00:00:00",
            "2026-12-01T00:00Z",
            "2026-12-01T00:00:00+01:00",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
