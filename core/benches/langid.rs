//! Language detection: accuracy per locale on the held-out sets — the project's own messages in
//! `tests/langid/` and the independent text in `tests/langid-independent/` (news, interface
//! strings) — for Faro's detector and for whatlang alone, the confusion between close
//! neighbours, then the time per message.
//!
//! cargo bench -p faro-core --bench langid
//!
//! The accuracy tables print first (they do not depend on the machine); criterion then times
//! `detect` on 20- and 40-character snippets and on whole messages of the own set, whatlang on
//! the same 40-character snippets, and building the detector.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops at its first failure"
)]

#[path = "../tests/langid_eval/mod.rs"]
mod langid_eval;

use std::hint::black_box;
use std::time::Instant;

use criterion::Criterion;
use faro_core::Locale;
use faro_core::langid::LanguageDetector;
use langid_eval::{
    CLOSE_GROUPS, Set, Tally, confusion_table, messages, messages_in, snippets, tally,
};

/// whatlang's answer in Faro's terms: the twelve of the sixteen it knows, else nothing.
fn whatlang_locale(text: &str) -> Option<Locale> {
    use whatlang::Lang;
    match whatlang::detect(text)?.lang() {
        Lang::Eng => Some(Locale::En),
        Lang::Spa => Some(Locale::Es),
        Lang::Fra => Some(Locale::Fr),
        Lang::Por => Some(Locale::Pt),
        Lang::Pes => Some(Locale::Fa),
        Lang::Ara => Some(Locale::Ar),
        Lang::Urd => Some(Locale::Ur),
        Lang::Hin => Some(Locale::Hi),
        Lang::Ben => Some(Locale::Bn),
        Lang::Nep => Some(Locale::Ne),
        Lang::Cmn => Some(Locale::ZhHans),
        Lang::Amh => Some(Locale::Am),
        _ => None,
    }
}

struct Texts {
    locale: Locale,
    twenty: Vec<String>,
    forty: Vec<String>,
    whole: Vec<String>,
}

fn held_out(set: Set) -> Vec<Texts> {
    Locale::ALL
        .iter()
        .filter(|&&locale| set.has(locale))
        .map(|&locale| {
            let whole = messages_in(set, locale.tag());
            Texts {
                locale,
                twenty: snippets(&whole, 20),
                forty: snippets(&whole, 40),
                whole,
            }
        })
        .collect()
}

fn percent(tally: Tally) -> String {
    format!("{:.1}", 100.0 * tally.rate())
}

fn accuracy(detector: &LanguageDetector, set: Set, texts: &[Texts]) {
    let faro = |text: &str| detector.detect(text).locale;
    println!(
        "Accuracy on {} (% right; unknown counts as wrong)\n",
        set.name()
    );
    println!(
        "| locale | snippets 20/40/whole | Faro 20 | Faro 40 | Faro whole | whatlang 20 | whatlang 40 | whatlang whole |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut totals = [Tally::default(); 6];
    for t in texts {
        let row = [
            tally(&t.twenty, t.locale, faro),
            tally(&t.forty, t.locale, faro),
            tally(&t.whole, t.locale, faro),
            tally(&t.twenty, t.locale, whatlang_locale),
            tally(&t.forty, t.locale, whatlang_locale),
            tally(&t.whole, t.locale, whatlang_locale),
        ];
        for (total, cell) in totals.iter_mut().zip(row) {
            total.add(cell);
        }
        let cells: Vec<String> = row.into_iter().map(percent).collect();
        println!(
            "| {} | {}/{}/{} | {} |",
            t.locale,
            t.twenty.len(),
            t.forty.len(),
            t.whole.len(),
            cells.join(" | ")
        );
    }
    let cells: Vec<String> = totals.into_iter().map(percent).collect();
    println!("| **all** | | {} |\n", cells.join(" | "));
}

fn close_neighbours(detector: &LanguageDetector) {
    let faro = |text: &str| detector.detect(text).locale;
    println!("Close neighbours: how Faro labelled 20-character snippets\n");
    for group in CLOSE_GROUPS {
        for set in Set::ALL {
            let table = confusion_table(set, group, 20, faro);
            if !table.is_empty() {
                println!("{table}");
            }
        }
    }
}

fn unknown(detector: &LanguageDetector) {
    let faro = |text: &str| detector.detect(text).locale;
    let others = messages("unknown");
    let rejected = |detect: &dyn Fn(&str) -> Option<Locale>| {
        others.iter().filter(|text| detect(text).is_none()).count()
    };
    println!(
        "\nunknown.txt (none of the sixteen): Faro says unknown for {}/{}, whatlang for {}/{}\n",
        rejected(&faro),
        others.len(),
        rejected(&whatlang_locale),
        others.len()
    );
}

/// Nanoseconds this thread has spent on a CPU (Linux); unlike wall time it does not grow
/// while other processes have the machine.
fn cpu_nanos() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Per message, over `passes` passes through `set`: the best pass's wall time (on a shared
/// machine the least disturbed one) and the mean CPU time.
fn per_message(set: &[String], passes: usize, detect: impl Fn(&str)) -> (f64, Option<f64>) {
    let cpu_start = cpu_nanos();
    let best_wall = (0..passes)
        .map(|_| {
            let started = Instant::now();
            set.iter().for_each(|text| detect(black_box(text)));
            started.elapsed().as_secs_f64() * 1e6 / set.len() as f64
        })
        .fold(f64::INFINITY, f64::min);
    let runs = (passes * set.len()) as f64;
    let cpu = cpu_start
        .zip(cpu_nanos())
        .map(|(start, end)| (end - start) as f64 / 1e3 / runs);
    (best_wall, cpu)
}

fn quick_timing(detector: &LanguageDetector, texts: &[Texts]) {
    println!(
        "Time per message in µs: wall time of the best of 20 passes over all snippets / mean CPU time\n"
    );
    println!("| input | Faro | whatlang |");
    println!("|---|---|---|");
    let show = |(wall, cpu): (f64, Option<f64>)| match cpu {
        Some(cpu) => format!("{wall:.2} / {cpu:.2}"),
        None => format!("{wall:.2}"),
    };
    for (name, pick) in [
        (
            "20 characters",
            (|t: &Texts| &t.twenty) as fn(&Texts) -> &Vec<String>,
        ),
        ("40 characters", |t: &Texts| &t.forty),
        ("whole messages", |t: &Texts| &t.whole),
    ] {
        let set: Vec<String> = texts.iter().flat_map(|t| pick(t).iter().cloned()).collect();
        let faro = per_message(&set, 20, |text| {
            black_box(detector.detect(text));
        });
        let whatlang = per_message(&set, 20, |text| {
            black_box(whatlang::detect(text));
        });
        println!("| {name} | {} | {} |", show(faro), show(whatlang));
    }
    println!();
}

fn timing(criterion: &mut Criterion, detector: &LanguageDetector, texts: &[Texts]) {
    let all = |pick: fn(&Texts) -> &Vec<String>| -> Vec<String> {
        texts.iter().flat_map(|t| pick(t).iter().cloned()).collect()
    };
    let twenty = all(|t| &t.twenty);
    let forty = all(|t| &t.forty);
    let whole = all(|t| &t.whole);

    let mut group = criterion.benchmark_group("langid");
    // One iteration is one message, cycling through every locale's snippets.
    for (name, set) in [
        ("faro 20 chars", &twenty),
        ("faro 40 chars", &forty),
        ("faro whole messages", &whole),
    ] {
        let mut next = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                next = (next + 1) % set.len();
                detector.detect(black_box(&set[next]))
            })
        });
    }
    let mut next = 0;
    group.bench_function("whatlang 40 chars", |b| {
        b.iter(|| {
            next = (next + 1) % forty.len();
            whatlang::detect(black_box(&forty[next]))
        })
    });
    group.finish();

    let mut group = criterion.benchmark_group("langid construction");
    group.sample_size(10);
    group.bench_function("LanguageDetector::new", |b| b.iter(LanguageDetector::new));
    group.finish();
}

fn main() {
    let started = Instant::now();
    let detector = LanguageDetector::new();
    println!(
        "Built the detector in {:?}: {detector:?}\n",
        started.elapsed()
    );
    for set in Set::ALL {
        accuracy(&detector, set, &held_out(set));
    }
    close_neighbours(&detector);
    unknown(&detector);
    let texts = held_out(Set::Own);
    quick_timing(&detector, &texts);

    let mut criterion = Criterion::default().configure_from_args();
    timing(&mut criterion, &detector, &texts);
    criterion.final_summary();
}
