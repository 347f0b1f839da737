//! How fast interpreter requests are accepted, per language: the median and 90th-percentile
//! time to accept and the share answered within the target (`response_target_seconds`), for
//! the staff page (their shelter) and the figures page (every shelter). Aggregates only, read
//! from the requests still kept (they expire and are erased with their declarations), and
//! suppressed like the other figures ([`super::stats`]) so that no row shows one person's time:
//!
//! 1. **Small groups folded.** A language with fewer than [`THRESHOLD`] requests counted is
//!    summed into [`OTHER`]; a row still under it shows "<5" and no times at all.
//! 2. **Each figure needs enough requests behind it.** The median is shown only with at
//!    least [`THRESHOLD`] accepted requests, the 90th percentile only with at least
//!    [`P90_MIN`] (with fewer, the 90th percentile is the slowest single request).
//! 3. **Coarse.** Times are whole minutes, rounded up; counts are rounded to [`ROUND_TO`];
//!    shares to the nearest [`SHARE_STEP`] per cent.
//!
//! A request counts once it was accepted, or once it has waited longer than the target
//! without being accepted (still waiting, or cancelled after the target): the latter count
//! against the share and have no time to accept. A request in two languages counts in both.

use std::collections::BTreeMap;

use sqlx::Row;

use super::IntakeError;
use super::stats::{Cell, OTHER, ROUND_TO, THRESHOLD};
use crate::store::Store;

/// Accepted requests the 90th percentile needs, so that it is never the slowest one alone.
pub const P90_MIN: usize = 10;

/// Shares are shown to the nearest this many per cent.
pub const SHARE_STEP: u32 = 5;

/// One request as the figures need it: when it was made and accepted, and until when it
/// waited unaccepted (now, or when it was cancelled).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    pub language: String,
    /// Seconds from the request to its acceptance.
    pub accepted_after: Option<i64>,
    /// Seconds it waited without an acceptance (ignored when accepted).
    pub waited: i64,
}

/// A figure that is shown, or withheld because too few requests are behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown<T> {
    Value(T),
    Withheld,
}

impl<T: std::fmt::Display> Shown<T> {
    /// As the CSV writes it: the value, or `-`.
    pub fn csv(&self) -> String {
        match self {
            Shown::Value(value) => value.to_string(),
            Shown::Withheld => "-".into(),
        }
    }
}

/// One language's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseRow {
    /// A language tag, or [`OTHER`].
    pub language: String,
    /// Requests counted, as the other figures show counts.
    pub requests: Cell,
    /// Minutes, rounded up.
    pub median_minutes: Shown<i64>,
    pub p90_minutes: Shown<i64>,
    /// Per cent answered within the target.
    pub within_target_percent: Shown<u32>,
}

/// The rows, languages first (by tag), [`OTHER`] last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseTimes {
    pub target_seconds: i64,
    pub rows: Vec<ResponseRow>,
}

#[derive(Default)]
struct Group {
    counted: u64,
    accepted: Vec<i64>,
    within: u64,
}

/// The suppressed rows of `samples` against `target_seconds`.
pub fn summarize(samples: &[Sample], target_seconds: i64) -> ResponseTimes {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for sample in samples {
        let counted = match sample.accepted_after {
            Some(_) => true,
            None => sample.waited > target_seconds,
        };
        if !counted {
            continue;
        }
        let group = groups.entry(sample.language.clone()).or_default();
        group.counted += 1;
        if let Some(after) = sample.accepted_after {
            let after = after.max(0);
            group.accepted.push(after);
            if after <= target_seconds {
                group.within += 1;
            }
        }
    }
    let mut other = Group::default();
    let mut rows = Vec::new();
    for (language, group) in groups {
        if group.counted < THRESHOLD || language == OTHER {
            other.counted += group.counted;
            other.accepted.extend(group.accepted);
            other.within += group.within;
        } else {
            rows.push(row(language, group));
        }
    }
    if other.counted > 0 {
        rows.push(row(OTHER.to_owned(), other));
    }
    ResponseTimes {
        target_seconds,
        rows,
    }
}

fn row(language: String, mut group: Group) -> ResponseRow {
    if group.counted < THRESHOLD {
        return ResponseRow {
            language,
            requests: Cell::Small,
            median_minutes: Shown::Withheld,
            p90_minutes: Shown::Withheld,
            within_target_percent: Shown::Withheld,
        };
    }
    group.accepted.sort_unstable();
    let accepted = group.accepted.len();
    let minutes = |seconds: i64| (seconds + 59) / 60;
    let median = (accepted >= THRESHOLD as usize)
        .then(|| minutes(nearest_rank(&group.accepted, 50)))
        .map_or(Shown::Withheld, Shown::Value);
    let p90 = (accepted >= P90_MIN)
        .then(|| minutes(nearest_rank(&group.accepted, 90)))
        .map_or(Shown::Withheld, Shown::Value);
    let share = group.within as f64 * 100.0 / group.counted as f64;
    let step = f64::from(SHARE_STEP);
    // Bounded 0..=100 before the cast.
    let share = ((share / step).round() * step).clamp(0.0, 100.0) as u32;
    ResponseRow {
        language,
        requests: Cell::Shown((group.counted + ROUND_TO / 2) / ROUND_TO * ROUND_TO),
        median_minutes: median,
        p90_minutes: p90,
        within_target_percent: Shown::Value(share),
    }
}

/// The nearest-rank percentile of sorted, non-empty `values`.
fn nearest_rank(values: &[i64], percent: usize) -> i64 {
    let rank = (percent * values.len()).div_ceil(100).max(1);
    values[rank.min(values.len()) - 1]
}

impl ResponseTimes {
    /// The rows as CSV, after a title line; `words` are the reader's words for "<5"-rows'
    /// withheld figures (`-`) and the [`OTHER`] row.
    pub fn to_csv(&self, words: &super::stats::Words<'_>, headings: [&str; 5]) -> String {
        let escape = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
        let mut out = headings
            .iter()
            .map(|heading| escape(heading))
            .collect::<Vec<_>>()
            .join(",");
        out.push('\n');
        for row in &self.rows {
            out.push_str(&format!(
                "{},{},{},{},{}\n",
                escape(words.row_label(&row.language)),
                row.requests,
                row.median_minutes.csv(),
                row.p90_minutes.csv(),
                row.within_target_percent.csv(),
            ));
        }
        out
    }
}

impl Store {
    /// The response times of the requests kept, of `shelter` alone or of every shelter.
    pub async fn response_times(
        &self,
        shelter: Option<&str>,
        target_seconds: i64,
        now: i64,
    ) -> Result<ResponseTimes, IntakeError> {
        let select = "SELECT r.status, r.created_at, r.updated_at, r.accepted_at, l.language
             FROM interpreter_requests r
             JOIN declarations d ON d.id = r.declaration_id
             JOIN declaration_languages l ON l.declaration_id = d.id";
        let rows = match shelter {
            Some(shelter) => {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "{select} WHERE d.shelter_id = $1"
                )))
                .bind(shelter)
                .fetch_all(self.pool())
                .await?
            }
            None => sqlx::query(select).fetch_all(self.pool()).await?,
        };
        let mut samples = Vec::with_capacity(rows.len());
        for row in rows {
            let created_at: i64 = row.try_get("created_at")?;
            let accepted_at: Option<i64> = row.try_get("accepted_at")?;
            let status: String = row.try_get("status")?;
            // Still waiting: until now; closed without an acceptance: until it was closed.
            let until = if status == "waiting" {
                now
            } else {
                row.try_get("updated_at")?
            };
            samples.push(Sample {
                language: row.try_get("language")?,
                accepted_after: accepted_at.map(|at| at - created_at),
                waited: until - created_at,
            });
        }
        Ok(summarize(&samples, target_seconds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(language: &str, seconds: i64) -> Sample {
        Sample {
            language: language.into(),
            accepted_after: Some(seconds),
            waited: seconds,
        }
    }

    fn unanswered(language: &str, waited: i64) -> Sample {
        Sample {
            language: language.into(),
            accepted_after: None,
            waited,
        }
    }

    #[test]
    fn median_p90_and_share_of_a_language_with_enough_requests() {
        // Ten Kreyòl requests accepted after 1..=10 minutes, two unanswered past the target.
        let mut samples: Vec<Sample> = (1..=10).map(|m| accepted("ht", m * 60)).collect();
        samples.push(unanswered("ht", 3000));
        samples.push(unanswered("ht", 1200));
        // Still waiting, within the target: not counted yet.
        samples.push(unanswered("ht", 100));
        let times = summarize(&samples, 600);
        assert_eq!(times.rows.len(), 1);
        let row = &times.rows[0];
        assert_eq!(row.language, "ht");
        assert_eq!(row.requests, Cell::Shown(10)); // 12, rounded to 5
        assert_eq!(row.median_minutes, Shown::Value(5));
        assert_eq!(row.p90_minutes, Shown::Value(9));
        // 10 of 12 within 10 minutes: 83 %, shown as 85.
        assert_eq!(row.within_target_percent, Shown::Value(85));
    }

    #[test]
    fn times_are_whole_minutes_rounded_up() {
        let samples: Vec<Sample> = [61, 62, 90, 100, 119].map(|s| accepted("fa", s)).into();
        let row = &summarize(&samples, 600).rows[0];
        assert_eq!(row.median_minutes, Shown::Value(2));
        // Five accepted: a median, but no 90th percentile (it would be the slowest one).
        assert_eq!(row.p90_minutes, Shown::Withheld);
    }

    #[test]
    fn a_language_with_few_requests_shows_no_time_of_its_own() {
        // Three Tigrinya requests: folded into "other", which has too few to show anything.
        let samples: Vec<Sample> = [30, 400, 2000].map(|s| accepted("ti", s)).into();
        let times = summarize(&samples, 600);
        assert_eq!(times.rows.len(), 1);
        let row = &times.rows[0];
        assert_eq!(row.language, OTHER);
        assert_eq!(row.requests, Cell::Small);
        assert_eq!(row.median_minutes, Shown::Withheld);
        assert_eq!(row.p90_minutes, Shown::Withheld);
        assert_eq!(row.within_target_percent, Shown::Withheld);
        // With two more small languages the "other" row has enough, and still no row
        // names Tigrinya.
        let mut more = samples.clone();
        more.extend([accepted("am", 120), accepted("so", 180)]);
        let times = summarize(&more, 600);
        assert_eq!(times.rows.len(), 1);
        assert_eq!(times.rows[0].language, OTHER);
        assert_eq!(times.rows[0].median_minutes, Shown::Value(3));
    }

    #[test]
    fn unanswered_requests_count_against_the_share_only() {
        let mut samples: Vec<Sample> = (0..5).map(|_| accepted("ur", 60)).collect();
        samples.extend((0..5).map(|_| unanswered("ur", 5000)));
        let row = &summarize(&samples, 600).rows[0];
        assert_eq!(row.requests, Cell::Shown(10));
        assert_eq!(row.median_minutes, Shown::Value(1));
        assert_eq!(row.within_target_percent, Shown::Value(50));
        // A tighter target counts the same acceptances as late.
        let row = &summarize(&samples, 30).rows[0];
        assert_eq!(row.within_target_percent, Shown::Value(0));
    }

    #[test]
    fn csv_writes_withheld_figures_as_dashes() {
        let mut samples: Vec<Sample> = (1..=6).map(|m| accepted("ht", m * 60)).collect();
        samples.push(accepted("ti", 60));
        let csv = summarize(&samples, 600).to_csv(
            &super::super::stats::Words {
                hidden: "oculto",
                other: "otros",
            },
            ["idioma", "solicitudes", "mediana", "p90", "a tiempo"],
        );
        assert_eq!(
            csv,
            "\"idioma\",\"solicitudes\",\"mediana\",\"p90\",\"a tiempo\"\n\"ht\",5,3,-,100\n\"otros\",<5,-,-,-\n"
        );
    }
}
