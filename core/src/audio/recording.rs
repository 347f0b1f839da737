//! A person's recording of a page, or of one section of it, beside `<locale>.md` in
//! `content/topics/<slug>/`:
//!
//! - `<locale>.opus` reads the whole page (title, summary and every section);
//! - `<locale>.<section>.opus` reads one `##` section, named by its id (`{#deadlines}` →
//!   `fa.deadlines.opus`; the text before the first heading is `intro`, and the first
//!   section's recording opens with the title and the summary).
//!
//! The page's front matter says when the speaker agreed to its use and which version of the
//! text each recording reads (`faro check` prints the versions it expects):
//!
//! ```toml
//! [recording]
//! consent = 2026-12-01              # the day the speaker agreed, in writing, to this use
//! text_version = "0123456789abcdef" # what <locale>.opus reads
//! [recording.sections]              # what each <locale>.<section>.opus reads
//! deadlines = "fedcba9876543210"
//! ```
//!
//! A recording without a consent date is never played. A recording made from an older text
//! is still played (a corrected comma should not silence a person's voice), but `faro check`
//! says so, with the text's current version, until it is recorded again. A whole-page
//! recording is heard instead of every section's clip; a section's recording instead of that
//! section's synthetic clip.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::speech::{section_version, text_version};
use super::{AudioShelf, Clip, VoiceKind};
use crate::content::{ContentPack, Topic};
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;

fn recording_path(pack: &ContentPack, topic: &Topic, locale: Locale) -> PathBuf {
    topic_dir(pack, topic).join(format!("{}.opus", locale.tag()))
}

/// The file name of a person's recording of one section: `<locale>.<section>.opus`.
pub fn section_recording_name(locale: Locale, section: &str) -> String {
    format!("{}.{section}.opus", locale.tag())
}

fn topic_dir(pack: &ContentPack, topic: &Topic) -> PathBuf {
    pack.dir().join("topics").join(topic.slug.as_str())
}

fn recorded_clip(path: &Path) -> Option<Clip> {
    let bytes = std::fs::read(path).ok()?;
    Some(Clip {
        file: path.to_owned(),
        kind: VoiceKind::Recorded,
        version: hex::encode(&Sha256::digest(&bytes)[..8]),
        bytes: bytes.len() as u64,
    })
}

/// Puts every usable recording (its page present, its speaker's consent recorded) on the
/// shelf, the whole page's and each section's; returns how many. Reading each file once to
/// name its version is cheap (a few hundred kilobytes each) and done at start only.
pub fn load_recordings(pack: &ContentPack, shelf: &AudioShelf) -> usize {
    let mut found = 0;
    for topic in pack.topics() {
        let dir = topic_dir(pack, topic);
        for (locale, text) in &topic.texts {
            let consented = text
                .recording
                .as_ref()
                .is_some_and(|recording| recording.consent.is_some());
            let whole = recording_path(pack, topic, *locale);
            let sections = text.sections.iter().filter_map(|section| {
                let id = section.id.as_deref()?;
                Some((Some(id), dir.join(section_recording_name(*locale, id))))
            });
            for (section, path) in std::iter::once((None, whole)).chain(sections) {
                if !consented {
                    if path.exists() {
                        tracing::warn!(path = %path.display(), "recording without the speaker's consent in front matter: not played");
                    }
                    continue;
                }
                if let Some(clip) = recorded_clip(&path) {
                    shelf.insert(topic.slug.as_str(), *locale, section, clip);
                    found += 1;
                }
            }
        }
    }
    found
}

/// What `faro check` says of the recordings: a recording without consent, without a page or
/// of no section (errors), one made from another version of the text, a `[recording]` that
/// names a file not there (warnings).
pub fn check_recordings(pack: &ContentPack) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for topic in pack.topics() {
        let dir = topic_dir(pack, topic);
        let files = recording_files(&dir);
        for locale in Locale::ALL {
            let page = dir.join(format!("{}.md", locale.tag()));
            let mine: Vec<&(Locale, Option<String>, PathBuf)> =
                files.iter().filter(|(of, ..)| *of == locale).collect();
            let Some(text) = topic.texts.get(&locale) else {
                for (_, _, audio) in mine {
                    found.push(Diagnostic::error(
                        audio,
                        1,
                        format!(
                            "a recording with no page: {} is missing or broken",
                            page.display()
                        ),
                    ));
                }
                continue;
            };
            let Some(recording) = &text.recording else {
                for (_, section, audio) in mine {
                    let (key, current) = match section {
                        None => ("text_version".to_owned(), text_version(text)),
                        Some(id) => (
                            format!("[recording.sections] {id}"),
                            section_index(text, id)
                                .map(|index| section_version(text, index))
                                .unwrap_or_default(),
                        ),
                    };
                    found.push(Diagnostic::error(
                        &page,
                        1,
                        format!(
                            "{} has no [recording] in the front matter: add consent = <the day the speaker agreed> and {key} = \"{current}\"; without the consent it is never played",
                            audio.display()
                        ),
                    ));
                }
                continue;
            };
            if recording.consent.is_none() && !mine.is_empty() {
                found.push(Diagnostic::error(
                    &page,
                    1,
                    "[recording] has no consent date (consent = 2026-12-01): without the speaker's consent the recording is never played",
                ));
            }
            for (_, section, audio) in &mine {
                let (stated, current, key) = match section {
                    None => (
                        recording.text_version.as_deref(),
                        text_version(text),
                        "text_version".to_owned(),
                    ),
                    Some(id) => {
                        let Some(index) = section_index(text, id) else {
                            found.push(Diagnostic::error(
                                audio,
                                1,
                                format!(
                                    "a recording of no section: {} has no section {{#{id}}}",
                                    page.display()
                                ),
                            ));
                            continue;
                        };
                        (
                            recording.sections.get(id).map(String::as_str),
                            section_version(text, index),
                            format!("{id} (under [recording.sections])"),
                        )
                    }
                };
                match stated {
                    Some(version) if version == current => {}
                    Some(version) => found.push(Diagnostic::warning(
                        &page,
                        1,
                        format!(
                            "the recording {} is older than its text: it reads version {version}, the text is now {current}; record it again (or, if the change is not heard, set {key} = \"{current}\")",
                            audio.display()
                        ),
                    )),
                    None => found.push(Diagnostic::warning(
                        &page,
                        1,
                        format!(
                            "[recording] does not say which text {} reads: set {key} = \"{current}\" if it reads this text",
                            audio.display()
                        ),
                    )),
                }
            }
            let has = |section: Option<&str>| {
                mine.iter()
                    .any(|(_, recorded, _)| recorded.as_deref() == section)
            };
            let named = recording
                .text_version
                .is_some()
                .then_some(None)
                .into_iter()
                .chain(recording.sections.keys().map(|id| Some(id.as_str())));
            let mut missing: Vec<String> = named
                .filter(|section| !has(*section))
                .map(|section| match section {
                    None => format!("{}.opus", locale.tag()),
                    Some(id) => section_recording_name(locale, id),
                })
                .collect();
            if mine.is_empty() && missing.is_empty() {
                missing.push(format!("{}.opus", locale.tag()));
            }
            for name in missing {
                found.push(Diagnostic::warning(
                    &page,
                    1,
                    format!(
                        "[recording] names a recording, but {} is not there",
                        dir.join(name).display()
                    ),
                ));
            }
        }
    }
    found
}

fn section_index(text: &crate::content::TopicText, id: &str) -> Option<usize> {
    text.sections
        .iter()
        .position(|section| section.id.as_deref() == Some(id))
}

/// The recordings in a topic's folder: `<locale>.opus` (section `None`) and
/// `<locale>.<section>.opus`.
fn recording_files(dir: &Path) -> Vec<(Locale, Option<String>, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".opus")?;
            let (tag, section) = match stem.split_once('.') {
                Some((tag, section)) => (tag, Some(section.to_owned())),
                None => (stem, None),
            };
            Some((tag.parse::<Locale>().ok()?, section, entry.path()))
        })
        .collect();
    files.sort();
    files
}
