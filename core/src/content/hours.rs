//! Opening hours as data, so that every page and message can say them in its reader's
//! language: which days, and either the opening and closing times or "24 hours".
//!
//! In a directory file: `hours = [{ days = ["mon-fri"], opens = "09:00", closes = "14:00" }]`,
//! `hours = [{ days = ["tue", "thu"], opens = "10:00", closes = "13:00" }]` or
//! `hours = [{ days = ["mon-sun"], all_day = true }]`.

use std::fmt;

use serde::Serialize;

use crate::i18n::Arg;
use crate::locale::Locale;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Weekday::ALL.into_iter().find(|day| day.as_str() == text)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A set of weekdays, Monday first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Days([bool; 7]);

impl Days {
    /// `["mon-fri"]`, `["tue", "thu"]`: single days and ranges (Monday to Sunday, no wrapping).
    pub fn parse(items: &[&str]) -> Result<Self, HoursError> {
        if items.is_empty() {
            return Err(HoursError::NoDays);
        }
        let mut days = [false; 7];
        for item in items {
            let bad = || HoursError::Day((*item).to_owned());
            let (first, last) = match item.split_once('-') {
                Some((first, last)) => (
                    Weekday::parse(first).ok_or_else(bad)?,
                    Weekday::parse(last).ok_or_else(bad)?,
                ),
                None => {
                    let day = Weekday::parse(item).ok_or_else(bad)?;
                    (day, day)
                }
            };
            if first > last {
                return Err(bad());
            }
            for flag in &mut days[first.index()..=last.index()] {
                *flag = true;
            }
        }
        Ok(Days(days))
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0[day.index()]
    }

    pub fn is_every_day(self) -> bool {
        self.0.iter().all(|&open| open)
    }

    /// Consecutive days as (first, last), in week order.
    pub fn runs(self) -> Vec<(Weekday, Weekday)> {
        let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
        for day in Weekday::ALL.into_iter().filter(|&day| self.contains(day)) {
            match runs.last_mut() {
                Some((_, last)) if last.index() + 1 == day.index() => *last = day,
                _ => runs.push((day, day)),
            }
        }
        runs
    }

    /// The runs as the pack writes them (`mon-fri`, `sat`): what [`Days::parse`] reads back.
    pub fn run_labels(self) -> Vec<String> {
        self.runs()
            .into_iter()
            .map(|(first, last)| {
                if first == last {
                    first.as_str().to_owned()
                } else {
                    format!("{}-{}", first.as_str(), last.as_str())
                }
            })
            .collect()
    }
}

/// A time of day, `HH:MM` on a 24-hour clock; `24:00` is allowed as a closing time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    pub fn parse(text: &str) -> Result<Self, HoursError> {
        let bad = || HoursError::Time(text.to_owned());
        let (hour, minute) = text.split_once(':').ok_or_else(bad)?;
        if hour.len() != 2 || minute.len() != 2 {
            return Err(bad());
        }
        let hour: u8 = hour.parse().map_err(|_| bad())?;
        let minute: u8 = minute.parse().map_err(|_| bad())?;
        if minute > 59 || hour > 24 || (hour == 24 && minute != 0) {
            return Err(bad());
        }
        Ok(ClockTime { hour, minute })
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Times {
    AllDay,
    Between { opens: ClockTime, closes: ClockTime },
}

/// One rule: these days, these times. An entry's hours are a list of rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OpeningHours {
    pub days: Days,
    pub times: Times,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("days must list at least one day, such as [\"mon-fri\"]")]
    NoDays,
    #[error(
        "{0:?} is not a day or a range of days: use mon, tue, wed, thu, fri, sat, sun or a range such as mon-fri"
    )]
    Day(String),
    #[error("{0:?} is not a time: use HH:MM on a 24-hour clock, such as 09:00")]
    Time(String),
    #[error("give opens and closes, or all_day = true, not both")]
    Times,
    #[error(
        "opens and closes cannot be the same time; for a place open day and night use all_day = true"
    )]
    Empty,
}

impl OpeningHours {
    pub fn parse(
        days: &[&str],
        opens: Option<&str>,
        closes: Option<&str>,
        all_day: bool,
    ) -> Result<Self, HoursError> {
        let days = Days::parse(days)?;
        let times = match (opens, closes, all_day) {
            (None, None, true) => Times::AllDay,
            (Some(opens), Some(closes), false) => {
                let (opens, closes) = (ClockTime::parse(opens)?, ClockTime::parse(closes)?);
                if opens == closes {
                    return Err(HoursError::Empty);
                }
                Times::Between { opens, closes }
            }
            _ => return Err(HoursError::Times),
        };
        Ok(OpeningHours { days, times })
    }
}

/// A UI string lookup in one locale: key and arguments to text.
pub type Lookup<'a> = dyn Fn(&str, &[(&str, Arg<'_>)]) -> String + 'a;

/// The hours as one line in the reader's language, through `text` (a Fluent lookup: the
/// `weekday-*` names and the `hours-*` patterns), days joined by the locale's list separator.
/// In a right-to-left locale each time range is kept left to right: `09:00–14:00` is digits
/// and a dash, which a Farsi sentence would otherwise show as `14:00–09:00`.
pub fn describe(hours: &[OpeningHours], locale: Locale, text: &Lookup<'_>) -> String {
    let separator = locale.list_separator();
    hours
        .iter()
        .map(|rule| {
            let days = if rule.days.is_every_day() {
                text("hours-every-day", &[])
            } else {
                let day = |day: Weekday| text(&format!("weekday-{}", day.as_str()), &[]);
                rule.days
                    .runs()
                    .into_iter()
                    .flat_map(|(first, last)| match last.index() - first.index() {
                        0 => vec![day(first)],
                        // Two days in a row read better named than as a range.
                        1 => vec![day(first), day(last)],
                        _ => vec![text(
                            "hours-day-range",
                            &[("first", day(first).into()), ("last", day(last).into())],
                        )],
                    })
                    .collect::<Vec<_>>()
                    .join(separator)
            };
            let times = match rule.times {
                Times::AllDay => text("hours-all-day", &[]),
                Times::Between { opens, closes } => locale.keep_ltr(&text(
                    "hours-between",
                    &[
                        ("opens", opens.to_string().into()),
                        ("closes", closes.to_string().into()),
                    ],
                )),
            };
            text(
                "hours-line",
                &[("days", days.into()), ("times", times.into())],
            )
        })
        .collect::<Vec<_>>()
        .join(locale.clause_separator())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(days: &[&str], opens: &str, closes: &str) -> OpeningHours {
        OpeningHours::parse(days, Some(opens), Some(closes), false).unwrap()
    }

    /// A lookup that shows which key and arguments were used.
    fn keys(key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let args: Vec<String> = args
            .iter()
            .map(|(name, value)| match value {
                Arg::Str(text) => format!("{name}={text}"),
                Arg::Number(number) => format!("{name}={number}"),
            })
            .collect();
        if args.is_empty() {
            key.to_owned()
        } else {
            format!("{key}({})", args.join(" "))
        }
    }

    #[test]
    fn days_parse_ranges_and_single_days() {
        let days = Days::parse(&["mon-wed", "fri"]).unwrap();
        assert_eq!(
            days.runs(),
            vec![(Weekday::Mon, Weekday::Wed), (Weekday::Fri, Weekday::Fri)]
        );
        assert_eq!(days.run_labels(), ["mon-wed", "fri"]);
        let labels = days.run_labels();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        assert_eq!(Days::parse(&labels), Ok(days), "the labels read back");
        assert!(Days::parse(&["mon-sun"]).unwrap().is_every_day());
        assert_eq!(Days::parse(&[]), Err(HoursError::NoDays));
        assert_eq!(
            Days::parse(&["fri-mon"]),
            Err(HoursError::Day("fri-mon".into()))
        );
        assert_eq!(
            Days::parse(&["Monday"]),
            Err(HoursError::Day("Monday".into()))
        );
    }

    #[test]
    fn times_are_24_hour_clock_times() {
        assert_eq!(ClockTime::parse("09:05").unwrap().to_string(), "09:05");
        assert!(ClockTime::parse("24:00").is_ok());
        for bad in ["9:00", "24:30", "12:60", "noon", "12.00", ""] {
            assert_eq!(
                ClockTime::parse(bad),
                Err(HoursError::Time(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_rule_has_times_or_all_day_never_both() {
        assert_eq!(
            OpeningHours::parse(&["mon"], None, None, true)
                .unwrap()
                .times,
            Times::AllDay
        );
        assert_eq!(
            OpeningHours::parse(&["mon"], Some("09:00"), Some("10:00"), true),
            Err(HoursError::Times)
        );
        assert_eq!(
            OpeningHours::parse(&["mon"], Some("09:00"), None, false),
            Err(HoursError::Times)
        );
        assert_eq!(
            OpeningHours::parse(&["mon"], Some("09:00"), Some("09:00"), false),
            Err(HoursError::Empty)
        );
    }

    #[test]
    fn describe_names_ranges_pairs_and_every_day() {
        let weekdays = [rule(&["mon-fri"], "09:00", "14:00")];
        assert_eq!(
            describe(&weekdays, Locale::En, &keys),
            "hours-line(days=hours-day-range(first=weekday-mon last=weekday-fri) \
             times=hours-between(opens=09:00 closes=14:00))"
        );
        let pair = [rule(&["tue", "thu"], "10:00", "13:00")];
        assert_eq!(
            describe(&pair, Locale::ZhHans, &keys),
            "hours-line(days=weekday-tue、weekday-thu \
             times=hours-between(opens=10:00 closes=13:00))"
        );
        let always = [OpeningHours::parse(&["mon-sun"], None, None, true).unwrap()];
        assert_eq!(
            describe(&always, Locale::En, &keys),
            "hours-line(days=hours-every-day times=hours-all-day)"
        );
        let two = [rule(&["sat-sun"], "08:00", "12:00"), always[0]];
        assert_eq!(
            describe(&two, Locale::En, &keys),
            "hours-line(days=weekday-sat, weekday-sun times=hours-between(opens=08:00 closes=12:00)); \
             hours-line(days=hours-every-day times=hours-all-day)"
        );
    }

    /// What a reader sees, left to right on the screen: the line in the bidi algorithm's
    /// visual order, its paragraph direction taken from the locale as the pages and Telegram
    /// (first strong character) set it.
    fn as_seen(text: &str, locale: Locale) -> String {
        use unicode_bidi::{BidiInfo, Level};
        let level = if locale.is_rtl() {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let bidi = BidiInfo::new(text, Some(level));
        let paragraph = &bidi.paragraphs[0];
        bidi.reorder_line(paragraph, paragraph.range.clone())
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect()
    }

    #[test]
    fn time_ranges_read_left_to_right_in_every_locale() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        let translations = crate::i18n::Translations::load(&dir).unwrap();
        let hours = [
            rule(&["mon-fri"], "09:00", "14:00"),
            rule(&["sat"], "10:30", "12:45"),
        ];
        for locale in Locale::ALL {
            let line = describe(&hours, locale, &|key, args| {
                translations.format(locale, key, args).text
            });
            let seen = as_seen(&line, locale);
            for range in ["09:00–14:00", "10:30–12:45"] {
                assert!(
                    seen.contains(range),
                    "{locale}: a reader sees {seen:?} for {line:?}, not {range}"
                );
            }
        }
    }
}
