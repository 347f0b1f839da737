//! What every page has around its content: `lang` and `dir`, navigation, the notices, the QR
//! codes, and in kiosk mode the shelter's name, "start over" and the idle reset.

use std::cell::Cell;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use faro_core::content::TopicSlug;
use faro_core::i18n::Arg;
use faro_core::publishing::{MAIN_UI_FILE, ReviewKind};
use faro_core::{App, Locale};

use crate::headers::RegistersWorker;
use crate::public::assets;
use crate::public::cache::Shared;
use crate::public::error::PageError;
use crate::public::qr::{self, QrSvg};
use crate::public::scope::Scope;
use crate::public::tr::Tr;

/// Which navigation item the page belongs to, for `aria-current`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Picker,
    Topics,
    Directory,
    Consulates,
    Emergency,
    /// The page that keeps the locale on the phone (`/{locale}/offline`).
    Offline,
    Error,
}

pub struct Frame<'a> {
    pub tr: Tr<'a>,
    pub scope: Scope,
    pub section: Section,
    pub title: String,
    pub lang: &'static str,
    pub dir: &'static str,
    /// Prefix of every link in this scope (`/fa`, `/k/<shelter>/fa`).
    pub base: String,
    /// Where "start over" and the idle reset lead.
    pub start: String,
    pub css: &'static str,
    pub kiosk: Option<KioskChrome>,
    /// The locale the page's main text is shown in, when it is not the one asked for.
    pub content_fallback: Option<Locale>,
    /// Whether the page's main text is machine-translated (UI strings unless a page says).
    pub machine: bool,
    /// What the phone QR opens: the same page on the public site (never the kiosk's).
    pub phone_url: String,
    pub phone_qr: Option<QrSvg>,
    /// The bot's deep link, when its username is configured.
    pub telegram_url: Option<String>,
    pub telegram_qr: Option<QrSvg>,
    /// The same start on WhatsApp (`wa.me`), when WhatsApp and its display number are
    /// configured.
    pub whatsapp_url: Option<String>,
    pub whatsapp_qr: Option<QrSvg>,
    /// The offer to keep the locale's pages on the phone: public pages only (never a
    /// kiosk's shared screen, never the language picker or an error).
    pub keep: Option<KeepBox>,
    /// Set when a UI string had to come from another locale (found on a first render).
    ui_fallback: Cell<Option<Locale>>,
}

/// The "keep these pages on this phone" box under a public page's content, and the strings
/// its script (`static/offline.js`) shows once pages are kept. `{date}` in `saved_on` is
/// where the script writes the day they were saved.
pub struct KeepBox {
    /// The service worker's scope: the locale's pages, `/fa/`.
    pub scope: String,
    /// The page that states the pack's size and saves it (`/fa/offline`).
    pub href: String,
    pub link: String,
    pub script: &'static str,
    pub saved_on: String,
    pub with_audio: String,
    pub newer: String,
    pub update: String,
    pub clear: String,
    pub cleared: String,
    pub saving: String,
    pub failed: String,
    pub unsupported: String,
}

impl KeepBox {
    fn new(tr: &Tr<'_>, base: &str) -> Self {
        KeepBox {
            scope: format!("{base}/"),
            href: format!("{base}/offline"),
            link: tr.get("offline-keep-link"),
            script: assets::offline_script_path(),
            saved_on: tr.with("offline-saved-on", "date", "{date}"),
            with_audio: tr.get("offline-saved-audio"),
            newer: tr.get("offline-newer"),
            update: tr.get("offline-update"),
            clear: tr.get("offline-clear"),
            cleared: tr.get("offline-cleared"),
            saving: tr.get("offline-saving"),
            failed: tr.get("offline-failed"),
            unsupported: tr.get("offline-unsupported"),
        }
    }
}

pub struct KioskChrome {
    pub shelter_name: String,
    /// A sample shelter (`demo = true`) is marked beside its name in the reader's language.
    pub shelter_is_sample: bool,
    pub interpreter_href: String,
    pub idle_script: &'static str,
    pub idle_seconds: u32,
}

impl<'a> Frame<'a> {
    /// `path` is the page's address after the locale (`topics/asylum`, `directory?city=X`);
    /// the phone QR opens it on the public site, the Telegram one opens `topic` in the bot.
    pub fn new(
        app: &'a App,
        scope: Scope,
        section: Section,
        path: &str,
        topic: Option<&TopicSlug>,
    ) -> Self {
        let locale = scope.locale;
        let config = &app.config;
        let phone_url = format!("{}/{}/{}", config.public_base(), locale.tag(), path);
        let telegram_url =
            qr::telegram_link(config.telegram_bot_username.as_deref(), locale, topic);
        let whatsapp_url = qr::whatsapp_start(config, locale, topic);
        let kiosk = scope.shelter.as_ref().map(|shelter| {
            let entry = shelter.entry(app);
            KioskChrome {
                shelter_name: entry
                    .as_ref()
                    .map(|entry| entry.name.clone())
                    .unwrap_or_default(),
                shelter_is_sample: entry.is_some_and(|entry| entry.demo),
                interpreter_href: format!("{}/interpreter", scope.base()),
                idle_script: assets::idle_script_path(),
                idle_seconds: config.kiosk_idle_seconds,
            }
        });
        // The locale's strings speak through its main file; a current review of that file
        // (made on /admin/translations) takes the notice away as a reviewed header would.
        let machine = app
            .translations
            .status(locale)
            .is_some_and(|status| status.needs_machine_notice())
            && !app
                .reviews
                .is_reviewed(ReviewKind::Ui, MAIN_UI_FILE, locale);
        let tr = Tr::new(&app.translations, locale);
        let base = scope.base();
        let keep = (scope.shelter.is_none()
            && !matches!(section, Section::Picker | Section::Error))
        .then(|| KeepBox::new(&tr, &base));
        // A copy kept on the phone has no use for codes to scan from a screen.
        let codes = !scope.kept;
        Frame {
            tr,
            base,
            keep,
            start: scope.start(),
            lang: locale.tag(),
            dir: locale.direction().as_str(),
            scope,
            section,
            title: String::new(),
            css: assets::stylesheet_path(),
            kiosk,
            content_fallback: None,
            machine,
            phone_qr: codes.then(|| qr::encode(&phone_url)).flatten(),
            phone_url,
            telegram_qr: codes
                .then(|| telegram_url.as_deref().and_then(qr::encode))
                .flatten(),
            telegram_url,
            whatsapp_qr: whatsapp_url.as_deref().and_then(qr::encode),
            whatsapp_url,
            ui_fallback: Cell::new(None),
        }
    }

    /// The multilingual frame of the language picker: no locale is guessed, so the chrome
    /// is in the source language and each choice carries its own `lang`.
    pub fn picker(app: &'a App, scope: Scope) -> Self {
        let mut frame = Frame::new(app, scope, Section::Picker, "", None);
        frame.base = String::new();
        frame.keep = None;
        frame.machine = false;
        frame.phone_url = format!("{}/", app.config.public_base());
        frame.phone_qr = qr::encode(&frame.phone_url);
        // The bot asks a person's language itself: no payload guesses one.
        frame.telegram_url = frame
            .telegram_url
            .as_deref()
            .and_then(|link| link.split('?').next())
            .map(str::to_owned);
        frame.telegram_qr = frame.telegram_url.as_deref().and_then(qr::encode);
        // Nor on WhatsApp: the chat opens empty and the channel asks.
        frame.whatsapp_url = frame
            .whatsapp_url
            .as_deref()
            .and_then(|link| link.split('?').next())
            .map(str::to_owned);
        frame.whatsapp_qr = frame.whatsapp_url.as_deref().and_then(qr::encode);
        frame
    }

    /// For templates: `picker`, `topics`, `directory`, `consulates`, `emergency`, `offline`,
    /// `error`.
    pub fn section_is(&self, name: &str) -> bool {
        let current = match self.section {
            Section::Picker => "picker",
            Section::Topics => "topics",
            Section::Directory => "directory",
            Section::Consulates => "consulates",
            Section::Emergency => "emergency",
            Section::Offline => "offline",
            Section::Error => "error",
        };
        current == name
    }

    pub fn fallback_notice(&self) -> Option<String> {
        let shown = self.content_fallback.or(self.ui_fallback.get())?;
        let requested = self.tr.locale();
        Some(self.tr_two(
            "notice-fallback",
            ("requested", requested.native_name()),
            ("shown", shown.native_name()),
        ))
    }

    pub fn machine_notice(&self) -> Option<String> {
        self.machine.then(|| self.tr.get("notice-machine"))
    }

    pub fn idle_notice(&self) -> Option<String> {
        let kiosk = self.kiosk.as_ref()?;
        Some(self.tr.count(
            "kiosk-idle-notice",
            "seconds",
            f64::from(kiosk.idle_seconds),
        ))
    }

    pub fn at_shelter(&self) -> Option<String> {
        let kiosk = self.kiosk.as_ref()?;
        Some(
            self.tr
                .with("kiosk-at-shelter", "shelter", &kiosk.shelter_name),
        )
    }

    /// "Sample" beside a sample shelter's name at the top of a kiosk's pages.
    pub fn shelter_badge(&self) -> Option<String> {
        let kiosk = self.kiosk.as_ref()?;
        kiosk.shelter_is_sample.then(|| self.tr.get("badge-demo"))
    }

    fn tr_two(&self, key: &str, first: (&str, &str), second: (&str, &str)) -> String {
        let args = [
            (first.0, Arg::from(first.1)),
            (second.0, Arg::from(second.1)),
        ];
        self.tr.format_args(key, &args)
    }
}

/// A rendered page. It depends only on its address (no cookie, no account), so it is marked
/// [`Shared`] and the cache may keep it; a page that depends on who asks must not be one.
/// The second field is set on a page that offers to keep its locale on the phone: its
/// security policy lets it register the service worker.
pub struct Rendered(pub String, pub Option<RegistersWorker>);

impl IntoResponse for Rendered {
    fn into_response(self) -> Response {
        let mut response = Html(self.0).into_response();
        response.extensions_mut().insert(Shared);
        if let Some(marker) = self.1 {
            response.extensions_mut().insert(marker);
        }
        response
    }
}

/// A page template with a frame.
pub trait Page: Template {
    fn frame(&self) -> &Frame<'_>;
}

/// Renders a page; when a UI string fell back to another locale, renders it again with the
/// notice that says so (only incomplete locales pay for the second pass).
pub fn render<P: Page>(page: &P) -> Result<Rendered, PageError> {
    let frame = page.frame();
    let scope = frame.scope.clone();
    let worker = frame.keep.as_ref().map(|_| RegistersWorker);
    let first = page
        .render()
        .map_err(|error| PageError::Render(scope.clone(), error))?;
    match frame.tr.fell_back_to() {
        Some(shown) if frame.ui_fallback.get().is_none() && frame.content_fallback.is_none() => {
            frame.ui_fallback.set(Some(shown));
            page.render()
                .map(|html| Rendered(html, worker))
                .map_err(|error| PageError::Render(scope, error))
        }
        _ => Ok(Rendered(first, worker)),
    }
}
