//! The targets and window fields that the new-campaign form and a campaign's settings form
//! share (`target_fields.html`, included by both templates).

use faro_core::Locale;
use faro_core::publishing::{Campaign, Targets};

use super::view;
use crate::operators::admin::fields::Fields;
use crate::operators::error::OperatorError;
use crate::operators::strings::OperatorStrings;
use crate::operators::targets;

pub struct TargetFields {
    /// Before every field's id: the campaign's page has other forms, the new one does not.
    pub id_prefix: &'static str,
    pub locales: Vec<LocaleChoice>,
    /// Country codes, as typed in one box.
    pub countries: String,
    pub starts: String,
    pub ends: String,
    /// What to change, beside each field, when a form came back refused.
    pub countries_error: Option<String>,
    pub starts_error: Option<String>,
    pub ends_error: Option<String>,
}

impl TargetFields {
    /// The targets and window of a posted form, as the new-campaign and settings forms both
    /// take them: `None` when one of them is refused, with what to change beside its field.
    pub fn read(&mut self, tr: &OperatorStrings, form: &Fields) -> Option<(Targets, i64, i64)> {
        let targets = targets::parse(
            form.all("locale"),
            targets::split_codes(form.text("countries")),
        )
        .map_err(|said| self.countries_error = Some(tr.say(&said)))
        .ok();
        let starts_at = form
            .time(tr, "starts", "op-admin-bad-start")
            .map_err(|error| self.starts_error = field_message(tr, &error))
            .ok();
        let ends_at = form
            .time(tr, "ends", "op-admin-bad-end")
            .map_err(|error| self.ends_error = field_message(tr, &error))
            .ok();
        Some((targets?, starts_at?, ends_at?))
    }
}

pub struct LocaleChoice {
    pub tag: &'static str,
    pub label: String,
    pub checked: bool,
}

impl TargetFields {
    /// A new campaign's: no locale ticked (every locale), `countries` already filled in.
    pub fn new_campaign(
        tr: &OperatorStrings,
        countries: String,
        starts_at: i64,
        ends_at: i64,
    ) -> Self {
        TargetFields {
            id_prefix: "",
            locales: choices(|_| false),
            countries,
            starts: tr.form_time(starts_at),
            ends: tr.form_time(ends_at),
            countries_error: None,
            starts_error: None,
            ends_error: None,
        }
    }

    /// The fields as a refused form typed them, to show again (errors set by the caller).
    pub fn typed(id_prefix: &'static str, form: &Fields) -> Self {
        let ticked: Vec<&str> = form.all("locale").collect();
        TargetFields {
            id_prefix,
            locales: choices(|locale| ticked.contains(&locale.tag())),
            countries: form.text("countries").to_owned(),
            starts: form.text("starts").to_owned(),
            ends: form.text("ends").to_owned(),
            countries_error: None,
            starts_error: None,
            ends_error: None,
        }
    }

    /// An existing campaign's current values, for its settings form.
    pub fn settings_of(tr: &OperatorStrings, campaign: &Campaign) -> Self {
        TargetFields {
            id_prefix: "set-",
            locales: choices(|locale| campaign.targets.locales.contains(&locale)),
            countries: campaign
                .targets
                .countries
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            starts: tr.form_time(campaign.starts_at),
            ends: tr.form_time(campaign.ends_at),
            countries_error: None,
            starts_error: None,
            ends_error: None,
        }
    }
}

/// The sentence of a refusal to show beside a field; `None` for an error that is not about
/// what was typed (a server fault), which the caller answers as it always did.
pub fn field_message(tr: &OperatorStrings, error: &OperatorError) -> Option<String> {
    match error {
        OperatorError::Invalid(said)
        | OperatorError::Refused(said)
        | OperatorError::Conflict(said) => Some(tr.say(said)),
        _ => None,
    }
}

fn choices(checked: impl Fn(Locale) -> bool) -> Vec<LocaleChoice> {
    Locale::ALL
        .into_iter()
        .map(|locale| LocaleChoice {
            tag: locale.tag(),
            label: view::locale_label(locale),
            checked: checked(locale),
        })
        .collect()
}
