//! A page's audio: the "Listen" controls a page shows where its clips are ready — one for
//! each section of a topic, or one for a whole page (a person's recording of all of it, the
//! emergency numbers, the interpreter request's explanation) — and the clips themselves at
//! `/audio/{page}/{locale}.{section}.{version}.opus` (`{locale}.{version}.opus` for a whole
//! page). The version in the address changes with the sound, so a browser (or a phone
//! keeping the page) may keep it for a year; byte ranges are answered, as phones' players ask
//! for them.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use faro_core::Locale;
use faro_core::audio::{Clip, VoiceKind};

use crate::AppState;
use crate::public::tr::Tr;

/// What the template needs to show one control.
pub struct Listen {
    pub src: String,
    pub label: String,
    /// "computer voice", in the reader's language, when no person read it.
    pub computer_voice: Option<String>,
    /// Unique on the page, for the caption's id (`listen-<id>`): the section's id, or `page`.
    pub id: String,
}

impl Listen {
    /// The control for `section` of `page` (`None`: the whole page) in `locale` (the text's
    /// own locale), if its clip is ready.
    pub fn for_clip(
        app: &faro_core::App,
        tr: &Tr<'_>,
        page: &str,
        locale: Locale,
        section: Option<&str>,
    ) -> Option<Self> {
        let clip = app.audio.get(page, locale, section)?;
        Some(Listen {
            src: address(page, locale, section, &clip),
            label: tr.get("audio-listen"),
            computer_voice: (clip.kind == VoiceKind::Synthetic)
                .then(|| tr.get("audio-computer-voice")),
            id: section.unwrap_or("page").to_owned(),
        })
    }
}

pub fn address(page: &str, locale: Locale, section: Option<&str>, clip: &Clip) -> String {
    match section {
        Some(section) => format!(
            "/audio/{page}/{}.{section}.{}.opus",
            locale.tag(),
            clip.version
        ),
        None => format!("/audio/{page}/{}.{}.opus", locale.tag(), clip.version),
    }
}

/// `<locale>[.<section>].<version>.opus` read back; `None` for anything else.
fn parse_file(file: &str) -> Option<(Locale, Option<&str>, &str)> {
    let stem = file.strip_suffix(".opus")?;
    let (rest, version) = stem.rsplit_once('.')?;
    let (tag, section) = match rest.split_once('.') {
        Some((tag, section)) => (tag, Some(section)),
        None => (rest, None),
    };
    Some((tag.parse::<Locale>().ok()?, section, version))
}

pub fn router() -> Router<AppState> {
    Router::new().route("/audio/{slug}/{file}", get(clip))
}

async fn clip(
    State(state): State<AppState>,
    Path((page, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Some((locale, section, version)) = parse_file(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Only what the shelf names is read: the address never becomes a path on disk.
    let Some(clip) = state
        .app
        .audio
        .get(&page, locale, section)
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
    use super::{byte_range, parse_file};
    use faro_core::Locale;

    #[test]
    fn clip_file_names() {
        assert_eq!(
            parse_file("fa.deadlines.0123.opus"),
            Some((Locale::Fa, Some("deadlines"), "0123"))
        );
        assert_eq!(
            parse_file("zh-Hans.0123.opus"),
            Some((Locale::ZhHans, None, "0123"))
        );
        assert_eq!(parse_file("xx.0123.opus"), None);
        assert_eq!(parse_file("fa.opus"), None);
        assert_eq!(parse_file("fa.0123.ogg"), None);
    }

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
