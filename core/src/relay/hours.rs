//! The hours an interpreter takes requests (`/hours mon-fri 09:00-17:00`), in their own time
//! zone when they name one (`/hours mon-fri 09:00-17:00 America/Guatemala`), else the
//! instance's (`operator_time_zone`, the shelters' zone). Besides `/available` and `/away`:
//! an available interpreter with hours is told of requests only within them; `/hours off`
//! drops them. Days and times are those of the directory's opening hours
//! (`crate::content::hours`), so the interpreter reads them back in their language; a span
//! that ends before it starts runs overnight (`22:00-06:00`).

use crate::content::hours::{ClockTime, Days, OpeningHours, Times, Weekday};
use crate::zone::Zone;

/// An interpreter's hours: which days, from when to when, on whose clock.
#[derive(Clone, Debug)]
pub struct InterpreterHours {
    days: Vec<String>,
    opens: ClockTime,
    closes: ClockTime,
    zone: Zone,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "hours are days, times and optionally a time zone: mon-fri 09:00-17:00 America/Mexico_City"
)]
pub struct HoursError;

impl InterpreterHours {
    /// `mon-fri 09:00-17:00`, `sat,sun 10:00-14:00 America/Guatemala`, `mon-sun 22:00-06:00`.
    /// Day names and the zone are read case-blind; an en dash works as a hyphen.
    pub fn parse(text: &str, default_zone: &Zone) -> Result<Self, HoursError> {
        let text = text.replace(['–', '—'], "-");
        let words: Vec<&str> = text.split_whitespace().collect();
        let (days, times, zone) = match words.as_slice() {
            [days, times] => (*days, *times, default_zone.clone()),
            [days, times, zone] => (*days, *times, parse_zone(zone)?),
            _ => return Err(HoursError),
        };
        let days: Vec<String> = days
            .split(',')
            .filter(|item| !item.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let items: Vec<&str> = days.iter().map(String::as_str).collect();
        Days::parse(&items).map_err(|_| HoursError)?;
        let (opens, closes) = times.split_once('-').ok_or(HoursError)?;
        let (opens, closes) = (
            ClockTime::parse(opens).map_err(|_| HoursError)?,
            ClockTime::parse(closes).map_err(|_| HoursError)?,
        );
        if opens == closes {
            return Err(HoursError);
        }
        Ok(InterpreterHours {
            days,
            opens,
            closes,
            zone,
        })
    }

    /// As the interpreters table keeps it (`available_hours`), which [`Self::from_column`]
    /// reads back.
    pub fn to_column(&self) -> String {
        format!(
            "{} {}-{} {}",
            self.days.join(","),
            self.opens,
            self.closes,
            self.zone.name()
        )
    }

    pub fn from_column(value: &str) -> Option<Self> {
        Self::parse(value, &Zone::utc()).ok()
    }

    /// The days and times, for `content::hours::describe` in the reader's language.
    pub fn rule(&self) -> OpeningHours {
        let items: Vec<&str> = self.days.iter().map(String::as_str).collect();
        OpeningHours {
            days: Days::parse(&items).unwrap_or_default(),
            times: Times::Between {
                opens: self.opens,
                closes: self.closes,
            },
        }
    }

    pub fn zone(&self) -> &Zone {
        &self.zone
    }

    /// Whether `unix` falls within these hours on the zone's clock.
    pub fn contains(&self, unix: i64) -> bool {
        let days = self.rule().days;
        let today = Weekday::ALL[usize::from(self.zone.weekday(unix)) % 7];
        let wall = self.zone.wall(unix);
        let Ok(now) = ClockTime::parse(&format!("{:02}:{:02}", wall.hour, wall.minute)) else {
            return false;
        };
        if self.opens < self.closes {
            days.contains(today) && self.opens <= now && now < self.closes
        } else {
            // Overnight: from the opening on a listed day to the closing the next morning.
            let yesterday = Weekday::ALL[(today as usize + 6) % 7];
            (days.contains(today) && now >= self.opens)
                || (days.contains(yesterday) && now < self.closes)
        }
    }
}

/// A zone as typed: `America/Mexico_City`, `america/mexico_city`, `UTC`; kept by its name
/// as IANA writes it.
fn parse_zone(typed: &str) -> Result<Zone, HoursError> {
    // IANA names are capitalised per part: America/El_Salvador.
    let capitalised = typed
        .split('/')
        .map(|part| {
            part.split('_')
                .map(|word| {
                    let mut chars = word.chars();
                    match chars.next() {
                        Some(first) => {
                            first.to_uppercase().collect::<String>()
                                + &chars.as_str().to_ascii_lowercase()
                        }
                        None => String::new(),
                    }
                })
                .collect::<Vec<_>>()
                .join("_")
        })
        .collect::<Vec<_>>()
        .join("/");
    // Names without a region are upper-case: UTC.
    let written = if typed.contains('/') {
        capitalised
    } else {
        typed.to_ascii_uppercase()
    };
    // As typed when it has capitals already (America/Port-au-Prince), else as written.
    let first = if typed.chars().any(char::is_uppercase) {
        typed
    } else {
        written.as_str()
    };
    Zone::parse(first)
        .or_else(|_| Zone::parse(&written))
        .map_err(|_| HoursError)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mexico() -> Zone {
        Zone::parse("America/Mexico_City").unwrap()
    }

    /// Unix seconds of a wall time in Mexico City (UTC−6 all year since 2022).
    fn at(zone: &Zone, year: i16, month: i8, day: i8, hour: i8, minute: i8) -> i64 {
        zone.unix(crate::zone::WallTime {
            year,
            month,
            day,
            hour,
            minute,
        })
        .unwrap()
    }

    #[test]
    fn weekday_hours_hold_on_the_interpreters_clock() {
        let zone = mexico();
        let hours = InterpreterHours::parse("mon-fri 09:00-17:00", &zone).unwrap();
        // Monday 7 December 2026.
        assert!(!hours.contains(at(&zone, 2026, 12, 7, 8, 59)));
        assert!(hours.contains(at(&zone, 2026, 12, 7, 9, 0)));
        assert!(hours.contains(at(&zone, 2026, 12, 7, 16, 59)));
        assert!(!hours.contains(at(&zone, 2026, 12, 7, 17, 0)));
        // Saturday.
        assert!(!hours.contains(at(&zone, 2026, 12, 12, 10, 0)));
        assert_eq!(hours.to_column(), "mon-fri 09:00-17:00 America/Mexico_City");
        let back = InterpreterHours::from_column(&hours.to_column()).unwrap();
        assert_eq!(back.to_column(), hours.to_column());
    }

    #[test]
    fn a_named_zone_is_the_interpreters_own() {
        let hours =
            InterpreterHours::parse("SAT,sun 10:00–14:00 america/guatemala", &mexico()).unwrap();
        assert_eq!(hours.zone().name(), "America/Guatemala");
        let utc = Zone::utc();
        // Saturday 12 December 2026, 16:30 UTC is 10:30 in Guatemala (UTC−6).
        assert!(hours.contains(at(&utc, 2026, 12, 12, 16, 30)));
        assert!(!hours.contains(at(&utc, 2026, 12, 12, 15, 30)));
        let utc_hours = InterpreterHours::parse("mon-sun 09:00-10:00 utc", &mexico()).unwrap();
        assert_eq!(utc_hours.zone().name(), "UTC");
        assert!(utc_hours.contains(at(&utc, 2026, 12, 9, 9, 30)));
    }

    #[test]
    fn a_span_past_midnight_runs_into_the_next_day() {
        let zone = mexico();
        let hours = InterpreterHours::parse("fri 22:00-06:00", &zone).unwrap();
        assert!(hours.contains(at(&zone, 2026, 12, 11, 23, 0))); // Friday night
        assert!(hours.contains(at(&zone, 2026, 12, 12, 5, 59))); // Saturday early
        assert!(!hours.contains(at(&zone, 2026, 12, 12, 23, 0))); // Saturday night
        assert!(!hours.contains(at(&zone, 2026, 12, 11, 5, 0))); // Friday early
    }

    #[test]
    fn what_is_not_hours_is_refused() {
        for bad in [
            "",
            "mon-fri",
            "09:00-17:00",
            "weekdays 09:00-17:00",
            "fri-mon 09:00-17:00",
            "mon-fri 9-17",
            "mon-fri 09:00-09:00",
            "mon-fri 09:00-25:00",
            "mon-fri 09:00-17:00 Mars/Olympus",
            "mon-fri 09:00-17:00 UTC extra",
        ] {
            assert_eq!(
                InterpreterHours::parse(bad, &mexico()).unwrap_err(),
                HoursError,
                "{bad}"
            );
        }
    }
}
