//! Speech synthesis offline: espeak-ng writes a WAV, opusenc makes it a small OGG/Opus file
//! (what Telegram's `sendVoice` and browsers play). Both are Debian packages run as commands,
//! which keeps a GPL library out of Faro's binary and downloads nothing at run time.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::marking::{marked, needs_marking};
use super::speech::unmarked;
use super::voices::Voice;

/// Turns text into an OGG/Opus file in two steps, so that the bitrate of a page's clips can be
/// chosen from their length together. The engine behind it is a detail; tests count calls.
pub trait Synthesizer: Send + Sync {
    /// Writes `text` spoken by `voice` to the WAV file `wav`; returns its length in seconds.
    fn speak(&self, voice: &Voice, text: &str, wav: &Path) -> Result<f64, SynthError>;
    /// Encodes `wav` as OGG/Opus at `kbps` into `out` (replacing it).
    fn encode(&self, wav: &Path, kbps: u32, out: &Path) -> Result<(), SynthError>;
}

#[derive(Debug, thiserror::Error)]
pub enum SynthError {
    #[error(
        "cannot run {program}: {source} (install the Debian packages espeak-ng and opus-tools)"
    )]
    Spawn {
        program: String,
        source: std::io::Error,
    },
    #[error("{program} failed ({status}): {stderr}")]
    Failed {
        program: String,
        status: std::process::ExitStatus,
        stderr: String,
    },
    #[error("audio file: {0}")]
    Io(#[from] std::io::Error),
}

/// The pace `tts_words_per_minute` may set, espeak-ng's own bounds.
pub const WORDS_PER_MINUTE: std::ops::RangeInclusive<u32> = 80..=450;

/// Opus at 12 kbit/s mono or lower: speech stays intelligible down to 6 (STOI 0.89 against
/// the WAV; 0.85 at 5, 0.69 at 4 — BENCHMARKS.md), and a long page
/// (the asylum page runs about ten minutes in most locales) should stay under `BUDGET_BYTES`.
pub const MAX_KBPS: u32 = 12;
pub const MIN_KBPS: u32 = 6;
/// Opus frames of 60 ms rather than opusenc's 20: three times fewer packets, each with its
/// own header and Ogg lacing, which at 6 kbit/s were an eighth of the file (with the first
/// Chinese voice, the asylum page, 12 min 52 s: 667 KB with 20 ms frames, 588 KB with 60).
/// Speech loses nothing heard; only the delay before the first sound grows, by 40 ms.
pub const FRAME_MS: &str = "60";
/// A topic's audio, all its sections together, stays under 400 KB where 6 kbit/s allows (a
/// phone on a prepaid plan keeping a locale's pages); each section's clip is then far under it.
pub const BUDGET_BYTES: u64 = 400_000;

/// espeak-ng and opusenc, found on `PATH` unless given.
#[derive(Clone, Debug)]
pub struct Espeak {
    pub espeak: PathBuf,
    pub opusenc: PathBuf,
}

impl Default for Espeak {
    fn default() -> Self {
        Espeak {
            espeak: "espeak-ng".into(),
            opusenc: "opusenc".into(),
        }
    }
}

impl Espeak {
    /// espeak-ng, ready to read `text` in `voice`: the command and what to give it on stdin.
    fn espeak_command(&self, voice: &Voice, text: &str) -> (Command, String) {
        let mut espeak = Command::new(&self.espeak);
        espeak.args(["-v", voice.name]);
        if let Some(pace) = voice.words_per_minute {
            espeak.arg("-s").arg(pace.to_string());
        }
        if needs_marking(voice, text) {
            espeak.arg("-m");
            (espeak, marked(voice, text))
        } else {
            (espeak, unmarked(text))
        }
    }

    /// What espeak-ng would say for `text` in `voice`, as its phoneme mnemonics, without
    /// sound: where it reads a word with another language's rules it writes that language's
    /// name in brackets (`(en)`). How a voice is checked without a listener.
    pub fn phonemes(&self, voice: &Voice, text: &str) -> Result<String, SynthError> {
        let (mut espeak, input) = self.espeak_command(voice, text);
        espeak.args(["-q", "-x", "--stdin"]);
        run_with_input(&mut espeak, &self.espeak, &input)
    }
}

impl Synthesizer for Espeak {
    fn speak(&self, voice: &Voice, text: &str, wav: &Path) -> Result<f64, SynthError> {
        let (mut espeak, input) = self.espeak_command(voice, text);
        espeak.arg("-w").arg(wav).arg("--stdin");
        run_with_input(&mut espeak, &self.espeak, &input)?;
        Ok(wav_seconds(&std::fs::read(wav)?).unwrap_or(0.0))
    }

    fn encode(&self, wav: &Path, kbps: u32, out: &Path) -> Result<(), SynthError> {
        let mut opusenc = Command::new(&self.opusenc);
        opusenc
            .args([
                "--quiet",
                "--downmix-mono",
                "--framesize",
                FRAME_MS,
                "--bitrate",
            ])
            .arg(kbps.to_string())
            .arg(wav)
            .arg(out);
        run_with_input(&mut opusenc, &self.opusenc, "")?;
        Ok(())
    }
}

/// Runs `command` with `input` on stdin; its output, as text.
fn run_with_input(
    command: &mut Command,
    program: &Path,
    input: &str,
) -> Result<String, SynthError> {
    let program_name = program.display().to_string();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| SynthError::Spawn {
            program: program_name.clone(),
            source,
        })?;
    // Written from another thread while the output is read: espeak-ng writes phonemes as it
    // reads, and a page's could fill the pipe before it has read all of the page.
    let writer = child.stdin.take().map(|mut stdin| {
        let input = input.to_owned();
        std::thread::spawn(move || stdin.write_all(input.as_bytes()))
    });
    let output = child.wait_with_output()?;
    let written = match writer.map(std::thread::JoinHandle::join) {
        None | Some(Ok(Ok(()))) => Ok(()),
        Some(Ok(Err(error))) => Err(error),
        Some(Err(_)) => Err(std::io::Error::other(
            "the thread writing its input stopped",
        )),
    };
    if output.status.success() {
        written?;
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(SynthError::Failed {
            program: program_name,
            status: output.status,
            stderr: String::from_utf8_lossy(&output.stderr)
                .chars()
                .take(300)
                .collect(),
        })
    }
}

/// The highest bitrate, at most [`MAX_KBPS`], at which `seconds` of speech fit `budget_bytes`
/// (with a tenth left for the OGG pages' overhead); never below [`MIN_KBPS`].
pub fn bitrate_for(seconds: f64, budget_bytes: u64) -> u32 {
    if seconds <= 0.0 {
        return MAX_KBPS;
    }
    let fits = budget_bytes as f64 * 0.9 * 8.0 / seconds / 1000.0;
    (fits.floor() as u32).clamp(MIN_KBPS, MAX_KBPS)
}

/// A WAV file's length from its header (`fmt ` byte rate, `data` size); `None` when it is
/// not a WAV this understands. espeak-ng leaves the data size at its maximum when it writes
/// to a pipe, so the file's own length bounds it.
pub fn wav_seconds(wav: &[u8]) -> Option<f64> {
    if wav.len() < 12 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return None;
    }
    let mut at = 12;
    let mut byte_rate = None;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = u32::from_le_bytes(wav[at + 4..at + 8].try_into().ok()?) as usize;
        let body = at + 8;
        if id == b"fmt " && body + 12 <= wav.len() {
            byte_rate = Some(u32::from_le_bytes(
                wav[body + 8..body + 12].try_into().ok()?,
            ));
        }
        if id == b"data" {
            let data = size.min(wav.len() - body);
            return byte_rate
                .filter(|rate| *rate > 0)
                .map(|rate| data as f64 / f64::from(rate));
        }
        at = body.checked_add(size)?.checked_add(size % 2)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_pages_get_a_lower_bitrate_to_fit_the_budget() {
        assert_eq!(bitrate_for(10.0, BUDGET_BYTES), 12);
        // 5 minutes at 12 kbit/s is 450 KB: over; 9 kbit/s fits.
        assert_eq!(bitrate_for(300.0, BUDGET_BYTES), 9);
        assert_eq!(bitrate_for(3_600.0, BUDGET_BYTES), MIN_KBPS);
        assert_eq!(bitrate_for(0.0, BUDGET_BYTES), MAX_KBPS);
    }

    #[test]
    fn reads_a_wav_header() {
        let mut wav = Vec::new();
        wav.extend_from_slice(b"RIFF\0\0\0\0WAVEfmt ");
        wav.extend_from_slice(&16u32.to_le_bytes());
        wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
        wav.extend_from_slice(&1u16.to_le_bytes()); // mono
        wav.extend_from_slice(&22_050u32.to_le_bytes());
        wav.extend_from_slice(&44_100u32.to_le_bytes()); // bytes per second
        wav.extend_from_slice(&2u16.to_le_bytes());
        wav.extend_from_slice(&16u16.to_le_bytes());
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&u32::MAX.to_le_bytes());
        wav.extend(std::iter::repeat_n(0u8, 88_200));
        assert_eq!(wav_seconds(&wav), Some(2.0));
        assert_eq!(wav_seconds(b"not a wav"), None);
    }
}
