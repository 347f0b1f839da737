//! Language of a free-text message: one of the sixteen locales or unknown, with a confidence.
//!
//! Interim implementation on whatlang alone; the project's own n-gram detector replaces the
//! inside of [`LanguageDetector`] without changing this interface.

use crate::locale::Locale;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Detection {
    /// `None` when the text is not recognisably one of the sixteen locales.
    pub locale: Option<Locale>,
    /// 0.0 to 1.0.
    pub confidence: f32,
}

/// Built once and shared; `Send + Sync`.
#[derive(Debug, Default)]
pub struct LanguageDetector {}

impl LanguageDetector {
    pub fn new() -> Self {
        LanguageDetector {}
    }

    pub fn detect(&self, text: &str) -> Detection {
        let Some(info) = whatlang::detect(text) else {
            return Detection {
                locale: None,
                confidence: 0.0,
            };
        };
        let locale = match info.lang() {
            whatlang::Lang::Eng => Some(Locale::En),
            whatlang::Lang::Spa => Some(Locale::Es),
            whatlang::Lang::Fra => Some(Locale::Fr),
            whatlang::Lang::Por => Some(Locale::Pt),
            whatlang::Lang::Pes => Some(Locale::Fa),
            whatlang::Lang::Ara => Some(Locale::Ar),
            whatlang::Lang::Urd => Some(Locale::Ur),
            whatlang::Lang::Hin => Some(Locale::Hi),
            whatlang::Lang::Ben => Some(Locale::Bn),
            whatlang::Lang::Nep => Some(Locale::Ne),
            whatlang::Lang::Cmn => Some(Locale::ZhHans),
            whatlang::Lang::Amh => Some(Locale::Am),
            _ => None,
        };
        Detection {
            locale,
            confidence: if locale.is_some() {
                info.confidence() as f32
            } else {
                0.0
            },
        }
    }
}
