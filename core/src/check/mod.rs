//! `faro check`: every problem in the content pack and the translations, as `path:line`.

mod staleness;
mod translations;

use std::path::Path;

use time::Date;

use crate::content::ContentPack;
use crate::diagnostic::{Diagnostic, Severity};

pub use staleness::DEFAULT_MAX_AGE_DAYS;
pub use translations::check_translations;

#[derive(Clone, Copy, Debug)]
pub struct CheckOptions {
    /// Warnings count as errors (staleness never does).
    pub strict: bool,
    /// The day to judge staleness against (today, unless asked otherwise).
    pub as_of: Date,
    /// A date of checking older than this many days is stale.
    pub max_age_days: u32,
}

impl CheckOptions {
    pub fn today(strict: bool) -> Self {
        CheckOptions {
            strict,
            as_of: time::OffsetDateTime::now_utc().date(),
            max_age_days: DEFAULT_MAX_AGE_DAYS,
        }
    }
}

/// All problems found, sorted by path and line.
pub fn run(content_dir: &Path, translations_dir: &Path, options: CheckOptions) -> Vec<Diagnostic> {
    let (pack, mut diagnostics) = ContentPack::scan(content_dir);
    diagnostics.extend(staleness::check(&pack, options.as_of, options.max_age_days));
    diagnostics.extend(check_translations(translations_dir));
    if options.strict {
        for diagnostic in &mut diagnostics {
            if diagnostic.severity == Severity::Warning {
                diagnostic.severity = Severity::Error;
            }
        }
    }
    diagnostics.sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
    diagnostics
}

#[cfg(test)]
mod tests;
