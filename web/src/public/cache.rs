//! Rendered pages (and the stylesheet and script) kept for a minute, with an `ETag` and a
//! gzipped copy, so that a screen on a slow line revalidates with a 304 instead of fetching
//! the page again, and a busy server renders and compresses each page once. It sits outside
//! every other layer, so a hit is a map lookup; it also gzips what it does not keep (error
//! pages). Content is loaded at start and never changes while serving; campaign banners may,
//! and appear within [`TTL`].

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use flate2::Compression;
use flate2::write::GzEncoder;

/// Marks a response that is the same for everyone who asks for its address: only these are
/// kept. Pages that depend on who asks (operator pages, a person's request) never carry it.
#[derive(Clone, Copy, Debug)]
pub struct Shared;

const TTL: Duration = Duration::from_secs(60);
/// Distinct addresses kept; past it (arbitrary queries) the cache starts over.
const MAX_ENTRIES: usize = 2048;
/// Larger pages are served but not kept.
const MAX_BODY: usize = 512 * 1024;
const CACHE_CONTROL: &str = "public, max-age=60";

struct Entry {
    /// The page's own headers (content type, security headers) with caching ones added.
    headers: HeaderMap,
    body: Bytes,
    gzipped: Option<Bytes>,
    etag: HeaderValue,
    stored: Instant,
}

#[derive(Clone, Default)]
pub struct PageCache {
    entries: Arc<RwLock<HashMap<String, Arc<Entry>>>>,
}

impl PageCache {
    pub fn new() -> Self {
        PageCache::default()
    }

    fn get(&self, key: &str) -> Option<Arc<Entry>> {
        let entries = self.entries.read().ok()?;
        entries
            .get(key)
            .filter(|entry| entry.stored.elapsed() < TTL)
            .cloned()
    }

    fn put(&self, key: String, entry: Arc<Entry>) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, entry);
        }
    }
}

/// Serves a kept page, or lets the request through and keeps what it produced when that is
/// marked [`Shared`], has status 200 and is HTML, CSS or JavaScript: errors, `/healthz` and
/// every page that depends on who asks always run.
pub async fn serve_cached(
    State(cache): State<PageCache>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return next.run(request).await;
    }
    let wants_gzip = accepts_gzip(request.headers());
    let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
    let key = request.uri().path_and_query().map(|pq| pq.as_str());
    if let Some(entry) = key.and_then(|key| cache.get(key)) {
        return respond(&entry, if_none_match.as_ref(), wants_gzip);
    }
    let key = key.unwrap_or("/").to_owned();
    // The inner layers must hand back the page itself, not a compressed copy of it.
    request.headers_mut().remove(header::ACCEPT_ENCODING);
    let response = next.run(request).await;
    let keep = response.status() == StatusCode::OK
        && response.extensions().get::<Shared>().is_some()
        && is_compressible(response.headers());
    let compress = wants_gzip && is_compressible(response.headers());
    if !keep && !compress {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "reading a rendered page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_LENGTH);
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if !keep {
        return match gzip(&body) {
            Some(gzipped) => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                (parts.status, headers, Body::from(gzipped)).into_response()
            }
            None => (parts.status, headers, Body::from(body)).into_response(),
        };
    }
    let etag = etag_of(&body);
    headers.insert(header::ETAG, etag.clone());
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(CACHE_CONTROL),
        );
    }
    let entry = Arc::new(Entry {
        gzipped: gzip(&body),
        headers,
        body,
        etag,
        stored: Instant::now(),
    });
    cache.put(key, entry.clone());
    respond(&entry, if_none_match.as_ref(), wants_gzip)
}

/// Text worth compressing and keeping: pages, the stylesheet, the script (not `/healthz`'s
/// plain text, which must always run).
fn is_compressible(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            ["text/html", "text/css", "text/javascript"]
                .iter()
                .any(|kind| value.starts_with(kind))
        })
        && !headers.contains_key(header::CONTENT_ENCODING)
}

fn gzip(body: &[u8]) -> Option<Bytes> {
    let mut encoder = GzEncoder::new(Vec::with_capacity(body.len() / 3), Compression::best());
    encoder.write_all(body).ok()?;
    encoder.finish().ok().map(Bytes::from)
}

/// True when the client takes gzip (and did not refuse it with `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|param| {
                param
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

/// Weak: the gzipped copy has other bytes but is the same page.
fn etag_of(body: &[u8]) -> HeaderValue {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    HeaderValue::from_str(&format!("W/\"{:016x}\"", hasher.finish()))
        .unwrap_or_else(|_| HeaderValue::from_static("W/\"0\""))
}

fn matches(if_none_match: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(list) = if_none_match.to_str() else {
        return false;
    };
    let ours = etag.to_str().unwrap_or_default().trim_start_matches("W/");
    list.split(',').any(|tag| {
        let tag = tag.trim();
        tag == "*" || tag.trim_start_matches("W/") == ours
    })
}

fn respond(entry: &Entry, if_none_match: Option<&HeaderValue>, wants_gzip: bool) -> Response {
    let mut headers = entry.headers.clone();
    if if_none_match.is_some_and(|value| matches(value, &entry.etag)) {
        headers.remove(header::CONTENT_TYPE);
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let body = match (&entry.gzipped, wants_gzip) {
        (Some(gzipped), true) => {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            gzipped.clone()
        }
        _ => entry.body.clone(),
    };
    (headers, Body::from(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_and_in_lists() {
        let etag = etag_of(b"page");
        let bare = etag.to_str().unwrap().trim_start_matches("W/").to_owned();
        assert!(matches(&etag, &etag));
        assert!(matches(&HeaderValue::from_str(&bare).unwrap(), &etag));
        let list = format!("\"other\", {}", etag.to_str().unwrap());
        assert!(matches(&HeaderValue::from_str(&list).unwrap(), &etag));
        assert!(matches(&HeaderValue::from_static("*"), &etag));
        assert!(!matches(&HeaderValue::from_static("\"other\""), &etag));
        assert_ne!(etag_of(b"page"), etag_of(b"other page"));
    }

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            accepts_gzip(&headers)
        };
        assert!(with("gzip"));
        assert!(with("br;q=1.0, gzip;q=0.8, *;q=0.1"));
        assert!(with("GZIP"));
        assert!(!with("br"));
        assert!(!with("gzip;q=0"));
        assert!(!with("identity"));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn gzipped_copy_is_smaller_and_complete() {
        let page = "<p>Faro</p>".repeat(200);
        let gzipped = gzip(page.as_bytes()).unwrap();
        assert!(gzipped.len() < page.len() / 4);
        let mut decoder = flate2::read::GzDecoder::new(&gzipped[..]);
        let mut back = String::new();
        std::io::Read::read_to_string(&mut decoder, &mut back).unwrap();
        assert_eq!(back, page);
    }
}
