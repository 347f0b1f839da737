//! The server's own limits, over a real socket on 127.0.0.1 (security review LOW-2): a client
//! that sends its headers a line at a time, or a body slower than it declared, or that holds
//! an idle connection, is cut off; each test waits at most a few seconds for that, and fails
//! if the server is still holding the connection then.

use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::{Limits, serve_with};

const LIMITS: Limits = Limits {
    header_read: Duration::from_millis(500),
    request: Duration::from_millis(500),
    max_connections: 16,
};

/// How long a test waits for the server to close before calling it held open.
const PATIENCE: Duration = Duration::from_secs(10);

async fn server() -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let router = Router::new().route("/", get(|| async { "ok" })).route(
        "/echo",
        post(|body: String| async move { body.len().to_string() }),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve_with(listener, router, LIMITS, async {
        let _ = stopped.await;
    }));
    (address, stop)
}

/// Everything the server sends until it closes the connection; `None` if it keeps it open
/// longer than [`PATIENCE`].
async fn until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(PATIENCE, async {
        let mut buffer = [0u8; 1024];
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buffer[..n]),
            }
        }
    })
    .await;
    read.ok()
        .map(|()| String::from_utf8_lossy(&received).into_owned())
}

#[tokio::test]
async fn a_client_sending_its_headers_slowly_is_cut_off() {
    let (address, _stop) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    // One header line, then silence: the slowloris pattern.
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n")
        .await
        .unwrap();
    let answer = until_closed(&mut stream).await;
    assert!(
        answer.is_some(),
        "the server still holds a half-sent request"
    );
    assert!(!answer.unwrap().contains("200 OK"));
}

#[tokio::test]
async fn a_body_slower_than_declared_gets_408_and_an_idle_connection_is_closed() {
    let (address, _stop) = server().await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(
            b"POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nonly ten b",
        )
        .await
        .unwrap();
    let answer = until_closed(&mut stream)
        .await
        .expect("the server still waits for the body");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");

    // A complete request is answered; then the idle keep-alive connection is closed.
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let answer = until_closed(&mut stream)
        .await
        .expect("an idle connection held open");
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
}
