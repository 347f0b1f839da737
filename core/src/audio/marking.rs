//! What espeak-ng is given to read: a page's words marked (SSML) so that each run is read by
//! the voice that can say it. A page in Persian, Chinese or Amharic names offices in Spanish
//! ("Comisión Mexicana de Ayuda a Refugiados") and tells the reader what to say at the border
//! ("Quiero pedir refugio"); left to itself espeak-ng reads every Latin letter with English
//! rules, so the listener would hear a sentence no Mexican official would understand. Those
//! runs are read by the Spanish voice, as they are said on this route; the rest by the
//! locale's own voice, with numbers written in the digits it reads as its own language.

use super::speech::{SPANISH_END, SPANISH_START, unmarked};
use super::voices::Voice;
use crate::langid::script::{self, Script};

/// Bumped when the marking changes what is heard, so that clips of pages that are marked are
/// made again (the cache names of pages in a Latin script, which are never marked, stay).
pub const MARKING: &str = "marking v3: acronyms spelled, signs in Latin runs, Spanish sentences";

/// Acronyms said as words on this route; every other one (UNHCR, IOM, INM, HIV) is spelled
/// letter by letter. The Spanish voice reads a capitalised word with a vowel as a word, so
/// UNHCR was "unkr", IOM "yom" and HIV "ib"; the ones here are said as words by the people a
/// migrant will meet. Add an office's acronym here when its people say it as a word.
const SAID_AS_WORDS: &[&str] = &[
    "ACNUR", "CODER", "COMAR", "CONADEH", "ONPAR", "PEP", "UNICEF",
];

/// Whether espeak-ng must be given `text` marked (`-m`) for `voice`: where a run goes to
/// another voice or digits are rewritten. A page in a Latin script is marked only where it
/// has a sentence to say in Spanish; the rest are given their words as they are, as before.
pub fn needs_marking(voice: &Voice, text: &str) -> bool {
    voice.latin_runs.is_some()
        || voice.zero_digit.is_some()
        || (voice.spanish_sentences.is_some() && text.contains(SPANISH_START))
}

/// The SSML espeak-ng reads for `text` in `voice`: one `<voice>` element to a run, Latin runs
/// in `voice.latin_runs` when set (a page in another script), sentences marked as Spanish in
/// `voice.spanish_sentences` when set (a page in a Latin script), the rest in `voice.name`,
/// ASCII digits outside those runs written from `voice.zero_digit` when set. Every run names its voice, because espeak-ng
/// returns after a `</voice>` to the language's first voice, not the one it was started with
/// (`cmn`, not `cmn-latn-pinyin`).
pub fn marked(voice: &Voice, text: &str) -> String {
    let mut out = String::from("<speak>");
    let (runs, other) = match (voice.latin_runs, voice.spanish_sentences) {
        (Some(latin), _) => (latin_runs(&unmarked(text)), latin),
        (None, Some(spanish)) => (spanish_runs(text), spanish),
        (None, None) => (vec![Run::Own(unmarked(text))], voice.name),
    };
    for run in &runs {
        let (name, words) = match run {
            Run::Latin(words) => (other, spelled_acronyms(&escaped(&unsigned(words)))),
            Run::Own(words) => (
                voice.name,
                escaped(&own_digits(&unsigned(words), voice.zero_digit)),
            ),
        };
        if words.trim().is_empty() {
            continue;
        }
        out.push_str("<voice name=\"");
        out.push_str(name);
        out.push_str("\">");
        out.push_str(&words);
        out.push_str("</voice>");
    }
    out.push_str("</speak>");
    out
}

/// A stretch of a page's words and who reads it.
#[derive(Debug, PartialEq, Eq)]
enum Run {
    /// Read by the other voice (Spanish): in a page of another script, Latin letters with what
    /// lies between two of them ("Instituto Nacional de Migración"); in a page in a Latin
    /// script, a sentence marked as Spanish.
    Latin(String),
    /// Everything else: the page's own words, and the spaces, digits and punctuation that
    /// are not between two Latin letters.
    Own(String),
}

/// A page in a Latin script cut where its Spanish sentences begin and end.
fn spanish_runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(SPANISH_START) {
        let after = &rest[start + SPANISH_START.len_utf8()..];
        let end = after.find(SPANISH_END).unwrap_or(after.len());
        runs.push(Run::Own(unmarked(&rest[..start])));
        runs.push(Run::Latin(unmarked(&after[..end])));
        rest = after.get(end + SPANISH_END.len_utf8()..).unwrap_or("");
    }
    runs.push(Run::Own(unmarked(rest)));
    runs.retain(|run| !matches!(run, Run::Own(words) | Run::Latin(words) if words.is_empty()));
    runs
}

/// A page in another script cut where Latin letters begin and end.
fn latin_runs(text: &str) -> Vec<Run> {
    let mut runs = Vec::new();
    // Where the current run began, whether it is Latin, and where the last Latin letter of
    // a Latin run ended (what follows it is not Latin until another Latin letter comes).
    let mut start = 0;
    let mut in_latin = false;
    let mut latin_end = 0;
    let mut previous = None;
    for (at, c) in text.char_indices() {
        // "LGBTIQ+": the sign belongs to the letters before it, said with them; so does an
        // accent written after its letter (U+0301).
        let latin = is_latin_letter(c)
            || (c == '+' && previous.is_some_and(is_latin_letter))
            || (in_latin && latin_end == at && is_combining_mark(c));
        previous = Some(c);
        if latin && !in_latin {
            if at > start {
                runs.push(Run::Own(text[start..at].to_owned()));
            }
            start = at;
            in_latin = true;
        } else if in_latin && !latin && (c.is_alphabetic() || is_own_digit(c)) {
            runs.push(Run::Latin(text[start..latin_end].to_owned()));
            start = latin_end;
            in_latin = false;
        }
        if latin {
            latin_end = at + c.len_utf8();
        }
    }
    if in_latin {
        runs.push(Run::Latin(text[start..latin_end].to_owned()));
        start = latin_end;
    }
    if start < text.len() {
        runs.push(Run::Own(text[start..].to_owned()));
    }
    runs
}

/// A letter of the Latin script, with its accents (ó, ñ, ç, è), as language detection reads it.
fn is_latin_letter(c: char) -> bool {
    script::of(c) == Some(Script::Latin)
}

/// A digit of another script (५, ۳): the Spanish voice says nothing for it, so it ends a Latin
/// run and is read by the page's own voice.
fn is_own_digit(c: char) -> bool {
    c.is_numeric() && !c.is_ascii_digit()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

/// Every acronym of `words` not said as a word, marked to be read letter by letter.
fn spelled_acronyms(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    let mut rest = words;
    while let Some(start) = rest.find(|c: char| c.is_ascii_uppercase()) {
        out.push_str(&rest[..start]);
        let token = &rest[start..];
        let len = token
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(token.len());
        let word = &token[..len];
        // Only whole words of capitals: "Comisión" and "Ejecutivo" start with one.
        let preceded_by_letter = out.chars().next_back().is_some_and(char::is_alphanumeric);
        if word.len() >= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && !preceded_by_letter
            && !SAID_AS_WORDS.contains(&word)
        {
            out.push_str("<say-as interpret-as=\"characters\">");
            out.push_str(word);
            out.push_str("</say-as>");
        } else {
            out.push_str(word);
        }
        rest = &token[len..];
    }
    out.push_str(rest);
    out
}

/// The signs a voice may read by their English names, taken out: a slash ("388/2022" said
/// "slash"), a bracket (Bengali's ")।" said "right paren, Hindi danda") and a hyphen that joins
/// no two letters ("(COMAR)-এ") become a space, which is how a reader passes over them.
fn unsigned(words: &str) -> String {
    let chars: Vec<char> = words.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(at, &c)| {
            let between_letters = at > 0
                && chars[at - 1].is_alphabetic()
                && chars.get(at + 1).is_some_and(|next| next.is_alphabetic());
            match c {
                '/' | '(' | ')' | '[' | ']' => ' ',
                '-' if !between_letters => ' ',
                _ => c,
            }
        })
        .collect()
}

fn own_digits(words: &str, zero: Option<char>) -> String {
    let Some(zero) = zero else {
        return words.to_owned();
    };
    words
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(value) if c.is_ascii_digit() => char::from_u32(zero as u32 + value).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn escaped(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    for c in words.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(words: &str) -> Run {
        Run::Own(words.to_owned())
    }

    fn latin(words: &str) -> Run {
        Run::Latin(words.to_owned())
    }

    fn voice(
        name: &'static str,
        latin: Option<&'static str>,
        zero: Option<char>,
    ) -> Voice<'static> {
        Voice {
            latin_runs: latin,
            zero_digit: zero,
            ..Voice::named(name)
        }
    }

    #[test]
    fn latin_runs_are_cut_out_with_what_lies_between_their_letters() {
        assert_eq!(
            latin_runs("由 Comisión Mexicana（COMAR）审理，第 30 条。"),
            vec![
                own("由 "),
                latin("Comisión Mexicana（COMAR"),
                own("）审理，第 30 条。"),
            ]
        );
        assert_eq!(
            latin_runs("افراد LGBTIQ+: آ"),
            vec![own("افراد "), latin("LGBTIQ+"), own(": آ")]
        );
        assert_eq!(
            latin_runs("بگویید: Quiero pedir refugio."),
            vec![own("بگویید: "), latin("Quiero pedir refugio"), own(".")]
        );
        assert_eq!(
            latin_runs("Decreto Ejecutivo 5"),
            vec![latin("Decreto Ejecutivo"), own(" 5")]
        );
        assert_eq!(
            latin_runs("Decreto 5 Ejecutivo"),
            vec![latin("Decreto 5 Ejecutivo")]
        );
        // A digit of another script ends a Latin run; an accent written apart stays in it.
        assert_eq!(
            latin_runs("Decreto ५ Ejecutivo"),
            vec![latin("Decreto"), own(" ५ "), latin("Ejecutivo")]
        );
        assert_eq!(
            latin_runs("Migracio\u{301}n از"),
            vec![latin("Migracio\u{301}n"), own(" از")]
        );
        assert_eq!(latin_runs(""), vec![]);
    }

    #[test]
    fn each_run_names_its_voice_and_the_text_is_escaped() {
        let chinese = voice("cmn-latn-pinyin", Some("es-419"), None);
        assert_eq!(
            marked(&chinese, "由 COMAR 审理 <1 & 2>"),
            "<speak><voice name=\"cmn-latn-pinyin\">由 </voice>\
             <voice name=\"es-419\">COMAR</voice>\
             <voice name=\"cmn-latn-pinyin\"> 审理 &lt;1 &amp; 2&gt;</voice></speak>"
        );
    }

    #[test]
    fn acronyms_are_spelled_unless_said_as_words_here() {
        assert_eq!(
            spelled_acronyms("UNHCR, IOM y COMAR; Comisión, CBP One, ACNUR-MX, VIH2"),
            "<say-as interpret-as=\"characters\">UNHCR</say-as>, \
             <say-as interpret-as=\"characters\">IOM</say-as> y COMAR; Comisión, \
             <say-as interpret-as=\"characters\">CBP</say-as> One, ACNUR-\
             <say-as interpret-as=\"characters\">MX</say-as>, VIH2"
        );
        let persian = voice("fa", Some("es-419"), None);
        assert_eq!(
            marked(&persian, "با UNHCR یا help.unhcr.org/costarica"),
            "<speak><voice name=\"fa\">با </voice>\
             <voice name=\"es-419\"><say-as interpret-as=\"characters\">UNHCR</say-as></voice>\
             <voice name=\"fa\"> یا </voice>\
             <voice name=\"es-419\">help.unhcr.org costarica</voice></speak>"
        );
    }

    #[test]
    fn digits_are_written_in_the_voices_own_outside_latin_runs() {
        let nepali = voice("ne", Some("es-419"), Some('०'));
        assert_eq!(
            marked(&nepali, "911 मा फोन गर्नुहोस्, Decreto 5 Ejecutivo"),
            "<speak><voice name=\"ne\">९११ मा फोन गर्नुहोस्, </voice>\
             <voice name=\"es-419\">Decreto 5 Ejecutivo</voice></speak>"
        );
        assert!(needs_marking(&nepali, ""));
        let hindi = voice("hi", Some("es-419"), None);
        assert_eq!(
            marked(&hindi, "388/2022 (COMAR)-এ ए-बी"),
            "<speak><voice name=\"hi\">388 2022  </voice>\
             <voice name=\"es-419\">COMAR</voice>\
             <voice name=\"hi\">  এ ए-बी</voice></speak>"
        );
        assert!(!needs_marking(&Voice::named("es-419"), ""));
    }
}
