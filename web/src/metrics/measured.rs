//! Counting every request the site answers: its route group, status code and time, and what
//! the page cache did. [`Measured`] wraps the whole site (outside the page cache, so a hit is
//! counted too); each feature's routes say which group they are with [`group`], a response
//! extension read here. Only that fixed group reaches a label, never the path: `/k/<shelter>/`
//! and a query string stay out of the scrape.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::Router;
use axum::extract::Request;
use axum::middleware;
use axum::response::Response;
use faro_core::metrics::{CacheResult, Metrics, RouteGroup};
use tower::Service;

/// Marks `router`'s responses as `group`'s (an inner router's own mark is kept).
pub fn group<S: Clone + Send + Sync + 'static>(router: Router<S>, group: RouteGroup) -> Router<S> {
    router.layer(middleware::map_response(
        move |mut response: Response| async move {
            if response.extensions().get::<RouteGroup>().is_none() {
                response.extensions_mut().insert(group);
            }
            response
        },
    ))
}

/// The site with every request counted in `metrics`.
#[derive(Clone)]
pub struct Measured<S> {
    inner: S,
    metrics: Metrics,
}

impl<S> Measured<S> {
    pub fn new(inner: S, metrics: Metrics) -> Self {
        Measured { inner, metrics }
    }

    /// The site inside, uncounted.
    pub fn inner(&self) -> &S {
        &self.inner
    }
}

impl<S> Service<Request> for Measured<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
    S::Future: Unpin,
{
    type Response = Response;
    type Error = Infallible;
    type Future = MeasuredFuture<S::Future>;

    fn poll_ready(&mut self, context: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(context)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        MeasuredFuture {
            started: Instant::now(),
            metrics: self.metrics.clone(),
            inner: self.inner.call(request),
        }
    }
}

/// The inner answer, counted when it is ready (its headers, that is: a page's body is
/// already in memory, so the time is the time to answer).
pub struct MeasuredFuture<F> {
    started: Instant,
    metrics: Metrics,
    inner: F,
}

impl<F> Future for MeasuredFuture<F>
where
    F: Future<Output = Result<Response, Infallible>> + Unpin,
{
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let Poll::Ready(Ok(response)) = Pin::new(&mut this.inner).poll(context) else {
            return Poll::Pending;
        };
        let extensions = response.extensions();
        if let Some(result) = extensions.get::<CacheResult>() {
            this.metrics.page_cache(*result);
        }
        let group = extensions
            .get::<RouteGroup>()
            .copied()
            .unwrap_or(RouteGroup::Other);
        this.metrics
            .http_request(group, response.status().as_u16(), this.started.elapsed());
        Poll::Ready(Ok(response))
    }
}
