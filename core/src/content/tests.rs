use std::path::Path;

use super::*;
use crate::country::CountryCode;

fn shipped() -> ContentPack {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let (pack, diagnostics) = ContentPack::scan(&dir);
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    pack
}

#[test]
fn topics_are_in_their_order() {
    let pack = shipped();
    let orders: Vec<_> = pack.topics().iter().map(|t| t.order).collect();
    let mut sorted = orders.clone();
    sorted.sort();
    assert_eq!(orders, sorted);
    assert!(pack.topic("asylum").is_some());
    assert!(pack.topic("../etc").is_none());
}

#[test]
fn text_falls_back_along_the_chain_and_says_so() {
    let pack = shipped();
    let mut topic = pack.topic("asylum").expect("asylum").clone();
    let english_title = topic.texts[&Locale::En].title.clone();
    let french = topic.texts.get(&Locale::Fr).cloned();
    // Without Creole, Creole readers get French if there is French, else English.
    topic.texts.remove(&Locale::Ht);
    let shown = topic.text(Locale::Ht).expect("some text");
    assert!(shown.fell_back());
    assert_eq!(shown.requested, Locale::Ht);
    match french {
        Some(_) => assert_eq!(shown.locale, Locale::Fr),
        None => assert_eq!(shown.value.title, english_title),
    }
    topic.texts.remove(&Locale::Fr);
    let shown = topic.text(Locale::Ht).expect("english");
    assert_eq!(
        (shown.locale, shown.value.title.as_str()),
        (Locale::En, english_title.as_str())
    );
    let own = topic.text(Locale::En).expect("english");
    assert!(!own.fell_back());
}

#[test]
fn rendered_html_is_sanitised_for_every_page() {
    let pack = shipped();
    for topic in pack.topics() {
        for (locale, text) in &topic.texts {
            assert!(!text.html.contains("<script"), "{}/{locale}", topic.slug);
            assert!(
                !text.html.contains("javascript:"),
                "{}/{locale}",
                topic.slug
            );
            assert!(
                !text.sections.is_empty(),
                "{}/{locale} has no sections",
                topic.slug
            );
        }
    }
}

#[test]
fn directory_lookups() {
    let pack = shipped();
    let directory = pack.directory();
    let haiti = CountryCode::parse("HT").unwrap();
    let consulates: Vec<_> = directory.representing(haiti).collect();
    assert!(!consulates.is_empty());
    assert!(
        consulates
            .iter()
            .all(|e| e.kind.is_consular() && e.represents == Some(haiti))
    );

    let tapachula = GeoPoint::new(14.9057, -92.2636).unwrap();
    let near = directory.nearest(tapachula, &DirectoryFilter::default());
    let rank = |(entry, km): &(&DirectoryEntry, f64)| {
        (
            entry.demo || *km > super::directory::REAL_FIRST_WITHIN_KM,
            *km,
        )
    };
    assert!(
        near.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "real places within reach first, then by distance"
    );
    assert!(!near[0].0.demo, "a real place first: {:?}", near[0].0.id);
    assert!(
        near[0].1 < 20.0,
        "something within 20 km of Tapachula: {:?}",
        near[0]
    );

    let filter = DirectoryFilter {
        kind: Some(EntryKind::Shelter),
        ..Default::default()
    };
    assert!(
        directory
            .filter(&filter)
            .all(|e| e.kind == EntryKind::Shelter)
    );
}

#[test]
fn demo_entries_never_carry_a_real_looking_phone() {
    let pack = shipped();
    for entry in pack.directory().entries().iter().filter(|e| e.demo) {
        assert!(
            entry.phones.iter().all(|p| p.is_obvious_placeholder()),
            "{}",
            entry.id
        );
    }
}
