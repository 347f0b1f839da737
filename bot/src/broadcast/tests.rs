use std::sync::Arc;

use faro_core::publishing::SendFailure;
use teloxide::types::Seconds;
use teloxide::{ApiError, RequestError};

use super::deliver::classify;

fn api(description: &str) -> RequestError {
    let json = format!("{{\"data\": {description:?}}}");
    #[derive(serde::Deserialize)]
    struct Wrapped {
        data: ApiError,
    }
    let wrapped: Wrapped = serde_json::from_str(&json).expect("an API error");
    RequestError::Api(wrapped.data)
}

fn transient(failure: SendFailure) -> bool {
    matches!(failure, SendFailure::Transient(_))
}

fn permanent(failure: SendFailure) -> bool {
    matches!(failure, SendFailure::Permanent(_))
}

#[test]
fn a_chat_that_is_gone_is_blocked() {
    for description in [
        "Forbidden: bot was blocked by the user",
        "Forbidden: user is deactivated",
        "Bad Request: chat not found",
        "Unauthorized: bot was kicked from a chat",
    ] {
        assert_eq!(
            classify(&api(description)),
            SendFailure::Blocked,
            "{description}"
        );
    }
}

#[test]
fn server_errors_and_flood_control_are_transient() {
    for description in [
        "Internal Server Error",
        "Bad Gateway",
        "Gateway Timeout",
        "Too Many Requests: retry later",
    ] {
        assert!(transient(classify(&api(description))), "{description}");
    }
    assert!(transient(classify(&RequestError::RetryAfter(
        Seconds::from_seconds(30)
    ))));
    let garbled = serde_json::from_str::<serde_json::Value>("<html>").expect_err("not JSON");
    assert!(transient(classify(&RequestError::InvalidJson {
        source: Arc::new(garbled),
        raw: "<html>".into(),
    })));
}

#[test]
fn requests_telegram_refuses_are_permanent() {
    for description in [
        "Bad Request: message is too long",
        "Bad Request: can't parse entities: unsupported start tag",
        "Bad Request: something new",
        "Forbidden: something new",
    ] {
        assert!(permanent(classify(&api(description))), "{description}");
    }
}
