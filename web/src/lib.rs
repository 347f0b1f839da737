//! Faro's web server: the kiosk pages, health checks and, in webhook mode, the Telegram route.
//! Each feature owns its routes; they are merged in [`router`].

mod admin;
mod api;
mod assets;
mod cache;
mod campaigns;
mod error;
mod frame;
mod headers;
mod health;
mod intake;
mod pages;
mod qr;
mod query;
mod scope;
mod staff;
mod tr;

#[cfg(test)]
mod tests;

use std::future::Future;

use axum::Router;
use axum::middleware;
use faro_core::App;
use tokio::net::TcpListener;

pub use campaigns::{Banner, active_banners};

/// What every handler gets through `State`.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
}

/// Routes other adapters serve through this server (the Telegram webhook), already given
/// their state.
pub type ExtraRoutes = Router;

/// The whole site, with `extra` merged in.
///
/// Layers, outermost first: the page cache (a kept page is answered there, with its
/// `ETag`, gzipped when asked; it gzips error pages too), security headers, then translated
/// error pages.
pub fn router(app: App, extra: ExtraRoutes) -> Router {
    let state = AppState { app };
    Router::new()
        .merge(health::router())
        .merge(assets::router())
        .merge(pages::router())
        .merge(intake::router())
        .merge(staff::router())
        .merge(admin::router())
        .merge(api::router())
        .fallback(error::fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::render_error_pages,
        ))
        .layer(middleware::from_fn(headers::security_headers))
        .layer(middleware::from_fn_with_state(
            cache::PageCache::new(),
            cache::serve_cached,
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
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}
