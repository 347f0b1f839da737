//! The cookies of the pages behind a sign-in, read and written by hand (three values do
//! not need a cookie crate). All are HttpOnly and SameSite=Strict: no script reads them and
//! no other site's page makes the browser send them; `Secure` whenever the site is served
//! over https.

use axum::http::{HeaderMap, HeaderValue, header};
use faro_core::App;

/// The session token, on every path.
pub const SESSION: &str = "faro_session";
/// The sign-in form's token, before there is a session (see `csrf`).
pub const SIGN_IN_CSRF: &str = "faro_csrf";
/// A form kept over an expired session (`kept.rs`), until it is saved or a day passes.
pub const KEPT: &str = "faro_kept";
/// How long a sign-in form stays usable.
const SIGN_IN_CSRF_SECONDS: u32 = 60 * 60;

/// The value of cookie `name`, if the request carries exactly one of that name (two are a
/// sign of a cookie planted by a sibling domain; neither is trusted).
pub fn read<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    let mut found = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

fn secure(app: &App) -> &'static str {
    if app.config.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    }
}

fn header_value(cookie: String) -> HeaderValue {
    // Only hex tokens and fixed names go in, so this cannot fail; an empty cookie would
    // merely be ignored by the browser.
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// No `Max-Age`: the session ends with the browser or on the server, whichever is first.
pub fn set_session(app: &App, token: &str) -> HeaderValue {
    header_value(format!(
        "{SESSION}={token}; HttpOnly; SameSite=Strict; Path=/{}",
        secure(app)
    ))
}

pub fn clear_session(app: &App) -> HeaderValue {
    header_value(format!(
        "{SESSION}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{}",
        secure(app)
    ))
}

pub fn set_sign_in_csrf(app: &App, value: &str) -> HeaderValue {
    header_value(format!(
        "{SIGN_IN_CSRF}={value}; HttpOnly; SameSite=Strict; Path=/sign-in; Max-Age={SIGN_IN_CSRF_SECONDS}{}",
        secure(app)
    ))
}

pub fn clear_sign_in_csrf(app: &App) -> HeaderValue {
    header_value(format!(
        "{SIGN_IN_CSRF}=; HttpOnly; SameSite=Strict; Path=/sign-in; Max-Age=0{}",
        secure(app)
    ))
}

pub fn set_kept(app: &App, token: &str) -> HeaderValue {
    header_value(format!(
        "{KEPT}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}",
        faro_core::kept_forms::KEPT_SECONDS,
        secure(app)
    ))
}

pub fn clear_kept(app: &App) -> HeaderValue {
    header_value(format!(
        "{KEPT}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{}",
        secure(app)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(header::COOKIE, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn cookies_are_found_by_exact_name_and_only_when_single() {
        let one = headers(&["a=1; faro_session=abc; faro_session_x=2"]);
        assert_eq!(read(&one, SESSION), Some("abc"));
        assert_eq!(read(&one, "faro"), None);
        let split = headers(&["a=1", "faro_session=abc"]);
        assert_eq!(read(&split, SESSION), Some("abc"));
        let twice = headers(&["faro_session=abc; faro_session=def"]);
        assert_eq!(read(&twice, SESSION), None);
        assert_eq!(read(&HeaderMap::new(), SESSION), None);
    }
}
