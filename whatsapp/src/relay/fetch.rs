//! A person's voice note fetched from Meta's Graph API for the relay: `GET /{media-id}` names
//! a URL, then that URL with the bearer token gives the sound. It is held in memory only
//! while it crosses to the other side (uploaded again there, `crate::media` for a WhatsApp
//! side); a media id or URL is never logged.

use std::sync::Arc;

use faro_core::relay::Audio;
use serde_json::Value;

use crate::graph::Graph;

/// The largest audio carried: WhatsApp takes audio up to 16 MB.
pub(crate) const MAX_AUDIO_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub(crate) enum FetchError {
    #[error("the Graph API answered HTTP {0}")]
    Status(u16),
    #[error("no answer from the Graph API: {0}")]
    Network(String),
    #[error("larger than a voice note may be")]
    TooLarge,
    #[error("an answer without what it should name")]
    Unexpected,
}

fn network(error: reqwest::Error) -> FetchError {
    // Without the URL: a media URL is the person's file.
    FetchError::Network(error.without_url().to_string())
}

/// The sound of the medium `id`, in memory.
pub(crate) async fn download(graph: &Graph, id: &str) -> Result<Audio, FetchError> {
    let response = graph
        .client()
        .get(graph.url(id))
        .bearer_auth(graph.token())
        .send()
        .await
        .map_err(network)?;
    if !response.status().is_success() {
        return Err(FetchError::Status(response.status().as_u16()));
    }
    let about: Value = response.json().await.map_err(network)?;
    if about["file_size"]
        .as_u64()
        .is_some_and(|size| size > MAX_AUDIO_BYTES)
    {
        return Err(FetchError::TooLarge);
    }
    let url = about["url"].as_str().ok_or(FetchError::Unexpected)?;
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
        return Err(FetchError::Status(response.status().as_u16()));
    }
    if response
        .content_length()
        .is_some_and(|size| size > MAX_AUDIO_BYTES)
    {
        return Err(FetchError::TooLarge);
    }
    let bytes = response.bytes().await.map_err(network)?;
    if bytes.len() as u64 > MAX_AUDIO_BYTES {
        return Err(FetchError::TooLarge);
    }
    Ok(Audio {
        bytes: Arc::from(bytes.as_ref()),
        mime_type,
    })
}
