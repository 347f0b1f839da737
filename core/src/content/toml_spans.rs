//! Turning TOML parse errors and spans into line numbers.

use crate::diagnostic::LineIndex;

/// The line a TOML error points at, shifted by `first_line - 1` for TOML embedded in a larger
/// file (front matter).
pub(super) fn error_line(error: &toml::de::Error, index: &LineIndex, first_line: usize) -> usize {
    error.span().map_or(1, |span| index.line_of(span.start)) + first_line - 1
}

/// The first line of a TOML error's message, without the source excerpt toml adds.
pub(super) fn error_message(error: &toml::de::Error) -> String {
    error.message().trim().to_owned()
}
