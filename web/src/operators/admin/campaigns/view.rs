//! How campaigns read on the publishing pages: statuses, targets, windows, progress.

use faro_core::Locale;
use faro_core::publishing::{Campaign, CampaignStatus, LocaleProgress, Progress, Targets};

use crate::operators::time;

pub fn status_label(status: CampaignStatus) -> &'static str {
    match status {
        CampaignStatus::Draft => "Draft",
        CampaignStatus::Review => "In review",
        CampaignStatus::Approved => "Approved",
        CampaignStatus::Published => "Published",
    }
}

/// "fa, ar" or "all locales".
pub fn target_locales(targets: &Targets) -> String {
    if targets.locales.is_empty() {
        "all locales".to_owned()
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
pub fn target_countries(targets: &Targets) -> String {
    if targets.countries.is_empty() {
        "all countries".to_owned()
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

pub fn progress_rows(progress: &Progress) -> Vec<ProgressRow> {
    progress
        .per_locale
        .iter()
        .map(|row| {
            let label = row
                .locale
                .map_or_else(|| "unknown locale".to_owned(), locale_label);
            ProgressRow::new(label, row)
        })
        .collect()
}

pub fn progress_total(progress: &Progress) -> ProgressRow {
    ProgressRow::new("Total".to_owned(), &progress.total)
}
