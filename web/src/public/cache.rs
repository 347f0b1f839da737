//! Rendered pages (and the stylesheet and script) kept for a minute, with an `ETag` and a
//! gzipped copy, so that a screen on a slow line revalidates with a 304 instead of fetching
//! the page again, and a busy server renders and compresses each page once. It wraps the whole
//! router ([`Cached`]), so a hit is a map lookup before any routing, with headers assembled
//! when the page was kept; it also gzips what it does not keep (error pages).
//!
//! Content is loaded at start and never changes while serving; campaign banners do. So the
//! kept pages are dropped as soon as the live campaigns change (`banner_watch.rs`, every
//! `banner_check_seconds` on every instance), and pages go to browsers with
//! `Cache-Control: no-cache` and their `ETag`: a browser (a kiosk screen) asks again on every
//! load and gets a 304 of a few bytes while the page is unchanged, instead of showing its own
//! copy for up to a minute as `max-age=60` let it — which would keep a stopped campaign's
//! banner on a screen after every server had dropped it. The stylesheet and script carry no
//! banner and keep `max-age=60`.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{Extensions, HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use faro_core::metrics::CacheResult;
use flate2::Compression;
use flate2::write::GzEncoder;
use tower::{Service, ServiceExt};

/// Marks a response that is the same for everyone who asks for its address: only these are
/// kept. Pages that depend on who asks (operator pages, a person's request) never carry it.
#[derive(Clone, Copy, Debug)]
pub struct Shared;

const TTL: Duration = Duration::from_secs(60);
/// Distinct addresses kept; past it (arbitrary queries) the cache starts over.
const MAX_ENTRIES: usize = 2048;
/// Larger pages are served but not kept.
const MAX_BODY: usize = 512 * 1024;
/// For the stylesheet and script.
const CACHE_CONTROL: &str = "public, max-age=60";
/// For pages: revalidated on every load (see the module's comment).
const PAGE_CACHE_CONTROL: &str = "public, no-cache";

/// A kept page with the headers of each way it is answered, assembled once.
struct Entry {
    /// The page's own headers (content type, security headers) with caching ones added.
    headers: HeaderMap,
    /// The same with `Content-Encoding: gzip`, when there is a gzipped copy.
    gzip_headers: HeaderMap,
    /// For a 304: the same without the content type.
    not_modified_headers: HeaderMap,
    body: Bytes,
    gzipped: Option<Bytes>,
    etag: HeaderValue,
    stored: Instant,
    /// The page's response extensions (its route group, for `/metrics`), given to every
    /// answer from the cache as the page itself had them.
    extensions: Extensions,
}

impl Entry {
    fn new(mut headers: HeaderMap, body: Bytes, extensions: Extensions) -> Self {
        let etag = etag_of(&body);
        headers.insert(header::ETAG, etag.clone());
        if !headers.contains_key(header::CACHE_CONTROL) {
            let page = headers
                .get(header::CONTENT_TYPE)
                .and_then(|value| value.to_str().ok())
                .is_some_and(|value| value.starts_with("text/html"));
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(if page {
                    PAGE_CACHE_CONTROL
                } else {
                    CACHE_CONTROL
                }),
            );
        }
        let mut gzip_headers = headers.clone();
        gzip_headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        let mut not_modified_headers = headers.clone();
        not_modified_headers.remove(header::CONTENT_TYPE);
        Entry {
            gzipped: gzip(&body),
            headers,
            gzip_headers,
            not_modified_headers,
            body,
            etag,
            stored: Instant::now(),
            extensions,
        }
    }

    /// The page as kept, marked with how the cache came by it (`result`).
    fn respond(
        &self,
        if_none_match: Option<&HeaderValue>,
        wants_gzip: bool,
        result: CacheResult,
    ) -> Response {
        let (status, headers, body) =
            if if_none_match.is_some_and(|value| matches(value, &self.etag)) {
                (
                    StatusCode::NOT_MODIFIED,
                    &self.not_modified_headers,
                    Body::empty(),
                )
            } else {
                match (&self.gzipped, wants_gzip) {
                    (Some(gzipped), true) => (
                        StatusCode::OK,
                        &self.gzip_headers,
                        Body::from(gzipped.clone()),
                    ),
                    _ => (StatusCode::OK, &self.headers, Body::from(self.body.clone())),
                }
            };
        let mut response = Response::new(body);
        *response.status_mut() = status;
        *response.headers_mut() = headers.clone();
        *response.extensions_mut() = self.extensions.clone();
        response.extensions_mut().insert(result);
        response
    }
}

#[derive(Clone, Default)]
pub struct PageCache {
    entries: Arc<RwLock<HashMap<String, Arc<Entry>>>>,
    /// Counts [`clear`](Self::clear)s, so that what is derived from pages (a locale's offline
    /// pack, `offline/pack.rs`) is dropped with them.
    generation: Arc<std::sync::atomic::AtomicU64>,
}

/// A [`PageCache`] that does not keep it alive (for the banner watch's task).
#[derive(Clone)]
pub struct WeakPageCache {
    entries: std::sync::Weak<RwLock<HashMap<String, Arc<Entry>>>>,
    generation: std::sync::Weak<std::sync::atomic::AtomicU64>,
}

impl WeakPageCache {
    pub fn upgrade(&self) -> Option<PageCache> {
        Some(PageCache {
            entries: self.entries.upgrade()?,
            generation: self.generation.upgrade()?,
        })
    }
}

impl PageCache {
    pub fn new() -> Self {
        PageCache::default()
    }

    pub fn downgrade(&self) -> WeakPageCache {
        WeakPageCache {
            entries: Arc::downgrade(&self.entries),
            generation: Arc::downgrade(&self.generation),
        }
    }

    /// Drops every kept page: the next request for each renders it afresh. Asked when what
    /// readers see changed — a campaign's banner (`banner_watch.rs`, on every instance), a
    /// translation review (on the instance where it was made; others re-read reviews within
    /// seconds and their pages revalidate, `no-cache` + `ETag`).
    pub fn clear(&self) {
        // The generation moves under the same lock as the pages go, so that a page rendered
        // before the drop is never kept after it (`put`).
        let mut entries = self.entries.write();
        if let Ok(entries) = entries.as_mut() {
            entries.clear();
        }
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        drop(entries);
    }

    /// Changes whenever the kept pages are dropped.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    fn get(&self, key: &str) -> Option<Arc<Entry>> {
        let entries = self.entries.read().ok()?;
        entries
            .get(key)
            .filter(|entry| entry.stored.elapsed() < TTL)
            .cloned()
    }

    /// Keeps `entry`, rendered when the cache was at generation `rendered_at`, unless the
    /// pages were dropped since: a page rendered just before a campaign was stopped still
    /// shows its banner, and kept it would show it until the cache's minute ran out.
    fn put(&self, key: String, entry: Arc<Entry>, rendered_at: u64) {
        if let Ok(mut entries) = self.entries.write() {
            if self.generation() != rendered_at {
                return;
            }
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, entry);
        }
    }
}

/// The whole site behind its page cache. A kept page is answered here, before routing and
/// every other layer: a hit is a map lookup and a response whose headers were assembled when
/// the page was kept. Anything else goes through to `inner`, and what comes back is kept
/// when it is marked [`Shared`], has status 200 and is HTML, CSS or JavaScript: errors,
/// `/healthz` and every page that depends on who asks always run.
#[derive(Clone)]
pub struct Cached<S> {
    cache: PageCache,
    inner: S,
    watch: Option<Arc<dyn Watch>>,
}

/// What looks at something kept pages depend on and drops them when it changed: the live
/// campaigns' banners (`banner_watch.rs`). Named here so that the cache needs no watch's code.
pub trait Watch: Send + Sync {
    /// Looks once; true when it dropped `cache`'s pages.
    fn check<'a>(&'a self, cache: &'a PageCache)
    -> Pin<Box<dyn Future<Output = bool> + Send + 'a>>;
}

impl<S> Cached<S> {
    /// A cache whose pages only expire with time (for tests of the cache itself).
    pub fn new(inner: S) -> Self {
        Cached {
            cache: PageCache::new(),
            inner,
            watch: None,
        }
    }

    /// In front of `inner`, keeping pages in `cache`, which the handlers may empty.
    pub fn sharing(inner: S, cache: PageCache) -> Self {
        Cached {
            cache,
            inner,
            watch: None,
        }
    }

    /// Keeping pages in `cache` (which the handlers may empty too), dropped whenever `watch`
    /// sees a change (whose own task looks every few seconds while this cache lives).
    pub fn watching(inner: S, cache: PageCache, watch: Arc<dyn Watch>) -> Self {
        Cached {
            cache,
            inner,
            watch: Some(watch),
        }
    }

    /// One look of the watch now, as its task takes every few seconds (tests use it to see the
    /// effect without waiting). True when the kept pages were dropped.
    pub async fn check_banners(&self) -> bool {
        match &self.watch {
            Some(watch) => watch.check(&self.cache).await,
            None => false,
        }
    }
}

impl<S> Service<Request> for Cached<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = CachedFuture;

    /// Always ready: the inner service is made ready in [`call`](Self::call) when needed.
    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> CachedFuture {
        if let Some(response) = self.cache.hit(&request) {
            return CachedFuture::Hit(Some(response));
        }
        let cache = self.cache.clone();
        let inner = self.inner.clone();
        CachedFuture::Miss(Box::pin(
            async move { Ok(cache.miss(request, inner).await) },
        ))
    }
}

/// A kept page's response, ready at once, or the inner service's.
pub enum CachedFuture {
    Hit(Option<Response>),
    Miss(Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>),
}

impl Future for CachedFuture {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            CachedFuture::Hit(response) => Poll::Ready(Ok(response
                .take()
                .unwrap_or_else(|| StatusCode::INTERNAL_SERVER_ERROR.into_response()))),
            CachedFuture::Miss(future) => future.as_mut().poll(context),
        }
    }
}

impl PageCache {
    /// The kept answer to a GET or HEAD of an address, if there is one.
    fn hit(&self, request: &Request) -> Option<Response> {
        if request.method() != Method::GET && request.method() != Method::HEAD {
            return None;
        }
        let entry = self.get(request.uri().path_and_query()?.as_str())?;
        let headers = request.headers();
        Some(entry.respond(
            headers.get(header::IF_NONE_MATCH),
            accepts_gzip(headers),
            CacheResult::Hit,
        ))
    }

    /// Lets the request through, and keeps what comes back if it may be kept.
    async fn miss<S>(&self, mut request: Request, inner: S) -> Response
    where
        S: Service<Request, Response = Response, Error = Infallible>,
    {
        // Not HEAD: the router hands back a HEAD's response without its body.
        let keepable = request.method() == Method::GET;
        let rendered_at = self.generation();
        let wants_gzip = accepts_gzip(request.headers());
        let if_none_match = request.headers().get(header::IF_NONE_MATCH).cloned();
        let key = request
            .uri()
            .path_and_query()
            .map_or("/", |pq| pq.as_str())
            .to_owned();
        // The inner layers must hand back the page itself, not a compressed copy of it.
        request.headers_mut().remove(header::ACCEPT_ENCODING);
        let response = match inner.oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        let keep = keepable
            && response.status() == StatusCode::OK
            && response.extensions().get::<Shared>().is_some()
            && is_compressible(response.headers());
        let compress = wants_gzip && is_compressible(response.headers());
        if !keep && !compress {
            return response;
        }
        let (mut parts, body) = response.into_parts();
        let body = match axum::body::to_bytes(body, MAX_BODY).await {
            Ok(body) => body,
            Err(error) => {
                tracing::error!(%error, "reading a rendered page");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let headers = &mut parts.headers;
        headers.remove(header::CONTENT_LENGTH);
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if !keep {
            // Rebuilt from its parts, so that its extensions (the route group) stay.
            return match gzip(&body) {
                Some(gzipped) => {
                    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                    Response::from_parts(parts, Body::from(gzipped))
                }
                None => Response::from_parts(parts, Body::from(body)),
            };
        }
        let entry = Arc::new(Entry::new(parts.headers, body, parts.extensions));
        self.put(key, entry.clone(), rendered_at);
        entry.respond(if_none_match.as_ref(), wants_gzip, CacheResult::Miss)
    }
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

pub(crate) fn gzip(body: &[u8]) -> Option<Bytes> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &'static str) -> Arc<Entry> {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
        Arc::new(Entry::new(
            headers,
            Bytes::from_static(body.as_bytes()),
            Extensions::new(),
        ))
    }

    #[test]
    fn a_page_rendered_before_the_pages_were_dropped_is_not_kept() {
        let cache = PageCache::new();
        let rendered_at = cache.generation();
        // The banner watch drops the pages while the page (with the old banner) renders.
        cache.clear();
        cache.put("/k/x/es/".into(), page("old banner"), rendered_at);
        assert!(cache.get("/k/x/es/").is_none(), "the stale page was kept");
        // Rendered after the drop: kept.
        cache.put("/k/x/es/".into(), page("no banner"), cache.generation());
        assert!(cache.get("/k/x/es/").is_some());
    }

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
