//! The routing vocabulary: for each locale, the words and phrases that send a typed message to
//! a destination, read from `translations/<locale>/routing.toml` so that translators extend it
//! without touching Rust:
//!
//! ```toml
//! [destinations]
//! "place:shelter" = ["dormir", "albergue", "donde duermo", "dorm*"]
//! ```
//!
//! Terms are matched on folded words (case, accents and each script's interchangeable letters
//! do not matter, see `dialog::spelling`); a phrase's words must follow one another; a final
//! `*` matches any word that begins so; Chinese terms are matched as substrings.
//!
//! Two more tables, both optional, say how the locale asks and how its words bend:
//!
//! ```toml
//! [cues]      # words that ask for a place, or for what to know (see `routing::intent`)
//! place = ["donde", "direccion", "telefono"]
//! topic = ["que puede", "como", "es legal"]
//!
//! [affixes]   # what is taken off a word before it is compared (see `routing::stemming`)
//! prefixes = ["ال", "و"]
//! suffixes = ["ها"]
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Destination;
use crate::locale::Locale;

pub const FILE_NAME: &str = "routing.toml";

/// One term of one destination, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub destination: Destination,
    pub term: String,
}

/// What a message asks for, as its cue words tell: a place to go to, or something to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intent {
    Place,
    Topic,
}

/// One cue word or phrase, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub intent: Intent,
    pub term: String,
}

/// The beginnings and endings a locale's words take that do not change what they name
/// (articles, prepositions and case endings written as part of the word).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Affixes {
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
}

/// One locale's file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleVocabulary {
    pub entries: Vec<Entry>,
    pub cues: Vec<Cue>,
    pub affixes: Affixes,
}

/// Every locale's vocabulary. A locale without a file routes by topic search alone.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    by_locale: HashMap<Locale, LocaleVocabulary>,
}

#[derive(Debug, thiserror::Error)]
pub enum VocabularyError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Syntax { path: PathBuf, message: String },
    #[error("{path}: unknown destination {name:?} (see tests/routing/README.md for the names)")]
    UnknownDestination { path: PathBuf, name: String },
    #[error("{path}: an empty term under {destination}")]
    EmptyTerm { path: PathBuf, destination: String },
    #[error("{path}: an empty word in [{table}]")]
    EmptyWord { path: PathBuf, table: &'static str },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    destinations: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    cues: RawCues,
    #[serde(default)]
    affixes: RawAffixes,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    topic: Vec<String>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAffixes {
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    suffixes: Vec<String>,
}

impl Vocabulary {
    /// Reads `dir/<locale>/routing.toml` for every locale that has one.
    pub fn load(dir: &Path) -> Result<Vocabulary, VocabularyError> {
        let mut by_locale = HashMap::new();
        for locale in Locale::ALL {
            let path = dir.join(locale.tag()).join(FILE_NAME);
            let source = match std::fs::read_to_string(&path) {
                Ok(source) => source,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => return Err(VocabularyError::Io { path, source }),
            };
            by_locale.insert(locale, parse(&path, &source)?);
        }
        Ok(Vocabulary { by_locale })
    }

    /// A vocabulary from entries given in code, for tests and benchmarks of the router.
    pub fn from_entries(entries: impl IntoIterator<Item = (Locale, Entry)>) -> Vocabulary {
        let mut by_locale: HashMap<Locale, LocaleVocabulary> = HashMap::new();
        for (locale, entry) in entries {
            by_locale.entry(locale).or_default().entries.push(entry);
        }
        Vocabulary { by_locale }
    }

    /// A vocabulary of whole locale files given in code, for tests of the router.
    pub fn from_locales(
        locales: impl IntoIterator<Item = (Locale, LocaleVocabulary)>,
    ) -> Vocabulary {
        Vocabulary {
            by_locale: locales.into_iter().collect(),
        }
    }

    /// Keeps only the entries `keep` accepts (cues and affixes stay): the benchmark leaves
    /// part of the vocabulary out to see how the router does on words it does not list.
    pub fn retain(&mut self, mut keep: impl FnMut(Locale, &Entry) -> bool) {
        for (locale, vocabulary) in &mut self.by_locale {
            vocabulary.entries.retain(|entry| keep(*locale, entry));
        }
    }

    pub fn entries(&self, locale: Locale) -> &[Entry] {
        self.by_locale
            .get(&locale)
            .map_or(&[], |vocabulary| vocabulary.entries.as_slice())
    }

    pub fn cues(&self, locale: Locale) -> &[Cue] {
        self.by_locale
            .get(&locale)
            .map_or(&[], |vocabulary| vocabulary.cues.as_slice())
    }

    pub fn affixes(&self, locale: Locale) -> Option<&Affixes> {
        self.by_locale
            .get(&locale)
            .map(|vocabulary| &vocabulary.affixes)
    }
}

/// Parses one locale's file; `path` only names it in errors.
pub fn parse(path: &Path, source: &str) -> Result<LocaleVocabulary, VocabularyError> {
    let raw: RawFile = toml::from_str(source).map_err(|error| VocabularyError::Syntax {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    let mut entries = Vec::new();
    for (name, terms) in raw.destinations {
        let destination =
            Destination::parse(&name).ok_or_else(|| VocabularyError::UnknownDestination {
                path: path.to_owned(),
                name: name.clone(),
            })?;
        for term in terms {
            let term = term.trim();
            if term.trim_end_matches('*').trim().is_empty() {
                return Err(VocabularyError::EmptyTerm {
                    path: path.to_owned(),
                    destination: name.clone(),
                });
            }
            entries.push(Entry {
                destination: destination.clone(),
                term: term.to_owned(),
            });
        }
    }
    let mut cues = Vec::new();
    for (intent, terms) in [
        (Intent::Place, raw.cues.place),
        (Intent::Topic, raw.cues.topic),
    ] {
        for term in words(path, "cues", terms)? {
            cues.push(Cue { intent, term });
        }
    }
    let affixes = Affixes {
        prefixes: words(path, "affixes", raw.affixes.prefixes)?,
        suffixes: words(path, "affixes", raw.affixes.suffixes)?,
    };
    Ok(LocaleVocabulary {
        entries,
        cues,
        affixes,
    })
}

/// The words of a table, trimmed; an empty one is a mistake.
fn words(
    path: &Path,
    table: &'static str,
    words: Vec<String>,
) -> Result<Vec<String>, VocabularyError> {
    words
        .into_iter()
        .map(|word| {
            let word = word.trim();
            if word.trim_end_matches('*').trim().is_empty() {
                Err(VocabularyError::EmptyWord {
                    path: path.to_owned(),
                    table,
                })
            } else {
                Ok(word.to_owned())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(source: &str) -> Result<Vec<Entry>, VocabularyError> {
        parse(Path::new("routing.toml"), source).map(|vocabulary| vocabulary.entries)
    }

    #[test]
    fn terms_are_read_under_their_destination() {
        let entries = parse_str(
            "[destinations]\n\"place:shelter\" = [\"albergue\", \" dorm* \"]\n\"topic:asylum\" = [\"asilo\"]\n",
        )
        .unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].term, "albergue");
        assert_eq!(entries[1].term, "dorm*");
        assert_eq!(entries[2].destination.to_string(), "topic:asylum");
    }

    #[test]
    fn mistakes_are_errors_that_name_the_file() {
        let unknown = parse_str("[destinations]\n\"place:hotel\" = [\"hotel\"]\n").unwrap_err();
        assert!(unknown.to_string().contains("place:hotel"), "{unknown}");
        let empty = parse_str("[destinations]\n\"police\" = [\" *\"]\n").unwrap_err();
        assert!(
            matches!(empty, VocabularyError::EmptyTerm { .. }),
            "{empty}"
        );
        let syntax = parse_str("[destinations]\n\"police\" = \"policia\"\n").unwrap_err();
        assert!(syntax.to_string().starts_with("routing.toml: "), "{syntax}");
        let stray = parse_str("[words]\n").unwrap_err();
        assert!(matches!(stray, VocabularyError::Syntax { .. }), "{stray}");
    }

    #[test]
    fn cues_and_affixes_are_read_and_checked() {
        let vocabulary = parse(
            Path::new("routing.toml"),
            "[cues]\nplace = [\"donde\", \" direccion \"]\ntopic = [\"que puede\"]\n\
             [affixes]\nprefixes = [\"al\"]\nsuffixes = [\"ka\"]\n",
        )
        .unwrap();
        assert_eq!(
            vocabulary.cues,
            [
                Cue {
                    intent: Intent::Place,
                    term: "donde".into()
                },
                Cue {
                    intent: Intent::Place,
                    term: "direccion".into()
                },
                Cue {
                    intent: Intent::Topic,
                    term: "que puede".into()
                },
            ]
        );
        assert_eq!(vocabulary.affixes.prefixes, ["al"]);
        assert_eq!(vocabulary.affixes.suffixes, ["ka"]);
        let empty = parse_str("[cues]\nplace = [\" \"]\n").unwrap_err();
        assert!(
            matches!(empty, VocabularyError::EmptyWord { .. }),
            "{empty}"
        );
        let stray = parse_str("[cues]\nwhere = [\"donde\"]\n").unwrap_err();
        assert!(matches!(stray, VocabularyError::Syntax { .. }), "{stray}");
        let stray = parse_str("[affixes]\ninfixes = [\"x\"]\n").unwrap_err();
        assert!(matches!(stray, VocabularyError::Syntax { .. }), "{stray}");
    }

    #[test]
    fn retain_leaves_out_entries_and_keeps_cues() {
        let file = parse(
            Path::new("routing.toml"),
            "[destinations]\npolice = [\"policia\", \"patrulla\"]\n[cues]\nplace = [\"donde\"]\n",
        )
        .unwrap();
        let mut vocabulary = Vocabulary::from_locales([(Locale::Es, file)]);
        vocabulary.retain(|_, entry| entry.term != "patrulla");
        let terms: Vec<&str> = vocabulary
            .entries(Locale::Es)
            .iter()
            .map(|entry| entry.term.as_str())
            .collect();
        assert_eq!(terms, ["policia"]);
        assert_eq!(vocabulary.cues(Locale::Es).len(), 1);
    }

    #[test]
    fn the_shipped_files_load() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations");
        let vocabulary = Vocabulary::load(&dir).unwrap();
        for locale in Locale::ALL {
            let entries = vocabulary.entries(locale);
            if dir.join(locale.tag()).join(FILE_NAME).exists() {
                assert!(
                    entries.len() >= 100,
                    "{}: {} terms",
                    locale.tag(),
                    entries.len()
                );
            }
        }
    }
}
