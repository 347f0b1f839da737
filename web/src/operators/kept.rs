//! A campaign text posted after its session ended is not lost. Without a live session the
//! post is not refused outright: its fields (less the form token, which no longer matches
//! anything) are kept server-side (`faro_core::kept_forms`) under a random token, the token
//! goes to this browser in the `faro_kept` cookie, and the browser is sent to sign in, which
//! says that the text is kept. After signing in, the browser lands on the campaign's page,
//! where the editor shows the text as typed, unsaved, with a note to save it again. Saving
//! forgets it. No script is needed anywhere on the way; the cookie (HttpOnly, SameSite=Strict)
//! ties the kept text to the browser that typed it, so a token learned elsewhere shows
//! nothing, and another site cannot make a browser keep a form (the cross-site check comes
//! first, as for every form).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::kept_forms::KeptForm;

use super::admin::fields::Fields;
use super::admin::publisher::Publisher;
use super::auth::SignedIn;
use super::cookies;
use super::csrf;
use super::error::OperatorError;
use crate::AppState;

/// A post to a campaign text's address: from a live session (checked like every publishing
/// form), or kept for after the next sign-in.
pub enum TextPost {
    Signed(Publisher<Fields>),
    /// The answer for the browser: to the sign-in page, with the kept form's cookie.
    Expired(Response),
}

impl FromRequest<AppState> for TextPost {
    type Rejection = OperatorError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, OperatorError> {
        let (parts, body) = request.into_parts();
        if SignedIn::from_headers(&parts.headers, &state.app)
            .await?
            .is_some()
        {
            let request = Request::from_parts(parts, body);
            return Ok(TextPost::Signed(
                Publisher::from_request(request, state).await?,
            ));
        }
        csrf::refuse_cross_site(&parts.headers)?;
        let path = parts.uri.path().to_owned();
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| OperatorError::TooLarge)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let fields: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(key, _)| key != csrf::FIELD)
            .collect();
        let mut response = Redirect::to("/sign-in").into_response();
        let Ok(fields) = serde_urlencoded::to_string(&fields) else {
            return Ok(TextPost::Expired(response));
        };
        let kept = state
            .app
            .store
            .kept_forms()
            .keep(&KeptForm { path, fields }, now_unix())
            .await?;
        if let Some(token) = kept {
            response
                .headers_mut()
                .append(header::SET_COOKIE, cookies::set_kept(&state.app, &token));
        }
        Ok(TextPost::Expired(response))
    }
}

/// The campaign slug and locale of a text's address, `/admin/campaigns/{slug}/texts/{locale}`.
fn text_address(path: &str) -> Option<(&str, Locale)> {
    let rest = path.strip_prefix("/admin/campaigns/")?;
    let (slug, tag) = rest.split_once("/texts/")?;
    if slug.contains('/') {
        return None;
    }
    Some((slug, tag.parse().ok()?))
}

/// The form this browser's cookie keeps, if any is still kept.
pub async fn kept_form(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<(String, KeptForm)>, OperatorError> {
    let Some(token) = cookies::read(headers, cookies::KEPT) else {
        return Ok(None);
    };
    let form = state.app.store.kept_forms().get(token, now_unix()).await?;
    Ok(form.map(|form| (token.to_owned(), form)))
}

/// Where to land after signing in with a kept form: its campaign's page, at its editor.
pub async fn landing(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let (_, form) = kept_form(state, headers).await.ok()??;
    let (slug, locale) = text_address(&form.path)?;
    Some(format!("/admin/campaigns/{slug}#text-{}", locale.tag()))
}

/// A kept text for the campaign `slug`: its locale and fields.
pub async fn text_for(
    state: &AppState,
    headers: &HeaderMap,
    slug: &str,
) -> Result<Option<(Locale, Fields)>, OperatorError> {
    let Some((_, form)) = kept_form(state, headers).await? else {
        return Ok(None);
    };
    let Some((kept_slug, locale)) = text_address(&form.path) else {
        return Ok(None);
    };
    if kept_slug != slug {
        return Ok(None);
    }
    Ok(serde_urlencoded::from_str::<Fields>(&form.fields)
        .ok()
        .map(|fields| (locale, fields)))
}

/// After a save: the kept form is forgotten and its cookie cleared.
pub async fn forget(
    state: &AppState,
    headers: &HeaderMap,
    response: &mut Response,
) -> Result<(), OperatorError> {
    if let Some(token) = cookies::read(headers, cookies::KEPT) {
        state.app.store.kept_forms().forget(token).await?;
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::clear_kept(&state.app));
    }
    Ok(())
}

/// Whether this browser has a form kept (for the sign-in page's note).
pub fn has_kept(headers: &HeaderMap) -> bool {
    cookies::read(headers, cookies::KEPT).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_campaign_texts_address_leads_back_to_its_editor() {
        assert_eq!(
            text_address("/admin/campaigns/comar-dic/texts/es"),
            Some(("comar-dic", Locale::Es))
        );
        assert_eq!(text_address("/admin/campaigns/comar-dic/texts/xx"), None);
        assert_eq!(text_address("/admin/campaigns/a/b/texts/es"), None);
        assert_eq!(text_address("/staff"), None);
    }
}
