//! Which locale may be spoken by which espeak-ng voice. The table is what was checked by
//! listening (`reviews/field-2026-12.md` §3); the configuration's allowlist (`tts_locales`)
//! can only narrow it. Pashto, Tigrinya and Somali have no voice: espeak-ng has none, and the
//! Persian and Amharic voices read their scripts with another language's rules, which is worse
//! than no audio at all.

use crate::locale::Locale;

/// An espeak-ng voice and the pace it reads at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Voice<'a> {
    /// espeak-ng's name for it (`fa`, `cmn-latn-pinyin`).
    pub name: &'a str,
    /// espeak-ng's `-s`; `None` is its own default (175). Set per locale by listening
    /// (`tts_words_per_minute`); for Mandarin its "words" are syllables.
    pub words_per_minute: Option<u32>,
    /// The voice for runs of Latin letters in a page written in another script
    /// ([`latin_runs_voice`]); `None`: this voice reads them.
    pub latin_runs: Option<&'a str>,
    /// The zero of the digits this voice reads in its own language, where it reads ASCII
    /// digits in another ([`own_zero_digit`]).
    pub zero_digit: Option<char>,
    /// The voice for the sentences a page in a Latin script tells a person to say in Spanish
    /// ([`spanish_sentences_voice`]); `None`: this voice reads them.
    pub spanish_sentences: Option<&'a str>,
}

impl<'a> Voice<'a> {
    /// The voice at espeak-ng's own pace.
    pub fn named(name: &'a str) -> Self {
        Voice {
            name,
            words_per_minute: None,
            latin_runs: None,
            zero_digit: None,
            spanish_sentences: None,
        }
    }
}

/// The espeak-ng voice for `locale`, or `None` where no acceptable voice exists.
pub fn espeak_voice(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::En => Some("en-us"),
        // Latin American Spanish and Brazilian Portuguese: the accents heard on this route.
        Locale::Es => Some("es-419"),
        Locale::Fr => Some("fr-fr"),
        Locale::Pt => Some("pt-br"),
        Locale::Ht => Some("ht"),
        Locale::Fa => Some("fa"),
        Locale::Ar => Some("ar"),
        Locale::Ur => Some("ur"),
        Locale::Hi => Some("hi"),
        Locale::Bn => Some("bn"),
        Locale::Ne => Some("ne"),
        // Not `cmn`: in espeak-ng 1.51 (Debian bookworm) that voice turns each character into
        // its pinyin and then reads most of them with English rules, tone number and all
        // (申请 → "shen one, qing three"; espeak-ng/espeak-ng#1236). `cmn-latn-pinyin`
        // reads the characters in Mandarin; its Latin letters go to the Spanish voice
        // (`latin_runs_voice`), so its reading of them as pinyin never matters.
        Locale::ZhHans => Some("cmn-latn-pinyin"),
        Locale::Am => Some("am"),
        Locale::Ps | Locale::Ti | Locale::So => None,
    }
}

/// The voice that reads the runs of Latin letters in a page written in another script: the
/// Spanish names of offices and laws, and the sentences a person is told to say in Spanish.
/// `None` where the page's own script is Latin (its voice reads them).
pub fn latin_runs_voice(locale: Locale) -> Option<&'static str> {
    use Locale::*;
    match locale {
        Fa | Ps | Ar | Ur | Hi | Bn | Ne | ZhHans | Am | Ti => Some("es-419"),
        En | Es | Fr | Pt | Ht | So => None,
    }
}

/// The voice for the sentences to say in Spanish (`"**Quiero pedir refugio.**"`) in a page in
/// a Latin script, read with the page's own rules otherwise: Haitian Creole's "pedih
/// hefugio", English's "kwee-ero". `None` for Spanish itself and for the other scripts, whose
/// Latin runs go to [`latin_runs_voice`].
pub fn spanish_sentences_voice(locale: Locale) -> Option<&'static str> {
    use Locale::*;
    match locale {
        En | Fr | Pt | Ht | So => Some("es-419"),
        Es | Fa | Ps | Ar | Ur | Hi | Bn | Ne | ZhHans | Am | Ti => None,
    }
}

/// The digit zero of the numerals a voice reads in its own language, where it reads ASCII
/// digits in another: espeak-ng's Nepali reads `911` as English "nine one one" and `१९५१`
/// in Nepali.
pub fn own_zero_digit(locale: Locale) -> Option<char> {
    match locale {
        Locale::Ne => Some('\u{0966}'),
        _ => None,
    }
}

/// Everything the engine needs to read `locale` at `words_per_minute` (`None`: espeak-ng's
/// own pace), or `None` where no acceptable voice exists.
pub fn voice_for(locale: Locale, words_per_minute: Option<u32>) -> Option<Voice<'static>> {
    Some(Voice {
        name: espeak_voice(locale)?,
        words_per_minute,
        latin_runs: latin_runs_voice(locale),
        zero_digit: own_zero_digit(locale),
        spanish_sentences: spanish_sentences_voice(locale),
    })
}

/// The locales with an acceptable voice: the default allowlist.
pub fn with_voice() -> Vec<Locale> {
    Locale::ALL
        .into_iter()
        .filter(|locale| espeak_voice(*locale).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pashto_tigrinya_and_somali_have_no_voice() {
        for locale in [Locale::Ps, Locale::Ti, Locale::So] {
            assert_eq!(espeak_voice(locale), None, "{locale}");
            assert!(!with_voice().contains(&locale));
        }
        assert_eq!(with_voice().len(), 13);
    }
}
