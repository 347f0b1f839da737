//! The directory forms' fields as the browser posts them, and their problems said in the
//! operator's language.

use faro_core::content::{EntryKind, Procedure, Service};
use faro_core::directory::{EntryDraft, FieldProblem, ShelterDraft};
use serde::Deserialize;

use crate::operators::strings::OperatorStrings;

/// Every field of an entry; a checkbox posts `demo=on` or nothing.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EntryForm {
    id: String,
    kind: String,
    name: String,
    country: String,
    city: String,
    address: String,
    lat: String,
    lon: String,
    location_precision: String,
    location_source: String,
    phones: String,
    short_codes: String,
    website: String,
    hours: String,
    languages: String,
    services: String,
    represents: String,
    procedures: String,
    demo: Option<String>,
    source: String,
}

impl EntryForm {
    pub fn draft(self) -> EntryDraft {
        EntryDraft {
            id: self.id,
            kind: self.kind,
            name: self.name,
            country: self.country,
            city: self.city,
            address: self.address,
            lat: self.lat,
            lon: self.lon,
            location_precision: self.location_precision,
            location_source: self.location_source,
            phones: self.phones,
            short_codes: self.short_codes,
            website: self.website,
            hours: self.hours,
            languages: self.languages,
            services: self.services,
            represents: self.represents,
            procedures: self.procedures,
            demo: self.demo.is_some(),
            source: self.source,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ShelterForm {
    hours: String,
    services: String,
    languages: String,
    phones: String,
}

impl ShelterForm {
    pub fn draft(self) -> ShelterDraft {
        ShelterDraft {
            hours: self.hours,
            services: self.services,
            languages: self.languages,
            phones: self.phones,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VerifyForm {
    pub source: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettleForm {
    /// `pack` takes the pack's version; anything else keeps the edit.
    pub keep: String,
}

/// Each problem as a sentence.
pub fn problems(tr: &OperatorStrings, problems: &[FieldProblem]) -> Vec<String> {
    problems
        .iter()
        .map(|problem| tr.with(problem.key(), "value", problem.value()))
        .collect()
}

/// The words the pack accepts for kinds, services and procedures, for the forms' hints.
pub struct Vocabulary {
    /// Each kind's code (the form's value) and its name in the operator's language.
    pub kinds: Vec<(&'static str, String)>,
    pub services: String,
    pub procedures: String,
}

impl Vocabulary {
    pub fn new(tr: &OperatorStrings) -> Self {
        Vocabulary {
            kinds: EntryKind::ALL
                .iter()
                .map(|kind| (kind.as_str(), tr.kind(*kind)))
                .collect(),
            services: Service::expected(),
            procedures: Procedure::expected(),
        }
    }
}
