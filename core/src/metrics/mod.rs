//! What Faro counts for the people who run it, as Prometheus metric families: updates and
//! messages per channel, send errors by kind, the outbox, interpreter requests, HTTP requests
//! by route group, the page cache. One [`Metrics`] is made at start ([`crate::App::start`])
//! and handed to each adapter through the app; there is no global registry, so tests each
//! see their own counts.
//!
//! Every label is one of the fixed sets in [`labels`]: the scrape never holds a chat id, a
//! name, a message, a path or a shelter (DESIGN.md: no personal data outside the tables that
//! need it). The adapters call the typed helpers (`metrics.update_received(Channel::Telegram)`);
//! the web crate serves [`Metrics::scrape`] on its own listener. No HTTP here.

mod database;
pub mod labels;

#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::intake::{LanguageTag, Request, RequestStatus};
use crate::store::{Store, StoreError};

pub use labels::{
    CacheResult, Channel, LanguageLabel, OutboxStatus, Purpose, RouteGroup, SendErrorKind,
    StatusClass,
};

/// The `Content-Type` of a scrape: Prometheus' text exposition format, version 0.0.4.
pub const CONTENT_TYPE: &str = prometheus_text::CONTENT_TYPE;

/// Upper bounds of the HTTP latency buckets, in seconds: a cached kiosk page is answered in
/// well under a millisecond, a request is cut off at 30 s (`faro_web::Limits`).
const HTTP_BUCKETS: [f64; 15] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Upper bounds of the time-to-accept buckets, in seconds: from half a minute to a day.
const ACCEPT_BUCKETS: [f64; 12] = [
    30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 28800.0, 86400.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabels {
    channel: Channel,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SentLabels {
    channel: Channel,
    purpose: Purpose,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SendErrorLabels {
    channel: Channel,
    purpose: Purpose,
    kind: SendErrorKind,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutboxLabels {
    status: OutboxStatus,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLabels {
    group: RouteGroup,
    /// The status code the server answered with: a number it chose, never the client's.
    code: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HttpLatencyLabels {
    group: RouteGroup,
    class: StatusClass,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct LanguageLabels {
    language: LanguageLabel,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CacheLabels {
    result: CacheResult,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

fn http_histogram() -> Histogram {
    Histogram::new(HTTP_BUCKETS)
}

fn accept_histogram() -> Histogram {
    Histogram::new(ACCEPT_BUCKETS)
}

/// The registry and its families; cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct Metrics {
    inner: Arc<Families>,
}

struct Families {
    registry: Registry,
    updates: Family<ChannelLabels, Counter>,
    sent: Family<SentLabels, Counter>,
    send_errors: Family<SendErrorLabels, Counter>,
    outbox: Family<OutboxLabels, Gauge>,
    requests_waiting: Gauge,
    time_to_accept: Histogram,
    time_to_accept_by_language: HistogramFamily<LanguageLabels>,
    http_requests: Family<HttpLabels, Counter>,
    http_duration: HistogramFamily<HttpLatencyLabels>,
    page_cache: Family<CacheLabels, Counter>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Every family registered, and every series of the fixed label sets shown at zero, so
    /// that a counter's first increase is seen as one (Prometheus' `rate` needs a first
    /// sample) and a dashboard finds each series before anything happened. HTTP series
    /// appear with their first request: their codes are not known in advance.
    pub fn new() -> Metrics {
        let updates = Family::<ChannelLabels, Counter>::default();
        let sent = Family::<SentLabels, Counter>::default();
        let send_errors = Family::<SendErrorLabels, Counter>::default();
        for &channel in Channel::ALL {
            updates.get_or_create_owned(&ChannelLabels { channel });
            for &purpose in Purpose::ALL {
                sent.get_or_create_owned(&SentLabels { channel, purpose });
                for &kind in SendErrorKind::ALL {
                    send_errors.get_or_create_owned(&SendErrorLabels {
                        channel,
                        purpose,
                        kind,
                    });
                }
            }
        }
        let outbox = Family::<OutboxLabels, Gauge>::default();
        for &status in OutboxStatus::ALL {
            outbox.get_or_create_owned(&OutboxLabels { status });
        }
        let page_cache = Family::<CacheLabels, Counter>::default();
        for &result in CacheResult::ALL {
            page_cache.get_or_create_owned(&CacheLabels { result });
        }
        let requests_waiting = Gauge::default();
        let time_to_accept = Histogram::new(ACCEPT_BUCKETS);
        let time_to_accept_by_language: HistogramFamily<LanguageLabels> =
            Family::new_with_constructor(accept_histogram);
        let http_requests = Family::<HttpLabels, Counter>::default();
        let http_duration: HistogramFamily<HttpLatencyLabels> =
            Family::new_with_constructor(http_histogram);

        let mut registry = Registry::default();
        registry.register(
            "faro_updates",
            "Updates received from a messaging channel",
            updates.clone(),
        );
        registry.register(
            "faro_messages_sent",
            "Messages sent (or edited) on a messaging channel, by purpose: reply, notice, relay or broadcast",
            sent.clone(),
        );
        registry.register(
            "faro_send_errors",
            "Messages not sent after the limiter's retries, by purpose and kind of error",
            send_errors.clone(),
        );
        registry.register(
            "faro_outbox_messages",
            "Broadcast messages in the outbox by status, read from the database at each scrape (the whole deployment's, the same on every instance)",
            outbox.clone(),
        );
        registry.register(
            "faro_interpreter_requests_waiting",
            "Interpreter requests waiting for an interpreter or shelter staff, read from the database at each scrape",
            requests_waiting.clone(),
        );
        registry.register(
            "faro_interpreter_request_accept_seconds",
            "Time from an interpreter request to its acceptance (by an interpreter on Telegram or by staff in the queue)",
            time_to_accept.clone(),
        );
        registry.register(
            "faro_interpreter_request_accept_by_language_seconds",
            "Time from an interpreter request to its acceptance, by each language the request was made for (one of the languages the intake offers, or other); a series appears with its language's first acceptance",
            time_to_accept_by_language.clone(),
        );
        registry.register(
            "faro_http_requests",
            "HTTP requests answered, by route group and status code",
            http_requests.clone(),
        );
        registry.register(
            "faro_http_request_duration_seconds",
            "Time to answer an HTTP request, by route group and status class",
            http_duration.clone(),
        );
        registry.register(
            "faro_page_cache_requests",
            "Requests for pages the page cache keeps: answered from it (hit) or rendered and kept (miss)",
            page_cache.clone(),
        );
        Metrics {
            inner: Arc::new(Families {
                registry,
                updates,
                sent,
                send_errors,
                outbox,
                requests_waiting,
                time_to_accept,
                time_to_accept_by_language,
                http_requests,
                http_duration,
                page_cache,
            }),
        }
    }

    /// An update (a message, a button press) arrived from `channel`.
    pub fn update_received(&self, channel: Channel) {
        self.inner
            .updates
            .get_or_create(&ChannelLabels { channel })
            .inc();
    }

    /// A message went out on `channel`.
    pub fn message_sent(&self, channel: Channel, purpose: Purpose) {
        self.inner
            .sent
            .get_or_create(&SentLabels { channel, purpose })
            .inc();
    }

    /// A message could not be sent on `channel`.
    pub fn send_failed(&self, channel: Channel, purpose: Purpose, kind: SendErrorKind) {
        self.inner
            .send_errors
            .get_or_create(&SendErrorLabels {
                channel,
                purpose,
                kind,
            })
            .inc();
    }

    /// An interpreter request for `languages` was accepted `waited_seconds` after it was made:
    /// counted once in all and once for each of its languages.
    pub fn request_accepted(&self, languages: &[LanguageTag], waited_seconds: i64) {
        // A clock set back between the two makes no negative wait.
        let waited = waited_seconds.max(0) as f64;
        self.inner.time_to_accept.observe(waited);
        for language in languages {
            self.inner
                .time_to_accept_by_language
                .get_or_create(&LanguageLabels {
                    language: LanguageLabel::of(language),
                })
                .observe(waited);
        }
    }

    /// A staff action changed a request from `before` to `after` at `now`: counted when it
    /// accepted a waiting one (repeated clicks and other changes are not acceptances).
    pub fn request_changed(&self, before: RequestStatus, after: &Request, now: i64) {
        if before == RequestStatus::Waiting && after.status == RequestStatus::Accepted {
            self.request_accepted(&after.languages, now - after.created_at);
        }
    }

    /// An HTTP request of `group` was answered with `code` after `elapsed`.
    pub fn http_request(&self, group: RouteGroup, code: u16, elapsed: Duration) {
        self.inner
            .http_requests
            .get_or_create(&HttpLabels { group, code })
            .inc();
        self.inner
            .http_duration
            .get_or_create(&HttpLatencyLabels {
                group,
                class: StatusClass::of(code),
            })
            .observe(elapsed.as_secs_f64());
    }

    /// The page cache answered a request (`Hit`) or kept what was rendered for it (`Miss`).
    pub fn page_cache(&self, result: CacheResult) {
        self.inner
            .page_cache
            .get_or_create(&CacheLabels { result })
            .inc();
    }

    /// Reads the database's gauges, then writes every family in Prometheus' text format
    /// ([`CONTENT_TYPE`]). A database that does not answer fails the scrape rather than
    /// showing the last figures as if they were current.
    pub async fn scrape(&self, store: &Store) -> Result<String, MetricsError> {
        let counts = database::read(store).await?;
        for (status, count) in &counts.outbox {
            self.inner
                .outbox
                .get_or_create(&OutboxLabels { status: *status })
                .set(*count);
        }
        self.inner.requests_waiting.set(counts.requests_waiting);
        self.encode()
    }

    /// Every family as it stands, in Prometheus' text format.
    pub fn encode(&self) -> Result<String, MetricsError> {
        let mut text = String::new();
        prometheus_text::encode(&mut text, &self.inner.registry)
            .map_err(|_| MetricsError::Encode)?;
        Ok(text)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    #[error("reading the metrics' figures from the database: {0}")]
    Store(#[from] StoreError),
    #[error("writing the metrics in Prometheus' text format failed")]
    Encode,
}
