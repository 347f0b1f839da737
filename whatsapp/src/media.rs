//! Media on the Graph API: a file is uploaded first (`POST {api_url}/{phone_number_id}/media`,
//! multipart with `messaging_product=whatsapp`, its MIME `type` and the `file`), and a message
//! names the media id Meta answers with. Faro sends audio this way: an OGG/Opus clip as a
//! voice note (`"audio": {"id": …, "voice": true}`), which WhatsApp shows with a play button
//! and a microphone (only up to 512 KB: a larger clip shows a download arrow instead).
//!
//! Meta keeps an uploaded file, and its id, for 30 days. A topic's clip is the same for
//! everyone who asks, so its id is kept in memory ([`Media::clip_id`], keyed by a SHA-256 of
//! the clip's bytes) for [`KEEP_ID_SECONDS`], a day short of Meta's 30, then uploaded again:
//! one upload per clip and instance a month, not one per listener. A refused message naming
//! a kept id drops it and uploads once more (`send::send_clip`). Bytes uploaded with
//! [`Media::upload`] (a relayed voice note, which is never kept) leave nothing behind.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use faro_core::clock::Clock;
use faro_core::secret::Secret;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::graph::SendError;

/// What Meta takes for a voice note: Ogg with the Opus codec ("audio/ogg (OPUS codecs only)").
pub const OGG_OPUS: &str = "audio/ogg";
/// How long a clip's media id is used: Meta keeps uploads 30 days; a day less leaves room for
/// clocks and for a message sent just before the id would lapse.
pub const KEEP_ID_SECONDS: i64 = 29 * 24 * 3600;
/// An upload of a long page's clip (up to a few hundred KB) over a slow link.
const UPLOAD_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("the clip could not be read ({0})")]
    Read(std::io::ErrorKind),
    #[error("{0:?} is not a MIME type")]
    Mime(String),
    #[error("the upload failed: {0}")]
    Upload(SendError),
    #[error("the Graph API accepted the upload but named no media id")]
    NoId,
    #[error("the voice note was not sent: {0}")]
    Send(SendError),
}

/// A kept media id and when it was uploaded (`Clock` seconds).
#[derive(Clone, Debug)]
struct Kept {
    id: String,
    uploaded_at: i64,
}

pub struct Media {
    client: reqwest::Client,
    url: String,
    token: Secret,
    clock: Clock,
    /// Media ids of clips by the SHA-256 of their bytes.
    kept: Mutex<HashMap<[u8; 32], Kept>>,
}

impl Media {
    pub fn new(api_url: &str, phone_number_id: &str, token: Secret, clock: Clock) -> Media {
        Media {
            client: reqwest::Client::builder()
                .timeout(UPLOAD_TIMEOUT)
                .build()
                .unwrap_or_default(),
            url: format!("{}/{phone_number_id}/media", api_url.trim_end_matches('/')),
            token,
            clock,
            kept: Mutex::default(),
        }
    }

    /// Uploads `bytes` as `mime` and answers Meta's media id. Nothing is kept.
    pub async fn upload(
        &self,
        bytes: Vec<u8>,
        mime: &str,
        file_name: &str,
    ) -> Result<String, MediaError> {
        let file = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str(mime)
            .map_err(|_| MediaError::Mime(mime.to_owned()))?;
        let form = reqwest::multipart::Form::new()
            .text("messaging_product", "whatsapp")
            .text("type", mime.to_owned())
            .part("file", file);
        let response = self
            .client
            .post(&self.url)
            .bearer_auth(self.token.expose())
            .multipart(form)
            .send()
            .await
            .map_err(|error| {
                MediaError::Upload(SendError::Network(error.without_url().to_string()))
            })?;
        let status = response.status();
        let answer = response.json::<Value>().await.ok();
        if !status.is_success() {
            let code = answer.and_then(|body| body["error"]["code"].as_i64());
            return Err(MediaError::Upload(SendError::from_code(
                code,
                status.as_u16(),
            )));
        }
        answer
            .and_then(|answer| answer["id"].as_str().map(str::to_owned))
            .filter(|id| !id.is_empty())
            .ok_or(MediaError::NoId)
    }

    /// The media id of the OGG/Opus clip at `file`: the one kept for its bytes while Meta
    /// still has it, or a new upload. True when it was uploaded now.
    pub async fn clip_id(&self, file: &Path) -> Result<(String, bool), MediaError> {
        let bytes = tokio::fs::read(file)
            .await
            .map_err(|error| MediaError::Read(error.kind()))?;
        let hash: [u8; 32] = Sha256::digest(&bytes).into();
        let now = self.clock.now();
        if let Some(kept) = self.kept_id(&hash, now) {
            return Ok((kept, false));
        }
        let id = self.upload(bytes, OGG_OPUS, "clip.ogg").await?;
        if let Ok(mut kept) = self.kept.lock() {
            kept.insert(
                hash,
                Kept {
                    id: id.clone(),
                    uploaded_at: now,
                },
            );
        }
        Ok((id, true))
    }

    fn kept_id(&self, hash: &[u8; 32], now: i64) -> Option<String> {
        let mut kept = self.kept.lock().ok()?;
        match kept.get(hash) {
            Some(found) if now - found.uploaded_at < KEEP_ID_SECONDS => Some(found.id.clone()),
            Some(_) => {
                kept.remove(hash);
                None
            }
            None => None,
        }
    }

    /// Drops a kept id Meta refused, so that the clip is uploaded again.
    pub fn forget(&self, id: &str) {
        if let Ok(mut kept) = self.kept.lock() {
            kept.retain(|_, kept| kept.id != id);
        }
    }
}

/// The message body of a voice note to `to`: the audio uploaded as `media_id`.
pub fn voice_note(to: &str, media_id: &str) -> Value {
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "audio",
        "audio": { "id": media_id, "voice": true },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voice_note_names_the_media_id_and_asks_for_the_voice_bubble() {
        let body = voice_note("15550100001", "1037543291543636");
        assert_eq!(body["messaging_product"], "whatsapp");
        assert_eq!(body["to"], "15550100001");
        assert_eq!(body["type"], "audio");
        assert_eq!(body["audio"]["id"], "1037543291543636");
        assert_eq!(body["audio"]["voice"], true);
        assert!(body["audio"].get("link").is_none());
    }

    #[test]
    fn a_kept_id_lapses_a_day_before_meta_drops_the_upload() {
        let clock = Clock::manual(1_000_000);
        let media = Media::new(
            "http://127.0.0.1:9/v23.0",
            "1",
            Secret::new("t"),
            clock.clone(),
        );
        let hash = [7u8; 32];
        media.kept.lock().unwrap().insert(
            hash,
            Kept {
                id: "m1".into(),
                uploaded_at: clock.now(),
            },
        );
        assert_eq!(media.kept_id(&hash, clock.now()).as_deref(), Some("m1"));
        clock.advance(KEEP_ID_SECONDS - 1);
        assert_eq!(media.kept_id(&hash, clock.now()).as_deref(), Some("m1"));
        clock.advance(1);
        assert_eq!(media.kept_id(&hash, clock.now()), None);
        assert!(media.kept.lock().unwrap().is_empty());
        const { assert!(KEEP_ID_SECONDS < 30 * 24 * 3600) };
    }

    #[test]
    fn a_refused_id_is_forgotten() {
        let media = Media::new(
            "http://127.0.0.1:9/v23.0",
            "1",
            Secret::new("t"),
            Clock::manual(0),
        );
        media.kept.lock().unwrap().insert(
            [1u8; 32],
            Kept {
                id: "m1".into(),
                uploaded_at: 0,
            },
        );
        media.forget("m1");
        assert_eq!(media.kept_id(&[1u8; 32], 0), None);
    }
}
