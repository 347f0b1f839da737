//! The engine's flows, run through the pure `handle` against the repository's own content and
//! translations; expected texts come from `Translations`, never from guesses.

mod commands;
mod consulate;
mod intake;
mod language;
mod near_me;
mod persistence;
mod search;
mod topics;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use super::*;
use crate::content::ContentPack;
use crate::content::markdown::escape_html;
use crate::i18n::{Arg, Translations};
use crate::langid::LanguageDetector;
use crate::locale::Locale;

/// One of each kind of locale: Latin, right-to-left, and a script without spaces.
pub(super) const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::ZhHans, Locale::Ar];

pub(super) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub(super) fn ctx() -> &'static Context {
    static CONTEXT: OnceLock<Context> = OnceLock::new();
    CONTEXT.get_or_init(|| {
        // `scan` rather than `load`: a page another contributor is still writing must not stop
        // the engine's tests.
        let (content, _) = ContentPack::scan(&repo().join("content"));
        let translations = Translations::load(&repo().join("translations")).unwrap();
        Context::new(
            Arc::new(content),
            Arc::new(translations),
            Arc::new(LanguageDetector::new()),
            Settings::default(),
        )
    })
}

/// A UI string as the engine puts it in a message.
pub(super) fn html(locale: Locale, key: &str) -> String {
    escape_html(&ctx().translations.text(locale, key))
}

pub(super) fn html_with(locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    escape_html(&ctx().translations.format(locale, key, args).text)
}

pub(super) fn plain(locale: Locale, key: &str) -> String {
    ctx().translations.text(locale, key)
}

pub(super) fn speaking(locale: Locale) -> ChatState {
    ChatState {
        locale: Some(locale),
        flow: Flow::Menu,
        ..ChatState::default()
    }
}

/// Handles `event` and checks what every reply must be: short enough, well-formed Telegram
/// HTML, button codes within 64 bytes.
pub(super) fn run(state: ChatState, event: Event, client: Option<Locale>) -> Outcome {
    let outcome = handle(ctx(), state, Input::new(event).with_client_locale(client));
    for reply in &outcome.replies {
        check_reply(reply);
    }
    outcome
}

pub(super) fn press(state: ChatState, action: &Action) -> Outcome {
    run(state, Event::Button(action.encode()), None)
}

pub(super) fn check_reply(reply: &Reply) {
    assert!(!reply.text.trim().is_empty(), "empty message");
    assert!(
        utf16_len(&reply.text) <= 4096,
        "message of {} UTF-16 units",
        utf16_len(&reply.text)
    );
    assert_telegram_html(&reply.text);
    for button in reply.buttons() {
        assert!(!button.label.trim().is_empty(), "button without a label");
        match &button.target {
            ButtonTarget::Action(action) => {
                assert!(action.encode().len() <= MAX_ACTION_BYTES)
            }
            ButtonTarget::Link(url) => assert!(url.starts_with("https://"), "{url}"),
        }
    }
}

/// Only the tags Telegram's HTML mode knows, balanced, and only the four escapes.
pub(super) fn assert_telegram_html(text: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(index) = rest.find(['<', '&']) {
        let tail = &rest[index..];
        if let Some(after) = tail.strip_prefix('&') {
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| tail.starts_with(e)),
                "bare & in {text:?}"
            );
            rest = after;
            continue;
        }
        let end = tail
            .find('>')
            .unwrap_or_else(|| panic!("unclosed tag in {text:?}"));
        let tag = &tail[1..end];
        let name = tag.split(' ').next().unwrap_or_default();
        if let Some(closing) = name.strip_prefix('/') {
            assert_eq!(open.pop(), Some(closing), "misnested tags in {text:?}");
        } else {
            assert!(
                ["b", "i", "s", "a", "code", "pre", "blockquote"].contains(&name),
                "tag <{tag}> in {text:?}"
            );
            open.push(name);
        }
        rest = &tail[end + 1..];
    }
    assert!(open.is_empty(), "unclosed {open:?} in {text:?}");
}

pub(super) fn labels(reply: &Reply) -> Vec<&str> {
    reply.buttons().map(|b| b.label.as_str()).collect()
}

pub(super) fn actions(reply: &Reply) -> Vec<&Action> {
    reply.buttons().filter_map(Button::as_action).collect()
}

pub(super) fn menu_labels(locale: Locale, alerts: bool) -> Vec<String> {
    let alerts_key = if alerts {
        "menu-alerts-off"
    } else {
        "menu-alerts-on"
    };
    [
        "menu-topics",
        "menu-near-me",
        "menu-consulate",
        "menu-interpreter",
        alerts_key,
        "menu-language",
        "menu-forget",
    ]
    .iter()
    .map(|key| plain(locale, key))
    .collect()
}
