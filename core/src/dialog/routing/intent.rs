//! What a message asks for besides its subject: a place (where, near, address, phone of) or
//! something to know (what can, how do, is it legal). "Where is my consulate" and "what can my
//! consulate do" share their subject and want different destinations; the cue words in
//! `[cues]` of `routing.toml` tell them apart.
//!
//! A place destination and the topic about the same subject are twins (the consulate and the
//! consulates page, a clinic and the health page, the police and the rights page). When the
//! cues ask for a place, the place side of a twin gets the pair's evidence and [`CUE`] more;
//! when they ask to know, the topic side does, and then the pair's evidence is the sum of
//! both sides: asking what the consulate can do, the words that name the consulate and those of
//! the page (being detained, the government) both speak of the page's subject, and together
//! they outweigh a page that shares only the context ("what can the embassy do if
//! immigration detains me" is the consulates page, not the rights page). A place must be named to be asked for: the
//! page's evidence goes to its place only when the message's words already led there too
//! ("where is a shelter for migrants" names no police station, whatever "migrants" says of
//! rights). Destinations without a twin that fit the cues
//! get [`CUE`] if the message already led to them: cues tip a balance, never make one.
//! What a cue adds is at most the evidence it adds to: a page that only the topic search
//! brushed (a quarter of a word) is not lifted past a destination a whole word named, as an
//! interpreter is in "can someone translate for me" — how a message asks weighs in proportion
//! to what it says.

use std::collections::BTreeMap;

use super::vocabulary::Intent;
use super::{Destination, PlaceKind};

/// What the cues add, at most, to a destination they fit; less than one vocabulary word, so
/// that a message's subject still outweighs how it is asked.
pub(super) const CUE: f32 = 0.75;

/// The place destinations and the topic (by slug) about the same subject. A lawyer is not
/// the rights page's twin: "I need a lawyer, what do I do?" asks for the lawyer.
pub(super) const TWINS: [(Destination, &str); 3] = [
    (Destination::Consulate, "consulates"),
    (Destination::Place(PlaceKind::Health), "health"),
    (Destination::Police, "rights"),
];

/// The intent a destination answers; `None` for those that are neither a place nor a page
/// to read (an interpreter, deleting one's data, the emergency numbers).
fn answers(destination: &Destination) -> Option<Intent> {
    match destination {
        Destination::Place(_) | Destination::Consulate | Destination::Police => Some(Intent::Place),
        Destination::Topic(_) => Some(Intent::Topic),
        Destination::Interpreter | Destination::Forget | Destination::Emergency => None,
    }
}

/// The intent the cues found weigh for: the heavier side, or none when they are even.
pub(super) fn decide(place: f32, topic: f32) -> Option<Intent> {
    if place > topic {
        Some(Intent::Place)
    } else if topic > place {
        Some(Intent::Topic)
    } else {
        None
    }
}

/// Moves the scores towards the destinations that answer `intent`; `twins` pairs each place
/// destination with its topic, as far as the content pack has the topic.
pub(super) fn lean(
    intent: Intent,
    twins: &[(Destination, Destination)],
    scores: &mut BTreeMap<Destination, f32>,
) {
    let score = |scores: &BTreeMap<Destination, f32>, d: &Destination| {
        scores.get(d).copied().unwrap_or(0.0)
    };
    let mut raised: BTreeMap<Destination, f32> = BTreeMap::new();
    for (place, topic) in twins {
        let (side, evidence) = match intent {
            Intent::Place if score(scores, place) <= 0.0 => continue,
            Intent::Place => (place, score(scores, place).max(score(scores, topic))),
            Intent::Topic => (topic, score(scores, place) + score(scores, topic)),
        };
        if evidence > 0.0 {
            let entry = raised.entry(side.clone()).or_default();
            *entry = entry.max(evidence);
        }
    }
    for (destination, value) in scores.iter() {
        if *value > 0.0 && answers(destination) == Some(intent) {
            let entry = raised.entry(destination.clone()).or_default();
            *entry = entry.max(*value);
        }
    }
    for (destination, evidence) in raised {
        // At most doubled: a cue tips what the words found, it does not stand in for them.
        scores.insert(destination, evidence + CUE.min(evidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str) -> Destination {
        Destination::parse(name).unwrap()
    }

    fn twins() -> Vec<(Destination, Destination)> {
        TWINS
            .iter()
            .map(|(place, slug)| (place.clone(), parse(&format!("topic:{slug}"))))
            .collect()
    }

    fn best(scores: &BTreeMap<Destination, f32>) -> String {
        scores
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(d, _)| d.to_string())
            .unwrap()
    }

    #[test]
    fn the_heavier_side_of_the_cues_decides_and_a_draw_decides_nothing() {
        assert_eq!(decide(1.0, 0.0), Some(Intent::Place));
        assert_eq!(decide(1.0, 1.5), Some(Intent::Topic));
        assert_eq!(decide(1.0, 1.0), None);
        assert_eq!(decide(0.0, 0.0), None);
    }

    #[test]
    fn a_twin_takes_the_pairs_evidence_on_the_side_the_cues_ask_for() {
        // "What can my consulate do?": only the consulate's words were found.
        let mut scores = BTreeMap::from([(parse("consulate"), 1.0)]);
        lean(Intent::Topic, &twins(), &mut scores);
        assert_eq!(best(&scores), "topic:consulates");
        assert_eq!(scores[&parse("topic:consulates")], 1.0 + CUE);
        // "What can the embassy do if immigration detains me?": the consulate named, a word
        // of its page, and the rights page's word for detention; both sides of the pair count.
        let mut scores = BTreeMap::from([
            (parse("consulate"), 1.0),
            (parse("topic:consulates"), 0.4),
            (parse("topic:rights"), 1.2),
        ]);
        lean(Intent::Topic, &twins(), &mut scores);
        assert_eq!(best(&scores), "topic:consulates");
        assert!((scores[&parse("topic:consulates")] - (1.4 + CUE)).abs() < 1e-6);
        // "Address of the consulate?": a word both share, and the page's words, found.
        let mut scores =
            BTreeMap::from([(parse("consulate"), 0.5), (parse("topic:consulates"), 1.5)]);
        lean(Intent::Place, &twins(), &mut scores);
        assert_eq!(best(&scores), "consulate");
    }

    #[test]
    fn a_place_must_be_named_to_take_its_pages_evidence() {
        // "Where is a shelter for migrants?": "migrants" found the rights page, not the police.
        let mut scores =
            BTreeMap::from([(parse("place:shelter"), 1.0), (parse("topic:rights"), 1.0)]);
        lean(Intent::Place, &twins(), &mut scores);
        assert_eq!(best(&scores), "place:shelter");
        assert!(!scores.contains_key(&parse("police")));
        // Named, even at half weight, the police takes the page's evidence.
        let mut scores = BTreeMap::from([(parse("police"), 0.5), (parse("topic:rights"), 1.5)]);
        lean(Intent::Place, &twins(), &mut scores);
        assert_eq!(best(&scores), "police");
        assert_eq!(scores[&parse("police")], 1.5 + CUE);
    }

    #[test]
    fn cues_tip_a_balance_but_do_not_make_one() {
        let mut scores = BTreeMap::from([
            (parse("place:shelter"), 1.0),
            (parse("topic:rights"), 1.0),
            (parse("interpreter"), 0.5),
        ]);
        lean(Intent::Place, &twins(), &mut scores);
        assert_eq!(best(&scores), "place:shelter");
        // Nothing new is offered, and what answers neither is left alone.
        assert!(!scores.contains_key(&parse("place:food")));
        assert_eq!(scores[&parse("interpreter")], 0.5);
        // A page the topic search only brushed is not lifted past a named destination
        // that the cues do not fit.
        let mut scores = BTreeMap::from([
            (parse("interpreter"), 1.0),
            (parse("topic:trafficking"), 0.3),
        ]);
        lean(Intent::Topic, &twins(), &mut scores);
        assert_eq!(best(&scores), "interpreter");
        assert!((scores[&parse("topic:trafficking")] - 0.6).abs() < 1e-6);
        // A subject found twice still outweighs how it is asked.
        let mut scores = BTreeMap::from([(parse("place:food"), 1.0), (parse("topic:asylum"), 2.0)]);
        lean(Intent::Place, &twins(), &mut scores);
        assert_eq!(best(&scores), "topic:asylum");
    }
}
