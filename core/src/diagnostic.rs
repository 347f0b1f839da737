//! Problems found in the content pack or the translations, located as `path:line`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something that was true may have changed: a date of checking has grown old. Always a
    /// warning, even with `--strict`, so that CI does not go red because time passed.
    Stale,
    Warning,
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: line.max(1),
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub fn warning(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: line.max(1),
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    pub fn stale(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: line.max(1),
            severity: Severity::Stale,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line: error: message` — the form editors and CI logs link to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Stale => "warning (stale)",
        };
        write!(
            f,
            "{}:{}: {}: {}",
            self.path.display(),
            self.line,
            severity,
            self.message
        )
    }
}

/// Maps byte offsets of a source text to 1-based line numbers.
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(source.match_indices('\n').map(|(index, _)| index + 1));
        LineIndex { line_starts }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line + 1,
            Err(next) => next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_are_one_based() {
        let index = LineIndex::new("a\nbc\n\nd");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(1), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(5), 3);
        assert_eq!(index.line_of(6), 4);
        assert_eq!(index.line_of(100), 4);
    }

    #[test]
    fn displays_as_path_line_severity_message() {
        let d = Diagnostic::error(Path::new("content/directory/mx.toml"), 7, "duplicate id");
        assert_eq!(
            d.to_string(),
            "content/directory/mx.toml:7: error: duplicate id"
        );
    }
}
