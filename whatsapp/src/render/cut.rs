//! Short texts cut to a WhatsApp limit between graphemes, never inside one: no letter loses
//! its accent or vowel sign and no emoji is broken, in any of the sixteen scripts.

use unicode_segmentation::UnicodeSegmentation;

/// `text` within `max_chars` characters: whole if it fits, else cut after the last whole word
/// that leaves room for an ellipsis, or (a single long word, a script without spaces) after
/// the last whole grapheme.
pub fn cut(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let room = max_chars.saturating_sub(1);
    let mut kept = String::new();
    let mut count = 0;
    let mut last_word_end = None;
    for grapheme in text.graphemes(true) {
        let chars = grapheme.chars().count();
        if count + chars > room {
            // The last word kept is whole when a space was next.
            if grapheme.chars().all(char::is_whitespace) {
                last_word_end = Some(kept.len());
            }
            break;
        }
        if grapheme.chars().all(char::is_whitespace) {
            last_word_end = Some(kept.len());
        }
        kept.push_str(grapheme);
        count += chars;
    }
    // Between words where a word ends in the first half or later; a cut in the middle of a
    // word is only for words too long for the whole label.
    if let Some(end) = last_word_end.filter(|&end| end * 2 >= kept.len()) {
        kept.truncate(end);
    }
    let mut cut = kept.trim_end().to_owned();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_stay_whole() {
        assert_eq!(cut("Menu", 20), "Menu");
        assert_eq!(cut("  Menu ", 20), "Menu");
    }

    #[test]
    fn long_labels_are_cut_between_words() {
        let label = cut("Find a consulate of my country", 20);
        assert_eq!(label, "Find a consulate of…");
        assert!(label.chars().count() <= 20);
    }

    #[test]
    fn no_script_is_cut_inside_a_grapheme() {
        let samples = [
            // Devanagari (hi, ne) and Bengali: vowel signs and viramas belong to the letter.
            "क्षत्रियों की सहायता के लिए दुभाषिया",
            "দোভাষীর জন্য অনুরোধ করুন এখনই",
            // Ge'ez (am, ti), Arabic script (ar, fa, ps, ur) with harakat, Han without spaces.
            "የአስተርጓሚ ጥያቄ ማቅረብ እፈልጋለሁ",
            "مُتَرْجِمٌ فَوْرِيٌّ لِلْمُسَاعَدَةِ",
            "我需要一名会说我的语言的口译员帮助我",
            // An emoji family (ZWJ sequence) and a flag.
            "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦🇭🇹🇭🇹🇭🇹",
            // "e" and a combining acute, many times.
            "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        ];
        for sample in samples {
            for max in [5, 20, 24] {
                let cut = cut(sample, max);
                assert!(cut.chars().count() <= max, "{sample} {max}: {cut}");
                let kept = cut.trim_end_matches('…');
                assert!(sample.starts_with(kept), "{sample} {max}: {cut}");
                // What was kept ends on a grapheme boundary of the original.
                let boundaries: Vec<usize> = sample
                    .grapheme_indices(true)
                    .map(|(i, _)| i)
                    .chain([sample.len()])
                    .collect();
                assert!(boundaries.contains(&kept.len()), "{sample} {max}: {cut}");
            }
        }
    }
}
