//! Audio for people who read little or not at all: each topic page, the emergency numbers and
//! the interpreter request's explanation, in each locale, can be heard. A topic is heard one
//! `##` section at a time, one clip each, so that no download is large (the longest page runs
//! about ten minutes) and a reader hears the part they are at. A person's recording comes
//! first (`<locale>.opus` for the whole page, or `<locale>.<section>.opus` for one section,
//! beside the page, with the speaker's consent and the text version it reads in the page's
//! front matter, `recording.rs`). Where there is none, Faro makes one offline with espeak-ng
//! and opusenc (`engine.rs`), only for the locales of the `tts_locales` allowlist that have an
//! acceptable voice (`voices.rs`): never a wrong voice. That is slow (seconds per page), so it
//! is made once, in the background after start, and kept on disk under `audio_cache_dir`,
//! named by a hash of the words and the voice (`build.rs`): a restart with unchanged content
//! makes nothing again. What each page says aloud is `pages.rs`.
//!
//! The adapters read what is ready from the [`AudioShelf`]: the web pages show a "Listen"
//! control, the bot a "Listen" button that sends a voice note. No HTTP or Telegram here.

mod build;
mod engine;
mod marking;
mod pages;
mod recording;
mod speech;
mod voices;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

pub use build::{AudioSettings, BuildReport, BuiltClip, build, cache_key, spawn_build};
pub use engine::{Espeak, SynthError, Synthesizer, WORDS_PER_MINUTE};
pub use pages::{
    EMERGENCY_PAGE, INTERPRETER_PAGE, PageSpeech, Piece, interface_speech, pages_to_speak,
    topic_speech,
};
pub use recording::{check_recordings, load_recordings, section_recording_name};
pub use speech::{section_speech, section_version, speech_text, text_version};
pub use voices::{Voice, espeak_voice, latin_runs_voice, own_zero_digit, voice_for, with_voice};

use crate::locale::Locale;

/// Whose voice a clip is in: readers are told when it is a computer's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceKind {
    /// A person read the page or the section (`<locale>.opus`, `<locale>.<section>.opus` in
    /// the content pack).
    Recorded,
    /// Made by the text-to-speech engine: labelled "computer voice" wherever it is offered.
    Synthetic,
}

/// One clip: an OGG/Opus file on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clip {
    pub file: PathBuf,
    pub kind: VoiceKind,
    /// 16 hex digits that change when the sound does, for addresses that can be cached for
    /// good.
    pub version: String,
    pub bytes: u64,
}

/// Where a clip belongs: a page (a topic's slug, or [`EMERGENCY_PAGE`], [`INTERPRETER_PAGE`]),
/// the locale of the text it reads, and the section it reads (a topic's section id), or
/// `None` for the whole page at once (a person's recording of all of it, or a page without
/// sections).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClipKey {
    pub page: String,
    pub locale: Locale,
    pub section: Option<String>,
}

impl ClipKey {
    pub fn new(page: &str, locale: Locale, section: Option<&str>) -> Self {
        ClipKey {
            page: page.to_owned(),
            locale,
            section: section.map(str::to_owned),
        }
    }
}

/// The clips ready to be heard: recordings at start, synthetic speech as the background build
/// makes it. Cheap to clone; every channel holds the same one.
#[derive(Clone, Default)]
pub struct AudioShelf {
    clips: Arc<RwLock<BTreeMap<ClipKey, Clip>>>,
    /// Counts changes, so that a page cache can tell its pages lack a clip made since.
    generation: Arc<AtomicU64>,
}

impl AudioShelf {
    /// The clip of `section` of `page` (`None`: the whole page) in `locale` (the locale the
    /// text is shown in, after any fallback, so that what is heard is what is read).
    pub fn get(&self, page: &str, locale: Locale, section: Option<&str>) -> Option<Clip> {
        let clips = self.clips.read().ok()?;
        clips.get(&ClipKey::new(page, locale, section)).cloned()
    }

    pub fn insert(&self, page: &str, locale: Locale, section: Option<&str>, clip: Clip) {
        if let Ok(mut clips) = self.clips.write() {
            clips.insert(ClipKey::new(page, locale, section), clip);
            self.generation.fetch_add(1, Ordering::Release);
        }
    }

    /// What a reader hears of `page` in `locale`, in the order of `sections`: a recording of
    /// the whole page alone when there is one (it reads every section), otherwise each
    /// section's clip that is ready, with its section id.
    pub fn page_clips<'s>(
        &self,
        page: &str,
        locale: Locale,
        sections: impl IntoIterator<Item = &'s str>,
    ) -> Vec<(Option<String>, Clip)> {
        if let Some(whole) = self.get(page, locale, None) {
            return vec![(None, whole)];
        }
        sections
            .into_iter()
            .filter_map(|id| Some((Some(id.to_owned()), self.get(page, locale, Some(id))?)))
            .collect()
    }

    /// Every clip, in the order of its key.
    pub fn all(&self) -> Vec<(ClipKey, Clip)> {
        self.clips
            .read()
            .map(|clips| {
                clips
                    .iter()
                    .map(|(key, clip)| (key.clone(), clip.clone()))
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
