//! The routing vocabulary: for each locale, the words and phrases that send a typed message to
//! a destination, read from `translations/<locale>/routing.toml` so that translators extend it
//! without touching Rust:
//!
//! ```toml
//! [destinations]
//! "place:shelter" = ["dormir", "albergue", "donde duermo", "dorm*"]
//! ```
//!
//! Terms are matched on folded words (case, accents and Arabic-script letter variants do not
//! matter); a phrase's words must follow one another; a final `*` matches any word that begins
//! so; Chinese terms are matched as substrings.

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

/// Every locale's entries. A locale without a file routes by topic search alone.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    by_locale: HashMap<Locale, Vec<Entry>>,
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    destinations: BTreeMap<String, Vec<String>>,
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
        let mut by_locale: HashMap<Locale, Vec<Entry>> = HashMap::new();
        for (locale, entry) in entries {
            by_locale.entry(locale).or_default().push(entry);
        }
        Vocabulary { by_locale }
    }

    pub fn entries(&self, locale: Locale) -> &[Entry] {
        self.by_locale.get(&locale).map_or(&[], Vec::as_slice)
    }
}

/// Parses one locale's file; `path` only names it in errors.
pub fn parse(path: &Path, source: &str) -> Result<Vec<Entry>, VocabularyError> {
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
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(source: &str) -> Result<Vec<Entry>, VocabularyError> {
        parse(Path::new("routing.toml"), source)
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
