//! Free-text routing measured on the independent questions in `tests/routing/questions/`
//! (written before the vocabulary existed, by people who had not seen it): how often the first
//! thing the bot offers is what the question asks for, per locale and per destination.
//!
//! `cargo bench -p faro-core --bench routing` (add `-- --misses` to list every miss, and
//! `-- --questions DIR` to measure another set, such as the held-out `tests/routing/holdout`;
//! a relative DIR is taken from the repository's root).
//!
//! `-- --drop 0.3` also measures the router with that share of each locale's vocabulary left
//! out (five different draws, averaged): the questions' words are then often words the
//! vocabulary does not list, as an unseen message's are, so the figure shows what the cues,
//! the topic search and the weighing do on their own. It studies no question, so a change that
//! raises it is a change in how the router copes, not in what it knows.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a benchmark over fixed files"
)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
    let value = |name: &str| {
        args.iter().position(|arg| arg == name).map(|at| {
            args.get(at + 1)
                .unwrap_or_else(|| panic!("{name} needs a value"))
        })
    };
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let questions_dir = value("--questions")
        .map_or_else(|| PathBuf::from("tests/routing/questions"), PathBuf::from);
    let drop: Option<f64> = value("--drop").map(|share| share.parse().expect("--drop 0.3"));
    let (content, _) = ContentPack::load(&repo.join("content")).expect("content");
    let content = Arc::new(content);
    let translations =
        Arc::new(Translations::load(&repo.join("translations")).expect("translations"));
    let vocabulary = Vocabulary::load(&repo.join("translations")).expect("vocabulary");
    let questions = load_questions(&repo.join(&questions_dir));
    let context = |vocabulary: &Vocabulary| {
        let limits = ChannelLimits {
            message_len: 4096,
            measure: |text| text.plain().chars().count(),
            label_chars: 64,
            action_bytes: 64,
            buttons_per_row: 8,
            buttons_per_message: 100,
        };
        Context::new(
            content.clone(),
            translations.clone(),
            Arc::new(LanguageDetector::new()),
            vocabulary,
            Settings::default(),
            limits,
        )
    };

    let report = measure(&context(&vocabulary), &questions);
    println!(
        "routing: first offer right, on {} ({} questions)",
        questions_dir.display(),
        report.overall.total
    );
    report.print(show_misses);

    if let Some(share) = drop {
        let draws = 5;
        let mut overall = 0.0;
        let mut by_locale: BTreeMap<&str, f64> = BTreeMap::new();
        let mut by_destination: BTreeMap<String, f64> = BTreeMap::new();
        for seed in 1..=draws {
            let mut partial = vocabulary.clone();
            partial.retain(|locale, entry| {
                let key = format!(
                    "{seed} {} {} {}",
                    locale.tag(),
                    entry.destination,
                    entry.term
                );
                (fnv(&key) % 10_000) as f64 >= share * 10_000.0
            });
            let report = measure(&context(&partial), &questions);
            overall += report.overall.percent() / f64::from(draws);
            for (tag, tally) in &report.by_locale {
                *by_locale.entry(tag).or_default() += tally.percent() / f64::from(draws);
            }
            for (destination, tally) in &report.by_destination {
                *by_destination.entry(destination.clone()).or_default() +=
                    tally.percent() / f64::from(draws);
            }
        }
        println!(
            "\nwith {:.0} % of each locale's vocabulary left out ({draws} draws, mean): first offer right {overall:.1} %",
            share * 100.0
        );
        println!("\n| locale | % |\n|---|---|");
        for (tag, percent) in &by_locale {
            println!("| {tag} | {percent:.0} |");
        }
        println!("\n| destination | % |\n|---|---|");
        for (destination, percent) in &by_destination {
            println!("| {destination} | {percent:.0} |");
        }
    }
}

/// Each locale's questions, in the order of `Locale::ALL`.
fn load_questions(dir: &Path) -> Vec<(Locale, Vec<Question>)> {
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let path = dir.join(format!("{}.toml", locale.tag()));
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            let file: File = toml::from_str(&source).expect("questions parse");
            (locale, file.question)
        })
        .collect()
}

#[derive(Default)]
struct Report {
    overall: Tally,
    in_top3: Tally,
    by_locale: BTreeMap<&'static str, Tally>,
    by_destination: BTreeMap<String, Tally>,
    misses: Vec<String>,
}

fn measure(context: &Context, questions: &[(Locale, Vec<Question>)]) -> Report {
    let mut report = Report::default();
    for (locale, questions) in questions {
        for question in questions {
            let offered = context.route(*locale, &question.text, 3);
            let first = offered.first().map(ToString::to_string);
            let right = first.as_deref() == Some(question.expect.as_str());
            report.overall.add(right);
            report.by_locale.entry(locale.tag()).or_default().add(right);
            report
                .by_destination
                .entry(question.expect.clone())
                .or_default()
                .add(right);
            report
                .in_top3
                .add(offered.iter().any(|d| d.to_string() == question.expect));
            if !right {
                report.misses.push(format!(
                    "{}\t{}\t{}\t{}",
                    locale.tag(),
                    question.expect,
                    first.unwrap_or_else(|| "(nothing)".into()),
                    question.text
                ));
            }
        }
    }
    report
}

impl Report {
    fn print(&self, show_misses: bool) {
        println!(
            "overall: {:.1} % ({}/{}); right among the three offered: {:.1} %",
            self.overall.percent(),
            self.overall.right,
            self.overall.total,
            self.in_top3.percent()
        );
        println!("\n| locale | right | of | % |\n|---|---|---|---|");
        for (tag, tally) in &self.by_locale {
            println!(
                "| {tag} | {} | {} | {:.0} |",
                tally.right,
                tally.total,
                tally.percent()
            );
        }
        println!("\n| destination | right | of | % |\n|---|---|---|---|");
        for (destination, tally) in &self.by_destination {
            println!(
                "| {destination} | {} | {} | {:.0} |",
                tally.right,
                tally.total,
                tally.percent()
            );
        }
        if show_misses {
            println!("\nmisses (locale, expected, first offered, question):");
            for miss in &self.misses {
                println!("{miss}");
            }
        }
    }
}

/// FNV-1a: a stable hash, so that a draw leaves out the same terms on every run.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
