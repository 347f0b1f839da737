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

use axum::middleware;
use axum::{Router, ServiceExt};
use faro_core::App;
use tokio::net::TcpListener;

pub use public::banners::{Banner, active_banners};
pub use public::cache::Cached;

/// What every handler gets through `State`.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
}

/// Routes other adapters serve through this server (the Telegram webhook), already given
/// their state.
pub type ExtraRoutes = Router;

/// The whole site with `extra` merged in, as one service.
pub type Site = Cached<Router>;

/// The whole site, with `extra` merged in.
///
/// Outermost, around the router: the page cache (a kept page is answered there, before any
/// routing, with its `ETag`, gzipped when asked; it gzips error pages too). Then, around every
/// route but `extra`'s: security headers, then the public pages' translated error pages. The
/// operators' routes render their own errors inside `operators`, as a page or as JSON.
pub fn router(app: App, extra: ExtraRoutes) -> Site {
    let state = AppState { app };
    let site = Router::new()
        .merge(health::router())
        .merge(public::router())
        .merge(operators::router(&state))
        .fallback(public::error_page::fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            public::error_page::render_error_pages,
        ))
        .layer(middleware::from_fn(headers::security_headers))
        .with_state(state)
        .merge(extra);
    Cached::new(site)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: App,
    extra: ExtraRoutes,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let site = router(app, extra);
    axum::serve(listener, site.into_make_service())
        .with_graceful_shutdown(shutdown)
        .await
}
