//! Making the synthetic clips: for each page in an allowlisted locale with a voice, every
//! piece (a topic's section, or a whole short page) that no person recorded is spoken. A page's
//! pieces are made together, so that one bitrate fits all of them into the page's budget; each
//! is named by a hash of the voice, the page's spoken words and the piece, and a file of that
//! name under `audio_cache_dir` is used as it is. Run once after start, in the background, so
//! that serving never waits for it: pages offer "Listen" as each page's clips are ready.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::engine::{BUDGET_BYTES, Espeak, Synthesizer, bitrate_for};
use super::marking::{MARKING, needs_marking};
use super::pages::{PageSpeech, Piece, pages_to_speak};
use super::voices::{Voice, voice_for};
use super::{AudioShelf, Clip, VoiceKind};
use crate::app::App;
use crate::config::Config;
use crate::locale::Locale;

/// Bumped when the way clips are made changes (the engine's options, the bitrate's rule), so
/// that old files are not taken for new ones. v3: one clip per section, the bitrate chosen
/// for the page's sections together.
const RECIPE: &str = "espeak-ng+opusenc/v3-sections-60ms";

/// What the build needs from the configuration.
#[derive(Clone, Debug)]
pub struct AudioSettings {
    pub cache_dir: PathBuf,
    /// Locales that get synthetic speech (`tts_locales`); those without a voice are skipped
    /// even if listed (the configuration refuses them anyway).
    pub locales: Vec<Locale>,
    /// The pace of a locale's voice where it is not espeak-ng's own (`tts_words_per_minute`).
    pub words_per_minute: BTreeMap<Locale, u32>,
}

impl AudioSettings {
    pub fn from_config(config: &Config) -> Self {
        AudioSettings {
            cache_dir: config.audio_cache_dir.clone(),
            locales: config.tts_locales.clone(),
            words_per_minute: config.tts_words_per_minute.clone(),
        }
    }
}

/// One clip the build put on the shelf.
#[derive(Clone, Debug)]
pub struct BuiltClip {
    pub page: String,
    pub locale: Locale,
    pub section: Option<String>,
    pub bytes: u64,
    /// Made now (false: found in the cache).
    pub made: bool,
}

#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    pub clips: Vec<BuiltClip>,
    /// Pages whose clips could not be made.
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

/// The cache's name for `piece` of a page whose synthetic pieces say `words`, spoken by
/// `voice`: 32 hex digits. Every word of the page counts, since they set the bitrate together.
/// A pace of its own is part of the name (espeak-ng's default pace adds nothing, so that clips
/// made before paces could be set keep their names).
pub fn cache_key(voice: &Voice, words: &[&str], piece: Option<&str>) -> String {
    let mut hasher = Sha256::new();
    for part in [RECIPE, voice.name, piece.unwrap_or("")] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    if let Some(pace) = voice.words_per_minute {
        hasher.update(format!("-s {pace}").as_bytes());
        hasher.update([0]);
    }
    // Like the pace: only where marked, so that pages in a Latin script without a Spanish
    // sentence keep their clips.
    let marked = words.iter().any(|text| needs_marking(voice, text));
    if marked {
        hasher.update(MARKING.as_bytes());
        hasher.update([0]);
    }
    if let Some(spanish) = voice.spanish_sentences.filter(|_| marked) {
        hasher.update(format!("spanish {spanish}").as_bytes());
        hasher.update([0]);
    }
    if let Some(latin) = voice.latin_runs {
        hasher.update(format!("latin {latin}").as_bytes());
        hasher.update([0]);
    }
    if let Some(zero) = voice.zero_digit {
        hasher.update(format!("digits {zero}").as_bytes());
        hasher.update([0]);
    }
    for text in words {
        hasher.update(text.as_bytes());
        hasher.update([1]);
    }
    hex::encode(&hasher.finalize()[..16])
}

/// Makes (or finds in the cache) every synthetic clip the `pages` need and puts each page's
/// on the shelf as soon as they are ready. Blocking: the engine runs one piece at a time,
/// leaving the other cores to serving. Stops between two pages once `stop` is set.
pub fn build(
    pages: &[PageSpeech],
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
    for page in pages {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        if !settings.locales.contains(&page.locale) {
            continue;
        }
        let pace = settings.words_per_minute.get(&page.locale).copied();
        let Some(voice) = voice_for(page.locale, pace) else {
            continue;
        };
        let recorded = |section: Option<&str>| {
            shelf
                .get(&page.page, page.locale, section)
                .is_some_and(|clip| clip.kind == VoiceKind::Recorded)
        };
        if recorded(None) {
            continue;
        }
        let pieces: Vec<&Piece> = page
            .pieces
            .iter()
            .filter(|piece| !recorded(piece.section.as_deref()))
            .collect();
        if pieces.is_empty() {
            continue;
        }
        let words: Vec<&str> = pieces.iter().map(|piece| piece.words.as_str()).collect();
        let files: Vec<(PathBuf, String)> = pieces
            .iter()
            .map(|piece| {
                let key = cache_key(&voice, &words, piece.section.as_deref());
                (settings.cache_dir.join(format!("{key}.opus")), key)
            })
            .collect();
        let made = files.iter().any(|(file, _)| !file.exists());
        if made && let Err(error) = make(engine, &voice, &pieces, &files) {
            tracing::warn!(%error, page = page.page, locale = %page.locale, "synthetic audio not made");
            report.failed += 1;
            continue;
        }
        for (piece, (file, key)) in pieces.iter().zip(files) {
            let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
            let section = piece.section.as_deref();
            shelf.insert(
                &page.page,
                page.locale,
                section,
                Clip {
                    file,
                    kind: VoiceKind::Synthetic,
                    version: key[..16].to_owned(),
                    bytes,
                },
            );
            report.clips.push(BuiltClip {
                page: page.page.clone(),
                locale: page.locale,
                section: piece.section.clone(),
                bytes,
                made,
            });
        }
    }
    report.took = started.elapsed();
    report
}

/// Speaks every piece, chooses the one bitrate at which all of them fit the page's budget,
/// and encodes each beside its final name before renaming, so that a clip cut short (a
/// crash, a full disk) is never taken for a whole one.
fn make(
    engine: &dyn Synthesizer,
    voice: &Voice,
    pieces: &[&Piece],
    files: &[(PathBuf, String)],
) -> Result<(), super::SynthError> {
    let work = tempfile::tempdir()?;
    let mut seconds = 0.0;
    let mut waves = Vec::with_capacity(pieces.len());
    for (index, piece) in pieces.iter().enumerate() {
        let wav = work.path().join(format!("{index}.wav"));
        seconds += engine.speak(voice, &piece.words, &wav)?;
        waves.push(wav);
    }
    let kbps = bitrate_for(seconds, BUDGET_BYTES);
    for (wav, (file, _)) in waves.iter().zip(files) {
        let partial = file.with_extension("opus.part");
        engine.encode(wav, kbps, &partial)?;
        std::fs::rename(&partial, file)?;
    }
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
    let pages = pages_to_speak(&app.content, &app.translations, app.config.retention_days);
    let shelf = app.audio.clone();
    Some(tokio::task::spawn_blocking(move || {
        let report = build(&pages, &shelf, &settings, &Espeak::default(), &stop);
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
