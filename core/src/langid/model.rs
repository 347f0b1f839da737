//! A multinomial naive Bayes model over character n-grams and words, for the languages that
//! share one script.
//!
//! Training counts every feature per class; each count becomes a smoothed log-probability up
//! front, so scoring is one hash lookup per feature and a row of additions.
//!
//! Only differences between classes matter to the verdict (a constant added to every class's
//! score changes neither the winner nor the softmax), so each feature's row is stored relative
//! to its best class, as whole steps of [`STEP`] nats in one byte per class. The row then sits
//! inside the hash entry beside its key (24 bytes), so a lookup reads one slot and no second
//! array.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{self, KINDS, Key, WORD_KIND};

/// More classes than any script family needs (Latin: six locales and nine rejection classes).
pub(crate) const MAX_CLASSES: usize = 16;

/// Resolution of the stored log-probabilities; 255 steps cover 25 nats, more than any feature
/// separates two languages by (larger gaps are clamped, which only caps one feature's vote).
const STEP: f32 = 0.1;

/// A feature's penalty per class in steps of [`STEP`], 0 for the class it favours most.
type Row = [u8; MAX_CLASSES];

/// How a model is trained; the values in use live in `mod.rs` beside the thresholds.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Training {
    /// Additive smoothing per feature.
    pub alpha: f64,
    /// Features seen fewer times than this across all classes are dropped, to trade a
    /// little accuracy for a smaller table.
    pub min_count: u32,
    /// How many times a whole word counts in a score, where each n-gram counts once. A
    /// 20-character message holds about 60 n-grams and only three or four words, yet its
    /// words — "o", "do", "não" against "el", "del", "no" — are what tells close languages
    /// apart; counted once, they drown in the n-grams of names and half words.
    pub word_weight: u32,
}

/// One class's training text, and words with how often each occurs (from a frequency list).
pub(crate) struct Sample<'a, C> {
    pub class: C,
    pub texts: Vec<&'a str>,
    pub words: Vec<(&'a str, u32)>,
}

/// Coverage is measured on n-grams up to this order: a message in a language the model knows
/// shares nearly all of its short n-grams with the training text, whatever its words.
const COVERAGE_ORDER: usize = 3;

/// Per-class log-likelihoods of one message, and how many of its short n-grams the model knows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scores {
    pub log_likelihood: [f32; MAX_CLASSES],
    /// N-grams of order up to [`COVERAGE_ORDER`] in the message.
    pub features: u32,
    /// Of those, how many the model has a probability for.
    pub known: u32,
}

pub(crate) struct Model<C> {
    word_weight: u32,
    classes: Vec<C>,
    rows: HashMap<Key, Row, BuildHasherDefault<KeyHasher>>,
}

impl<C: Copy> Model<C> {
    pub(crate) fn train(samples: &[Sample<'_, C>], training: &Training) -> Model<C> {
        assert!(
            samples.len() <= MAX_CLASSES,
            "too many classes for one model"
        );
        let width = samples.len();
        let mut index: HashMap<Key, u32, BuildHasherDefault<KeyHasher>> = HashMap::default();
        let mut kinds: Vec<u8> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut totals = vec![[0u64; KINDS]; width];
        for (class, sample) in samples.iter().enumerate() {
            let texts = sample.texts.iter().map(|text| (*text, 1));
            for (text, times) in texts.chain(sample.words.iter().copied()) {
                features::for_each(text.chars(), |kind, key| {
                    let row = *index.entry(key).or_insert_with(|| {
                        kinds.push(kind as u8);
                        counts.resize(counts.len() + width, 0);
                        (kinds.len() - 1) as u32
                    }) as usize;
                    counts[row * width + class] += times;
                    totals[class][kind] += u64::from(times);
                });
            }
        }

        let mut vocabulary = [0u64; KINDS];
        kinds
            .iter()
            .for_each(|&kind| vocabulary[kind as usize] += 1);

        let alpha = training.alpha;
        let mut rows: HashMap<Key, Row, BuildHasherDefault<KeyHasher>> = HashMap::default();
        let mut log_probs = [0f32; MAX_CLASSES];
        for (key, row) in index {
            let row = row as usize;
            let row_counts = &counts[row * width..(row + 1) * width];
            if row_counts.iter().sum::<u32>() < training.min_count {
                continue;
            }
            let kind = kinds[row] as usize;
            for (class, &count) in row_counts.iter().enumerate() {
                let denominator = totals[class][kind] as f64 + alpha * vocabulary[kind] as f64;
                let log_prob = ((f64::from(count) + alpha) / denominator).ln();
                log_probs[class] = log_prob as f32;
            }
            let best = log_probs[..width]
                .iter()
                .copied()
                .fold(f32::NEG_INFINITY, f32::max);
            let mut penalties = [0u8; MAX_CLASSES];
            for (penalty, log_prob) in penalties.iter_mut().zip(&log_probs[..width]) {
                *penalty = ((best - log_prob) / STEP).round().min(255.0) as u8;
            }
            rows.insert(key, penalties);
        }
        rows.shrink_to_fit();
        Model {
            word_weight: training.word_weight,
            classes: samples.iter().map(|sample| sample.class).collect(),
            rows,
        }
    }

    pub(crate) fn classes(&self) -> &[C] {
        &self.classes
    }

    /// Features in the table; for the benchmark report.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Scores are log-likelihoods up to a constant shared by all classes.
    pub(crate) fn score(&self, text: impl IntoIterator<Item = char>) -> Scores {
        let mut penalties = [0u32; MAX_CLASSES];
        let mut features = 0;
        let mut known = 0;
        features::for_each(text, |kind, key| {
            let counted = kind < COVERAGE_ORDER;
            features += u32::from(counted);
            if let Some(row) = self.rows.get(&key) {
                known += u32::from(counted);
                for (total, &penalty) in penalties.iter_mut().zip(row) {
                    let weight = if kind == WORD_KIND {
                        self.word_weight
                    } else {
                        1
                    };
                    *total += u32::from(penalty) * weight;
                }
            }
        });
        let mut log_likelihood = [0.0; MAX_CLASSES];
        for (score, penalty) in log_likelihood.iter_mut().zip(penalties) {
            *score = -(penalty as f32) * STEP;
        }
        Scores {
            log_likelihood,
            features,
            known,
        }
    }
}

/// Keys are already well mixed (see `features`), so hashing one is using it as it is.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; this keeps the trait whole for anything else.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRAINING: Training = Training {
        alpha: 0.5,
        min_count: 1,
        word_weight: 1,
    };

    fn model() -> Model<&'static str> {
        Model::train(
            &[
                Sample {
                    class: "a",
                    texts: vec!["the cat sat on the mat with the hat"],
                    words: vec![],
                },
                Sample {
                    class: "b",
                    texts: vec!["der hund und die katze sind im haus"],
                    words: vec![],
                },
            ],
            &TRAINING,
        )
    }

    #[test]
    fn the_class_whose_text_it_resembles_scores_highest() {
        let model = model();
        let scores = model.score("that cat".chars());
        assert!(scores.log_likelihood[0] > scores.log_likelihood[1]);
        let scores = model.score("die hunde".chars());
        assert!(scores.log_likelihood[1] > scores.log_likelihood[0]);
    }

    #[test]
    fn unknown_features_are_counted_but_not_scored() {
        let scores = model().score("ωωω".chars());
        assert!(scores.features > 0);
        assert_eq!(scores.known, 0);
        assert_eq!(scores.log_likelihood[..2], [0.0, 0.0]);
    }

    #[test]
    fn a_weighted_word_counts_as_often_as_its_weight() {
        let written = Model::train(
            &[
                Sample {
                    class: "a",
                    texts: vec!["ab ab ab cd"],
                    words: vec![],
                },
                Sample {
                    class: "b",
                    texts: vec!["cd"],
                    words: vec![],
                },
            ],
            &TRAINING,
        );
        let weighted = Model::train(
            &[
                Sample {
                    class: "a",
                    texts: vec!["cd"],
                    words: vec![("ab", 3)],
                },
                Sample {
                    class: "b",
                    texts: vec!["cd"],
                    words: vec![],
                },
            ],
            &TRAINING,
        );
        for text in ["ab", "cd", "abcd"] {
            assert_eq!(
                written.score(text.chars()).log_likelihood,
                weighted.score(text.chars()).log_likelihood,
                "{text}"
            );
        }
    }

    #[test]
    fn words_count_as_often_as_their_weight() {
        let samples = [
            Sample {
                class: "a",
                texts: vec!["ab xy"],
                words: vec![],
            },
            Sample {
                class: "b",
                texts: vec!["xy"],
                words: vec![],
            },
        ];
        let once = Model::train(&samples, &TRAINING);
        let thrice = Model::train(
            &samples,
            &Training {
                word_weight: 3,
                ..TRAINING
            },
        );
        // "ab" is a word of class a only: its word feature now counts three times, its
        // n-grams once as before.
        let gap = |model: &Model<&str>, text: &str| {
            let scores = model.score(text.chars()).log_likelihood;
            scores[0] - scores[1]
        };
        assert!(gap(&thrice, "ab") > gap(&once, "ab"));
        // A text with no whole word the model knows scores the same either way.
        assert_eq!(gap(&thrice, "abx"), gap(&once, "abx"));
    }

    #[test]
    fn rare_features_are_pruned() {
        let pruned = Model::train(
            &[Sample {
                class: "a",
                texts: vec!["aa aa b"],
                words: vec![],
            }],
            &Training {
                min_count: 2,
                ..TRAINING
            },
        );
        assert!(pruned.len() < model().len());
        assert_eq!(pruned.score("b".chars()).known, 0);
        assert!(pruned.score("aa".chars()).known > 0);
    }
}
