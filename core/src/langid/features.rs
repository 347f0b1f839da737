//! The features the models count: character n-grams of one to [`MAX_ORDER`] characters inside
//! words padded with a boundary mark, and whole words.
//!
//! Each feature is a 64-bit key so that scoring a message allocates nothing: an n-gram packs its
//! code points 21 bits apiece into a `u128` (injective, because no character is NUL) that is
//! then mixed down to 64 bits, and a word is a 64-bit hash of its characters. Two of the
//! hundred thousand or so features a model holds share a key with odds of about one in a
//! billion, and such a collision would only blur two features' votes.

use crate::text_fold::fold_accents;

/// Longest n-gram, counting the boundary marks.
pub(crate) const MAX_ORDER: usize = 5;

/// Feature kinds: n-grams of order 1..=MAX_ORDER at index order-1, then whole words.
pub(crate) const KINDS: usize = MAX_ORDER + 1;
pub(crate) const WORD_KIND: usize = MAX_ORDER;

pub(crate) type Key = u64;

const BOUNDARY: u32 = ' ' as u32;
const BITS_PER_CHAR: u32 = 21;
/// Keeps word keys apart from n-gram keys of the same bits.
const WORD_SALT: u64 = 0x5bd1_e995_9e37_79b9;
const ZWNJ: char = '\u{200C}';

/// What a character is to the tokenizer.
enum Class {
    /// Part of a word, already lower-cased.
    Letter(char),
    /// Dropped without ending the word: Arabic vowel marks and tatweel, joiners, variation
    /// selectors. Chat text rarely has them and training text has none.
    Ignored,
    /// Ends a word: spaces, digits, punctuation, symbols, emoji.
    Separator,
    /// A word of its own: Spanish's opening ¿ and ¡, which no other of the sixteen writes.
    Standalone(char),
}

fn classify(c: char) -> Class {
    if c.is_ascii() {
        return match c {
            'a'..='z' => Class::Letter(c),
            'A'..='Z' => Class::Letter(c.to_ascii_lowercase()),
            // Somali (su'aal) and French (l'eau) keep the apostrophe inside words.
            '\'' => Class::Letter('\''),
            _ => Class::Separator,
        };
    }
    match c {
        '\u{2019}' | '\u{02BC}' => return Class::Letter('\''),
        // Persian writes the zero-width non-joiner inside words (می‌خواهم): a strong sign.
        ZWNJ => return Class::Letter(ZWNJ),
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => {
            return Class::Ignored;
        }
        '\u{200B}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' => return Class::Ignored,
        '¿' | '¡' => return Class::Standalone(c),
        _ => {}
    }
    if c.is_alphabetic() || is_indic_mark(c) || is_combining_diacritic(c) {
        if c.is_uppercase() {
            return Class::Letter(c.to_lowercase().next().unwrap_or(c));
        }
        return Class::Letter(c);
    }
    Class::Separator
}

/// Devanagari and Bengali signs that are not Unicode-alphabetic but belong to the word:
/// virama, nukta, candrabindu and their kin.
fn is_indic_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}' | '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09D7}'
        | '\u{09E2}'..='\u{09E3}')
}

fn is_combining_diacritic(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Calls `emit(kind, key)` for every feature of `text`, in order. Allocates nothing.
pub(crate) fn for_each(text: impl IntoIterator<Item = char>, mut emit: impl FnMut(usize, Key)) {
    let mut word = WordState::default();
    for c in text {
        match classify(c) {
            Class::Letter(letter) => word.push(letter, &mut emit),
            Class::Ignored => {}
            Class::Separator => word.end(&mut emit),
            Class::Standalone(mark) => {
                word.end(&mut emit);
                word.push(mark, &mut emit);
                word.end(&mut emit);
            }
        }
    }
    word.end(&mut emit);
}

/// The current word: the last few characters packed into a shift register, and a running
/// hash of the whole word.
#[derive(Default)]
struct WordState {
    register: u128,
    /// Characters in the register, boundary included; 0 between words.
    filled: usize,
    hash: u64,
}

impl WordState {
    fn push(&mut self, c: char, emit: &mut impl FnMut(usize, Key)) {
        if self.filled == 0 {
            self.register = u128::from(BOUNDARY);
            self.filled = 1;
            self.hash = FNV_OFFSET;
        }
        self.shift(u32::from(c));
        self.hash = (self.hash ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME);
        for order in 1..=self.filled {
            emit(order - 1, self.last(order));
        }
    }

    fn end(&mut self, emit: &mut impl FnMut(usize, Key)) {
        if self.filled == 0 {
            return;
        }
        self.shift(BOUNDARY);
        // Order 1 would be the boundary alone, which every language shares.
        for order in 2..=self.filled {
            emit(order - 1, self.last(order));
        }
        emit(WORD_KIND, mix(self.hash ^ WORD_SALT));
        self.filled = 0;
    }

    fn shift(&mut self, code: u32) {
        let mask: u128 = (1 << (BITS_PER_CHAR as usize * MAX_ORDER)) - 1;
        self.register = ((self.register << BITS_PER_CHAR) | u128::from(code)) & mask;
        self.filled = (self.filled + 1).min(MAX_ORDER);
    }

    fn last(&self, order: usize) -> Key {
        ngram_key(self.register & ((1 << (BITS_PER_CHAR as usize * order)) - 1))
    }
}

/// The key of an n-gram from its packed code points.
fn ngram_key(packed: u128) -> Key {
    mix((packed as u64) ^ ((packed >> 64) as u64).rotate_left(31))
}

/// The SplitMix64 finaliser: every input bit reaches every output bit, so keys can index a
/// hash table as they are.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// `text` lower-cased with the accents of Latin letters taken off ([`fold_accents`]), as
/// people type on phones without them ("nao", "tres", "kijan ou ye"); the ligatures œ and æ
/// written out and Spanish's opening ¿ ¡ dropped. Used on training text only: the models
/// learn both spellings while a message keeps whatever accents it has.
pub(crate) fn strip_latin_accents(text: &str) -> String {
    let lower: String = text.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(lower.len());
    for c in fold_accents(&lower).chars() {
        match c {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '¿' | '¡' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Vec<(usize, Key)> {
        let mut out = Vec::new();
        for_each(text.chars(), |kind, key| out.push((kind, key)));
        out
    }

    fn packed(s: &str) -> u128 {
        s.chars().fold(0, |key, c| {
            (key << BITS_PER_CHAR) | u128::from(u32::from(c))
        })
    }

    fn ngram(s: &str) -> Key {
        ngram_key(packed(s))
    }

    #[test]
    fn a_word_gives_its_padded_ngrams_and_itself() {
        let got = features("De");
        let ngrams: Vec<_> = got.iter().filter(|(k, _)| *k != WORD_KIND).collect();
        let expected = [
            (0, ngram("d")),
            (1, ngram(" d")),
            (0, ngram("e")),
            (1, ngram("de")),
            (2, ngram(" de")),
            (1, ngram("e ")),
            (2, ngram("de ")),
            (3, ngram(" de ")),
        ];
        assert_eq!(ngrams, expected.iter().collect::<Vec<_>>());
        assert_eq!(got.iter().filter(|(k, _)| *k == WORD_KIND).count(), 1);
    }

    #[test]
    fn case_punctuation_and_digits_do_not_change_the_words() {
        assert_eq!(features("Hola, AMIGO!"), features("hola amigo"));
        assert_eq!(features("hola 123 amigo"), features("hola amigo"));
    }

    #[test]
    fn ngrams_of_different_lengths_pack_differently() {
        // A longer n-gram packs to at least 2^21 times a shorter one, since no char is NUL.
        assert!(packed(" a") >= 1 << BITS_PER_CHAR);
        assert_ne!(ngram("a"), ngram(" a"));
        assert_ne!(ngram("ab"), ngram("ba"));
    }

    #[test]
    fn long_words_keep_only_the_last_five_characters_per_ngram() {
        let longest = features("abcdefgh")
            .into_iter()
            .filter(|(kind, _)| *kind == MAX_ORDER - 1)
            .map(|(_, key)| key)
            .next_back();
        assert_eq!(longest, Some(ngram("efgh ")));
    }

    #[test]
    fn spanish_opening_marks_are_words_of_their_own() {
        let words = |text: &str| {
            features(text)
                .into_iter()
                .filter(|(kind, _)| *kind == WORD_KIND)
                .count()
        };
        assert_eq!(words("¿dónde?"), 2);
        assert_eq!(words("¡hola!"), 2);
        assert_ne!(features("¿dónde"), features("dónde"));
        assert!(features("¿dónde").ends_with(&features("dónde")));
    }

    #[test]
    fn arabic_vowel_marks_are_dropped_and_zwnj_is_kept() {
        assert_eq!(features("كَتَبَ"), features("كتب"));
        assert_ne!(features("می‌خواهم"), features("میخواهم"));
    }

    #[test]
    fn indic_virama_stays_inside_the_word() {
        let words = features("क्या")
            .into_iter()
            .filter(|(kind, _)| *kind == WORD_KIND)
            .count();
        assert_eq!(words, 1);
    }

    #[test]
    fn stripping_accents_lowercases_and_folds() {
        assert_eq!(
            strip_latin_accents("Não, Señor ÇA Kreyòl ¿sí?"),
            "nao, senor ca kreyol si?"
        );
        assert_eq!(strip_latin_accents("sœur"), "soeur");
    }
}
