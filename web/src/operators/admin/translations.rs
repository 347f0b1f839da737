//! `/admin/translations`: per locale, how much of Faro exists in it and in what state — UI
//! strings (English's keys found in the locale's files), topic pages, and campaign texts
//! (of the campaigns that target the locale) — each counted as machine, reviewed or
//! original; each UI file and topic page links to its review page (`translation_review.rs`),
//! where a reviewer reads it beside the English and marks it reviewed or takes the mark back.
//! A review made before the English changed is stale: counted as not reviewed and listed at
//! the top. Campaign texts are marked on their campaign's page. The
//! operators' own strings (`operators.ftl`) are left out: this page is about what migrants
//! read in each locale, and operators read only Spanish, English or French.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faro_core::Locale;
use faro_core::clock::now_unix;
use faro_core::i18n::{FtlFile, locale_files};
use faro_core::publishing::{Campaign, EnglishSources, ReviewKind, ReviewMark};
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

/// A locale's UI file or topic page, with its status and the address of its review page.
struct Item {
    label: String,
    status: String,
    href: String,
}

/// A review made before the English changed, listed at the top.
struct StaleItem {
    locale: String,
    label: String,
    status: String,
    href: String,
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
    stale: Vec<StaleItem>,
    rows: Vec<LocaleRow>,
}

/// A reviewer's mark as this page weighs it.
pub(super) struct Mark {
    pub by: String,
    pub at: i64,
    /// Made against the English as it is now; a stale mark counts for nothing.
    pub current: bool,
}

pub(super) type Marks = BTreeMap<(String, String, Locale), Mark>;

pub(super) fn marks(list: Vec<ReviewMark>, sources: &EnglishSources) -> Marks {
    list.into_iter()
        .map(|mark| {
            let current = sources.is_current(&mark);
            (
                (mark.kind, mark.item, mark.locale),
                Mark {
                    by: mark.reviewed_by,
                    at: mark.reviewed_at,
                    current,
                },
            )
        })
        .collect()
}

/// The address of a text's review page.
pub(super) fn item_href(locale: Locale, kind: ReviewKind, item: &str) -> String {
    format!(
        "/admin/translations/{}/{}/{item}",
        locale.tag(),
        kind.as_str()
    )
}

/// The status label and its readable form: a current mark takes precedence over the file's
/// own statement; a stale one is said, and the file's statement counts.
pub(super) fn status(
    tr: &OperatorStrings,
    declared: &TranslationStatus,
    mark: Option<&Mark>,
) -> (&'static str, String) {
    let reviewed = |key: &'static str, by: &str, date: String| {
        tr.say(&Said::new(key).with("by", by.to_owned()).with("date", date))
    };
    match (mark, declared) {
        (Some(mark), _) if mark.current => (
            "reviewed",
            reviewed("op-admin-translations-reviewed", &mark.by, tr.date(mark.at)),
        ),
        (Some(mark), declared) => (
            declared.label(),
            reviewed("op-admin-translations-stale", &mark.by, tr.date(mark.at)),
        ),
        (None, TranslationStatus::Reviewed { by, on }) => (
            "reviewed",
            reviewed("op-admin-translations-reviewed", by, on.to_string()),
        ),
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
    for (file, (_, readable)) in files.iter().zip(labels) {
        items.push(Item {
            label: tr.say(
                &Said::new("op-admin-translations-ui-item")
                    .with("file", file.name.clone())
                    .with("count", file.keys.len()),
            ),
            status: readable,
            href: item_href(locale, ReviewKind::Ui, &file.name),
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
            label: tr.with("op-admin-translations-topic-item", "slug", &slug),
            href: item_href(locale, ReviewKind::Topic, &slug),
            status: readable,
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
pub(super) fn load_files(state: &AppState, locale: Locale) -> Result<Vec<FtlFile>, OperatorError> {
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
    let marks = marks(
        state.app.store.review_marks().all().await?,
        state.app.reviews.sources(),
    );
    let campaigns = state.app.store.campaigns().all().await?;
    let english = load_files(&state, Locale::SOURCE)?;
    let stale = marks
        .iter()
        .filter(|(_, mark)| !mark.current)
        .filter_map(|((kind, item, locale), mark)| {
            let kind = ReviewKind::parse(kind)?;
            Some(StaleItem {
                locale: view::locale_label(*locale),
                label: match kind {
                    ReviewKind::Ui => tr.with("op-admin-translations-ui-file", "file", item),
                    ReviewKind::Topic => tr.with("op-admin-translations-topic-item", "slug", item),
                },
                status: tr.say(
                    &Said::new("op-admin-translations-stale")
                        .with("by", mark.by.clone())
                        .with("date", tr.date(mark.at)),
                ),
                href: item_href(*locale, kind, item),
            })
        })
        .collect();
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
        stale,
        rows,
    })
}

/// The text a review form names, checked: a locale of Faro's, a kind, and an item that
/// exists in that locale and in English.
pub(super) struct Target {
    pub locale: Locale,
    pub kind: ReviewKind,
    pub item: String,
}

pub(super) fn target(
    state: &AppState,
    locale: &str,
    kind: &str,
    item: &str,
) -> Result<Target, OperatorError> {
    let locale: Locale = locale
        .parse()
        .map_err(|_| OperatorError::BadRequest(Said::new("op-admin-translations-bad-locale")))?;
    let kind = ReviewKind::parse(kind)
        .ok_or_else(|| OperatorError::BadRequest(Said::new("op-admin-translations-bad-kind")))?;
    let exists = match kind {
        ReviewKind::Ui => load_files(state, locale)?
            .iter()
            .any(|file| file.name == item),
        ReviewKind::Topic => state
            .app
            .content
            .topic(item)
            .is_some_and(|topic| topic.texts.contains_key(&locale)),
    };
    if !exists || state.app.reviews.sources().digest(kind, item).is_none() {
        return Err(OperatorError::BadRequest(Said::new(
            "op-admin-translations-no-item",
        )));
    }
    Ok(Target {
        locale,
        kind,
        item: item.to_owned(),
    })
}

/// What readers see changed: this instance reads the marks again and forgets its kept pages
/// (other instances read them within `BOARD_REFRESH`, and their kept pages expire).
async fn readers_see(state: &AppState) -> Result<(), OperatorError> {
    state.app.reviews.refresh(&state.app.store).await?;
    state.pages.clear();
    Ok(())
}

/// Marks a text reviewed against the English as it is now.
pub async fn review(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let target = target(
        &state,
        form.text("locale"),
        form.text("kind"),
        form.text("item"),
    )?;
    let digest = state
        .app
        .reviews
        .sources()
        .digest(target.kind, &target.item)
        .unwrap_or_default()
        .to_owned();
    state
        .app
        .publishing()
        .mark_translation_reviewed(
            &who.user,
            target.kind,
            &target.item,
            target.locale,
            &digest,
            now_unix(),
        )
        .await?;
    readers_see(&state).await?;
    Ok(Redirect::to(&item_href(target.locale, target.kind, &target.item)).into_response())
}

/// Takes a review back: readers see the machine notice again.
pub async fn unreview(
    State(state): State<AppState>,
    Publisher { who, form }: Publisher<Fields>,
) -> Result<Response, OperatorError> {
    let target = target(
        &state,
        form.text("locale"),
        form.text("kind"),
        form.text("item"),
    )?;
    state
        .app
        .publishing()
        .withdraw_translation_review(
            &who.user,
            target.kind,
            &target.item,
            target.locale,
            now_unix(),
        )
        .await?;
    readers_see(&state).await?;
    Ok(Redirect::to(&item_href(target.locale, target.kind, &target.item)).into_response())
}
