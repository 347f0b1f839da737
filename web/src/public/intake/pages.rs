//! The interpreter pages' templates, and their responses: never kept by the page cache nor
//! by the browser, since each one belongs to one person at a shared screen.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use faro_core::App;
use faro_core::audio::INTERPRETER_PAGE;
use faro_core::deeplink::{StartPayload, Target};
use faro_core::intake::{CONSENT_VERSION, LinkSecret, Reference};

use super::choices::Choice;
use super::form::{ANOTHER, REMOTE, SKIPPED, UNDISCLOSED};
use crate::public::audio::Listen;
use crate::public::error::PageError;
use crate::public::frame::{self, Frame, Page, Section};
use crate::public::qr::{self, QrSvg};
use crate::public::scope::Scope;

/// The page around a question: no phone QR (the public site has no such page, and a form
/// half filled in stays on this screen) and, past the first page, no Telegram QR either.
pub fn frame<'a>(app: &'a App, scope: Scope, title_key: &str, telegram: bool) -> Frame<'a> {
    // No section of the menu is current: the interpreter link is not one of its sections.
    let mut frame = Frame::new(app, scope, Section::Error, "", None);
    frame.phone_qr = None;
    if !telegram {
        frame.telegram_qr = None;
        frame.telegram_url = None;
    }
    frame.title = frame.tr.get(title_key);
    frame
}

/// A page for one person only: `no-store`, and without the cache's `Shared` mark.
pub fn respond(status: StatusCode, html: String) -> Response {
    let mut response = (status, Html(html)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn render<P: Page>(status: StatusCode, page: &P) -> Result<Response, PageError> {
    let rendered = frame::render(page)?;
    Ok(respond(status, rendered.0))
}

/// Hidden fields of a form: the token and the answers so far.
pub type Hidden = Vec<(&'static str, String)>;

macro_rules! page {
    ($name:ident) => {
        impl Page for $name<'_> {
            fn frame(&self) -> &Frame<'_> {
                &self.frame
            }
        }
    };
}

#[derive(Template)]
#[template(path = "public/intake/consent.html")]
struct ConsentTemplate<'a> {
    frame: Frame<'a>,
    text: String,
    action: String,
    hidden: Hidden,
    version: &'static str,
    declined_href: String,
    back_href: String,
    /// The explanation read aloud, when its clip is ready.
    listen: Option<Listen>,
}
page!(ConsentTemplate);

/// The page the consent page's "Back" leads to: the kiosk's home, where the person came from.
fn home(frame: &Frame<'_>) -> String {
    format!("{}/", frame.base)
}

pub fn consent(app: &App, scope: Scope, hidden: Hidden) -> Result<Response, PageError> {
    let action = format!("{}/interpreter", scope.base());
    let declined_href = format!("{action}/declined");
    let frame = frame(app, scope, "consent-title", true);
    let text = frame
        .tr
        .count("consent-text", "days", f64::from(app.config.retention_days));
    let listen = Listen::for_clip(app, &frame.tr, INTERPRETER_PAGE, frame.scope.locale, None);
    let page = ConsentTemplate {
        listen,
        back_href: home(&frame),
        frame,
        text,
        action,
        hidden,
        version: CONSENT_VERSION,
        declined_href,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/origin.html")]
struct OriginTemplate<'a> {
    frame: Frame<'a>,
    action: String,
    hidden: Hidden,
    undisclosed: &'static str,
    another: &'static str,
    countries: Vec<Choice>,
}
page!(OriginTemplate);

pub fn origin(
    frame: Frame<'_>,
    hidden: Hidden,
    countries: Vec<Choice>,
) -> Result<Response, PageError> {
    let page = OriginTemplate {
        action: format!("{}/interpreter", frame.base),
        frame,
        hidden,
        undisclosed: UNDISCLOSED,
        another: ANOTHER,
        countries,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/languages.html")]
struct LanguagesTemplate<'a> {
    frame: Frame<'a>,
    action: String,
    hidden: Hidden,
    notice: Option<String>,
    locales: Vec<Choice>,
    others: Vec<Choice>,
    undisclosed: &'static str,
}
page!(LanguagesTemplate);

/// The languages question; with `notice`, asked again after none or too many were chosen.
pub fn languages(
    frame: Frame<'_>,
    hidden: Hidden,
    notice: Option<String>,
    locales: Vec<Choice>,
    others: Vec<Choice>,
) -> Result<Response, PageError> {
    let page = LanguagesTemplate {
        action: format!("{}/interpreter", frame.base),
        frame,
        hidden,
        notice,
        locales,
        others,
        undisclosed: UNDISCLOSED,
    };
    // Asked again or not, this is the page a redirect led to: 200.
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/where.html")]
struct WhereTemplate<'a> {
    frame: Frame<'a>,
    action: String,
    hidden: Hidden,
    shelter_id: String,
    shelter_name: String,
    skipped: &'static str,
    remote: &'static str,
}
page!(WhereTemplate);

pub fn place(
    frame: Frame<'_>,
    hidden: Hidden,
    shelter_id: String,
    shelter_name: String,
) -> Result<Response, PageError> {
    let page = WhereTemplate {
        action: format!("{}/interpreter", frame.base),
        frame,
        hidden,
        shelter_id,
        shelter_name,
        skipped: SKIPPED,
        remote: REMOTE,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/share.html")]
struct ShareTemplate<'a> {
    frame: Frame<'a>,
    action: String,
    hidden: Hidden,
}
page!(ShareTemplate);

pub fn share(frame: Frame<'_>, hidden: Hidden) -> Result<Response, PageError> {
    let page = ShareTemplate {
        action: format!("{}/interpreter", frame.base),
        frame,
        hidden,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/reference.html")]
struct ReferenceTemplate<'a> {
    frame: Frame<'a>,
    reference: String,
    status: String,
    /// The codes that follow the request on a phone: Telegram's, WhatsApp's.
    codes: Vec<FollowCode>,
    /// What to do now: go to the desk, or (without a desk) wait; and the phone, with a QR.
    next_desk: Option<String>,
    next_phone: Option<String>,
    delete_action: String,
    hidden: Hidden,
}
page!(ReferenceTemplate);

/// A QR code that follows the request on one channel, and its caption.
struct FollowCode {
    url: String,
    qr: QrSvg,
    caption: String,
}

/// The person's reference, what happens next (the desk, the phone), the codes that follow it
/// on Telegram and on WhatsApp (each when configured), and "Delete my data": all carry the
/// request's secret, which the page shows nowhere as text. `at_desk` when the request is in
/// this shelter's queue.
pub fn reference(
    app: &App,
    frame: Frame<'_>,
    reference: &Reference,
    status_key: &str,
    secret: &LinkSecret,
    at_desk: bool,
) -> Result<Response, PageError> {
    let status = frame.tr.with(status_key, "reference", reference.as_str());
    let locale = frame.tr.locale();
    let telegram = follow_link(app, locale, secret);
    let whatsapp = qr::whatsapp_link(
        &app.config,
        &StartPayload {
            locale,
            target: Target::Link(secret.clone()),
        },
    );
    let next_phone = match (&telegram, &whatsapp) {
        (Some(_), Some(_)) => Some("intake-next-phone-both"),
        (Some(_), None) => Some("intake-next-phone"),
        (None, Some(_)) => Some("intake-next-phone-whatsapp"),
        (None, None) => None,
    };
    let codes = [
        (telegram, "intake-reference-qr"),
        (whatsapp, "intake-reference-qr-whatsapp"),
    ]
    .into_iter()
    .filter_map(|(url, caption)| {
        let url = url?;
        Some(FollowCode {
            qr: qr::encode(&url)?,
            url,
            caption: frame.tr.get(caption),
        })
    })
    .collect();
    let hidden = vec![("secret", secret.as_str().to_owned())];
    let page = ReferenceTemplate {
        delete_action: format!("{}/delete", frame.base),
        next_desk: at_desk.then(|| frame.tr.get("intake-next-desk")),
        next_phone: next_phone.map(|key| frame.tr.get(key)),
        frame,
        reference: reference.to_string(),
        status,
        codes,
        hidden,
    };
    render(StatusCode::OK, &page)
}

/// `https://t.me/<bot>?start=<locale>_k-<secret>`, when the bot's username is configured:
/// the bot then tells the person about their request on their phone. Only the secret links
/// the request; the reference on the screen does not.
pub fn follow_link(app: &App, locale: faro_core::Locale, secret: &LinkSecret) -> Option<String> {
    let plain = qr::telegram_link(app.config.telegram_bot_username.as_deref(), locale, None)?;
    let (bot, _) = plain.split_once("?start=")?;
    let payload = StartPayload {
        locale,
        target: Target::Link(secret.clone()),
    };
    Some(format!("{bot}?start={}", payload.encode()))
}

#[derive(Template)]
#[template(path = "public/intake/delete.html")]
struct DeleteTemplate<'a> {
    frame: Frame<'a>,
    action: String,
    back_href: String,
}
page!(DeleteTemplate);

/// "Delete my data" on its own: a field for the QR code's link or secret, and the button.
pub fn delete(frame: Frame<'_>) -> Result<Response, PageError> {
    let page = DeleteTemplate {
        action: format!("{}/delete", frame.base),
        back_href: home(&frame),
        frame,
    };
    render(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "public/intake/message.html")]
struct MessageTemplate<'a> {
    frame: Frame<'a>,
    message: String,
    restart: Option<String>,
}
page!(MessageTemplate);

/// A short page: a message, a way to the kiosk's home and, when `restart`, one back to the
/// start of the questions.
pub fn message(
    status: StatusCode,
    frame: Frame<'_>,
    message_key: &str,
    restart: bool,
) -> Result<Response, PageError> {
    let message = frame.tr.get(message_key);
    let restart = restart.then(|| format!("{}/interpreter", frame.base));
    let page = MessageTemplate {
        frame,
        message,
        restart,
    };
    render(status, &page)
}
