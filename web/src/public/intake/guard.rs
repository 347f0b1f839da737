//! Refuses form posts another site made a browser send. The form token is the real guard;
//! these headers turn such a post away before it is even read, in browsers that send them.

use axum::http::{HeaderMap, header};

/// False when the browser says the post came from another site.
///
/// `Origin: null` is let through: with the pages' `Referrer-Policy: no-referrer`, browsers
/// send exactly that on their own same-origin form posts, and the token still has to match.
pub fn same_origin(headers: &HeaderMap, public_base: &str) -> bool {
    let fetch_site = headers
        .get("sec-fetch-site")
        .map(|value| value.to_str().unwrap_or("invalid"));
    if matches!(fetch_site, Some(site) if site.eq_ignore_ascii_case("cross-site")) {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if origin == "null" {
        return true;
    }
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok());
    let authority = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    let same_host = matches!((authority, host), (Some(a), Some(h)) if a.eq_ignore_ascii_case(h));
    same_host || origin.eq_ignore_ascii_case(public_base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    const BASE: &str = "https://faro.example.org";

    #[test]
    fn same_site_posts_pass() {
        for pairs in [
            &[][..],
            &[("sec-fetch-site", "same-origin")][..],
            &[("sec-fetch-site", "none")][..],
            &[("origin", "null"), ("sec-fetch-site", "same-origin")][..],
            &[("origin", "https://faro.example.org")][..],
            &[
                ("origin", "http://10.0.0.5:8080"),
                ("host", "10.0.0.5:8080"),
            ][..],
        ] {
            assert!(same_origin(&headers(pairs), BASE), "{pairs:?}");
        }
    }

    #[test]
    fn cross_site_posts_are_refused() {
        for pairs in [
            &[("sec-fetch-site", "cross-site")][..],
            &[("sec-fetch-site", "Cross-Site"), ("origin", "null")][..],
            &[("origin", "https://evil.example")][..],
            &[
                ("origin", "https://evil.example"),
                ("host", "faro.example.org"),
            ][..],
            &[("origin", "https://faro.example.org.evil.example")][..],
        ] {
            assert!(!same_origin(&headers(pairs), BASE), "{pairs:?}");
        }
    }
}
