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
    diagnostics.extend(crate::audio::check_recordings(&pack));
    diagnostics.extend(check_translations(translations_dir));
    diagnostics.extend(check_routing_vocabulary(translations_dir, &pack));
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

/// Each locale's `routing.toml`: it must parse and name known destinations; a topic it names
/// must be in the pack. The file is optional: a locale without one routes by topic search alone.
fn check_routing_vocabulary(translations_dir: &Path, pack: &ContentPack) -> Vec<Diagnostic> {
    use crate::dialog::routing::{Destination, vocabulary};
    let mut diagnostics = Vec::new();
    for locale in crate::locale::Locale::ALL {
        let path = translations_dir
            .join(locale.tag())
            .join(vocabulary::FILE_NAME);
        let source = match std::fs::read_to_string(&path) {
            Ok(source) => source,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => {
                diagnostics.push(Diagnostic::error(&path, 1, format!("cannot read: {error}")));
                continue;
            }
        };
        match vocabulary::parse(&path, &source) {
            Err(error) => diagnostics.push(Diagnostic::error(&path, 1, error.to_string())),
            Ok(vocabulary) => {
                let mut missing: Vec<String> = vocabulary
                    .entries
                    .iter()
                    .filter_map(|entry| match &entry.destination {
                        Destination::Topic(slug) if pack.topic(slug.as_str()).is_none() => {
                            Some(slug.to_string())
                        }
                        _ => None,
                    })
                    .collect();
                missing.dedup();
                for slug in missing {
                    diagnostics.push(Diagnostic::error(
                        &path,
                        1,
                        format!("topic:{slug}: the content pack has no such topic"),
                    ));
                }
            }
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests;
