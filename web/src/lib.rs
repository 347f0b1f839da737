//! Faro's web server, split by who uses it: [`public`] for migrants (the kiosk and phone pages,
//! no account, no cookie) and [`operators`] for people with an account (sign-in, the staff
//! queue, the publishing pages, the JSON API). Health checks and security headers serve both,
//! and in webhook mode the Telegram route is merged in. Each feature owns its routes; they are
//! merged in [`router`].

mod headers;
mod health;
mod operators;
mod public;

#[cfg(test)]
mod tests;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::middleware;
use faro_core::App;
use faro_core::intake::throttle::Throttle;
use tokio::net::TcpListener;

pub use public::banners::{Banner, active_banners};

/// What every handler gets through `State`.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    /// The open kiosk intake's budgets per kiosk and per client address.
    pub intake_throttle: Arc<Throttle>,
}

/// Routes other adapters serve through this server (the Telegram webhook), already given
/// their state.
pub type ExtraRoutes = Router;

/// The whole site, with `extra` merged in.
///
/// Layers, outermost first: the page cache (a kept page is answered there, with its
/// `ETag`, gzipped when asked; it gzips error pages too), security headers, then the public
/// pages' translated error pages. The operators' routes render their own errors inside
/// `operators`, as a page or as JSON.
pub fn router(app: App, extra: ExtraRoutes) -> Router {
    let state = AppState {
        app,
        intake_throttle: Arc::new(Throttle::new(public::intake::THROTTLE_WINDOW)),
    };
    Router::new()
        .merge(health::router())
        .merge(public::router())
        .merge(operators::router(&state))
        .fallback(public::error_page::fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            public::error_page::render_error_pages,
        ))
        .layer(middleware::from_fn(headers::security_headers))
        .layer(middleware::from_fn_with_state(
            public::cache::PageCache::new(),
            public::cache::serve_cached,
        ))
        .with_state(state)
        .merge(extra)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: App,
    extra: ExtraRoutes,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router(app, extra);
    // The peer address, for the kiosk intake's per-address budget.
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
