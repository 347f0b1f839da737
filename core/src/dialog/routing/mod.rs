//! Where a typed message should lead: a place to sleep, food, a doctor, a lawyer, the police,
//! a consulate, an interpreter, deleting one's data, the emergency numbers, or a topic page.
//! The words that decide it are data (`translations/<locale>/routing.toml`, [`vocabulary`]);
//! the [`router`] weighs them, with the topic search for what the vocabulary does not know.

mod intent;
pub mod router;
mod stemming;
pub mod vocabulary;

use std::fmt;

use crate::content::TopicSlug;

pub use router::Router;
pub use vocabulary::{Vocabulary, VocabularyError};

/// A kind of place in the directory that a message can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Shelter,
    Food,
    Health,
    LegalAid,
}

/// One of the bot's destinations, as the vocabulary and the routing questions name it
/// (`place:shelter`, `police`, `topic:asylum`…).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Destination {
    Place(PlaceKind),
    Police,
    Consulate,
    Interpreter,
    Forget,
    Emergency,
    Topic(TopicSlug),
}

impl Destination {
    /// Parses a destination's name; `None` for a name Faro does not know. Topic slugs are
    /// checked for their form only: whether the pack has the topic is the caller's question.
    pub fn parse(name: &str) -> Option<Destination> {
        Some(match name {
            "place:shelter" => Destination::Place(PlaceKind::Shelter),
            "place:food" => Destination::Place(PlaceKind::Food),
            "place:health" => Destination::Place(PlaceKind::Health),
            "place:legal_aid" => Destination::Place(PlaceKind::LegalAid),
            "police" => Destination::Police,
            "consulate" => Destination::Consulate,
            "interpreter" => Destination::Interpreter,
            "forget" => Destination::Forget,
            "emergency" => Destination::Emergency,
            other => Destination::Topic(TopicSlug::parse(other.strip_prefix("topic:")?).ok()?),
        })
    }
}

impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Destination::Place(PlaceKind::Shelter) => f.write_str("place:shelter"),
            Destination::Place(PlaceKind::Food) => f.write_str("place:food"),
            Destination::Place(PlaceKind::Health) => f.write_str("place:health"),
            Destination::Place(PlaceKind::LegalAid) => f.write_str("place:legal_aid"),
            Destination::Police => f.write_str("police"),
            Destination::Consulate => f.write_str("consulate"),
            Destination::Interpreter => f.write_str("interpreter"),
            Destination::Forget => f.write_str("forget"),
            Destination::Emergency => f.write_str("emergency"),
            Destination::Topic(slug) => write!(f, "topic:{slug}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in [
            "place:shelter",
            "place:food",
            "place:health",
            "place:legal_aid",
            "police",
            "consulate",
            "interpreter",
            "forget",
            "emergency",
            "topic:asylum",
            "topic:smuggling-risks",
        ] {
            let destination = Destination::parse(name).expect(name);
            assert_eq!(destination.to_string(), name);
        }
    }

    #[test]
    fn unknown_names_are_refused() {
        for name in ["place:hotel", "asylum", "topic:", "topic:Asylum Page", ""] {
            assert_eq!(Destination::parse(name), None, "{name}");
        }
    }
}
