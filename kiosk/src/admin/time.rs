//! Times on the publishing pages and in the API, all in UTC: `datetime-local` form values
//! (`2026-12-01T09:30`), RFC 3339 with `Z` for the API, and readable forms. Civil-date
//! arithmetic after Howard Hinnant's `days_from_civil`, which is exact for the proleptic
//! Gregorian calendar; years outside 1970–9999 are refused.

const DAY: i64 = 86_400;

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn number(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `YYYY-MM-DDTHH:MM` with optional `:SS`, read as UTC.
fn parse_naive(text: &str) -> Option<i64> {
    let (date, clock) = text.split_once('T')?;
    let mut date_parts = date.split('-');
    let (year, month, day) = (date_parts.next()?, date_parts.next()?, date_parts.next()?);
    if date_parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (year, month, day) = (number(year)?, number(month)?, number(day)?);
    let mut clock_parts = clock.split(':');
    let hour = clock_parts.next()?;
    let minute = clock_parts.next()?;
    let second = clock_parts.next().unwrap_or("00");
    if clock_parts.next().is_some() || [hour, minute, second].iter().any(|p| p.len() != 2) {
        return None;
    }
    let (hour, minute, second) = (number(hour)?, number(minute)?, number(second)?);
    if !(1970..=9999).contains(&year) || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    // 2026-02-30 comes back as another date: not a real one.
    if civil_from_days(days) != (year, month, day) {
        return None;
    }
    Some(days * DAY + hour * 3600 + minute * 60 + second)
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

fn parts(unix: i64) -> (i64, i64, i64, i64, i64, i64) {
    let (days, seconds) = (unix.div_euclid(DAY), unix.rem_euclid(DAY));
    let (year, month, day) = civil_from_days(days);
    (
        year,
        month,
        day,
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60,
    )
}

/// `2026-12-01T09:30:00Z`.
pub fn rfc3339(unix: i64) -> String {
    let (y, mo, d, h, mi, s) = parts(unix);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// `2026-12-01T09:30`, for a `datetime-local` field.
pub fn form_value(unix: i64) -> String {
    let (y, mo, d, h, mi, _) = parts(unix);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}")
}

/// `2026-12-01 09:30 UTC`.
pub fn readable(unix: i64) -> String {
    let (y, mo, d, h, mi, _) = parts(unix);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
}

/// `2026-12-01`.
pub fn date(unix: i64) -> String {
    let (y, mo, d, _, _, _) = parts(unix);
    format!("{y:04}-{mo:02}-{d:02}")
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
