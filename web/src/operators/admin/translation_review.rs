//! `/admin/translations/{locale}/{kind}/{item}`: one UI file or topic page, beside its English,
//! with what readers are told about it now, and the reviewer's two actions: mark it reviewed
//! (against this English) or take the mark back. Opened from the translations list, so a
//! text is marked after it has been read.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use faro_core::Locale;
use faro_core::publishing::ReviewKind;
use faro_core::translation_status::TranslationStatus;

use super::campaigns::view;
use super::translations::{Mark, load_files, marks, status};
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;

/// One side of the page: a file's source as written, or a topic's sanitised HTML.
enum Body {
    Source(String),
    Html(TopicSide),
}

/// A topic's text as readers get it (sanitised HTML).
struct TopicSide {
    title: String,
    summary: String,
    html: String,
}

struct Side {
    /// For the heading's id.
    id: &'static str,
    heading: String,
    lang: &'static str,
    dir: &'static str,
    body: Body,
}

#[derive(Template)]
#[template(path = "operators/admin/translation_review.html")]
struct ReviewPage {
    chrome: Chrome,
    csrf: String,
    back: String,
    /// What the list says of it (reviewed by…, stale…, machine).
    status: String,
    /// Whether readers are told it is a machine translation.
    notice_shown: bool,
    /// English first, then the translation.
    sides: Vec<Side>,
    locale: &'static str,
    kind: &'static str,
    item: String,
    /// There is a mark to take back.
    marked: bool,
}

fn side(id: &'static str, locale: Locale, body: Body) -> Side {
    Side {
        id,
        heading: view::locale_label(locale),
        lang: locale.tag(),
        dir: locale.direction().as_str(),
        body,
    }
}

/// Both sides and the file's own status, or not found.
fn texts(
    state: &AppState,
    locale: Locale,
    kind: ReviewKind,
    item: &str,
) -> Result<(Body, Body, TranslationStatus), OperatorError> {
    match kind {
        ReviewKind::Ui => {
            let find = |locale| -> Result<_, OperatorError> {
                load_files(state, locale)?
                    .into_iter()
                    .find(|file| file.name == item)
                    .ok_or_else(OperatorError::not_found)
            };
            let english = find(Locale::SOURCE)?;
            let translated = find(locale)?;
            Ok((
                Body::Source(english.source),
                Body::Source(translated.source),
                translated.status,
            ))
        }
        ReviewKind::Topic => {
            let topic = state
                .app
                .content
                .topic(item)
                .ok_or_else(OperatorError::not_found)?;
            let html = |locale| {
                topic.texts.get(&locale).map(|text| {
                    (
                        Body::Html(TopicSide {
                            title: text.title.clone(),
                            summary: text.summary.clone(),
                            html: text.html.clone(),
                        }),
                        text.status.clone(),
                    )
                })
            };
            let (english, _) = html(Locale::SOURCE).ok_or_else(OperatorError::not_found)?;
            let (translated, status) = html(locale).ok_or_else(OperatorError::not_found)?;
            Ok((english, translated, status))
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    Path((locale, kind, item)): Path<(String, String, String)>,
) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let tr = who.tr.clone();
    let locale: Locale = locale.parse().map_err(|_| OperatorError::not_found())?;
    let kind = ReviewKind::parse(&kind).ok_or_else(OperatorError::not_found)?;
    let (english, translated, declared) = texts(&state, locale, kind, &item)?;
    let all = marks(
        state.app.store.review_marks().all().await?,
        state.app.reviews.sources(),
    );
    let mark: Option<&Mark> = all.get(&(kind.as_str().to_owned(), item.clone(), locale));
    let (label, readable) = status(&tr, &declared, mark);
    let title = match kind {
        ReviewKind::Ui => tr.with("op-admin-translations-ui-file", "file", &item),
        ReviewKind::Topic => tr.with("op-admin-translations-topic-item", "slug", &item),
    };
    chrome::render(&ReviewPage {
        chrome: Chrome::signed_in(&tr, title, &who, "/admin/translations"),
        csrf: who.csrf_token.clone(),
        back: format!("/admin/translations#locale-{}", locale.tag()),
        status: readable,
        notice_shown: label == "machine",
        sides: vec![
            side("english", Locale::SOURCE, english),
            side("translation", locale, translated),
        ],
        locale: locale.tag(),
        kind: kind.as_str(),
        item,
        marked: mark.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_links_to_this_page() {
        assert_eq!(
            super::super::translations::item_href(Locale::Fa, ReviewKind::Ui, "faro.ftl"),
            "/admin/translations/fa/ui/faro.ftl"
        );
    }
}
