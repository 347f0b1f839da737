//! A page's audio: the "Listen" control the topic page shows when a clip is ready, and the
//! clip itself at `/audio/{slug}/{locale}.{version}.opus`. The version in the address changes
//! with the sound, so a browser (or a phone keeping the page) may keep it for a year; byte
//! ranges are answered, as phones' players ask for them.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use faro_core::Locale;
use faro_core::audio::{Clip, VoiceKind};

use crate::AppState;
use crate::public::tr::Tr;

/// What the template needs to show the control.
pub struct Listen {
    pub src: String,
    pub label: String,
    /// "computer voice", in the reader's language, when no person read it.
    pub computer_voice: Option<String>,
}

impl Listen {
    /// The control for a topic's text in `locale` (the text's own locale), if its audio is
    /// ready.
    pub fn for_topic(
        app: &faro_core::App,
        tr: &Tr<'_>,
        slug: &str,
        locale: Locale,
    ) -> Option<Self> {
        let clip = app.audio.get(slug, locale)?;
        Some(Listen {
            src: address(slug, locale, &clip),
            label: tr.get("audio-listen"),
            computer_voice: (clip.kind == VoiceKind::Synthetic)
                .then(|| tr.get("audio-computer-voice")),
        })
    }
}

pub fn address(slug: &str, locale: Locale, clip: &Clip) -> String {
    format!("/audio/{slug}/{}.{}.opus", locale.tag(), clip.version)
}

pub fn router() -> Router<AppState> {
    Router::new().route("/audio/{slug}/{file}", get(clip))
}

async fn clip(
    State(state): State<AppState>,
    Path((slug, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some((locale, version)) = file
        .strip_suffix(".opus")
        .and_then(|stem| stem.split_once('.'))
        .and_then(|(tag, version)| Some((tag.parse::<Locale>().ok()?, version)))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Only what the shelf names is read: the address never becomes a path on disk.
    let Some(clip) = state
        .app
        .audio
        .get(&slug, locale)
        .filter(|clip| clip.version == version)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let bytes = match tokio::fs::read(&clip.file).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::warn!(%error, file = %clip.file.display(), "audio file cannot be read");
            return StatusCode::NOT_FOUND.into_response();
        }
    };
    let total = bytes.len();
    let mut response = match headers
        .get(header::RANGE)
        .and_then(|value| value.to_str().ok())
        .map(|value| byte_range(value, total))
    {
        Some(Some((start, end))) => {
            let mut response =
                (StatusCode::PARTIAL_CONTENT, bytes[start..=end].to_vec()).into_response();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes {start}-{end}/{total}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            response
        }
        Some(None) => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{total}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return response;
        }
        None => bytes.into_response(),
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("audio/ogg"));
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response
}

/// One range of `bytes=start-end`, `bytes=start-` or `bytes=-suffix`, within `total`;
/// `None` when it cannot be satisfied. Several ranges are answered with the first.
fn byte_range(value: &str, total: usize) -> Option<(usize, usize)> {
    let spec = value
        .trim()
        .strip_prefix("bytes=")?
        .split(',')
        .next()?
        .trim();
    let (start, end) = spec.split_once('-')?;
    let last = total.checked_sub(1)?;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let suffix: usize = suffix.parse().ok()?;
            (total.checked_sub(suffix.min(total))?, last)
        }
        (start, "") => (start.parse().ok()?, last),
        (start, end) => (start.parse().ok()?, end.parse::<usize>().ok()?.min(last)),
    };
    (start <= end && end <= last).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::byte_range;

    #[test]
    fn byte_ranges() {
        assert_eq!(byte_range("bytes=0-", 10), Some((0, 9)));
        assert_eq!(byte_range("bytes=2-4", 10), Some((2, 4)));
        assert_eq!(byte_range("bytes=2-40", 10), Some((2, 9)));
        assert_eq!(byte_range("bytes=-3", 10), Some((7, 9)));
        assert_eq!(byte_range("bytes=10-", 10), None);
        assert_eq!(byte_range("bytes=5-2", 10), None);
        assert_eq!(byte_range("items=0-1", 10), None);
        assert_eq!(byte_range("bytes=0-", 0), None);
    }
}
