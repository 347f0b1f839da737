//! `/{locale}/offline`: what keeping the locale on this phone saves and how much room it
//! takes, text and audio apart, stated before anything is saved; the button that saves it
//! (shown by `static/offline.js`: without JavaScript the page says saving needs it).

use askama::Template;
use faro_core::App;
use faro_core::i18n::Arg;

use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Rendered, Section};
use crate::public::scope::Scope;
use crate::public::tr::Tr;

#[derive(Template)]
#[template(path = "public/offline.html")]
struct KeepTemplate<'a> {
    frame: Frame<'a>,
    intro: String,
    text_size: String,
    /// The audio's size, or that there is none in this language.
    audio_size: String,
    has_audio: bool,
}

impl Page for KeepTemplate<'_> {
    fn frame(&self) -> &Frame<'_> {
        &self.frame
    }
}

/// The page with the given sizes to download (the pack measures it with its own).
pub fn render(
    app: &App,
    scope: Scope,
    text_bytes: u64,
    audio_bytes: u64,
) -> Result<Rendered, PageError> {
    // Both are what the phone downloads: a prepaid plan pays for that.
    let language = scope.locale.native_name();
    let mut frame = Frame::new(app, scope, Section::Offline, "offline", None);
    frame.title = frame.tr.get("offline-title");
    let tr = &frame.tr;
    let page = KeepTemplate {
        intro: tr.with("offline-intro", "language", language),
        text_size: tr.with("offline-size-text", "size", &size(tr, text_bytes)),
        audio_size: if audio_bytes > 0 {
            tr.with("offline-size-audio", "size", &size(tr, audio_bytes))
        } else {
            tr.get("offline-no-audio")
        },
        has_audio: audio_bytes > 0,
        frame,
    };
    frame::render(&page)
}

/// Kilobytes below a megabyte, rounded up (a pack is never bigger than it says); megabytes
/// with one decimal above.
fn size(tr: &Tr<'_>, bytes: u64) -> String {
    if bytes < 1_000_000 {
        tr.format_args(
            "offline-size-kb",
            &[("kb", Arg::from(bytes.div_ceil(1_000) as f64))],
        )
    } else {
        tr.format_args(
            "offline-size-mb",
            &[("mb", Arg::from(bytes.div_ceil(100_000) as f64 / 10.0))],
        )
    }
}
