//! Making the synthetic clips: for each topic page in an allowlisted locale with a voice and no
//! recording, the words are hashed with the voice into a cache key; a file of that name under
//! `audio_cache_dir` is used as it is, otherwise the engine makes it. Run once after start, in
//! the background, so that serving never waits for it: pages offer "Listen" as each clip is
//! ready.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::engine::{Espeak, Synthesizer};
use super::speech::speech_text;
use super::voices::espeak_voice;
use super::{AudioShelf, Clip, VoiceKind};
use crate::app::App;
use crate::config::Config;
use crate::content::ContentPack;
use crate::locale::Locale;

/// Bumped when the way clips are made changes (the engine's options, the bitrate's rule), so
/// that old files are not taken for new ones.
const RECIPE: &str = "espeak-ng+opusenc/v2-60ms";

/// What the build needs from the configuration.
#[derive(Clone, Debug)]
pub struct AudioSettings {
    pub cache_dir: PathBuf,
    /// Locales that get synthetic speech (`tts_locales`); those without a voice are skipped
    /// even if listed (the configuration refuses them anyway).
    pub locales: Vec<Locale>,
}

impl AudioSettings {
    pub fn from_config(config: &Config) -> Self {
        AudioSettings {
            cache_dir: config.audio_cache_dir.clone(),
            locales: config.tts_locales.clone(),
        }
    }
}

/// One clip the build put on the shelf.
#[derive(Clone, Debug)]
pub struct BuiltClip {
    pub slug: String,
    pub locale: Locale,
    pub bytes: u64,
    /// Made now (false: found in the cache).
    pub made: bool,
}

#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    pub clips: Vec<BuiltClip>,
    pub failed: usize,
    pub took: Duration,
}

impl BuildReport {
    pub fn made(&self) -> usize {
        self.clips.iter().filter(|clip| clip.made).count()
    }

    pub fn cached(&self) -> usize {
        self.clips.len() - self.made()
    }
}

/// The cache's name for `text` spoken by `voice`: 32 hex digits.
pub fn cache_key(voice: &str, text: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [RECIPE, voice, text] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..16])
}

/// Makes (or finds in the cache) every synthetic clip the pack needs and puts each on the
/// shelf as soon as it is ready. Blocking: the engine runs one page at a time, leaving the
/// other cores to serving. Stops between two pages once `stop` is set (shutting down).
pub fn build(
    pack: &ContentPack,
    shelf: &AudioShelf,
    settings: &AudioSettings,
    engine: &dyn Synthesizer,
    stop: &AtomicBool,
) -> BuildReport {
    let started = Instant::now();
    let mut report = BuildReport::default();
    if let Err(error) = std::fs::create_dir_all(&settings.cache_dir) {
        tracing::warn!(%error, dir = %settings.cache_dir.display(), "audio cache folder cannot be made; no synthetic audio");
        return report;
    }
    for topic in pack.topics() {
        for (locale, text) in &topic.texts {
            if stop.load(Ordering::Relaxed) {
                report.took = started.elapsed();
                return report;
            }
            let slug = topic.slug.as_str();
            if !settings.locales.contains(locale)
                || shelf
                    .get(slug, *locale)
                    .is_some_and(|clip| clip.kind == VoiceKind::Recorded)
            {
                continue;
            }
            let Some(voice) = espeak_voice(*locale) else {
                continue;
            };
            let words = speech_text(text);
            let key = cache_key(voice, &words);
            let file = settings.cache_dir.join(format!("{key}.opus"));
            let made = !file.exists();
            if made && let Err(error) = make(engine, voice, &words, &file) {
                tracing::warn!(%error, topic = slug, %locale, "synthetic audio not made");
                report.failed += 1;
                continue;
            }
            let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            shelf.insert(
                slug,
                *locale,
                Clip {
                    file,
                    kind: VoiceKind::Synthetic,
                    version: key[..16].to_owned(),
                    bytes,
                },
            );
            report.clips.push(BuiltClip {
                slug: slug.to_owned(),
                locale: *locale,
                bytes,
                made,
            });
        }
    }
    report.took = started.elapsed();
    report
}

/// Writes beside the final name and renames, so that a clip cut short (a crash, a full disk)
/// is never taken for a whole one.
fn make(
    engine: &dyn Synthesizer,
    voice: &str,
    words: &str,
    file: &Path,
) -> Result<(), super::SynthError> {
    let partial = file.with_extension("opus.part");
    engine.synthesize(voice, words, &partial)?;
    std::fs::rename(&partial, file)?;
    Ok(())
}

/// Starts the build on a blocking thread with espeak-ng, so that start-up does not wait for
/// it; logs what it did. Nothing to do when `tts_locales` is empty. Setting `stop` ends it
/// after the page being made.
pub fn spawn_build(
    app: &App,
    stop: Arc<AtomicBool>,
) -> Option<tokio::task::JoinHandle<BuildReport>> {
    let settings = AudioSettings::from_config(&app.config);
    if settings.locales.is_empty() {
        return None;
    }
    let content = Arc::clone(&app.content);
    let shelf = app.audio.clone();
    Some(tokio::task::spawn_blocking(move || {
        let report = build(&content, &shelf, &settings, &Espeak::default(), &stop);
        tracing::info!(
            made = report.made(),
            cached = report.cached(),
            failed = report.failed,
            seconds = report.took.as_secs_f64(),
            "synthetic audio ready"
        );
        report
    }))
}
