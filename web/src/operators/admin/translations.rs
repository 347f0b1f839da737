//! `/admin/translations`: per locale, how much of Faro exists in it and in what state — UI
//! strings (English's keys found in the locale's files), topic pages, and campaign texts
//! (of the campaigns that target the locale) — each counted as machine, reviewed or
//! original; and for a reviewer, a form to mark a locale's UI file or topic page reviewed
//! (name and date recorded). Campaign texts are marked on their campaign's page. The
//! operators' own strings (`operators.ftl`) are left out: this page is about what migrants
//! read in each locale, and operators read only Spanish, English or French.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::i18n::{FtlFile, locale_files};
use faro_core::publishing::{Campaign, ReviewMark};
use faro_core::translation_status::TranslationStatus;

use super::campaigns::view;
use super::fields::Fields;
use super::publisher::Publisher;
use crate::AppState;
use crate::operators::auth::{Area, SignedIn};
use crate::operators::chrome::{self, Chrome};
use crate::operators::error::OperatorError;
use crate::operators::strings::{self, OperatorStrings, Said};

/// How many items exist in a locale, of how many, by status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub present: usize,
    pub total: usize,
    pub machine: usize,
    pub reviewed: usize,
    pub original: usize,
}

impl Coverage {
    fn count(&mut self, status: &str) {
        self.present += 1;
        match status {
            "original" => self.original += 1,
            "reviewed" => self.reviewed += 1,
            _ => self.machine += 1,
        }
    }

    /// Whole percent, rounded down: 100% only when nothing is missing.
    pub fn share(&self) -> String {
        match (self.present * 100).checked_div(self.total) {
            Some(percent) => format!("{percent}%"),
            None => "–".to_owned(),
        }
    }

    fn cell(&self, tr: &OperatorStrings) -> Cell {
        Cell {
            share: self.share(),
            present: tr.say(
                &Said::new("op-admin-translations-present")
                    .with("present", self.present)
                    .with("total", self.total),
            ),
            breakdown: tr.say(
                &Said::new("op-admin-translations-breakdown")
                    .with("machine", self.machine)
                    .with("reviewed", self.reviewed)
                    .with("original", self.original),
            ),
        }
    }
}

/// A coverage as the table shows it.
struct Cell {
    share: String,
    present: String,
    breakdown: String,
}

/// A locale's UI file or topic page, with its status and, for a reviewer, a form.
struct Item {
    kind: &'static str,
    item: String,
    label: String,
    status: String,
    reviewable: bool,
}

struct LocaleRow {
    tag: &'static str,
    label: String,
    dir: &'static str,
    /// UI strings, topic pages, campaign texts, each with its column's class.
    columns: Vec<(&'static str, Cell)>,
    items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "operators/admin/translations.html")]
struct TranslationsPage {
    chrome: Chrome,
    csrf: String,
    rows: Vec<LocaleRow>,
}

type Marks = BTreeMap<(String, String, Locale), (String, i64)>;

fn marks(list: Vec<ReviewMark>) -> Marks {
    list.into_iter()
        .map(|mark| {
            (
                (mark.kind, mark.item, mark.locale),
                (mark.reviewed_by, mark.reviewed_at),
            )
        })
        .collect()
}

/// The status label and its readable form, a reviewer's mark taking precedence over the
/// file's own statement.
fn status(
    tr: &OperatorStrings,
    declared: &TranslationStatus,
    mark: Option<&(String, i64)>,
) -> (&'static str, String) {
    let reviewed = |by: &str, date: String| {
        tr.say(
            &Said::new("op-admin-translations-reviewed")
                .with("by", by.to_owned())
                .with("date", date),
        )
    };
    match (mark, declared) {
        (Some((by, at)), _) => ("reviewed", reviewed(by, tr.date(*at))),
        (None, TranslationStatus::Reviewed { by, on }) => {
            ("reviewed", reviewed(by, on.to_string()))
        }
        (None, other) => (
            other.label(),
            tr.with("op-translation-kind", "kind", other.label()),
        ),
    }
}

fn ui_coverage(
    tr: &OperatorStrings,
    english: &[FtlFile],
    files: &[FtlFile],
    locale: Locale,
    marks: &Marks,
    items: &mut Vec<Item>,
) -> Coverage {
    let mut coverage = Coverage::default();
    let labels: Vec<(&'static str, String)> = files
        .iter()
        .map(|file| {
            status(
                tr,
                &file.status,
                marks.get(&("ui".to_owned(), file.name.clone(), locale)),
            )
        })
        .collect();
    for key in english.iter().flat_map(|file| &file.keys) {
        coverage.total += 1;
        if let Some(index) = files.iter().position(|file| file.keys.contains(key)) {
            coverage.count(labels[index].0);
        }
    }
    for (file, (label, readable)) in files.iter().zip(labels) {
        items.push(Item {
            kind: "ui",
            item: file.name.clone(),
            label: tr.say(
                &Said::new("op-admin-translations-ui-item")
                    .with("file", file.name.clone())
                    .with("count", file.keys.len()),
            ),
            status: readable,
            reviewable: label == "machine",
        });
    }
    coverage
}

fn topic_coverage(
    state: &AppState,
    tr: &OperatorStrings,
    locale: Locale,
    marks: &Marks,
    items: &mut Vec<Item>,
) -> Coverage {
    let mut coverage = Coverage::default();
    for topic in state.app.content.topics() {
        coverage.total += 1;
        let Some(text) = topic.texts.get(&locale) else {
            continue;
        };
        let slug = topic.slug.to_string();
        let (label, readable) = status(
            tr,
            &text.status,
            marks.get(&("topic".to_owned(), slug.clone(), locale)),
        );
        coverage.count(label);
        items.push(Item {
            kind: "topic",
            label: tr.with("op-admin-translations-topic-item", "slug", &slug),
            item: slug,
            status: readable,
            reviewable: label == "machine",
        });
    }
    coverage
}

fn campaign_coverage(campaigns: &[Campaign], locale: Locale) -> Coverage {
    let mut coverage = Coverage::default();
    for campaign in campaigns {
        if !campaign.targets.includes_locale(locale) {
            continue;
        }
        coverage.total += 1;
        if let Some(text) = campaign.text(locale) {
            coverage.count(&text.translation);
        }
    }
    coverage
}

/// The locale's UI files as migrants meet them: every file but the operators' own.
fn load_files(state: &AppState, locale: Locale) -> Result<Vec<FtlFile>, OperatorError> {
    let files = locale_files(state.app.translations.dir(), locale)
        .map_err(|error| OperatorError::Internal(Box::new(error)))?;
    Ok(files
        .into_iter()
        .filter(|file| file.name != strings::FILE)
        .collect())
}

pub async fn page(State(state): State<AppState>, who: SignedIn) -> Result<Response, OperatorError> {
    who.require(Area::Publishing)?;
    let tr = who.tr.clone();
    let marks = marks(state.app.store.review_marks().all().await?);
    let campaigns = state.app.store.campaigns().all().await?;
    let english = load_files(&state, Locale::SOURCE)?;
    let mut rows = Vec::new();
    for locale in Locale::ALL {
        let files = load_files(&state, locale)?;
        let mut items = Vec::new();
        let ui = ui_coverage(&tr, &english, &files, locale, &marks, &mut items);
        let topics = topic_coverage(&state, &tr, locale, &marks, &mut items);
        rows.push(LocaleRow {
            tag: locale.tag(),
            label: view::locale_label(locale),
            dir: locale.direction().as_str(),
            columns: vec![
                ("ui", ui.cell(&tr)),
                ("topics", topics.cell(&tr)),
                ("campaigns", campaign_coverage(&campaigns, locale).cell(&tr)),
            ],
            items,
        });
    }
    chrome::render(&TranslationsPage {
        chrome: Chrome::signed_in(
            &tr,
            tr.get("op-admin-translations-title"),
            &who,
            "/admin/translations",
        ),
        csrf: who.csrf_token.clone(),
        rows,
    })
}

pub async fn review(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let locale: Locale = form
        .text("locale")
        .parse()
        .map_err(|_| OperatorError::BadRequest(Said::new("op-admin-translations-bad-locale")))?;
    let item = form.text("item");
    let exists = match form.text("kind") {
        "ui" => load_files(&state, locale)?
            .iter()
            .any(|file| file.name == item),
        "topic" => state
            .app
            .content
            .topic(item)
            .is_some_and(|topic| topic.texts.contains_key(&locale)),
        _ => {
            return Err(OperatorError::BadRequest(Said::new(
                "op-admin-translations-bad-kind",
            )));
        }
    };
    if !exists {
        return Err(OperatorError::BadRequest(Said::new(
            "op-admin-translations-no-item",
        )));
    }
    state
        .app
        .publishing()
        .mark_translation_reviewed(&who.user, form.text("kind"), item, locale, now_unix())
        .await?;
    Ok(Redirect::to(&format!("/admin/translations#locale-{}", locale.tag())).into_response())
}
