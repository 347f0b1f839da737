//! The status header at the top of each `.ftl` file:
//!
//! ```text
//! ### translation: reviewed
//! ### reviewed-by: Ana Pérez
//! ### reviewed-on: 2026-12-01
//! ```

use time::Date;
use time::macros::format_description;

use crate::translation_status::{StatusError, TranslationStatus};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    #[error("missing \"### translation: machine|reviewed|original\" header line")]
    Missing,
    #[error("reviewed-on {0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error(transparent)]
    Status(#[from] StatusError),
}

/// Reads the resource-comment header (lines starting with `###` before the first entry).
pub fn parse_status_header(source: &str) -> Result<TranslationStatus, HeaderError> {
    let mut status = None;
    let mut reviewed_by = None;
    let mut reviewed_on = None;
    for line in source.lines() {
        let line = line.trim_end();
        if line.is_empty() || (line.starts_with('#') && !line.starts_with("###")) {
            continue;
        }
        let Some(comment) = line.strip_prefix("###") else {
            break;
        };
        let Some((field, value)) = comment.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match field.trim() {
            "translation" => status = Some(value.to_owned()),
            "reviewed-by" => reviewed_by = Some(value.to_owned()),
            "reviewed-on" => {
                let parsed = Date::parse(value, format_description!("[year]-[month]-[day]"))
                    .map_err(|_| HeaderError::BadDate(value.to_owned()))?;
                reviewed_on = Some(parsed);
            }
            _ => {}
        }
    }
    let status = status.ok_or(HeaderError::Missing)?;
    Ok(TranslationStatus::from_fields(
        &status,
        reviewed_by.as_deref(),
        reviewed_on,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_machine_and_reviewed_headers() {
        assert_eq!(
            parse_status_header("### Faro\n### translation: machine\n\nkey = x\n"),
            Ok(TranslationStatus::Machine)
        );
        let reviewed =
            "### translation: reviewed\n### reviewed-by: Ana\n### reviewed-on: 2026-12-01\n";
        assert!(matches!(
            parse_status_header(reviewed),
            Ok(TranslationStatus::Reviewed { ref by, .. }) if by == "Ana"
        ));
    }

    #[test]
    fn header_after_first_entry_does_not_count() {
        assert_eq!(
            parse_status_header("key = x\n### translation: machine\n"),
            Err(HeaderError::Missing)
        );
        assert!(matches!(
            parse_status_header("### translation: reviewed\n### reviewed-on: tomorrow\n"),
            Err(HeaderError::BadDate(_))
        ));
    }
}
