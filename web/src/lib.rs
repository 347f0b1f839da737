//! Faro's web server, split by who uses it: [`public`] for migrants (the kiosk and phone pages,
//! no account, no cookie) and [`operators`] for people with an account (sign-in, the staff
//! queue, the publishing pages, the JSON API). Health checks and security headers serve both,
//! and in webhook mode the Telegram route is merged in. Each feature owns its routes; they are
//! merged in [`router`].

mod client;
mod headers;
mod health;
pub mod metrics;
mod operators;
mod public;

#[cfg(test)]
mod tests;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use faro_core::App;
use faro_core::intake::throttle::Throttle;
use faro_core::metrics::RouteGroup;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

pub use operators::strings::OperatorStrings;
pub use public::banners::{Banner, active_banners};
pub use public::cache::Cached;

/// What every handler gets through `State`.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    /// The open kiosk intake's budgets per kiosk and per client address.
    pub intake_throttle: Arc<Throttle>,
    /// This instance's page cache, emptied when what readers see changes (a review).
    pub pages: public::cache::PageCache,
    /// Each locale's offline pack, worked out again when the pages are dropped.
    pub packs: public::offline::Packs,
}

/// Routes other adapters serve through this server (the Telegram webhook), already given
/// their state.
pub type ExtraRoutes = Router;

/// The whole site with `extra` merged in, as one service: every request counted, then the
/// page cache, then the router.
pub type Site = metrics::Measured<Cached<Router>>;

/// The whole site, with `extra` merged in.
///
/// Outermost: counting each request for `/metrics` by route group (each feature's routes
/// name theirs with [`metrics::group`]), status and time. Then, around the router: the page cache (a kept page is answered there, before any
/// routing, with its `ETag`, gzipped when asked; it gzips error pages too). Then, around every
/// route but `extra`'s: security headers, then the public pages' translated error pages. The
/// operators' routes render their own errors inside `operators`, as a page or as JSON. Each
/// audience's routes have their own body limit.
pub fn router(app: App, extra: ExtraRoutes) -> Site {
    let pages = public::cache::PageCache::new();
    let banners = public::banner_watch::BannerWatch::new(app.clone());
    let app_for_watch = app.clone();
    let metrics = app.metrics.clone();
    let state = AppState {
        app,
        intake_throttle: Arc::new(Throttle::new(public::intake::THROTTLE_WINDOW)),
        pages: pages.clone(),
        packs: public::offline::Packs::default(),
    };
    let site = Router::new()
        .merge(metrics::group(health::router(), RouteGroup::Health))
        .merge(limit_body(public::router(&state), PUBLIC_BODY_LIMIT))
        .merge(operators::router(&state))
        .fallback(public::error_page::fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            public::error_page::render_error_pages,
        ))
        .layer(middleware::from_fn(headers::security_headers))
        .with_state(state)
        .merge(metrics::group(
            limit_body(extra, WEBHOOK_BODY_LIMIT),
            RouteGroup::Webhook,
        ));
    let every = Duration::from_secs(u64::from(app_for_watch.config.banner_check_seconds.max(1)));
    let directory = public::directory_watch::DirectoryWatch::new(app_for_watch.clone());
    let audio = public::watch::AudioWatch::new(app_for_watch.audio.clone());
    let watches: Arc<dyn public::cache::Watch> = Arc::new(public::watch::Watches(vec![
        Arc::new(banners),
        Arc::new(directory),
        Arc::new(audio),
    ]));
    public::watch::spawn(watches.clone(), every, pages.downgrade());
    metrics::Measured::new(Cached::watching(site, pages, watches), metrics)
}

/// What one connection and one request may take; [`Limits::default`] is what `faro serve` uses.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// A request's headers must arrive within this, and an idle keep-alive connection is
    /// closed after it (HTTP/1: hyper's header-read timeout also runs while the connection
    /// waits for its next request; HTTP/2: a ping unanswered for this long closes it).
    pub header_read: Duration,
    /// A request, its body included, must be answered within this (408 otherwise).
    pub request: Duration,
    /// Connections served at once; the next waits in the kernel's backlog.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_read: Duration::from_secs(10),
            request: Duration::from_secs(30),
            max_connections: 1024,
        }
    }
}

/// Body sizes, per audience: the kiosk's forms are a few fields; the operators' pages carry a
/// campaign's texts in sixteen languages, percent-encoded; the API the same as JSON. The
/// sign-in form has its own, smaller one (`operators::sign_in::BODY_LIMIT`), and so does the
/// Telegram webhook.
pub const PUBLIC_BODY_LIMIT: usize = 16 * 1024;
pub const OPERATOR_PAGES_BODY_LIMIT: usize = 1024 * 1024;
pub const API_BODY_LIMIT: usize = 512 * 1024;
pub const WEBHOOK_BODY_LIMIT: usize = 256 * 1024;

/// Caps the bodies of `router`'s routes at `max` bytes: one that declares more is refused with
/// 413 before a byte of it is read; one that sends more without declaring it is cut off there
/// by the extractors (axum's `DefaultBodyLimit`).
pub fn limit_body<S: Clone + Send + Sync + 'static>(router: Router<S>, max: usize) -> Router<S> {
    router
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            refuse_declared_over(max, request, next)
        }))
        .layer(DefaultBodyLimit::max(max))
}

async fn refuse_declared_over(max: usize, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > max as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    next.run(request).await
}

/// Serves until `shutdown` resolves, then finishes the requests in flight, with
/// [`Limits::default`].
pub async fn serve(
    listener: TcpListener,
    app: App,
    extra: ExtraRoutes,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, router(app, extra), Limits::default(), shutdown).await
}

/// Serves `router` on `listener` within `limits` until `shutdown` resolves. Each request
/// carries its connection's peer address (`ConnectInfo<SocketAddr>`), which the sign-in
/// throttle counts by.
pub async fn serve_with<S>(
    listener: TcpListener,
    site: S,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    S: tower::Service<Request, Response = Response, Error = std::convert::Infallible>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    let request_limit = limits.request;
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read)
        .max_buf_size(64 * 1024);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(limits.header_read)
        .keep_alive_timeout(limits.header_read)
        .max_concurrent_streams(64);
    let graceful = GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors or a connection reset before it was accepted: log,
                    // breathe, go on (as axum::serve does).
                    tracing::warn!(%error, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let site = site.clone();
        let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
            let mut request = request.map(Body::new);
            request.extensions_mut().insert(ConnectInfo(peer));
            let answer = site.clone().oneshot(request);
            // A request, its body included, is answered within the limit or gets 408.
            async move {
                match tokio::time::timeout(request_limit, answer).await {
                    Ok(answered) => answered,
                    Err(_) => Ok(StatusCode::REQUEST_TIMEOUT.into_response()),
                }
            }
        });
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}
