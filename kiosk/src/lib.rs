//! Faro's web server: the kiosk pages, health checks and, in webhook mode, the Telegram route.
//! Each feature owns its routes; they are merged in [`router`].

mod health;

use std::future::Future;

use axum::Router;
use faro_core::App;
use tokio::net::TcpListener;

/// What every handler gets through `State`.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
}

/// Routes other adapters serve through this server (the Telegram webhook), already given
/// their state.
pub type ExtraRoutes = Router;

/// The whole site, with `extra` merged in.
pub fn router(app: App, extra: ExtraRoutes) -> Router {
    let state = AppState { app };
    Router::new()
        .merge(health::router())
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
