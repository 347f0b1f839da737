//! Sending through Meta's Graph API: `POST {api_url}/{phone_number_id}/messages` with the
//! bearer token, and what its refusals mean (Meta's error codes): slow down, outside the
//! 24-hour window, or a failure with its code. A refusal's message text is never logged, for
//! it may quote the recipient.

use std::time::Duration;

use faro_core::secret::Secret;
use serde_json::Value;

/// Throughput and pair-rate limits: "slow down", and try again later.
pub const SLOW_DOWN: [i64; 4] = [130_429, 131_048, 131_056, 80_007];
/// "Re-engagement message": more than 24 hours since the person last wrote; only a template
/// may go.
pub const OUTSIDE_WINDOW: i64 = 131_047;

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum SendError {
    #[error("WhatsApp asks to slow down (code {0})")]
    SlowDown(i64),
    #[error("outside the 24-hour window (code 131047)")]
    OutsideWindow,
    #[error("WhatsApp refused the message (code {code:?}, HTTP {status})")]
    Refused { code: Option<i64>, status: u16 },
    #[error("no answer from the Graph API: {0}")]
    Network(String),
}

impl SendError {
    /// What a refusal with `code` means.
    pub fn from_code(code: Option<i64>, status: u16) -> SendError {
        match code {
            Some(code) if SLOW_DOWN.contains(&code) => SendError::SlowDown(code),
            Some(OUTSIDE_WINDOW) => SendError::OutsideWindow,
            _ => SendError::Refused { code, status },
        }
    }
}

#[derive(Clone)]
pub struct Graph {
    client: reqwest::Client,
    /// `{api_url}` without a trailing slash: media are found under it by id.
    api_url: String,
    messages_url: String,
    token: Secret,
}

impl Graph {
    pub fn new(api_url: &str, phone_number_id: &str, token: Secret) -> Graph {
        let api_url = api_url.trim_end_matches('/').to_owned();
        Graph {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap_or_default(),
            messages_url: format!("{api_url}/{phone_number_id}/messages"),
            api_url,
            token,
        }
    }

    pub(crate) fn client(&self) -> &reqwest::Client {
        &self.client
    }

    pub(crate) fn token(&self) -> &str {
        self.token.expose()
    }

    /// `{api_url}/{path}`: a medium by its id.
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.api_url)
    }

    /// Sends one message body (`render::Outgoing::to_json`, a template); Meta's id for it
    /// (`messages[0].id`), which its statuses name.
    pub async fn send(&self, body: &Value) -> Result<Option<String>, SendError> {
        let response = self
            .client
            .post(&self.messages_url)
            .bearer_auth(self.token.expose())
            .json(body)
            .send()
            .await
            // Without the URL: reqwest's error names it, and it is only configuration, but
            // the shorter line is enough.
            .map_err(|error| SendError::Network(error.without_url().to_string()))?;
        let status = response.status();
        if status.is_success() {
            let answer = response.json::<Value>().await.ok();
            return Ok(
                answer.and_then(|answer| answer["messages"][0]["id"].as_str().map(str::to_owned))
            );
        }
        let code = response
            .json::<Value>()
            .await
            .ok()
            .and_then(|body| body["error"]["code"].as_i64());
        Err(SendError::from_code(code, status.as_u16()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_codes_slow_down_131047_is_the_window_and_the_rest_fail() {
        for code in SLOW_DOWN {
            assert_eq!(
                SendError::from_code(Some(code), 400),
                SendError::SlowDown(code)
            );
        }
        assert_eq!(
            SendError::from_code(Some(131_047), 400),
            SendError::OutsideWindow
        );
        assert_eq!(
            SendError::from_code(Some(131_026), 400),
            SendError::Refused {
                code: Some(131_026),
                status: 400
            }
        );
        assert_eq!(
            SendError::from_code(None, 502),
            SendError::Refused {
                code: None,
                status: 502
            }
        );
    }
}
