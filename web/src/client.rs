//! The client's address as the server sees it, for the sign-in throttle and the kiosk
//! intake's budgets: the peer of the TCP connection (`serve` puts it in every request's
//! extensions), or — only when `trust_forwarded_for` says a reverse proxy appends it — the last
//! `X-Forwarded-For` entry; the entries before it are whatever the client wrote and are never
//! believed. An IPv6 client is counted by its /64, the block one subscriber usually holds, so
//! that hopping addresses inside it does not escape the count. Without a peer (router tests),
//! every request counts as one client.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};

/// The connection's peer, when the server was started with connect info (tests that call
/// the router directly have none).
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(peer(&parts.extensions)))
    }
}

pub fn peer(extensions: &Extensions) -> Option<SocketAddr> {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0)
}

/// What the throttles count by (`unknown` when neither source gives an address).
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
            return counted(ip);
        }
    }
    match peer {
        Some(peer) => counted(peer.ip()),
        None => "unknown".to_owned(),
    }
}

fn counted(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_is_the_address_and_ipv6_its_slash_64() {
        assert_eq!(counted("203.0.113.9".parse().unwrap()), "203.0.113.9");
        assert_eq!(
            counted("::ffff:203.0.113.9".parse().unwrap()),
            "203.0.113.9"
        );
        assert_eq!(
            counted("2001:db8:1:2:aaaa::1".parse().unwrap()),
            counted("2001:db8:1:2:bbbb::9".parse().unwrap())
        );
        assert_eq!(
            counted("2001:db8:1:2::1".parse().unwrap()),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            address(&HeaderMap::new(), peer(&Extensions::new()), false),
            "unknown"
        );
        let mut extensions = Extensions::new();
        extensions.insert(ConnectInfo(SocketAddr::from(([198, 51, 100, 1], 4000))));
        assert_eq!(
            address(&HeaderMap::new(), peer(&extensions), false),
            "198.51.100.1"
        );
    }

    fn forwarded(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(
                "x-forwarded-for",
                axum::http::HeaderValue::from_static(value),
            );
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
        assert_eq!(
            address(&forwarded(&["2001:db8:1:2:aaaa::1"]), peer, true),
            "2001:db8:1:2::/64"
        );
    }
}
