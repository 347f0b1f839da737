//! How campaigns read on the publishing pages: statuses, targets, windows, progress.

use faro_core::Locale;
use faro_core::publishing::{Campaign, CampaignStatus, LocaleProgress, Progress, Targets};

use crate::operators::strings::OperatorStrings;
use crate::operators::time;

pub fn status_label(tr: &OperatorStrings, status: CampaignStatus) -> String {
    tr.get(match status {
        CampaignStatus::Draft => "op-admin-status-draft",
        CampaignStatus::Review => "op-admin-status-review",
        CampaignStatus::Approved => "op-admin-status-approved",
        CampaignStatus::Published => "op-admin-status-published",
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

pub fn window(campaign: &Campaign) -> String {
    format!(
        "{} – {}",
        time::readable(campaign.starts_at),
        time::readable(campaign.ends_at)
    )
}

/// "فارسی (fa)": operators meet each language under its own name.
pub fn locale_label(locale: Locale) -> String {
    format!("{} ({})", locale.native_name(), locale.tag())
}

pub struct ProgressRow {
    pub label: String,
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
}

impl ProgressRow {
    fn new(label: String, progress: &LocaleProgress) -> Self {
        ProgressRow {
            label,
            queued: progress.queued,
            sent: progress.sent,
            failed: progress.failed,
        }
    }
}

pub fn progress_rows(tr: &OperatorStrings, progress: &Progress) -> Vec<ProgressRow> {
    progress
        .per_locale
        .iter()
        .map(|row| {
            let label = row
                .locale
                .map_or_else(|| tr.get("op-admin-unknown-locale"), locale_label);
            ProgressRow::new(label, row)
        })
        .collect()
}

pub fn progress_total(tr: &OperatorStrings, progress: &Progress) -> ProgressRow {
    ProgressRow::new(tr.get("op-admin-total"), &progress.total)
}
