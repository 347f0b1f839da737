//! Free-text routing measured on the independent questions in `tests/routing/questions/`
//! (written before the vocabulary existed, by people who had not seen it): how often the first
//! thing the bot offers is what the question asks for, per locale and per destination.
//!
//! `cargo bench -p faro-core --bench routing` (add `-- --misses` to list every miss, and
//! `-- --questions DIR` to measure another set, such as the held-out `tests/routing/holdout`;
//! a relative DIR is taken from the repository's root).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a benchmark over fixed files"
)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use faro_core::channel::ChannelLimits;
use faro_core::content::ContentPack;
use faro_core::dialog::routing::Vocabulary;
use faro_core::dialog::{Context, Settings};
use faro_core::i18n::Translations;
use faro_core::langid::LanguageDetector;
use faro_core::locale::Locale;

#[derive(serde::Deserialize)]
struct File {
    question: Vec<Question>,
}

#[derive(serde::Deserialize)]
struct Question {
    text: String,
    expect: String,
}

#[derive(Default)]
struct Tally {
    right: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }

    fn percent(&self) -> f64 {
        100.0 * self.right as f64 / self.total.max(1) as f64
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show_misses = args.iter().any(|arg| arg == "--misses");
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let questions_dir = args
        .iter()
        .position(|arg| arg == "--questions")
        .map(|at| args.get(at + 1).expect("--questions needs a folder"))
        .map_or_else(|| PathBuf::from("tests/routing/questions"), PathBuf::from);
    let questions = repo.join(&questions_dir);
    let (content, _) = ContentPack::load(&repo.join("content")).expect("content");
    let translations = Translations::load(&repo.join("translations")).expect("translations");
    let vocabulary = Vocabulary::load(&repo.join("translations")).expect("vocabulary");
    let limits = ChannelLimits {
        message_len: 4096,
        measure: |text| text.plain().chars().count(),
        label_chars: 64,
        action_bytes: 64,
        buttons_per_row: 8,
        buttons_per_message: 100,
    };
    let context = Context::new(
        Arc::new(content),
        Arc::new(translations),
        Arc::new(LanguageDetector::new()),
        &vocabulary,
        Settings::default(),
        limits,
    );

    let mut overall = Tally::default();
    let mut by_locale: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_destination: BTreeMap<String, Tally> = BTreeMap::new();
    let mut in_top3 = Tally::default();
    let mut misses = Vec::new();
    for locale in Locale::ALL {
        let path = questions.join(format!("{}.toml", locale.tag()));
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let file: File = toml::from_str(&source).expect("questions parse");
        for question in file.question {
            let offered = context.route(locale, &question.text, 3);
            let first = offered.first().map(ToString::to_string);
            let right = first.as_deref() == Some(question.expect.as_str());
            overall.add(right);
            by_locale.entry(locale.tag()).or_default().add(right);
            by_destination
                .entry(question.expect.clone())
                .or_default()
                .add(right);
            in_top3.add(offered.iter().any(|d| d.to_string() == question.expect));
            if !right {
                misses.push(format!(
                    "{}\t{}\t{}\t{}",
                    locale.tag(),
                    question.expect,
                    first.unwrap_or_else(|| "(nothing)".into()),
                    question.text
                ));
            }
        }
    }

    println!(
        "routing: first offer right, on {} ({} questions)",
        questions_dir.display(),
        overall.total
    );
    println!(
        "overall: {:.1} % ({}/{}); right among the three offered: {:.1} %",
        overall.percent(),
        overall.right,
        overall.total,
        in_top3.percent()
    );
    println!("\n| locale | right | of | % |\n|---|---|---|---|");
    for (tag, tally) in &by_locale {
        println!(
            "| {tag} | {} | {} | {:.0} |",
            tally.right,
            tally.total,
            tally.percent()
        );
    }
    println!("\n| destination | right | of | % |\n|---|---|---|---|");
    for (destination, tally) in &by_destination {
        println!(
            "| {destination} | {} | {} | {:.0} |",
            tally.right,
            tally.total,
            tally.percent()
        );
    }
    if show_misses {
        println!("\nmisses (locale, expected, first offered, question):");
        for miss in misses {
            println!("{miss}");
        }
    }
}
