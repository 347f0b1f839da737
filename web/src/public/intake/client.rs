//! Who is posting, for the intake's per-address budget: the connection's peer, or — only when
//! `trust_forwarded_for` says a reverse proxy appends it — the last `X-Forwarded-For` entry.
//! The first entries are whatever the client wrote and are never believed.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;

/// The connection's peer, when the server was started with connect info (tests that call
/// the router directly have none).
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0),
        ))
    }
}

/// The client's address as text (`unknown` when neither source gives one).
pub fn address(headers: &HeaderMap, peer: Option<SocketAddr>, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for {
        let last = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .rfind(|entry| !entry.is_empty());
        if let Some(ip) = last.and_then(|entry| entry.parse::<IpAddr>().ok()) {
            return ip.to_string();
        }
    }
    match peer {
        Some(peer) => peer.ip().to_string(),
        None => "unknown".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn forwarded(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn the_forwarded_header_counts_only_behind_a_trusted_proxy() {
        let peer = Some(SocketAddr::from(([10, 0, 0, 2], 51000)));
        let spoofed = forwarded(&["203.0.113.9"]);
        assert_eq!(address(&spoofed, peer, false), "10.0.0.2");
        assert_eq!(address(&spoofed, peer, true), "203.0.113.9");
        // The proxy appends the real address last; what the client wrote before it is ignored.
        let chain = forwarded(&["1.2.3.4, 198.51.100.7", "192.0.2.1"]);
        assert_eq!(address(&chain, peer, true), "192.0.2.1");
        assert_eq!(address(&forwarded(&["not an ip"]), peer, true), "10.0.0.2");
        assert_eq!(address(&HeaderMap::new(), None, true), "unknown");
    }
}
