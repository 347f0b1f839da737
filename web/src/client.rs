//! The client's address as the server sees it, for the sign-in throttle: the peer of the TCP
//! connection (`serve` puts it in every request's extensions). An IPv6 client is counted by
//! its /64, the block one subscriber usually holds, so that hopping addresses inside it does
//! not escape the count. Without a peer (router tests), every request counts as one client.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::Extensions;

/// What the throttle counts by.
pub fn address(extensions: &Extensions) -> String {
    match extensions.get::<ConnectInfo<SocketAddr>>() {
        Some(ConnectInfo(peer)) => counted(peer.ip()),
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
        assert_eq!(address(&Extensions::new()), "unknown");
        let mut extensions = Extensions::new();
        extensions.insert(ConnectInfo(SocketAddr::from(([198, 51, 100, 1], 4000))));
        assert_eq!(address(&extensions), "198.51.100.1");
    }
}
