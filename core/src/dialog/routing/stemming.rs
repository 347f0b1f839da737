//! Light stemming from data: the prefixes and suffixes a locale writes as part of a word
//! without changing what it names (`[affixes]` in `routing.toml`): the Arabic article and
//! conjunction (البوليس, والشرطة), Amharic and Tigrinya prepositions (ለፖሊስ, ናብ ሆስፒታል),
//! Nepali and Bengali postpositions (एम्बेसीलाई, এম্বাসিতে). One prefix and one suffix
//! come off, the longest that leaves a stem long enough to mean something.

use super::vocabulary::Affixes;
use crate::dialog::search::{fold_word, is_ethiopic};

pub(super) struct Stemmer {
    /// Folded, longest first, so that "بال" is tried before "ب".
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl Stemmer {
    pub fn new(affixes: Option<&Affixes>) -> Stemmer {
        let folded = |list: &[String]| {
            let mut list: Vec<String> = list
                .iter()
                .map(|affix| fold_word(affix))
                .filter(|affix| !affix.is_empty())
                .collect();
            list.sort_by_key(|affix| std::cmp::Reverse(affix.chars().count()));
            list
        };
        Stemmer {
            prefixes: affixes.map_or_else(Vec::new, |a| folded(&a.prefixes)),
            suffixes: affixes.map_or_else(Vec::new, |a| folded(&a.suffixes)),
        }
    }

    /// `word` (already folded) without one prefix and one suffix.
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        let word = strip(word, &self.prefixes, |word, affix| word.strip_prefix(affix));
        strip(word, &self.suffixes, |word, affix| word.strip_suffix(affix))
    }
}

fn strip<'a>(
    word: &'a str,
    affixes: &[String],
    take: impl Fn(&'a str, &str) -> Option<&'a str>,
) -> &'a str {
    affixes
        .iter()
        .filter_map(|affix| take(word, affix))
        .find(|rest| long_enough(rest))
        .unwrap_or(word)
}

/// A stem of three letters, or two syllables in Ge'ez, which writes a syllable per character.
fn long_enough(stem: &str) -> bool {
    let min = if stem.chars().any(is_ethiopic) { 2 } else { 3 };
    stem.chars().count() >= min
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmer(prefixes: &[&str], suffixes: &[&str]) -> Stemmer {
        Stemmer::new(Some(&Affixes {
            prefixes: prefixes.iter().map(|a| (*a).to_owned()).collect(),
            suffixes: suffixes.iter().map(|a| (*a).to_owned()).collect(),
        }))
    }

    #[test]
    fn the_longest_prefix_and_suffix_come_off() {
        let arabic = stemmer(&["ال", "بال", "وال", "و", "ب"], &["ها"]);
        assert_eq!(arabic.stem(&fold_word("بالبوليس")), fold_word("بوليس"));
        assert_eq!(arabic.stem(&fold_word("والشرطة")), fold_word("شرطة"));
        // One prefix only: "و" then "ال" would need "وال" in the list.
        let short = stemmer(&["ال", "و"], &[]);
        assert_eq!(short.stem(&fold_word("والشرطة")), fold_word("الشرطة"));
        let nepali = stemmer(&[], &["लाई", "को", "मा"]);
        assert_eq!(nepali.stem(&fold_word("एम्बेसीलाई")), fold_word("एम्बेसी"));
    }

    #[test]
    fn a_stem_too_short_to_mean_anything_is_left_whole() {
        let arabic = stemmer(&["ال"], &[]);
        // "الم" (pain) is not the article before "م".
        assert_eq!(arabic.stem("الم"), "الم");
        let tigrinya = stemmer(&["ን", "ናብ"], &[]);
        assert_eq!(tigrinya.stem("ንፖሊስ"), "ፖሊስ");
        assert_eq!(tigrinya.stem("ንሱ"), "ንሱ");
    }

    #[test]
    fn without_affixes_words_stay_as_they_are() {
        assert_eq!(Stemmer::new(None).stem("booliska"), "booliska");
    }
}
