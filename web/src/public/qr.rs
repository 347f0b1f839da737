//! QR codes as compact inline SVG: one path of horizontal strokes, one per run of dark
//! modules, so a code for a URL weighs about 2 KB instead of the 10 KB of one rectangle per
//! module. Encoded codes are kept, since every page of a locale shows the same few.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::{Arc, LazyLock, Mutex};

use faro_core::content::TopicSlug;
use faro_core::deeplink::{StartPayload, Target};
use faro_core::{Config, Locale};
use qrcode::{Color, EcLevel, QrCode};

/// The light margin around the code, in modules (the standard asks for four).
const QUIET_ZONE: usize = 4;
/// Distinct codes kept; beyond it (arbitrary `near=` queries) the cache starts over.
const CACHE_LIMIT: usize = 4096;

/// A drawn code: the SVG's side in modules and the path of its dark modules.
#[derive(Clone, Debug)]
pub struct QrSvg {
    pub size: usize,
    pub path: Arc<str>,
}

static CACHE: LazyLock<Mutex<HashMap<String, QrSvg>>> = LazyLock::new(Default::default);

/// The code for `data`, or `None` when it is too long for a QR code.
pub fn encode(data: &str) -> Option<QrSvg> {
    if let Ok(cache) = CACHE.lock()
        && let Some(found) = cache.get(data)
    {
        return Some(found.clone());
    }
    let drawn = draw(data)?;
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(data.to_owned(), drawn.clone());
    }
    Some(drawn)
}

fn draw(data: &str) -> Option<QrSvg> {
    // Level L: the codes are shown on a clean screen, and a smaller code scans more easily.
    let code = QrCode::with_error_correction_level(data, EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::with_capacity(width * width / 2);
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                // A stroke one module wide along the row's middle line.
                let _ = write!(
                    path,
                    "M{} {}.5h{}",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start
                );
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg {
        size: width + 2 * QUIET_ZONE,
        path: path.into(),
    })
}

/// `https://t.me/<bot>?start=<payload>`, when the bot's username is known and well formed.
pub fn telegram_link(
    bot_username: Option<&str>,
    locale: Locale,
    topic: Option<&TopicSlug>,
) -> Option<String> {
    let bot = bot_username?.trim().trim_start_matches('@');
    let valid = (5..=32).contains(&bot.len())
        && bot.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !valid {
        return None;
    }
    let target = match topic {
        Some(slug) => Target::Topic(slug.clone()),
        None => Target::None,
    };
    let payload = StartPayload { locale, target }.encode();
    Some(format!("https://t.me/{bot}?start={payload}"))
}

/// `https://wa.me/<number>?text=%2Fstart%20<payload>`: the Telegram deep link's start on
/// WhatsApp, when WhatsApp is on (`whatsapp_token`) and its display number is configured.
pub fn whatsapp_start(
    config: &Config,
    locale: Locale,
    topic: Option<&TopicSlug>,
) -> Option<String> {
    let target = match topic {
        Some(slug) => Target::Topic(slug.clone()),
        None => Target::None,
    };
    whatsapp_link(config, &StartPayload { locale, target })
}

/// The `wa.me` link that sends `/start <payload>` to the business number, when WhatsApp and
/// its display number are configured.
pub fn whatsapp_link(config: &Config, payload: &StartPayload) -> Option<String> {
    config.whatsapp_token.as_ref()?;
    let number = config.whatsapp_display_number.as_deref()?;
    faro_core::deeplink::whatsapp_link(number, payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_code_is_small_and_square() {
        let svg = encode("https://faro.example.org/zh-Hans/topics/smuggling-risks").unwrap();
        assert!(svg.size >= 21 + 2 * QUIET_ZONE);
        assert!(svg.path.len() < 4000, "{} bytes", svg.path.len());
        assert!(
            svg.path
                .starts_with(&format!("M{QUIET_ZONE} {QUIET_ZONE}.5h7"))
        );
    }

    #[test]
    fn telegram_links_carry_locale_and_topic() {
        let slug = TopicSlug::parse("asylum").unwrap();
        assert_eq!(
            telegram_link(Some("@faro_bot"), Locale::Fa, Some(&slug)).as_deref(),
            Some("https://t.me/faro_bot?start=fa_t-asylum")
        );
        assert_eq!(
            telegram_link(Some("faro_bot"), Locale::ZhHans, None).as_deref(),
            Some("https://t.me/faro_bot?start=zh-Hans")
        );
        assert_eq!(telegram_link(None, Locale::Fa, None), None);
        assert_eq!(telegram_link(Some("bad name/x"), Locale::Fa, None), None);
    }
}
