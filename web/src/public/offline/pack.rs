//! What a locale's offline pack holds, and its size: the addresses the service worker saves,
//! text (pages, stylesheet, scripts, icons) and audio apart, each with its bytes on the phone
//! and the bytes downloaded for it (pages, stylesheet and scripts go gzipped, as the page
//! cache serves them), and a version of each part that changes when what it saves would. The
//! pages are rendered here exactly as a phone gets them (the public pages' own router). What
//! the person is told before saving is the download, what a prepaid plan pays for. Kept until the page cache is next dropped (a campaign, a directory
//! change, a clip made) or for a minute, like the pages themselves.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use faro_core::Locale;
use faro_core::audio::EMERGENCY_PAGE;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tower::ServiceExt;

use super::keep;
use crate::AppState;
use crate::public::banners::active_banners;
use crate::public::cache::gzip;
use crate::public::scope::{KEPT_QUERY, Scope};
use crate::public::{assets, audio, pages};

/// One address the worker saves.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// Where the phone keeps it (and the pages ask for it).
    pub url: String,
    /// Where the worker fetches it from, when not `url`: a page's copy without its QR codes
    /// (`?kept=1`, `Scope::kept`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetch: Option<String>,
    /// As kept on the phone.
    pub bytes: u64,
    /// As downloaded: gzipped where the server sends it so.
    pub download: u64,
}

impl Item {
    /// A page, stylesheet or script: sent gzipped by the page cache.
    fn text(url: String, body: &[u8]) -> Self {
        Item {
            url,
            fetch: None,
            bytes: body.len() as u64,
            download: gzip(body).map_or(body.len(), |gzipped| gzipped.len()) as u64,
        }
    }

    /// Sent as it is (an icon, a clip).
    fn plain(url: String, bytes: u64) -> Self {
        Item {
            url,
            fetch: None,
            bytes,
            download: bytes,
        }
    }
}

/// One part of the pack: its addresses, their bytes in all, and its version.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Part {
    pub version: String,
    pub bytes: u64,
    pub download: u64,
    pub items: Vec<Item>,
}

impl Part {
    fn new(items: Vec<Item>, hasher: Sha256) -> Self {
        Part {
            version: hex::encode(&hasher.finalize()[..8]),
            bytes: items.iter().map(|item| item.bytes).sum(),
            download: items.iter().map(|item| item.download).sum(),
            items,
        }
    }
}

/// A locale's pack.
#[derive(Clone, Debug, Serialize)]
pub struct Pack {
    pub locale: &'static str,
    /// Pages, stylesheet, scripts and icons.
    pub text: Part,
    /// The pages' audio, saved only when the person chooses it.
    pub audio: Part,
}

/// How long a pack is kept when nothing drops the page cache sooner.
const TTL: Duration = Duration::from_secs(60);

/// A pack with the page cache's generation it was worked out in, and when.
type Made = (u64, Instant, Arc<Pack>);

/// The packs worked out, by locale.
#[derive(Clone, Default)]
pub struct Packs {
    kept: Arc<RwLock<HashMap<Locale, Made>>>,
}

impl Packs {
    fn get(&self, locale: Locale, generation: u64) -> Option<Arc<Pack>> {
        let kept = self.kept.read().ok()?;
        kept.get(&locale)
            .filter(|(made_in, made, _)| *made_in == generation && made.elapsed() < TTL)
            .map(|(_, _, pack)| Arc::clone(pack))
    }

    fn put(&self, locale: Locale, generation: u64, pack: Arc<Pack>) {
        if let Ok(mut kept) = self.kept.write() {
            kept.insert(locale, (generation, Instant::now(), pack));
        }
    }
}

/// `locale`'s pack, worked out again when the pages may have changed.
pub async fn pack(state: &AppState, locale: Locale) -> Arc<Pack> {
    let generation = state.pages.generation();
    if let Some(pack) = state.packs.get(locale, generation) {
        return pack;
    }
    let pack = Arc::new(assemble(state, locale).await);
    state.packs.put(locale, generation, Arc::clone(&pack));
    pack
}

/// The pages of the pack, by address: the home page and the campaigns it shows, every topic,
/// the emergency numbers, the consulates (the list and each country's), the directory (the
/// choice of country and each country's places).
async fn page_addresses(state: &AppState, scope: &Scope) -> Vec<String> {
    let app = &state.app;
    let base = scope.base();
    let mut addresses = vec![format!("{base}/")];
    addresses.extend(
        active_banners(app, scope)
            .await
            .into_iter()
            .filter_map(|banner| banner.href),
    );
    addresses.extend(
        app.content
            .topics()
            .iter()
            .filter(|topic| topic.text(scope.locale).is_some())
            .map(|topic| format!("{base}/topics/{}", topic.slug)),
    );
    addresses.push(format!("{base}/emergency"));
    addresses.push(format!("{base}/consulates"));
    let directory = app.content.directory();
    addresses.extend(
        directory
            .represented_countries()
            .into_iter()
            .map(|code| format!("{base}/consulates?for={code}")),
    );
    addresses.push(format!("{base}/directory"));
    let countries: BTreeSet<_> = directory
        .entries()
        .iter()
        .map(|entry| entry.country)
        .collect();
    addresses.extend(
        countries
            .into_iter()
            .map(|code| format!("{base}/directory?country={code}")),
    );
    addresses
}

async fn assemble(state: &AppState, locale: Locale) -> Pack {
    let app = &state.app;
    let scope = Scope::public(locale);
    let router = pages::router().with_state(state.clone());
    let mut text = Vec::new();
    let mut hasher = Sha256::new();
    for url in page_addresses(state, &scope).await {
        let fetch = kept_address(&url);
        let Some(body) = render(&router, &fetch).await else {
            continue;
        };
        hasher.update(url.as_bytes());
        hasher.update([0]);
        hasher.update(&body);
        hasher.update([0]);
        text.push(Item {
            fetch: Some(fetch),
            ..Item::text(url, &body)
        });
    }
    let mut files = vec![
        assets::stylesheet_path(),
        assets::offline_script_path(),
        assets::locate_script_path(),
    ];
    let mut audio_items = Vec::new();
    let mut audio_hasher = Sha256::new();
    for topic in app.content.topics() {
        if let Some(icon) = assets::icon_path(&topic.icon)
            && !files.contains(&icon)
        {
            files.push(icon);
        }
        // The clips of the text shown, after any fallback, as the page's players have them.
        let Some(shown) = topic.text(locale) else {
            continue;
        };
        let slug = topic.slug.as_str();
        let sections = shown
            .value
            .sections
            .iter()
            .filter_map(|section| section.id.as_deref());
        for (section, clip) in app.audio.page_clips(slug, shown.locale, sections) {
            let url = audio::address(slug, shown.locale, section.as_deref(), &clip);
            audio_hasher.update(url.as_bytes());
            audio_hasher.update([0]);
            audio_items.push(Item::plain(url, clip.bytes));
        }
    }
    if let Some(clip) = app.audio.get(EMERGENCY_PAGE, locale, None) {
        let url = audio::address(EMERGENCY_PAGE, locale, None, &clip);
        audio_hasher.update(url.as_bytes());
        audio_hasher.update([0]);
        audio_items.push(Item::plain(url, clip.bytes));
    }
    for file in files {
        let Some(body) = assets::body_of(file) else {
            continue;
        };
        // Fingerprinted: the address changes with the file.
        hasher.update(file.as_bytes());
        hasher.update([0]);
        text.push(if file.ends_with(".svg") {
            Item::plain(file.to_owned(), body.len() as u64)
        } else {
            Item::text(file.to_owned(), body.as_bytes())
        });
    }
    let audio = Part::new(audio_items, audio_hasher);
    // The page that states the size is saved too: measured with the size of the rest (its
    // own adds a few kilobytes and changes its figures by a character or two at most).
    let others: u64 = text.iter().map(|item| item.download).sum();
    let kept = Scope {
        kept: true,
        ..scope.clone()
    };
    if let Ok(page) = keep::render(app, kept, others, audio.download) {
        let url = format!("{}/offline", scope.base());
        hasher.update(url.as_bytes());
        hasher.update([0]);
        hasher.update(page.0.as_bytes());
        text.push(Item {
            fetch: Some(kept_address(&url)),
            ..Item::text(url, page.0.as_bytes())
        });
    }
    Pack {
        locale: locale.tag(),
        text: Part::new(text, hasher),
        audio,
    }
}

/// The address of a page's copy to keep: the same page without its QR codes.
fn kept_address(url: &str) -> String {
    let join = if url.contains('?') { '&' } else { '?' };
    format!("{url}{join}{KEPT_QUERY}=1")
}

/// A page's body as the public router answers it; `None` unless it is a 200.
async fn render(router: &axum::Router, url: &str) -> Option<axum::body::Bytes> {
    let request = Request::get(url).body(Body::empty()).ok()?;
    let response = router.clone().oneshot(request).await.ok()?;
    if response.status() != StatusCode::OK {
        tracing::warn!(url, status = %response.status(), "a page of the offline pack did not render");
        return None;
    }
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .ok()
}

/// `/{locale}/offline/pack.json`: what the worker saves. Never kept by a browser: the worker
/// asks it to tell whether a newer version is online.
/// Only on the public site (`/fa/…`): a kiosk's shared screen keeps nothing.
pub async fn manifest(State(state): State<AppState>, scope: Scope) -> Response {
    let pack = pack(&state, scope.locale).await;
    let mut response = Json(pack.as_ref()).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
