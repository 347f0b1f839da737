//! Operators' time zones: times are stored as UTC seconds and shown and entered in the zone of
//! the operator (their account's, else the instance's `operator_time_zone`). Zones are IANA
//! names; the database is compiled in (jiff's bundled tzdb), so a kiosk image without
//! `/usr/share/zoneinfo` converts the same, daylight saving included where a zone has it
//! (Tijuana does; the rest of Mexico stopped in 2022).

use std::fmt;

use jiff::civil::DateTime;
use jiff::tz::{Disambiguation, TimeZone};
use jiff::{Timestamp, Zoned};

/// The zones an operator picks from on their account page, each with the suffix of its
/// translated name (`op-zone-<suffix>` in operators.ftl). The instance's own zone may be any
/// IANA name; it is offered too when it is not one of these.
pub const OFFERED: [(&str, &str); 14] = [
    ("America/Mexico_City", "mexico-city"),
    ("America/Tijuana", "tijuana"),
    ("America/Hermosillo", "hermosillo"),
    ("America/Mazatlan", "mazatlan"),
    ("America/Cancun", "cancun"),
    ("America/Guatemala", "guatemala"),
    ("America/Belize", "belize"),
    ("America/Tegucigalpa", "tegucigalpa"),
    ("America/El_Salvador", "san-salvador"),
    ("America/Managua", "managua"),
    ("America/Costa_Rica", "costa-rica"),
    ("America/Panama", "panama"),
    ("America/Bogota", "bogota"),
    ("UTC", "utc"),
];

/// The instance's zone when the configuration names none.
pub const DEFAULT: &str = "America/Mexico_City";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not an IANA time zone name (such as America/Mexico_City)")]
pub struct UnknownZone(pub String);

/// A time zone by its IANA name.
#[derive(Clone)]
pub struct Zone {
    name: String,
    tz: TimeZone,
}

/// A moment as a clock on the wall of the zone shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WallTime {
    pub year: i16,
    pub month: i8,
    pub day: i8,
    pub hour: i8,
    pub minute: i8,
}

impl Zone {
    pub fn parse(name: &str) -> Result<Zone, UnknownZone> {
        let name = name.trim();
        // An empty name would be the system's zone: never what an operator picked.
        if name.is_empty() {
            return Err(UnknownZone(name.to_owned()));
        }
        let tz = jiff::tz::db()
            .get(name)
            .map_err(|_| UnknownZone(name.to_owned()))?;
        Ok(Zone {
            name: name.to_owned(),
            tz,
        })
    }

    pub fn utc() -> Zone {
        Zone {
            name: "UTC".to_owned(),
            tz: TimeZone::UTC,
        }
    }

    /// The IANA name, as stored and as configured.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The suffix of the zone's translated name when it is one of [`OFFERED`].
    pub fn key_suffix(&self) -> Option<&'static str> {
        OFFERED
            .iter()
            .find(|(name, _)| *name == self.name)
            .map(|(_, suffix)| *suffix)
    }

    /// The wall time at `unix`; a time outside the calendar shows as the epoch.
    pub fn wall(&self, unix: i64) -> WallTime {
        let zoned = Timestamp::from_second(unix)
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .to_zoned(self.tz.clone());
        WallTime {
            year: zoned.year(),
            month: zoned.month(),
            day: zoned.day(),
            hour: zoned.hour(),
            minute: zoned.minute(),
        }
    }

    /// The day of the week at `unix` on this zone's clock: 0 for Monday to 6 for Sunday.
    pub fn weekday(&self, unix: i64) -> u8 {
        let zoned = Timestamp::from_second(unix)
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .to_zoned(self.tz.clone());
        // jiff: Monday is 1, Sunday 7.
        u8::try_from(zoned.weekday().to_monday_one_offset() - 1).unwrap_or(0)
    }

    /// The UTC seconds of a wall time in this zone. A time that happens twice (when clocks go
    /// back) is the earlier; one that never happens (when they go forward) is read with the
    /// offset from before the jump, as clocks that were not yet changed would show it.
    pub fn unix(&self, wall: WallTime) -> Option<i64> {
        let civil = DateTime::new(
            wall.year,
            wall.month,
            wall.day,
            wall.hour,
            wall.minute,
            0,
            0,
        )
        .ok()?;
        let zoned: Zoned = self
            .tz
            .to_ambiguous_zoned(civil)
            .disambiguate(Disambiguation::Compatible)
            .ok()?;
        Some(zoned.timestamp().as_second())
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-01T15:30:00Z, as `date -u -d` says.
    const INSTANT: i64 = 1_796_139_000;

    fn wall(year: i16, month: i8, day: i8, hour: i8, minute: i8) -> WallTime {
        WallTime {
            year,
            month,
            day,
            hour,
            minute,
        }
    }

    #[test]
    fn one_instant_reads_as_each_zone_s_clock_and_back() {
        for (name, local) in [
            ("America/Mexico_City", wall(2026, 12, 1, 9, 30)),
            ("America/Panama", wall(2026, 12, 1, 10, 30)),
            ("America/Tijuana", wall(2026, 12, 1, 7, 30)),
            ("America/Bogota", wall(2026, 12, 1, 10, 30)),
            ("UTC", wall(2026, 12, 1, 15, 30)),
        ] {
            let zone = Zone::parse(name).unwrap();
            assert_eq!(zone.wall(INSTANT), local, "{name}");
            assert_eq!(zone.unix(local), Some(INSTANT), "{name}");
        }
    }

    #[test]
    fn tijuana_keeps_daylight_saving_and_mexico_city_does_not() {
        // 2026-07-01T15:30:00Z.
        let july = 1_782_919_800;
        assert_eq!(
            Zone::parse("America/Tijuana").unwrap().wall(july),
            wall(2026, 7, 1, 8, 30)
        );
        assert_eq!(
            Zone::parse("America/Mexico_City").unwrap().wall(july),
            wall(2026, 7, 1, 9, 30)
        );
    }

    #[test]
    fn times_that_happen_twice_or_never_have_one_answer() {
        let tijuana = Zone::parse("America/Tijuana").unwrap();
        // 2026-11-01 01:30 happens twice (PDT, then PST): the first, 08:30Z.
        assert_eq!(tijuana.unix(wall(2026, 11, 1, 1, 30)), Some(1_793_521_800));
        // 2026-03-08 02:30 never happens: read with the offset before the jump (PST).
        assert_eq!(tijuana.unix(wall(2026, 3, 8, 2, 30)), Some(1_772_965_800));
        assert_eq!(tijuana.unix(wall(2026, 2, 30, 10, 0)), None);
    }

    #[test]
    fn every_offered_zone_exists_and_unknown_names_are_refused() {
        for (name, _) in OFFERED {
            assert_eq!(Zone::parse(name).unwrap().name(), name);
        }
        assert!(Zone::parse(DEFAULT).is_ok());
        assert_eq!(
            Zone::parse("America/Mexico_City").unwrap().key_suffix(),
            Some("mexico-city")
        );
        assert_eq!(Zone::parse("America/Merida").unwrap().key_suffix(), None);
        for bad in ["", "Mars/Olympus", "CST6", "../etc/passwd"] {
            assert!(Zone::parse(bad).is_err(), "{bad}");
        }
    }
}
