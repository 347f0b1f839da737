//! `/metrics` of the real binary: on its own listener and not on the site's port, guarded by
//! a token when one is set, refused elsewhere than loopback without one (in the operator's
//! language), and off when asked.

use std::io::{Read, Write};
use std::time::Duration;

use crate::common::{Server, faro, http_get};

/// GET `path` with an optional `Authorization` header: status and body.
fn get_with(base_url: &str, path: &str, authorization: Option<&str>) -> (u16, String) {
    let address = base_url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let header = authorization
        .map(|value| format!("Authorization: {value}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{header}Connection: close\r\n\r\n"
    )
    .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The metrics listener's base URL, from the line `faro serve` logs.
fn metrics_url(server: &mut Server) -> String {
    let line = server.wait_for_log("metrics on http://", Duration::from_secs(10));
    let address = line
        .split("metrics on http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("an address")
        .trim()
        .to_owned();
    format!("http://{address}")
}

#[test]
fn metrics_are_served_on_their_own_port_and_the_site_has_none() {
    let mut server = Server::start(&[]);
    let metrics = metrics_url(&mut server);
    assert_ne!(metrics, server.base_url);
    let (status, _) = http_get(&server.base_url, "/en/");
    assert_eq!(status, 200);
    assert_eq!(http_get(&server.base_url, "/metrics").0, 404);

    let (status, text) = http_get(&metrics, "/metrics");
    assert_eq!(status, 200, "{text}");
    assert!(
        text.contains("# TYPE faro_http_requests_total counter\n"),
        "{text}"
    );
    assert!(
        text.contains("faro_http_requests_total{group=\"public_pages\",code=\"200\"} 1\n"),
        "{text}"
    );
    assert!(
        text.contains("faro_http_requests_total{group=\"public_pages\",code=\"404\"} 1\n"),
        "the site's 404 for /metrics (a page in an unknown language):\n{text}"
    );
    assert!(server.terminate().success());
}

#[test]
fn a_token_guards_the_scrape() {
    let token = "e2e-scrape-token-0123456789";
    let mut server = Server::start(&[("FARO_METRICS_TOKEN", token)]);
    let metrics = metrics_url(&mut server);
    assert_eq!(get_with(&metrics, "/metrics", None).0, 401);
    assert_eq!(
        get_with(&metrics, "/metrics", Some("Bearer not-the-token-at-all")).0,
        401
    );
    let (status, text) = get_with(&metrics, "/metrics", Some(&format!("Bearer {token}")));
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE faro_updates_total counter\n"),
        "{text}"
    );
    let log = server.log_lines.join("\n");
    assert!(!log.contains(token), "the token in the log: {log}");
    assert!(server.terminate().success());
}

#[test]
fn elsewhere_than_loopback_without_a_token_it_refuses_to_start_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    for (language, expected) in [
        ("fr", "metrics_token n'est pas défini"),
        ("es", "metrics_token no está definido"),
        ("en", "metrics_token is not set"),
    ] {
        let output = faro()
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
            .arg(format!("sqlite://{}/faro.db", dir.path().display()))
            .env("FARO_METRICS_LISTEN", "0.0.0.0:0")
            .env("FARO_LANG", language)
            .output()
            .expect("run");
        assert!(!output.status.success(), "{language}: it started");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{language}: {stderr}");
    }
    // It stopped before opening the database.
    assert!(!dir.path().join("faro.db").exists());
}

#[test]
fn metrics_can_be_turned_off() {
    let mut server = Server::start(&[("FARO_METRICS_LISTEN", "off")]);
    server.wait_for_log("metrics are off", Duration::from_secs(10));
    assert!(
        !server
            .log_lines
            .iter()
            .any(|line| line.contains("metrics on http://"))
    );
    assert!(server.terminate().success());
}
