//! Times on the publishing pages and in the API. Stored as UTC; the pages show and read them
//! on the operator's zone's clock (`datetime-local` form values such as `2026-12-01T09:30`,
//! and readable forms through `OperatorStrings`, whose Fluent patterns set each language's
//! order); the API speaks RFC 3339 with `Z`. Years outside 1970–9999 are refused.

use faro_core::zone::{WallTime, Zone};
use time::format_description::FormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

const MINUTES: &[FormatItem<'static>] = format_description!("[year]-[month]-[day]T[hour]:[minute]");
const SECONDS: &[FormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");

/// `YYYY-MM-DDTHH:MM` with optional `:SS`, without a zone.
fn parse_naive(text: &str) -> Option<PrimitiveDateTime> {
    let parsed = PrimitiveDateTime::parse(text, SECONDS)
        .or_else(|_| PrimitiveDateTime::parse(text, MINUTES))
        .ok()?;
    (1970..=9999).contains(&parsed.year()).then_some(parsed)
}

/// A `datetime-local` form value, read on `zone`'s clock (seconds are dropped, as the field
/// has none).
pub fn parse_form(zone: &Zone, text: &str) -> Option<i64> {
    let parsed = parse_naive(text.trim())?;
    zone.unix(WallTime {
        year: i16::try_from(parsed.year()).ok()?,
        month: i8::try_from(u8::from(parsed.month())).ok()?,
        day: i8::try_from(parsed.day()).ok()?,
        hour: i8::try_from(parsed.hour()).ok()?,
        minute: i8::try_from(parsed.minute()).ok()?,
    })
}

/// RFC 3339 in UTC, as the API takes it: `2026-12-01T09:30:00Z`.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let naive = text.strip_suffix('Z').or_else(|| text.strip_suffix('z'))?;
    if naive.len() != "2026-12-01T09:30:00".len() {
        return None;
    }
    parse_naive(&naive.replacen('t', "T", 1)).map(|parsed| parsed.assume_utc().unix_timestamp())
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

/// `2026-12-01T09:30` on `zone`'s clock, for a `datetime-local` field.
pub fn form_value(zone: &Zone, unix: i64) -> String {
    let wall = zone.wall(unix);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        wall.year, wall.month, wall.day, wall.hour, wall.minute
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_and_rfc3339_round_trip_in_utc() {
        let utc = Zone::utc();
        // 2026-12-01T00:00:00Z, as `date -u -d` says.
        assert_eq!(parse_form(&utc, "2026-12-01T00:00"), Some(1_796_083_200));
        assert_eq!(parse_rfc3339("2026-12-01T00:00:00Z"), Some(1_796_083_200));
        assert_eq!(parse_form(&utc, "1970-01-01T00:00"), Some(0));
        assert_eq!(parse_form(&utc, "2024-02-29T23:59:59"), Some(1_709_251_140));
        for unix in [0, 951_782_400, 1_709_251_199, 1_796_083_200, 4_102_444_800] {
            assert_eq!(parse_rfc3339(&rfc3339(unix)), Some(unix));
            assert_eq!(
                parse_form(&utc, &form_value(&utc, unix)),
                Some(unix - unix % 60)
            );
        }
    }

    #[test]
    fn form_values_are_on_the_operator_s_clock() {
        let mexico = Zone::parse("America/Mexico_City").unwrap();
        let panama = Zone::parse("America/Panama").unwrap();
        // 2026-12-01T15:30:00Z.
        let instant = 1_796_139_000;
        assert_eq!(form_value(&mexico, instant), "2026-12-01T09:30");
        assert_eq!(form_value(&panama, instant), "2026-12-01T10:30");
        assert_eq!(parse_form(&mexico, "2026-12-01T09:30"), Some(instant));
        assert_eq!(parse_form(&panama, "2026-12-01T10:30"), Some(instant));
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
            assert_eq!(parse_form(&Zone::utc(), bad), None, "{bad}");
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
