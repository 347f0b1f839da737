//! A small fake Telegram Bot API for tests of the real binary: plain HTTP/1.1 on 127.0.0.1
//! (the root package has no web framework to borrow), on its own thread and runtime so that
//! tests may block. It answers what a polling bot asks at start, holds getUpdates for up to a
//! second, and records every sendMessage with its time of arrival.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

pub const TOKEN: &str = "123456789:TEST-token_for-the-fake-api";

#[derive(Clone, Debug)]
pub struct Delivery {
    pub chat: i64,
    pub text: String,
    pub at: Instant,
}

pub struct FakeTelegram {
    pub url: String,
    deliveries: Arc<Mutex<Vec<Delivery>>>,
}

impl FakeTelegram {
    pub fn start() -> FakeTelegram {
        let deliveries = Arc::new(Mutex::new(Vec::new()));
        let (address_tx, address_rx) = std::sync::mpsc::channel();
        let recorded = deliveries.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("fake API runtime");
            runtime.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind the fake API");
                address_tx
                    .send(listener.local_addr().expect("address"))
                    .expect("address sent");
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    tokio::spawn(serve(stream, recorded.clone()));
                }
            });
        });
        let address = address_rx.recv().expect("the fake API started");
        FakeTelegram {
            url: format!("http://{address}"),
            deliveries,
        }
    }

    pub fn deliveries(&self) -> Vec<Delivery> {
        self.deliveries.lock().unwrap().clone()
    }

    pub fn delivered(&self) -> usize {
        self.deliveries.lock().unwrap().len()
    }

    /// How many different chats got a message.
    pub fn chats(&self) -> usize {
        let deliveries = self.deliveries.lock().unwrap();
        let chats: std::collections::HashSet<i64> = deliveries.iter().map(|d| d.chat).collect();
        chats.len()
    }
}

/// Requests on one connection, kept alive as reqwest expects.
async fn serve(stream: TcpStream, deliveries: Arc<Mutex<Vec<Delivery>>>) {
    let mut stream = BufReader::new(stream);
    loop {
        let mut request_line = String::new();
        match stream.read_line(&mut request_line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let path = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or_default()
            .to_owned();
        let mut length = 0;
        loop {
            let mut header = String::new();
            if stream.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        if stream.read_exact(&mut body).await.is_err() {
            return;
        }
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let method = path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let token_ok = path.starts_with(&format!("/bot{TOKEN}/"));
        let answer = if token_ok {
            answer(&method, &body, &deliveries).await
        } else {
            json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })
        };
        let text = answer.to_string();
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{text}",
            text.len()
        );
        if stream
            .get_mut()
            .write_all(response.as_bytes())
            .await
            .is_err()
        {
            return;
        }
    }
}

async fn answer(method: &str, body: &Value, deliveries: &Mutex<Vec<Delivery>>) -> Value {
    let bot = json!({ "id": 123_456_789, "is_bot": true, "first_name": "Faro", "username": "FaroTestBot" });
    match method {
        "getme" => {
            let mut me = bot;
            for field in [
                "can_join_groups",
                "can_read_all_group_messages",
                "supports_inline_queries",
                "can_connect_to_business",
                "has_main_web_app",
            ] {
                me[field] = json!(false);
            }
            json!({ "ok": true, "result": me })
        }
        "getupdates" => {
            let timeout = body["timeout"].as_u64().unwrap_or(0).min(1);
            tokio::time::sleep(Duration::from_secs(timeout)).await;
            json!({ "ok": true, "result": [] })
        }
        "sendmessage" => {
            let chat = body["chat_id"].as_i64().unwrap_or_default();
            let text = body["text"].as_str().unwrap_or_default().to_owned();
            let id = {
                let mut deliveries = deliveries.lock().unwrap();
                deliveries.push(Delivery {
                    chat,
                    text: text.clone(),
                    at: Instant::now(),
                });
                deliveries.len() as i64
            };
            json!({ "ok": true, "result": {
                "message_id": id,
                "from": bot,
                "chat": { "id": chat, "first_name": "Test", "type": "private" },
                "date": 1_767_225_600,
                "text": text,
            }})
        }
        _ => json!({ "ok": true, "result": true }),
    }
}
