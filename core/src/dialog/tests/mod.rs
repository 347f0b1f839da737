//! The engine's flows, run through the pure `handle` against the repository's own content and
//! translations; expected texts come from `Translations`, never from guesses. The engine
//! answers a stand-in channel here ([`TEST_CHANNEL`]); how Telegram shows the answers is
//! tested in faro-bot.

mod commands;
mod consulate;
mod inputs;
mod intake;
mod language;
mod near_me;
mod persistence;
mod places;
mod relay;
mod search;
mod topics;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use super::*;
use crate::channel::ChannelLimits;
use crate::content::ContentPack;
use crate::i18n::{Arg, Translations};
use crate::langid::LanguageDetector;
use crate::locale::Locale;
use crate::rich_text::{Block, Inline, RichText};

/// One of each kind of locale: Latin, right-to-left, and a script without spaces.
pub(super) const LOCALES: [Locale; 4] = [Locale::Es, Locale::Fa, Locale::ZhHans, Locale::Ar];

/// A channel that counts characters of the plain text, with limits like a chat app's.
pub(super) const TEST_CHANNEL: ChannelLimits = ChannelLimits {
    message_len: 4096,
    measure: |text| text.plain().chars().count(),
    label_chars: 64,
    action_bytes: 64,
    buttons_per_row: 8,
    buttons_per_message: 100,
};

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
            &vocabulary(),
            Settings::default(),
            TEST_CHANNEL,
        )
    })
}

/// The repository's routing vocabulary.
pub(super) fn vocabulary() -> routing::Vocabulary {
    routing::Vocabulary::load(&repo().join("translations")).unwrap()
}

/// A UI string as a message of its own.
pub(super) fn para(locale: Locale, key: &str) -> RichText {
    RichText::text(plain(locale, key))
}

pub(super) fn para_with(locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> RichText {
    RichText::text(plain_with(locale, key, args))
}

pub(super) fn plain_with(locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    ctx().translations.format(locale, key, args).text
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

/// Handles `event` and checks what every reply must be: not empty, within the channel's
/// limits, links only to addresses people may be sent to.
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
    assert!(!reply.text.plain().trim().is_empty(), "empty message");
    assert!(
        TEST_CHANNEL.fits(&reply.text),
        "message of {} characters",
        reply.text.plain().chars().count()
    );
    assert_links_allowed(&reply.text);
    let mut count = 0;
    if let Keyboard::Buttons(rows) = &reply.keyboard {
        for row in rows {
            assert!(row.len() <= TEST_CHANNEL.buttons_per_row);
            count += row.len();
        }
    }
    assert!(count <= TEST_CHANNEL.buttons_per_message);
    for button in reply.buttons() {
        assert!(!button.label.trim().is_empty(), "button without a label");
        assert!(button.label.chars().count() <= TEST_CHANNEL.label_chars);
        match &button.target {
            ButtonTarget::Action(action) => {
                assert!(action.encode().len() <= TEST_CHANNEL.action_bytes)
            }
            ButtonTarget::Link(url) => assert!(url.starts_with("https://"), "{url}"),
        }
    }
}

/// Links only to the addresses the content pack allows, each with words to show.
pub(super) fn assert_links_allowed(text: &RichText) {
    fn check(content: &[Inline]) {
        for inline in content {
            match inline {
                Inline::Text(_) => {}
                Inline::Bold(inner) | Inline::Italic(inner) => check(inner),
                Inline::Link { url, content } => {
                    assert!(crate::content::markdown::is_allowed_url(url), "{url}");
                    assert!(!content.is_empty(), "a link without words: {url}");
                    check(content);
                }
            }
        }
    }
    for block in text.blocks() {
        match block {
            Block::Paragraph(content) | Block::Heading(content) => check(content),
            Block::List(items) => items.iter().for_each(|item| check(&item.content)),
        }
    }
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
        "menu-emergency",
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
