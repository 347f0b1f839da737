//! Whether a text was written by a person for this language, machine-translated, or reviewed.

use serde::Serialize;
use time::Date;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum TranslationStatus {
    /// The source text, written in this language (English for Faro's own pack).
    Original,
    /// Written without a human translator's review; pages say so.
    Machine,
    /// Reviewed by a named person on a date.
    Reviewed { by: String, on: Date },
}

impl TranslationStatus {
    /// True when readers must be told the text was not reviewed by a person.
    pub fn needs_machine_notice(&self) -> bool {
        matches!(self, TranslationStatus::Machine)
    }

    pub fn label(&self) -> &'static str {
        match self {
            TranslationStatus::Original => "original",
            TranslationStatus::Machine => "machine",
            TranslationStatus::Reviewed { .. } => "reviewed",
        }
    }

    /// Builds a status from the three fields people write in front matter or file headers.
    pub fn from_fields(
        status: &str,
        reviewed_by: Option<&str>,
        reviewed_on: Option<Date>,
    ) -> Result<Self, StatusError> {
        match status {
            "original" => Ok(TranslationStatus::Original),
            "machine" => Ok(TranslationStatus::Machine),
            "reviewed" => match (
                reviewed_by.map(str::trim).filter(|s| !s.is_empty()),
                reviewed_on,
            ) {
                (Some(by), Some(on)) => Ok(TranslationStatus::Reviewed {
                    by: by.to_owned(),
                    on,
                }),
                _ => Err(StatusError::ReviewWithoutReviewer),
            },
            other => Err(StatusError::Unknown(other.to_owned())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    #[error("translation status {0:?} is not one of original, machine, reviewed")]
    Unknown(String),
    #[error("translation status \"reviewed\" needs reviewed_by and reviewed_on (a date)")]
    ReviewWithoutReviewer,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewed_needs_name_and_date() {
        let on = time::macros::date!(2026 - 11 - 20);
        assert!(TranslationStatus::from_fields("reviewed", Some("Ana"), Some(on)).is_ok());
        assert_eq!(
            TranslationStatus::from_fields("reviewed", Some(" "), Some(on)),
            Err(StatusError::ReviewWithoutReviewer)
        );
        assert_eq!(
            TranslationStatus::from_fields("reviewed", Some("Ana"), None),
            Err(StatusError::ReviewWithoutReviewer)
        );
        assert!(matches!(
            TranslationStatus::from_fields("auto", None, None),
            Err(StatusError::Unknown(_))
        ));
    }
}
