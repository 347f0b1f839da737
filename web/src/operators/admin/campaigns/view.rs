//! How campaigns read on the publishing pages: statuses, targets, windows, progress.

use faro_core::Locale;
use faro_core::intake::stats::{Cell, OTHER};
use faro_core::publishing::{Campaign, CampaignStatus, Progress, Targets};

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

/// One row of the delivery table; counts as the figures show them (`<5`, `-` when hidden,
/// rounded to five).
pub struct ProgressRow {
    pub label: String,
    pub queued: Cell,
    pub sent: Cell,
    pub failed: Cell,
    /// Not sent because the campaign was stopped or replaced first.
    pub cancelled: Cell,
}

impl ProgressRow {
    fn new(label: String, cells: [Cell; 4]) -> Self {
        let [queued, sent, failed, cancelled] = cells;
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
            ProgressRow::new(label, cells)
        })
        .collect()
}

pub fn progress_total(tr: &OperatorStrings, progress: &Progress) -> ProgressRow {
    ProgressRow::new(tr.get("op-admin-total"), progress.shown().total)
}
