//! Which locale may be spoken by which espeak-ng voice. The table is what was checked by
//! listening (`reviews/field-2026-12.md` §3); the configuration's allowlist (`tts_locales`)
//! can only narrow it. Pashto, Tigrinya and Somali have no voice: espeak-ng has none, and the
//! Persian and Amharic voices read their scripts with another language's rules, which is worse
//! than no audio at all.

use crate::locale::Locale;

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
        Locale::ZhHans => Some("cmn"),
        Locale::Am => Some("am"),
        Locale::Ps | Locale::Ti | Locale::So => None,
    }
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
