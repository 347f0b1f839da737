//! A form's fields as they came, in order: checkboxes repeat a name, which a struct cannot
//! take, so forms are read as pairs and turned into typed values by each handler.

use serde::Deserialize;

use crate::operators::error::OperatorError;
use crate::operators::strings::{OperatorStrings, Said};

#[derive(Deserialize)]
#[serde(transparent)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    /// The value of a field that must appear once; repeated or absent is `None`.
    pub fn one(&self, name: &str) -> Option<&str> {
        let mut values = self
            .0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str());
        let first = values.next()?;
        values.next().is_none().then_some(first)
    }

    /// The field's value, or empty when absent (an empty text box is sent as empty too).
    pub fn text(&self, name: &str) -> &str {
        self.one(name).unwrap_or_default()
    }

    /// A `datetime-local` field, read on the operator's clock; `invalid` says what was wrong
    /// when it is not one.
    pub fn time(
        &self,
        tr: &OperatorStrings,
        name: &str,
        invalid: &'static str,
    ) -> Result<i64, OperatorError> {
        tr.parse_form_time(self.text(name)).ok_or_else(|| {
            OperatorError::Invalid(Said::new(invalid).with("zone", tr.zone_name(tr.zone())))
        })
    }

    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_single_fields() {
        let fields: Fields =
            serde_urlencoded::from_str("locale=fa&locale=ar&slug=x&csrf=1&csrf=2").unwrap();
        assert_eq!(fields.all("locale").collect::<Vec<_>>(), ["fa", "ar"]);
        assert_eq!(fields.one("slug"), Some("x"));
        assert_eq!(fields.one("csrf"), None);
        assert_eq!(fields.text("missing"), "");
    }
}
