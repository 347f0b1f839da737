//! Letters people type interchangeably, folded to one before words are compared (the topic
//! search and the router). Beyond accents ([`crate::text_fold`]) each script has its own:
//! keyboards that lack a letter, letters that sound alike, marks that are often left out.
//! Folding here is for matching only: it may merge words that differ, never shows a word.

/// The one letter `c` is compared as; `None` for a mark that is dropped.
pub(crate) fn fold(c: char) -> Option<char> {
    let code = c as u32;
    Some(match c {
        // Arabic script: Arabic and Persian forms of one letter; Pashto and Urdu letters that a
        // Persian or Arabic keyboard lacks, typed as their nearest letter.
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ئ' | 'ے' => 'ی',
        'ك' => 'ک',
        'ګ' => 'گ',
        'ة' | 'ۃ' | 'ہ' | 'ۀ' | 'ھ' => 'ه',
        'ؤ' => 'و',
        'أ' | 'إ' | 'آ' => 'ا',
        // Zero-width joiners and Arabic short vowels are left out by most writers.
        '\u{200C}' | '\u{200D}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => return None,
        // Devanagari and Bengali: the nukta, as a mark or inside a letter (ज़ = ज), the
        // chandrabindu, and long and short i and u, which writers swap freely.
        '\u{093C}' | '\u{09BC}' => return None,
        '\u{0958}'..='\u{095A}' => char::from_u32(code - 0x0958 + 0x0915)?,
        '\u{095B}' => 'ज',
        '\u{095C}' => 'ड',
        '\u{095D}' => 'ढ',
        '\u{095E}' => 'फ',
        '\u{095F}' => 'य',
        '\u{09DC}' => 'ড',
        '\u{09DD}' => 'ঢ',
        '\u{09DF}' => 'য',
        'ँ' => 'ं',
        'ঁ' => 'ং',
        'ी' => 'ि',
        'ू' => 'ु',
        'ई' => 'इ',
        'ऊ' => 'उ',
        'ী' => 'ি',
        'ূ' => 'ু',
        'ঈ' => 'ই',
        'ঊ' => 'উ',
        // Ge'ez: the three h-letters (ሀ ሐ ኀ), the two s (ሰ ሠ), the two glottal letters
        // (አ ዐ) and the two ts' (ጸ ፀ) are one sound in Amharic and spelled either way; the
        // first and fourth forms of h and of the glottal letter (ሀ ሃ, አ ኣ) too.
        '\u{1200}'..='\u{1206}' | '\u{1210}'..='\u{1216}' | '\u{1280}'..='\u{1286}' => {
            same_sound(code, 0x1200)?
        }
        '\u{1220}'..='\u{1226}' => char::from_u32(code + 0x10)?,
        '\u{12A0}'..='\u{12A6}' | '\u{12D0}'..='\u{12D6}' => same_sound(code, 0x12A0)?,
        '\u{1340}'..='\u{1346}' => char::from_u32(code - 0x08)?,
        // Digits of every script the bot reads, as ASCII: "۹۱۱" is 911.
        '\u{0660}'..='\u{0669}' => ascii_digit(code - 0x0660)?,
        '\u{06F0}'..='\u{06F9}' => ascii_digit(code - 0x06F0)?,
        '\u{0966}'..='\u{096F}' => ascii_digit(code - 0x0966)?,
        '\u{09E6}'..='\u{09EF}' => ascii_digit(code - 0x09E6)?,
        other => other,
    })
}

/// A Ge'ez letter in any vowel form as the same form of `base`, the first letter of its sound
/// (ሀ for ሐ and ኀ, አ for ዐ); its fourth form (ሃ, ኣ) as the first. The forms of one letter
/// are consecutive, in rows of sixteen code points.
fn same_sound(code: u32, base: u32) -> Option<char> {
    let form = (code - base) % 0x10;
    char::from_u32(base + if form == 3 { 0 } else { form })
}

fn ascii_digit(value: u32) -> Option<char> {
    char::from_digit(value, 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> String {
        text.chars().filter_map(fold).collect()
    }

    #[test]
    fn arabic_script_letters_of_other_keyboards_are_one() {
        assert_eq!(folded("كيف"), folded("کیف"));
        // Pashto ګ ې typed on a Persian keyboard.
        assert_eq!(folded("ګډې"), folded("گډی"));
        // Urdu ہ ے and Arabic ة.
        assert_eq!(folded("پناہ لے"), folded("پناه لی"));
        assert_eq!(folded("می\u{200C}خواهم"), "میخواهم");
    }

    #[test]
    fn indic_nukta_and_long_vowels_are_folded() {
        // Precomposed and combining nukta, and no nukta at all.
        assert_eq!(folded("\u{095B}"), "ज");
        assert_eq!(folded("ज\u{093C}"), "ज");
        assert_eq!(folded("क़ानून"), folded("कानून"));
        // Long and short i: "मदद चाहिये" written both ways; Bengali too.
        assert_eq!(folded("पुलीस"), folded("पुलिस"));
        assert_eq!(folded("পুলীশ"), folded("পুলিশ"));
        assert_eq!(folded("যায়"), folded("যায\u{09BC}"));
    }

    #[test]
    fn geez_letters_of_one_sound_are_one() {
        // መድሀኒት, መድሃኒት, መድኃኒት: "medicine" as Amharic writers spell it.
        assert_eq!(folded("መድሀኒት"), folded("መድሃኒት"));
        assert_eq!(folded("መድሀኒት"), folded("መድኃኒት"));
        assert_eq!(folded("ሐኪም"), folded("ሀኪም"));
        assert_eq!(folded("ፀሐይ"), folded("ጸሀይ"));
        assert_eq!(folded("ዓለም"), folded("አለም"));
        assert_eq!(folded("ኣብ"), folded("አብ"));
        // Other letters keep their vowel.
        assert_ne!(folded("ሆ"), folded("ሀ"));
        assert_ne!(folded("ሰ"), folded("ሱ"));
    }

    #[test]
    fn digits_of_every_script_are_ascii() {
        assert_eq!(folded("۹۱۱ ٩١١ ९११ ৯১১"), "911 911 911 911");
    }
}
