//! Which writing system a message is in, from Unicode ranges alone.
//!
//! The script settles most of the work: Han is only Chinese and Bengali only Bengali among the
//! sixteen, and the n-gram models then choose only between languages that share a script.

/// The scripts the detector tells apart. `Other` is any letter of a script none of the sixteen
/// locales is written in (Cyrillic, Hangul, kana, Greek, Hebrew, Thai, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Arabic,
    Devanagari,
    Bengali,
    Ethiopic,
    Han,
    Kana,
    Other,
}

impl Script {
    const COUNT: usize = 8;

    fn index(self) -> usize {
        self as usize
    }

    const ALL: [Script; Script::COUNT] = [
        Script::Latin,
        Script::Arabic,
        Script::Devanagari,
        Script::Bengali,
        Script::Ethiopic,
        Script::Han,
        Script::Kana,
        Script::Other,
    ];
}

/// The script of one letter; `None` for anything that is not a letter (digits, punctuation,
/// emoji, spaces, combining marks).
pub(crate) fn of(c: char) -> Option<Script> {
    let code = u32::from(c);
    let script = match code {
        0x41..=0x5A | 0x61..=0x7A => Script::Latin,
        0x00..=0x7F => return None,
        // Latin-1 letters, Latin Extended-A/B, IPA, Latin Extended Additional (Vietnamese).
        0xC0..=0x24F if code != 0xD7 && code != 0xF7 => Script::Latin,
        0x1E00..=0x1EFF => Script::Latin,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F | 0xA8E0..=0xA8FF => Script::Devanagari,
        0x0980..=0x09FF => Script::Bengali,
        0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Script::Ethiopic,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Script::Han,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9D => Script::Kana,
        _ => Script::Other,
    };
    // Only letters count: Arabic-Indic digits, the danda, Ethiopic punctuation and the like
    // sit inside those blocks but say nothing about the language.
    c.is_alphabetic().then_some(script)
}

/// Letters per script in a message.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScriptCounts {
    counts: [u32; Script::COUNT],
}

impl ScriptCounts {
    pub(crate) fn add(&mut self, c: char) {
        if let Some(script) = of(c) {
            self.counts[script.index()] += 1;
        }
    }

    pub(crate) fn get(&self, script: Script) -> u32 {
        self.counts[script.index()]
    }

    /// Letters of `script` weighted by what one of them says: a Han character is a whole
    /// syllable, about three Latin letters' worth.
    pub(crate) fn weighted(&self, script: Script) -> u32 {
        let weight = match script {
            Script::Han => 3,
            _ => 1,
        };
        self.get(script) * weight
    }

    pub(crate) fn weighted_letters(&self) -> u32 {
        Script::ALL
            .iter()
            .map(|&script| self.weighted(script))
            .sum()
    }

    /// The script the message is written in; `None` when there are no letters at all.
    ///
    /// Latin letters turn up inside text of every script — names, brands, acronyms
    /// ("Sainsbury's 将依托 Boots", "वेल्श के AM") — while Latin-script text rarely holds a word
    /// of another script. So the other script with the most (weighted) letters wins as soon as
    /// it has two letters and a sixth of the weight; Latin wins only otherwise. Japanese mixes
    /// Han with kana, so Han text with a fair share of kana counts as kana.
    pub(crate) fn dominant(&self) -> Option<Script> {
        let latin = self.weighted(Script::Latin);
        let (best, weight) = Script::ALL
            .iter()
            .filter(|&&script| script != Script::Latin)
            .map(|&script| (script, self.weighted(script)))
            .max_by_key(|&(_, weight)| weight)?;
        let stands_out = self.get(best) >= 2 && weight * 6 >= weight + latin;
        let best = match () {
            _ if weight > 0 && (stands_out || latin == 0) => best,
            _ if latin > 0 => Script::Latin,
            _ => return None,
        };
        let kana = self.get(Script::Kana);
        if best == Script::Han && kana > 0 && kana * 5 >= self.get(Script::Han) {
            return Some(Script::Kana);
        }
        Some(best)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dominant(text: &str) -> Option<Script> {
        let mut counts = ScriptCounts::default();
        text.chars().for_each(|c| counts.add(c));
        counts.dominant()
    }

    #[test]
    fn letters_map_to_their_script() {
        assert_eq!(of('é'), Some(Script::Latin));
        assert_eq!(of('ښ'), Some(Script::Arabic));
        assert_eq!(of('ے'), Some(Script::Arabic));
        assert_eq!(of('न'), Some(Script::Devanagari));
        assert_eq!(of('ব'), Some(Script::Bengali));
        assert_eq!(of('ኣ'), Some(Script::Ethiopic));
        assert_eq!(of('语'), Some(Script::Han));
        assert_eq!(of('の'), Some(Script::Kana));
        assert_eq!(of('ж'), Some(Script::Other));
    }

    #[test]
    fn latin_names_inside_another_script_do_not_take_over() {
        assert_eq!(dominant("Sainsbury's 将依托 Boots、"), Some(Script::Han));
        assert_eq!(
            dominant("vitamin Dr. PawPaw के साथ"),
            Some(Script::Devanagari)
        );
        assert_eq!(
            dominant("Chad Hammel ले San Diego को"),
            Some(Script::Devanagari)
        );
        assert_eq!(dominant("the word ሰላም means peace"), Some(Script::Latin));
    }

    #[test]
    fn digits_punctuation_and_emoji_are_not_letters() {
        for c in ['7', '٣', '۵', '।', '።', '?', '😀', ' ', '×'] {
            assert_eq!(of(c), None, "{c:?}");
        }
    }

    #[test]
    fn the_most_frequent_script_wins_and_kana_marks_japanese() {
        assert_eq!(dominant("ok شكرا جزيلا"), Some(Script::Arabic));
        assert_eq!(dominant("我需要帮助"), Some(Script::Han));
        assert_eq!(dominant("病院はどこですか"), Some(Script::Kana));
        assert_eq!(dominant("123 !!! 😀"), None);
        assert_eq!(dominant("ok ش"), Some(Script::Latin));
        assert_eq!(dominant("ش"), Some(Script::Arabic));
        assert_eq!(dominant(""), None);
    }
}
