//! A voice note's sound through Meta's Graph API, for the relay: fetched by its media id
//! (`GET /{media-id}` names a URL, then that URL with the bearer token) and uploaded to the
//! number's media (`POST /{phone-number-id}/media`) to be sent as an audio message. The sound
//! is held in memory only while it crosses; a media id or URL is never logged.
//!
//! The upload is this one small function so that the "Listen" voice notes' own upload
//! (`media.rs`, once it lands) can take its place.

use std::sync::Arc;

use faro_core::relay::Audio;
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

use crate::graph::Graph;

/// The largest audio carried: WhatsApp takes audio up to 16 MB.
pub(crate) const MAX_AUDIO_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub(crate) enum MediaError {
    #[error("the Graph API answered HTTP {0}")]
    Status(u16),
    #[error("no answer from the Graph API: {0}")]
    Network(String),
    #[error("larger than a voice note may be")]
    TooLarge,
    #[error("an answer without what it should name")]
    Unexpected,
}

fn network(error: reqwest::Error) -> MediaError {
    // Without the URL: a media URL is the person's file.
    MediaError::Network(error.without_url().to_string())
}

/// The sound of the medium `id`, in memory.
pub(crate) async fn download(graph: &Graph, id: &str) -> Result<Audio, MediaError> {
    let response = graph
        .client()
        .get(graph.url(id))
        .bearer_auth(graph.token())
        .send()
        .await
        .map_err(network)?;
    if !response.status().is_success() {
        return Err(MediaError::Status(response.status().as_u16()));
    }
    let about: Value = response.json().await.map_err(network)?;
    if about["file_size"]
        .as_u64()
        .is_some_and(|size| size > MAX_AUDIO_BYTES)
    {
        return Err(MediaError::TooLarge);
    }
    let url = about["url"].as_str().ok_or(MediaError::Unexpected)?;
    let mime_type = about["mime_type"]
        .as_str()
        .unwrap_or("audio/ogg")
        .to_owned();
    let response = graph
        .client()
        .get(url)
        .bearer_auth(graph.token())
        .send()
        .await
        .map_err(network)?;
    if !response.status().is_success() {
        return Err(MediaError::Status(response.status().as_u16()));
    }
    if response
        .content_length()
        .is_some_and(|size| size > MAX_AUDIO_BYTES)
    {
        return Err(MediaError::TooLarge);
    }
    let bytes = response.bytes().await.map_err(network)?;
    if bytes.len() as u64 > MAX_AUDIO_BYTES {
        return Err(MediaError::TooLarge);
    }
    Ok(Audio {
        bytes: Arc::from(bytes.as_ref()),
        mime_type,
    })
}

/// Uploads `audio` to the number's media; the id to send it by.
pub(crate) async fn upload(graph: &Graph, audio: &Audio) -> Result<String, MediaError> {
    // WhatsApp names audio by its type alone (`audio/ogg`, Opus inside).
    let mime_type = audio
        .mime_type
        .split(';')
        .next()
        .unwrap_or("audio/ogg")
        .trim()
        .to_owned();
    let part = Part::bytes(audio.bytes.to_vec())
        .file_name("voice.ogg")
        .mime_str(&mime_type)
        .map_err(|_| MediaError::Unexpected)?;
    let form = Form::new()
        .text("messaging_product", "whatsapp")
        .text("type", mime_type)
        .part("file", part);
    let response = graph
        .client()
        .post(graph.url(&format!("{}/media", graph.phone_number_id())))
        .bearer_auth(graph.token())
        .multipart(form)
        .send()
        .await
        .map_err(network)?;
    if !response.status().is_success() {
        return Err(MediaError::Status(response.status().as_u16()));
    }
    let answer: Value = response.json().await.map_err(network)?;
    answer["id"]
        .as_str()
        .map(str::to_owned)
        .ok_or(MediaError::Unexpected)
}

/// The message that sends uploaded audio `media_id` to `to`.
pub(crate) fn audio_body(to: &str, media_id: &str) -> Value {
    json!({
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "audio",
        "audio": { "id": media_id },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audio_goes_by_the_id_it_was_uploaded_as() {
        let body = audio_body("15550001111", "9876");
        assert_eq!(body["type"], "audio");
        assert_eq!(body["audio"]["id"], "9876");
        assert_eq!(body["to"], "15550001111");
    }
}
