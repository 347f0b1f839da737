//! Language of a free-text message: one of the sixteen locales or unknown, with a confidence.
//!
//! whatlang knows neither Haitian Creole, Somali, Pashto nor Tigrinya and reads them as other
//! languages with full confidence, so Faro has its own detector:
//!
//! 1. The script of the letters ([`script`]) settles Chinese (Han) and Bengali outright, and
//!    sends everything else to the model of its script family: Latin (en es fr pt ht so),
//!    Arabic (fa ps ar ur), Devanagari (hi ne) or Ethiopic (am ti). Any other script (Cyrillic,
//!    kana, Hangul, …) or no letters at all (digits, emoji) is unknown.
//! 2. Inside a family, a naive Bayes model over character 1- to 5-grams and whole words
//!    ([`model`]), trained on text the project ships ([`corpus`]), scores each language. The
//!    Latin model also knows a few languages Faro does not serve, so German or Indonesian
//!    finds its own class and comes out unknown instead of as the nearest of the sixteen.
//! 3. The scores become probabilities (a softmax tempered because naive Bayes counts
//!    overlapping n-grams as independent evidence); the best language's probability is the
//!    confidence, and below [`MIN_CONFIDENCE`] — or when the model knows too few of the
//!    message's features — the answer is unknown.
//!
//! Accuracy per locale and time per message are measured by `cargo bench -p faro-core --bench
//! langid` on the project's own held-out messages in `tests/langid/` and on independent text in
//! `tests/langid-independent/` (docs/benchmarks/langid.md).

mod corpus;
mod features;
mod model;
pub(crate) mod script;

use std::fmt;

use self::features::strip_latin_accents;
use self::model::{MAX_CLASSES, Model, Sample, Scores, Training};
use self::script::{Script, ScriptCounts};
use crate::locale::Locale;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// `None` when the text is not recognisably one of the sixteen locales.
    pub locale: Option<Locale>,
    /// 0.0 to 1.0: the detector's probability that `locale` is right; 0.0 when it is `None`.
    pub confidence: f32,
}

impl Detection {
    pub const UNKNOWN: Detection = Detection {
        locale: None,
        confidence: 0.0,
    };
}

/// Only the start of a message is read: a few hundred characters settle the language, and a
/// megabyte pasted into the bot must cost no more than a sentence.
pub const MAX_CHARS: usize = 1_000;

/// Below this probability the best guess is reported as unknown. Confidences are calibrated
/// (see [`TEMPERATURE`]): of the answers given with about 0.4, about 40% are right.
pub const MIN_CONFIDENCE: f32 = 0.4;

/// Below this share of its short n-grams (up to trigrams) known to the family's model, a
/// message is in some other language of that script (Vietnamese, Czech, …) however the
/// sixteen compare.
const MIN_KNOWN: f32 = 0.5;

/// Naive Bayes adds up the evidence of overlapping n-grams as if it were independent, which
/// makes its raw posteriors far too sure; dividing the log-likelihoods by this brings the
/// probabilities in line with how often the detector is actually right. Chosen by five-fold
/// cross-validation on the training text (snippets of 12, 20 and 40 characters): 6 gave the
/// smallest gap between confidence and accuracy, where 3 was overconfident and 12 timid.
const TEMPERATURE: f32 = 6.0;

/// The languages outside the sixteen are a safety net, not a likely answer: their classes
/// start this many nats behind. Their training text is small, so their models are flat and
/// win on snippets full of n-grams rare everywhere (names, half words): at -2, the value
/// before the served languages got more text, they made 1–3 % of the independent Spanish,
/// Portuguese, Haitian Creole and Somali snippets unknown. Down to -20 every message of
/// `unknown.txt` still comes out unknown; at -30 one no longer does.
const OTHER_LOG_PRIOR: f32 = -15.0;

/// The word-frequency lists count as a text of this many words, beside the written and the
/// packaged text (about 2,500 and 6,000–10,000 words): general language weighs about as much
/// as the two together. 10,000 and 100,000 did slightly worse on the independent held-out set.
const WORD_LIST_TOKENS: f64 = 30_000.0;

const TRAINING: Training = Training {
    alpha: 0.1,
    // Pruning rare features cost a little accuracy and saved no measurable time.
    min_count: 1,
    // Among 1 to 3, 2 kept every non-Latin locale of the project's own set where it was and
    // did as well as 3 on the independent set; 1 cost Nepali a point.
    word_weight: 2,
};

/// The Latin family's neighbours (es/pt, fr/en) share most n-grams; their words tell them
/// apart. Words counted three times did best among 1 to 4 on the independent held-out set
/// (Spanish and Portuguese gained 2–4 points; nothing lost more than a snippet).
const LATIN_TRAINING: Training = Training {
    word_weight: 3,
    ..TRAINING
};

/// A class of a family model: one of the sixteen, or a language Faro does not serve.
type Label = Option<Locale>;

struct Family {
    script: Script,
    model: Model<Label>,
}

/// Built once and shared; `Send + Sync`. Construction trains the models from the compiled-in
/// text (tens of milliseconds); detection allocates nothing.
pub struct LanguageDetector {
    families: [Family; 4],
}

impl Default for LanguageDetector {
    fn default() -> Self {
        LanguageDetector::new()
    }
}

impl fmt::Debug for LanguageDetector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("LanguageDetector");
        for family in &self.families {
            debug.field(
                &format!("{:?} features", family.script),
                &family.model.len(),
            );
        }
        debug.finish()
    }
}

impl LanguageDetector {
    pub fn new() -> Self {
        use Locale::*;
        LanguageDetector {
            families: [
                Family::latin(),
                Family::new(Script::Arabic, &[Fa, Ps, Ar, Ur]),
                Family::new(Script::Devanagari, &[Hi, Ne]),
                Family::new(Script::Ethiopic, &[Am, Ti]),
            ],
        }
    }

    pub fn detect(&self, text: &str) -> Detection {
        let sample = first_chars(text, MAX_CHARS);
        let mut counts = ScriptCounts::default();
        language_chars(sample).for_each(|c| counts.add(c));
        let Some(script) = counts.dominant() else {
            return Detection::UNKNOWN;
        };
        match script {
            Script::Han => by_script_alone(Locale::ZhHans, &counts, Script::Han),
            // ৰ and ৱ are Assamese letters, which Bengali does not use.
            Script::Bengali if sample.contains(['ৰ', 'ৱ']) => Detection::UNKNOWN,
            Script::Bengali => by_script_alone(Locale::Bn, &counts, Script::Bengali),
            Script::Kana | Script::Other => Detection::UNKNOWN,
            Script::Latin | Script::Arabic | Script::Devanagari | Script::Ethiopic => self
                .families
                .iter()
                .find(|family| family.script == script)
                .map_or(Detection::UNKNOWN, |family| family.detect(sample)),
        }
    }
}

impl Family {
    fn new(script: Script, locales: &[Locale]) -> Family {
        let samples: Vec<Sample<'_, Label>> = locales
            .iter()
            .map(|&locale| Sample {
                class: Some(locale),
                texts: corpus::training_texts(locale),
                words: Vec::new(),
            })
            .collect();
        Family {
            script,
            model: Model::train(&samples, &TRAINING),
        }
    }

    /// Each Latin text is learnt twice, as written and without accents, since people often
    /// type without them; the other Latin languages come along as classes of their own.
    fn latin() -> Family {
        use Locale::*;
        let served = [En, Es, Fr, Pt, Ht, So];
        let stripped: Vec<Vec<String>> = served
            .iter()
            .map(|&locale| {
                corpus::training_texts(locale)
                    .into_iter()
                    .map(strip_latin_accents)
                    .collect()
            })
            .collect();
        let words: Vec<Vec<(&str, u32)>> = served
            .iter()
            .map(|&locale| corpus::word_counts(locale, WORD_LIST_TOKENS))
            .collect();
        let stripped_words: Vec<Vec<(String, u32)>> = words
            .iter()
            .map(|words| {
                words
                    .iter()
                    .map(|&(word, times)| (strip_latin_accents(word), times))
                    .collect()
            })
            .collect();
        let mut samples: Vec<Sample<'_, Label>> = served
            .iter()
            .zip(&stripped)
            .zip(words.iter().zip(&stripped_words))
            .map(|((&locale, stripped), (words, stripped_words))| Sample {
                class: Some(locale),
                texts: corpus::training_texts(locale)
                    .into_iter()
                    .chain(stripped.iter().map(String::as_str))
                    .collect(),
                words: words
                    .iter()
                    .copied()
                    .chain(
                        stripped_words
                            .iter()
                            .map(|(word, times)| (word.as_str(), *times)),
                    )
                    .collect(),
            })
            .collect();
        samples.extend(corpus::OTHER_LATIN.iter().map(|(_, text)| Sample {
            class: None,
            texts: vec![corpus::without_comments(text)],
            words: Vec::new(),
        }));
        Family {
            script: Script::Latin,
            model: Model::train(&samples, &LATIN_TRAINING),
        }
    }

    fn detect(&self, sample: &str) -> Detection {
        // Letters of other scripts (an English word in an Arabic message) are not this
        // model's business: they become word breaks.
        let scores = self
            .model
            .score(language_chars(sample).map(|c| match script::of(c) {
                Some(script) if script != self.script => ' ',
                _ => c,
            }));
        decide(&scores, self.model.classes())
    }
}

/// Probabilities from the family's scores, and the verdict.
fn decide(scores: &Scores, labels: &[Label]) -> Detection {
    if scores.features == 0 || scores.known == 0 {
        return Detection::UNKNOWN;
    }
    let mut adjusted = [f32::NEG_INFINITY; MAX_CLASSES];
    for (index, label) in labels.iter().enumerate() {
        let prior = if label.is_some() {
            0.0
        } else {
            OTHER_LOG_PRIOR
        };
        adjusted[index] = scores.log_likelihood[index] + prior;
    }
    let classes = &adjusted[..labels.len()];
    let (best, &top) = classes
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .unwrap_or((0, &0.0));
    let total: f32 = classes
        .iter()
        .map(|score| ((score - top) / TEMPERATURE).exp())
        .sum();
    let confidence = 1.0 / total;
    let known = scores.known as f32 / scores.features as f32;
    match labels.get(best).copied().flatten() {
        Some(locale) if confidence >= MIN_CONFIDENCE && known >= MIN_KNOWN => Detection {
            locale: Some(locale),
            confidence,
        },
        _ => Detection::UNKNOWN,
    }
}

/// For scripts only one of the sixteen uses: sure once there are a few letters and nearly all
/// of them (by weight, see [`ScriptCounts::weighted`]) are in that script.
fn by_script_alone(locale: Locale, counts: &ScriptCounts, script: Script) -> Detection {
    let letters = counts.get(script) as f32;
    let purity = counts.weighted(script) as f32 / counts.weighted_letters().max(1) as f32;
    let length = (letters / 4.0).min(1.0);
    Detection {
        locale: Some(locale),
        confidence: purity * (0.5 + 0.5 * length),
    }
}

/// The characters of `text` that can be language: web addresses, e-mail addresses and
/// @handles are left out, since their letters are whatever the site or the person chose.
fn language_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace()
        .filter(|token| !is_address(token))
        .flat_map(|token| token.chars().chain(std::iter::once(' ')))
}

fn is_address(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.starts_with("www.")
}

/// The longest prefix of `text` with at most `max` characters, without copying.
fn first_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[cfg(test)]
mod tests;
