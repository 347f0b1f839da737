//! A person's recording of a page: `content/topics/<slug>/<locale>.opus`, beside
//! `<locale>.md`, whose front matter says when the speaker agreed to its use and which version
//! of the text they read:
//!
//! ```toml
//! [recording]
//! consent = 2026-12-01              # the day the speaker agreed, in writing, to this use
//! text_version = "0123456789abcdef" # what `faro check` gives as the text's version
//! ```
//!
//! A recording without a consent date is never played. A recording made from an older text
//! is still played (a corrected comma should not silence a person's voice), but `faro check`
//! says so, with the text's current version, until it is recorded again.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use super::speech::text_version;
use super::{AudioShelf, Clip, VoiceKind};
use crate::content::{ContentPack, Topic};
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;

fn recording_path(pack: &ContentPack, topic: &Topic, locale: Locale) -> PathBuf {
    topic_dir(pack, topic).join(format!("{}.opus", locale.tag()))
}

fn topic_dir(pack: &ContentPack, topic: &Topic) -> PathBuf {
    pack.dir().join("topics").join(topic.slug.as_str())
}

/// Puts every usable recording (its page present, its speaker's consent recorded) on the
/// shelf; returns how many. Reading each file once to name its version is cheap (a few
/// hundred kilobytes each) and done at start only.
pub fn load_recordings(pack: &ContentPack, shelf: &AudioShelf) -> usize {
    let mut found = 0;
    for topic in pack.topics() {
        for (locale, text) in &topic.texts {
            let path = recording_path(pack, topic, *locale);
            let consented = text
                .recording
                .as_ref()
                .is_some_and(|recording| recording.consent.is_some());
            if !consented {
                if path.exists() {
                    tracing::warn!(path = %path.display(), "recording without the speaker's consent in front matter: not played");
                }
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            shelf.insert(
                topic.slug.as_str(),
                *locale,
                Clip {
                    file: path,
                    kind: VoiceKind::Recorded,
                    version: hex::encode(&Sha256::digest(&bytes)[..8]),
                    bytes: bytes.len() as u64,
                },
            );
            found += 1;
        }
    }
    found
}

/// What `faro check` says of the recordings: a recording without consent or without a page
/// (errors), one made from another version of the text, a `[recording]` with no file
/// (warnings).
pub fn check_recordings(pack: &ContentPack) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for topic in pack.topics() {
        let dir = topic_dir(pack, topic);
        for locale in Locale::ALL {
            let audio = recording_path(pack, topic, locale);
            let page = dir.join(format!("{}.md", locale.tag()));
            let text = topic.texts.get(&locale);
            let has_file = audio.exists();
            match (text, has_file) {
                (None, true) => found.push(Diagnostic::error(
                    &audio,
                    1,
                    format!(
                        "a recording with no page: {} is missing or broken",
                        page.display()
                    ),
                )),
                (Some(text), true) => {
                    let current = text_version(text);
                    match &text.recording {
                        None => found.push(Diagnostic::error(
                            &page,
                            1,
                            format!(
                                "{} has no [recording] in the front matter: add consent = <the day the speaker agreed> and text_version = \"{current}\"; without the consent it is never played",
                                audio.display()
                            ),
                        )),
                        Some(recording) => {
                            if recording.consent.is_none() {
                                found.push(Diagnostic::error(
                                    &page,
                                    1,
                                    "[recording] has no consent date (consent = 2026-12-01): without the speaker's consent the recording is never played",
                                ));
                            }
                            match recording.text_version.as_deref() {
                                Some(version) if version == current => {}
                                Some(version) => found.push(Diagnostic::warning(
                                    &page,
                                    1,
                                    format!(
                                        "the recording {} is older than its text: it reads version {version}, the text is now {current}; record it again (or, if the change is not heard, set text_version = \"{current}\")",
                                        audio.display()
                                    ),
                                )),
                                None => found.push(Diagnostic::warning(
                                    &page,
                                    1,
                                    format!(
                                        "[recording] does not say which text it reads: set text_version = \"{current}\" if it reads this text"
                                    ),
                                )),
                            }
                        }
                    }
                }
                (Some(text), false) if text.recording.is_some() => {
                    found.push(Diagnostic::warning(
                        &page,
                        1,
                        format!(
                            "[recording] names a recording, but {} is not there",
                            audio.display()
                        ),
                    ));
                }
                _ => {}
            }
        }
    }
    found
}
