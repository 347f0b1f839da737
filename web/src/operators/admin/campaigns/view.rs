//! How campaigns read on the publishing pages: statuses, targets, windows, progress.

use faro_core::Locale;
use faro_core::intake::stats::{Cell, OTHER};
use faro_core::publishing::{Campaign, CampaignStatus, Progress, Targets};

use crate::operators::labels;
use crate::operators::strings::OperatorStrings;

pub fn status_label(tr: &OperatorStrings, status: CampaignStatus) -> String {
    tr.get(match status {
        CampaignStatus::Draft => "op-admin-status-draft",
        CampaignStatus::Review => "op-admin-status-review",
        CampaignStatus::Approved => "op-admin-status-approved",
        CampaignStatus::Published => "op-admin-status-published",
        CampaignStatus::Stopped => "op-admin-status-stopped",
    })
}

/// "fa, ar" or "all locales".
pub fn target_locales(tr: &OperatorStrings, targets: &Targets) -> String {
    if targets.locales.is_empty() {
        tr.get("op-admin-all-locales")
    } else {
        targets
            .locales
            .iter()
            .map(|locale| locale.tag())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "MX, GT" or "all countries".
pub fn target_countries(tr: &OperatorStrings, targets: &Targets) -> String {
    if targets.countries.is_empty() {
        tr.get("op-admin-all-countries")
    } else {
        targets
            .countries
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// From start to end on the operator's clock, the zone named once.
pub fn window(tr: &OperatorStrings, campaign: &Campaign) -> String {
    tr.format(
        "op-admin-window-range",
        &[
            ("starts", tr.datetime_plain(campaign.starts_at).into()),
            ("ends", tr.datetime_plain(campaign.ends_at).into()),
            ("zone", tr.zone_name(tr.zone()).into()),
        ],
    )
}

/// "فارسی (fa)": operators meet each language under its own name.
pub fn locale_label(locale: Locale) -> String {
    format!("{} ({})", locale.native_name(), locale.tag())
}

/// One row of the delivery table; counts as the figures show them (`<5`, "hidden" in the
/// operator's words, rounded to five: [`labels::count`]).
pub struct ProgressRow {
    pub label: String,
    pub queued: String,
    pub sent: String,
    pub failed: String,
    /// Not sent because the campaign was stopped or replaced first.
    pub cancelled: String,
}

impl ProgressRow {
    fn new(tr: &OperatorStrings, label: String, cells: [Cell; 4]) -> Self {
        let [queued, sent, failed, cancelled] = cells.map(|cell| labels::count(tr, cell));
        ProgressRow {
            label,
            queued,
            sent,
            failed,
            cancelled,
        }
    }
}

/// The rows of the delivery table, small locales folded into "other" and small counts
/// suppressed ([`Progress::shown`]).
pub fn progress_rows(tr: &OperatorStrings, progress: &Progress) -> Vec<ProgressRow> {
    progress
        .shown()
        .rows
        .into_iter()
        .map(|(tag, cells)| {
            let label = match tag.parse::<Locale>() {
                Ok(locale) => locale_label(locale),
                Err(_) if tag == OTHER => tr.get("op-admin-other-locales"),
                Err(_) => tr.get("op-admin-unknown-locale"),
            };
            ProgressRow::new(tr, label, cells)
        })
        .collect()
}

pub fn progress_total(tr: &OperatorStrings, progress: &Progress) -> ProgressRow {
    ProgressRow::new(tr, tr.get("op-admin-total"), progress.shown().total)
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use faro_core::i18n::Translations;
    use faro_core::publishing::LocaleProgress;
    use faro_core::zone::Zone;

    use super::*;

    fn row(locale: Locale, queued: i64, sent: i64) -> LocaleProgress {
        LocaleProgress {
            locale: Some(locale),
            queued,
            sent,
            failed: 0,
            cancelled: 0,
        }
    }

    /// A hidden count reads as the figures page reads it ("oculto"), never as a bare "-"
    /// nor as "<5", which it may not be.
    #[test]
    fn hidden_delivery_counts_read_as_the_figures_page_in_the_operators_language() {
        let translations =
            Translations::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations"))
                .unwrap();
        let tr = OperatorStrings::in_locale(Arc::new(translations), Locale::Es, Zone::utc());
        let progress = Progress {
            per_locale: vec![
                row(Locale::Es, 0, 120),
                row(Locale::Ti, 0, 2),
                row(Locale::Fa, 3, 40),
            ],
            total: row(Locale::Es, 3, 162),
        };
        let rows = progress_rows(&tr, &progress);
        let sent: Vec<&str> = rows.iter().map(|row| row.sent.as_str()).collect();
        assert!(sent.contains(&"oculto"), "{sent:?}");
        assert!(sent.contains(&"<5"), "{sent:?}");
        let total = progress_total(&tr, &progress);
        let every = rows
            .iter()
            .chain([&total])
            .flat_map(|row| [&row.queued, &row.sent, &row.failed, &row.cancelled])
            .collect::<Vec<_>>();
        assert!(every.iter().all(|cell| *cell != "-"), "{every:?}");
    }
}
