//! `faro check`: every problem in the content pack and the translations, as `path:line`.

mod translations;

use std::path::Path;

use crate::content::ContentPack;
use crate::diagnostic::{Diagnostic, Severity};

pub use translations::check_translations;

/// All problems found, sorted by path and line. With `strict`, warnings count as errors.
pub fn run(content_dir: &Path, translations_dir: &Path, strict: bool) -> Vec<Diagnostic> {
    let (_, mut diagnostics) = ContentPack::scan(content_dir);
    diagnostics.extend(check_translations(translations_dir));
    if strict {
        for diagnostic in &mut diagnostics {
            diagnostic.severity = Severity::Error;
        }
    }
    diagnostics.sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
    diagnostics
}

#[cfg(test)]
mod tests;
