//! The held-out messages in `tests/langid/`, cut into snippets and scored; shared by the
//! accuracy test and the benchmark so both measure the same thing.
//!
//! A snippet of N characters is a window of exactly N characters (not bytes) over a locale's
//! messages joined with single spaces, windows side by side and the last, shorter piece
//! dropped — the way CLD2's figures for 20- and 40-character snippets are measured.

#![allow(dead_code)]

use std::path::PathBuf;

use faro_core::Locale;

/// The held-out sets: the project's own messages (`tests/langid/`, written by the same hand as
/// the training text) and two sets from sources that share nothing with the training text
/// (`tests/langid-independent/`, see its SOURCES.md): news translated by professionals for all
/// sixteen locales (Haitian Creole from a treebank instead), and software strings translated by
/// Firefox's volunteer teams for the eleven locales that have them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Set {
    Own,
    Independent,
    IndependentUi,
}

impl Set {
    pub const ALL: [Set; 3] = [Set::Own, Set::Independent, Set::IndependentUi];

    pub fn dir(self) -> PathBuf {
        let folder = match self {
            Set::Own => "../tests/langid",
            Set::Independent => "../tests/langid-independent",
            Set::IndependentUi => "../tests/langid-independent/ui",
        };
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder)
    }

    pub fn name(self) -> &'static str {
        match self {
            Set::Own => "own (tests/langid)",
            Set::Independent => "independent (tests/langid-independent)",
            Set::IndependentUi => "independent UI strings (tests/langid-independent/ui)",
        }
    }

    /// A few words for table headers.
    pub fn short_name(self) -> &'static str {
        match self {
            Set::Own => "own",
            Set::Independent => "independent news",
            Set::IndependentUi => "independent UI",
        }
    }

    /// Whether the set has text for `locale`.
    pub fn has(self, locale: Locale) -> bool {
        self.dir().join(format!("{}.txt", locale.tag())).exists()
    }
}

pub fn held_out_dir() -> PathBuf {
    Set::Own.dir()
}

pub fn training_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/langid/train")
}

/// Every piece of training text of `locale`: the written sentences and, when there are some,
/// the packaged strings.
pub fn training_text(locale: Locale) -> String {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/langid");
    ["train", "packaged"]
        .iter()
        .map(|folder| data.join(folder).join(format!("{}.txt", locale.tag())))
        .filter(|path| path.exists())
        .map(|path| {
            std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The messages of `tests/langid/<name>.txt`: one a line, blank lines and `#` comments out.
pub fn messages(name: &str) -> Vec<String> {
    messages_in(Set::Own, name)
}

/// The messages of `<set>/<name>.txt`, read as [`messages`] reads them.
pub fn messages_in(set: Set, name: &str) -> Vec<String> {
    messages_at(&set.dir().join(format!("{name}.txt")))
}

/// The messages of the file at `path`, read as [`messages`] reads them.
pub fn messages_at(path: &std::path::Path) -> Vec<String> {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

pub fn snippets(messages: &[String], length: usize) -> Vec<String> {
    let chars: Vec<char> = messages.join(" ").chars().collect();
    chars
        .chunks_exact(length)
        .map(|chunk| chunk.iter().collect())
        .collect()
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    pub fn rate(self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.right as f64 / self.total as f64
    }

    pub fn add(&mut self, other: Tally) {
        self.right += other.right;
        self.total += other.total;
    }
}

pub fn tally(texts: &[String], expected: Locale, detect: impl Fn(&str) -> Option<Locale>) -> Tally {
    Tally {
        right: texts
            .iter()
            .filter(|text| detect(text) == Some(expected))
            .count(),
        total: texts.len(),
    }
}

/// Which locale each wrong answer went to, for a report.
pub fn confusions(
    texts: &[String],
    expected: Locale,
    detect: impl Fn(&str) -> Option<Locale>,
) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for text in texts {
        let got = detect(text);
        if got == Some(expected) {
            continue;
        }
        let name = got.map_or("unknown".to_owned(), |locale| locale.tag().to_owned());
        match counts.iter_mut().find(|(seen, _)| *seen == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    counts
}

/// The close neighbours whose confusion the benchmark reports.
pub const CLOSE_GROUPS: [&[&str]; 5] = [
    &["es", "pt"],
    &["hi", "ne"],
    &["fa", "ps", "ur"],
    &["am", "ti"],
    &["fr", "ht"],
];

/// A Markdown table of how `set`'s `length`-character snippets of each locale of `group` were
/// labelled: one row per true locale, one column per member of the group, then any other
/// locale and unknown, each cell a count. Locales the set has no text for are left out.
pub fn confusion_table(
    set: Set,
    group: &[&str],
    length: usize,
    detect: impl Fn(&str) -> Option<Locale>,
) -> String {
    let present = |tag: &&str| {
        Locale::ALL
            .into_iter()
            .any(|l| l.tag() == *tag && set.has(l))
    };
    if !group.iter().any(present) {
        return String::new();
    }
    let mut table = format!(
        "| {} snippets of {length} | {} | other | unknown |\n|---|{}---|---|\n",
        set.short_name(),
        group
            .iter()
            .map(|tag| format!("→ {tag}"))
            .collect::<Vec<_>>()
            .join(" | "),
        "---|".repeat(group.len())
    );
    for &tag in group {
        let Some(locale) = Locale::ALL.into_iter().find(|l| l.tag() == tag) else {
            continue;
        };
        if !set.has(locale) {
            continue;
        }
        let cut = snippets(&messages_in(set, tag), length);
        let mut counts = vec![0usize; group.len() + 2];
        for text in &cut {
            let column = match detect(text) {
                None => group.len() + 1,
                Some(got) => group
                    .iter()
                    .position(|&member| member == got.tag())
                    .unwrap_or(group.len()),
            };
            counts[column] += 1;
        }
        let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
        table.push_str(&format!(
            "| {tag} ({}) | {} |\n",
            cut.len(),
            cells.join(" | ")
        ));
    }
    table
}
