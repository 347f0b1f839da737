//! Audio for people who read little or not at all: each topic page, in each locale, can be
//! heard. A person's recording comes first (`<locale>.opus` beside the page, with the speaker's
//! consent and the text version it reads in the page's front matter, `recording.rs`). Where
//! there is none, Faro makes one offline with espeak-ng and opusenc (`engine.rs`), only for the
//! locales of the `tts_locales` allowlist that have an acceptable voice (`voices.rs`): never a
//! wrong voice. That is slow (seconds per page), so it is made once, in the background after
//! start, and kept on disk under `audio_cache_dir`, named by a hash of the words and the voice
//! (`build.rs`): a restart with unchanged content makes nothing again.
//!
//! The adapters read what is ready from the [`AudioShelf`]: the web pages show a "Listen"
//! control, the bot a "Listen" button that sends a voice note. No HTTP or Telegram here.

mod build;
mod engine;
mod recording;
mod speech;
mod voices;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

pub use build::{AudioSettings, BuildReport, BuiltClip, build, cache_key, spawn_build};
pub use engine::{Espeak, SynthError, Synthesizer};
pub use recording::{check_recordings, load_recordings};
pub use speech::{speech_text, text_version};
pub use voices::{espeak_voice, with_voice};

use crate::locale::Locale;

/// Whose voice a clip is in: readers are told when it is a computer's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceKind {
    /// A person read the page (`<locale>.opus` in the content pack).
    Recorded,
    /// Made by the text-to-speech engine: labelled "computer voice" wherever it is offered.
    Synthetic,
}

/// One page's audio in one locale: an OGG/Opus file on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clip {
    pub file: PathBuf,
    pub kind: VoiceKind,
    /// 16 hex digits that change when the sound does, for addresses that can be cached for
    /// good.
    pub version: String,
    pub bytes: u64,
}

/// The clips ready to be heard, by topic and locale: recordings at start, synthetic speech as
/// the background build makes it. Cheap to clone; every channel holds the same one.
#[derive(Clone, Default)]
pub struct AudioShelf {
    clips: Arc<RwLock<BTreeMap<(String, Locale), Clip>>>,
    /// Counts changes, so that a page cache can tell its pages lack a clip made since.
    generation: Arc<AtomicU64>,
}

impl AudioShelf {
    /// The clip for a topic's text in `locale` (the locale the text is shown in, after any
    /// fallback, so that what is heard is what is read).
    pub fn get(&self, slug: &str, locale: Locale) -> Option<Clip> {
        let clips = self.clips.read().ok()?;
        clips.get(&(slug.to_owned(), locale)).cloned()
    }

    pub fn insert(&self, slug: &str, locale: Locale, clip: Clip) {
        if let Ok(mut clips) = self.clips.write() {
            clips.insert((slug.to_owned(), locale), clip);
            self.generation.fetch_add(1, Ordering::Release);
        }
    }

    /// Every clip, by topic and locale.
    pub fn all(&self) -> Vec<(String, Locale, Clip)> {
        self.clips
            .read()
            .map(|clips| {
                clips
                    .iter()
                    .map(|((slug, locale), clip)| (slug.clone(), *locale, clip.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.clips.read().map(|clips| clips.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Changes whenever a clip is added or replaced.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }
}

impl std::fmt::Debug for AudioShelf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AudioShelf")
            .field("clips", &self.len())
            .finish()
    }
}

#[cfg(test)]
mod tests;
