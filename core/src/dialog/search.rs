//! Free-text search over the topics in the reader's language: words of the title, summary and
//! body, matched whole or by a shared stem, weighted by where they occur and by how few topics
//! have them, so words every topic uses ("the", "que") find nothing on their own.

use std::collections::HashMap;

use super::spelling::fold;
use crate::content::ContentPack;
use crate::content::markdown::to_plain_text;
use crate::locale::Locale;
use crate::text_fold::fold_accents;

const TITLE: f32 = 3.0;
const SUMMARY: f32 = 2.0;
const BODY: f32 = 1.0;
/// What a message that is (most of) a topic's title adds to that topic's score.
const TITLE_MATCH: f32 = 6.0;
/// A word that shares a stem with the query's counts this much of an exact match.
const PARTIAL: f32 = 0.7;
/// A topic needs at least this score to be offered.
const MIN_SCORE: f32 = 0.9;

pub(crate) struct SearchIndex {
    by_locale: HashMap<Locale, Vec<Document>>,
}

struct Document {
    slug: String,
    /// Each distinct word with the weight of the most important field it occurs in.
    words: HashMap<String, f32>,
    /// The words of the title alone, to recognise a message that is the title.
    title: Vec<String>,
}

impl SearchIndex {
    pub fn build(content: &ContentPack) -> Self {
        let mut by_locale = HashMap::new();
        for locale in Locale::ALL {
            let documents = content
                .topics()
                .iter()
                .filter_map(|topic| {
                    let text = topic.text(locale)?;
                    let mut words = HashMap::new();
                    let fields = [
                        (to_plain_text(&text.value.markdown), BODY),
                        (text.value.summary.clone(), SUMMARY),
                        (text.value.title.clone(), TITLE),
                    ];
                    for (field, weight) in fields {
                        for word in tokens(&field) {
                            let entry = words.entry(word).or_insert(0.0_f32);
                            *entry = entry.max(weight);
                        }
                    }
                    Some(Document {
                        slug: topic.slug.as_str().to_owned(),
                        words,
                        title: tokens(&text.value.title),
                    })
                })
                .collect();
            by_locale.insert(locale, documents);
        }
        SearchIndex { by_locale }
    }

    /// The topic whose whole title `query` is (give or take one word): someone who types a
    /// page's title asks for that page.
    pub fn title_match(&self, locale: Locale, query: &str) -> Option<&str> {
        let terms = tokens(query);
        self.by_locale
            .get(&locale)?
            .iter()
            .find(|doc| {
                !doc.title.is_empty()
                    && terms.len() <= doc.title.len() + 1
                    && doc.title.iter().all(|word| terms.contains(word))
            })
            .map(|doc| doc.slug.as_str())
    }

    /// Every topic that fits `query`, with its score, best first.
    pub fn scored(&self, locale: Locale, query: &str) -> Vec<(&str, f32)> {
        let Some(documents) = self.by_locale.get(&locale) else {
            return Vec::new();
        };
        let mut terms = tokens(query);
        terms.sort();
        terms.dedup();
        let total = documents.len() as f32;
        let mut scores = vec![0.0_f32; documents.len()];
        for term in &terms {
            let matches: Vec<f32> = documents.iter().map(|doc| best_match(doc, term)).collect();
            let found_in = matches.iter().filter(|m| **m > 0.0).count() as f32;
            if found_in == 0.0 {
                continue;
            }
            // BM25's inverse document frequency: near zero for words every topic has.
            let idf = ((total - found_in + 0.5) / (found_in + 0.5) + 1.0).ln();
            for (score, weight) in scores.iter_mut().zip(&matches) {
                *score += idf * weight;
            }
        }
        // A message that is most of a page's title ("Dwa ou", "پناهندگی") asks for that page,
        // even when its words are common to every page of the language.
        for (score, doc) in scores.iter_mut().zip(documents) {
            if doc.title.is_empty() {
                continue;
            }
            let covered = doc.title.iter().filter(|word| terms.contains(word)).count() as f32
                / doc.title.len() as f32;
            if covered >= 0.5 {
                *score += TITLE_MATCH * covered;
            }
        }
        let mut ranked: Vec<(usize, f32)> = scores
            .into_iter()
            .enumerate()
            .filter(|(_, score)| *score >= MIN_SCORE)
            .collect();
        // Stable: equal scores keep the topics' own order.
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked
            .into_iter()
            .map(|(index, score)| (documents[index].slug.as_str(), score))
            .collect()
    }
}

fn best_match(doc: &Document, term: &str) -> f32 {
    if let Some(weight) = doc.words.get(term) {
        return *weight;
    }
    let term_len = term.chars().count();
    if term_len < 4 {
        return 0.0;
    }
    doc.words
        .iter()
        .filter(|(word, _)| shares_stem(term, term_len, word))
        .map(|(_, weight)| weight * PARTIAL)
        .fold(0.0, f32::max)
}

/// "refugee"/"refugees", "asilo"/"asilado", "smuggling"/"smugglers": a common beginning of at
/// least four characters that leaves at most two characters of the shorter word.
pub(crate) fn shares_stem(term: &str, term_len: usize, word: &str) -> bool {
    let common = term
        .chars()
        .zip(word.chars())
        .take_while(|(a, b)| a == b)
        .count();
    if common < 4 {
        return false;
    }
    let shorter = term_len.min(word.chars().count());
    common + 2 >= shorter
}

/// Lower-cased, folded words; Chinese as overlapping pairs of characters (it has no spaces).
pub(crate) fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut han: Vec<char> = Vec::new();
    let lower: String = text.chars().flat_map(char::to_lowercase).collect();
    for c in fold_accents(&lower).chars() {
        let Some(c) = fold(c) else {
            continue;
        };
        if is_han(c) {
            flush_word(&mut word, &mut out);
            han.push(c);
            continue;
        }
        flush_han(&mut han, &mut out);
        if c.is_alphanumeric() || is_combining(c) {
            word.push(c);
        } else {
            flush_word(&mut word, &mut out);
        }
    }
    flush_word(&mut word, &mut out);
    flush_han(&mut han, &mut out);
    out
}

/// The text lower-cased and folded as [`tokens`] folds it, with every run of characters that
/// are not part of a word turned into one space; Chinese terms are looked for in it.
pub(crate) fn fold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let Some(c) = fold(c) else {
            continue;
        };
        if c.is_alphanumeric() || is_combining(c) {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// One word (an affix, say) folded as [`tokens`] folds words, whatever its length.
pub(crate) fn fold_word(word: &str) -> String {
    let lower: String = word.chars().flat_map(char::to_lowercase).collect();
    fold_accents(&lower).chars().filter_map(fold).collect()
}

/// Ge'ez script writes a syllable per character, so its words are short.
pub(crate) fn is_ethiopic(c: char) -> bool {
    ('\u{1200}'..='\u{139F}').contains(&c)
}

fn flush_word(word: &mut String, out: &mut Vec<String>) {
    if word.is_empty() {
        return;
    }
    let min = if word.chars().any(is_ethiopic) { 2 } else { 3 };
    if word.chars().count() >= min {
        out.push(std::mem::take(word));
    } else {
        word.clear();
    }
}

fn flush_han(han: &mut Vec<char>, out: &mut Vec<String>) {
    match han.len() {
        0 => {}
        1 => out.push(han[0].to_string()),
        _ => out.extend(han.windows(2).map(|pair| pair.iter().collect::<String>())),
    }
    han.clear();
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Vowel signs, viramas and other marks that are part of a word in Indic, Arabic and
/// Ethiopic scripts but that `char::is_alphanumeric` does not count.
fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0610..=0x061A | 0x06D6..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3 | 0x135D..=0x135F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_accents_and_drop_short_words() {
        assert_eq!(
            tokens("¿Dónde pido ASILO, y refugio?"),
            ["donde", "pido", "asilo", "refugio"]
        );
    }

    #[test]
    fn tokens_keep_indic_vowel_signs_and_persian_joiners_inside_words() {
        assert_eq!(tokens("शरण चाहिए"), ["शरण", "चाहिए"]);
        assert_eq!(tokens("می‌خواهم پناهندگی"), ["میخواهم", "پناهندگی"]);
        assert_eq!(tokens("كيف"), tokens("کیف"));
    }

    #[test]
    fn chinese_is_searched_by_pairs_of_characters() {
        assert_eq!(tokens("申请庇护"), ["申请", "请庇", "庇护"]);
        assert_eq!(tokens("我"), ["我"]);
    }

    #[test]
    fn ethiopic_words_of_two_syllables_count() {
        assert_eq!(tokens("ስራ እፈልጋለሁ"), ["ስራ", "እፈልጋለሁ"]);
    }

    #[test]
    fn stems_match_plural_and_derived_forms_only() {
        assert!(shares_stem("refugees", 8, "refugee"));
        assert!(shares_stem("asilo", 5, "asilado"));
        assert!(shares_stem("trafficking", 11, "trafficker"));
        assert!(!shares_stem("trabajo", 7, "trata"));
        assert!(!shares_stem("health", 6, "heat"));
    }
}
