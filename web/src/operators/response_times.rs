//! The response-time table the staff page and the figures page share: per language, the
//! median and 90th-percentile time to accept and the share answered within the target, as
//! the core suppresses them (`faro_core::intake::response_times`). A figure withheld for too
//! few requests reads as a dash with its explanation under the table.

use faro_core::intake::response_times::{ResponseTimes, Shown};
use faro_core::intake::stats::OTHER;

use super::labels;
use super::strings::{OperatorStrings, Said};

pub(crate) struct ResponseTable {
    pub caption: String,
    /// What the target is and what a dash means.
    pub note: String,
    pub headings: [String; 5],
    pub rows: Vec<[String; 5]>,
}

/// The five column headings, in the operator's words (page and CSV).
pub(crate) fn headings(tr: &OperatorStrings) -> [String; 5] {
    [
        "op-response-language",
        "op-response-requests",
        "op-response-median",
        "op-response-p90",
        "op-response-within",
    ]
    .map(|key| tr.get(key))
}

pub(crate) fn table(tr: &OperatorStrings, times: &ResponseTimes) -> ResponseTable {
    let dash = "–".to_owned();
    let minutes = |shown: Shown<i64>| match shown {
        Shown::Value(minutes) => tr.say(&Said::new("op-response-minutes").with("minutes", minutes)),
        Shown::Withheld => dash.clone(),
    };
    ResponseTable {
        caption: tr.get("op-response-caption"),
        note: tr
            .say(&Said::new("op-response-note").with("minutes", (times.target_seconds + 59) / 60)),
        headings: headings(tr),
        rows: times
            .rows
            .iter()
            .map(|row| {
                [
                    if row.language == OTHER {
                        tr.get("op-figures-other")
                    } else {
                        labels::language(tr, &row.language)
                    },
                    labels::count(tr, row.requests),
                    minutes(row.median_minutes),
                    minutes(row.p90_minutes),
                    match row.within_target_percent {
                        Shown::Value(percent) => format!("{percent} %"),
                        Shown::Withheld => dash.clone(),
                    },
                ]
            })
            .collect(),
    }
}
