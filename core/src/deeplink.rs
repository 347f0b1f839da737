//! The payload of a Telegram deep link (`https://t.me/<bot>?start=<payload>`), written by the
//! kiosk's QR codes and read by the bot's /start: the locale, and a topic or a kiosk request's
//! link secret. Telegram allows at most 64 characters of `[A-Za-z0-9_-]`.
//!
//! Form: `<locale>` then optional `_t-<topic-slug>` or `_k-<secret>`, e.g. `fa_t-asylum`,
//! `zh-Hans`, `ht_k-<32 hex digits>`. The short reference read aloud never links a request
//! (the old `_r-<reference>` form is refused): only the secret the QR code carries does.

use crate::content::TopicSlug;
use crate::intake::LinkSecret;
use crate::locale::Locale;

pub const MAX_LEN: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    None,
    Topic(TopicSlug),
    /// A kiosk request's link secret (see [`LinkSecret`]).
    Link(LinkSecret),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartPayload {
    pub locale: Locale,
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PayloadError {
    #[error("start payload longer than 64 characters or with characters outside A-Z a-z 0-9 _ -")]
    Malformed,
    #[error("start payload names an unknown locale")]
    UnknownLocale,
    #[error("start payload has an unknown part")]
    UnknownPart,
}

impl StartPayload {
    pub fn encode(&self) -> String {
        match &self.target {
            Target::None => self.locale.tag().to_owned(),
            Target::Topic(slug) => format!("{}_t-{}", self.locale.tag(), slug.as_str()),
            Target::Link(secret) => format!("{}_k-{}", self.locale.tag(), secret.as_str()),
        }
    }

    pub fn decode(payload: &str) -> Result<Self, PayloadError> {
        let well_formed = !payload.is_empty()
            && payload.len() <= MAX_LEN
            && payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !well_formed {
            return Err(PayloadError::Malformed);
        }
        let (tag, rest) = payload.split_once('_').unwrap_or((payload, ""));
        let locale = tag
            .parse::<Locale>()
            .map_err(|_| PayloadError::UnknownLocale)?;
        let target = if rest.is_empty() {
            Target::None
        } else if let Some(slug) = rest.strip_prefix("t-") {
            Target::Topic(TopicSlug::parse(slug).map_err(|_| PayloadError::UnknownPart)?)
        } else if let Some(secret) = rest.strip_prefix("k-") {
            Target::Link(LinkSecret::parse(secret).ok_or(PayloadError::UnknownPart)?)
        } else {
            return Err(PayloadError::UnknownPart);
        };
        Ok(StartPayload { locale, target })
    }
}

/// The same start as a WhatsApp link: `https://wa.me/<number>?text=%2Fstart%20<payload>` opens
/// a chat with the business number (`whatsapp_display_number`, digits only in the link) with
/// `/start <payload>` ready to send, which the WhatsApp channel reads as Telegram's `/start`.
/// `None` when the number has no digits.
pub fn whatsapp_link(display_number: &str, payload: &StartPayload) -> Option<String> {
    let digits: String = display_number
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    // The payload is only `[A-Za-z0-9_-]` (see `decode`), nothing to escape.
    (!digits.is_empty()).then(|| {
        format!(
            "https://wa.me/{digits}?text=%2Fstart%20{}",
            payload.encode()
        )
    })
}

/// The link secret in what a person pasted or typed to delete their data: the secret alone,
/// or a kiosk QR code's whole link (`https://t.me/<bot>?start=<locale>_k-<secret>`). Case and
/// surrounding spaces do not matter; anything else (a reference, say) is no secret.
pub fn secret_in(text: &str) -> Option<LinkSecret> {
    let text = text.trim().to_ascii_lowercase();
    if let Some(secret) = LinkSecret::parse(&text) {
        return Some(secret);
    }
    let (_, after) = text.rsplit_once("_k-")?;
    LinkSecret::parse(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whatsapp_link_carries_the_same_start_to_the_business_number() {
        let payload = StartPayload {
            locale: Locale::Fa,
            target: Target::Topic(TopicSlug::parse("asylum").unwrap()),
        };
        assert_eq!(
            whatsapp_link("+1 555 078 3881", &payload).as_deref(),
            Some("https://wa.me/15550783881?text=%2Fstart%20fa_t-asylum")
        );
        assert_eq!(whatsapp_link("", &payload), None);
    }

    #[test]
    fn a_secret_is_found_alone_or_in_its_qr_link_and_nothing_else_is_one() {
        let secret = LinkSecret::random();
        let link = format!("https://t.me/faro_bot?start=ht_k-{}", secret.as_str());
        for text in [
            secret.as_str().to_owned(),
            format!("  {}\n", secret.as_str().to_uppercase()),
            link.clone(),
            format!(" {link} "),
        ] {
            assert_eq!(secret_in(&text), Some(secret.clone()), "{text:?}");
        }
        for text in [
            String::new(),
            "K7M4QX".to_owned(),
            format!("{link}0"),
            link.replace("_k-", "_t-"),
            secret.as_str()[1..].to_owned(),
        ] {
            assert_eq!(secret_in(&text), None, "{text:?}");
        }
    }

    #[test]
    fn round_trips_and_fits_telegrams_limit() {
        let longest_slug = TopicSlug::parse(&"a".repeat(48)).unwrap();
        for payload in [
            StartPayload {
                locale: Locale::Fa,
                target: Target::Topic(TopicSlug::parse("asylum").unwrap()),
            },
            StartPayload {
                locale: Locale::ZhHans,
                target: Target::None,
            },
            StartPayload {
                locale: Locale::Ht,
                target: Target::Link(LinkSecret::random()),
            },
            StartPayload {
                locale: Locale::ZhHans,
                target: Target::Link(LinkSecret::random()),
            },
            StartPayload {
                locale: Locale::ZhHans,
                target: Target::Topic(longest_slug),
            },
        ] {
            let encoded = payload.encode();
            assert!(encoded.len() <= MAX_LEN, "{encoded}");
            assert!(
                encoded
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            );
            assert_eq!(StartPayload::decode(&encoded), Ok(payload));
        }
        assert_eq!(
            StartPayload::decode("fa_t-asylum").unwrap().encode(),
            "fa_t-asylum"
        );
    }

    #[test]
    fn rejects_what_telegram_or_faro_would_not_send() {
        assert_eq!(StartPayload::decode(""), Err(PayloadError::Malformed));
        assert_eq!(StartPayload::decode("fa t"), Err(PayloadError::Malformed));
        assert_eq!(
            StartPayload::decode(&"a".repeat(65)),
            Err(PayloadError::Malformed)
        );
        assert_eq!(StartPayload::decode("de"), Err(PayloadError::UnknownLocale));
        assert_eq!(
            StartPayload::decode("fa_x-1"),
            Err(PayloadError::UnknownPart)
        );
        assert_eq!(
            StartPayload::decode("fa_r-k7"),
            Err(PayloadError::UnknownPart)
        );
        // The short reference links nothing, however well formed.
        assert_eq!(
            StartPayload::decode("fa_r-K7M4QX"),
            Err(PayloadError::UnknownPart)
        );
        assert_eq!(
            StartPayload::decode("fa_k-K7M4QX"),
            Err(PayloadError::UnknownPart)
        );
        assert_eq!(
            StartPayload::decode("fa_t-Bad_"),
            Err(PayloadError::UnknownPart)
        );
    }
}
