//! Reviewers' marks on translations made through the admin pages: a locale's UI strings
//! (`ui`, by file) or topic page (`topic`, by slug). Files can say "reviewed" too (their
//! header); a mark here records the same judgement without editing files.
//!
//! A mark remembers the English source it was made against (`source_hash`, [`source_digest`]).
//! Once that English changes, the mark is stale: readers see the machine notice again and the
//! translations page lists it as stale, until someone reviews it again. What readers see is
//! decided by [`ReviewBoard`], a snapshot of the current marks the pages read without waiting.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::content::ContentPack;
use crate::i18n::locale_files;
use crate::locale::Locale;
use crate::store::{Store, StoreError, Tx};

/// What can be reviewed: a locale's UI file, or a topic page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReviewKind {
    Ui,
    Topic,
}

impl ReviewKind {
    pub fn parse(text: &str) -> Option<ReviewKind> {
        match text {
            "ui" => Some(ReviewKind::Ui),
            "topic" => Some(ReviewKind::Topic),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewKind::Ui => "ui",
            ReviewKind::Topic => "topic",
        }
    }
}

/// The UI file whose review speaks for a locale's pages (its header is the locale's status).
pub const MAIN_UI_FILE: &str = "faro.ftl";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewMark {
    pub kind: String,
    pub item: String,
    pub locale: Locale,
    pub reviewed_by: String,
    pub reviewed_at: i64,
    /// The digest of the English source when the mark was made; `None` for marks older than
    /// the digest (migration 0027), which count as stale.
    pub source_hash: Option<String>,
}

/// A digest of a text's English source: SHA-256 of its parts, each followed by a separator.
pub fn source_digest(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hex::encode(hasher.finalize())
}

/// The digests of every English text a review can be made against, taken when the content
/// and translations were loaded (they do not change while serving).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnglishSources {
    digests: BTreeMap<(ReviewKind, String), String>,
}

impl EnglishSources {
    /// From the loaded content pack and the translations folder's English files.
    pub fn load(content: &ContentPack, translations_dir: &std::path::Path) -> Self {
        let mut digests = BTreeMap::new();
        for topic in content.topics() {
            if let Some(text) = topic.texts.get(&Locale::SOURCE) {
                digests.insert(
                    (ReviewKind::Topic, topic.slug.to_string()),
                    source_digest(&[&text.title, &text.summary, &text.markdown]),
                );
            }
        }
        // A folder that cannot be read leaves the UI files without a source: their marks
        // then read as stale, which errs towards telling readers.
        for file in locale_files(translations_dir, Locale::SOURCE).unwrap_or_default() {
            digests.insert((ReviewKind::Ui, file.name), source_digest(&[&file.source]));
        }
        EnglishSources { digests }
    }

    pub fn digest(&self, kind: ReviewKind, item: &str) -> Option<&str> {
        self.digests
            .get(&(kind, item.to_owned()))
            .map(String::as_str)
    }

    /// Whether `mark` was made against the English as it is now.
    pub fn is_current(&self, mark: &ReviewMark) -> bool {
        let Some(kind) = ReviewKind::parse(&mark.kind) else {
            return false;
        };
        match (self.digest(kind, &mark.item), mark.source_hash.as_deref()) {
            (Some(now), Some(then)) => now == then,
            _ => false,
        }
    }
}

/// Records (or renews) a mark inside `tx`, against the English digest `source_hash`.
pub(super) async fn put(
    tx: &mut Tx,
    mark: (&str, &str, Locale),
    reviewer: &str,
    source_hash: &str,
    now: i64,
) -> Result<(), StoreError> {
    let (kind, item, locale) = mark;
    sqlx::query(
        "INSERT INTO translation_reviews (kind, item, locale, reviewed_by, reviewed_at, source_hash) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (kind, item, locale) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, source_hash = excluded.source_hash",
    )
    .bind(kind)
    .bind(item)
    .bind(locale.tag())
    .bind(reviewer)
    .bind(now)
    .bind(source_hash)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes a mark away inside `tx`; whether there was one.
pub(super) async fn remove(
    tx: &mut Tx,
    kind: &str,
    item: &str,
    locale: Locale,
) -> Result<bool, StoreError> {
    let removed = sqlx::query(
        "DELETE FROM translation_reviews WHERE kind = $1 AND item = $2 AND locale = $3",
    )
    .bind(kind)
    .bind(item)
    .bind(locale.tag())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(removed > 0)
}

/// The translation reviews table.
pub struct ReviewMarks<'a> {
    store: &'a Store,
}

impl Store {
    pub fn review_marks(&self) -> ReviewMarks<'_> {
        ReviewMarks { store: self }
    }
}

impl ReviewMarks<'_> {
    pub async fn all(&self) -> Result<Vec<ReviewMark>, StoreError> {
        let rows = sqlx::query(
            "SELECT kind, item, locale, reviewed_by, reviewed_at, source_hash FROM translation_reviews ORDER BY kind, item, locale",
        )
        .fetch_all(self.store.pool())
        .await?;
        let mut marks = Vec::with_capacity(rows.len());
        for row in rows {
            let locale: String = row.try_get("locale")?;
            let Ok(locale) = locale.parse() else {
                continue;
            };
            marks.push(ReviewMark {
                kind: row.try_get("kind")?,
                item: row.try_get("item")?,
                locale,
                reviewed_by: row.try_get("reviewed_by")?,
                reviewed_at: row.try_get("reviewed_at")?,
                source_hash: row.try_get("source_hash")?,
            });
        }
        Ok(marks)
    }
}

/// How long a [`ReviewBoard`] trusts its snapshot before reading the table again: a review
/// made through another instance reaches this one's readers within it (plus the page cache's
/// minute).
pub const BOARD_REFRESH: Duration = Duration::from_secs(5);

struct Snapshot {
    /// The current (not stale) marks.
    current: BTreeMap<(ReviewKind, String, Locale), ()>,
    read_at: Option<Instant>,
}

/// The marks readers' pages honour: which (kind, item, locale) has a current review. Pages
/// ask [`ReviewBoard::is_reviewed`] without waiting; the web server refreshes the snapshot
/// before rendering when it is older than [`BOARD_REFRESH`], and at once after a review made
/// here.
#[derive(Clone)]
pub struct ReviewBoard {
    sources: Arc<EnglishSources>,
    snapshot: Arc<RwLock<Snapshot>>,
    /// Set while one request reads the table again: when the snapshot goes stale under load,
    /// every page arriving at once would otherwise start its own read of the same table.
    refreshing: Arc<AtomicBool>,
}

/// Clears the refreshing flag however the read ends, a dropped request included.
struct RefreshTurn<'a>(&'a AtomicBool);

impl Drop for RefreshTurn<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl ReviewBoard {
    pub fn new(sources: EnglishSources) -> Self {
        ReviewBoard {
            sources: Arc::new(sources),
            snapshot: Arc::new(RwLock::new(Snapshot {
                current: BTreeMap::new(),
                read_at: None,
            })),
            refreshing: Arc::new(AtomicBool::new(false)),
        }
    }

    /// A board on which exactly `items` have a current review (tests of what readers see).
    #[cfg(test)]
    pub(crate) fn reviewed(items: &[(ReviewKind, &str, Locale)]) -> Self {
        let board = ReviewBoard::new(EnglishSources::default());
        if let Ok(mut snapshot) = board.snapshot.write() {
            snapshot.current = items
                .iter()
                .map(|(kind, item, locale)| ((*kind, (*item).to_owned(), *locale), ()))
                .collect();
            snapshot.read_at = Some(Instant::now());
        }
        board
    }

    pub fn sources(&self) -> &EnglishSources {
        &self.sources
    }

    /// Whether readers of `item` in `locale` are spared the machine notice by a current review.
    pub fn is_reviewed(&self, kind: ReviewKind, item: &str, locale: Locale) -> bool {
        self.snapshot
            .read()
            .map(|snapshot| {
                snapshot
                    .current
                    .contains_key(&(kind, item.to_owned(), locale))
            })
            .unwrap_or(false)
    }

    /// Reads the table again when the snapshot is older than [`BOARD_REFRESH`] and no other
    /// request is already reading it; the others go on with the snapshot they have, a few
    /// seconds old, rather than wait.
    pub async fn refresh_if_old(&self, store: &Store) -> Result<(), StoreError> {
        let fresh = self
            .snapshot
            .read()
            .ok()
            .and_then(|snapshot| snapshot.read_at)
            .is_some_and(|at| at.elapsed() < BOARD_REFRESH);
        if fresh {
            return Ok(());
        }
        if self
            .refreshing
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return Ok(());
        }
        let _turn = RefreshTurn(&self.refreshing);
        self.refresh(store).await
    }

    /// Reads the table again now.
    pub async fn refresh(&self, store: &Store) -> Result<(), StoreError> {
        let marks = store.review_marks().all().await?;
        let current = marks
            .iter()
            .filter(|mark| self.sources.is_current(mark))
            .filter_map(|mark| {
                ReviewKind::parse(&mark.kind)
                    .map(|kind| ((kind, mark.item.clone(), mark.locale), ()))
            })
            .collect();
        if let Ok(mut snapshot) = self.snapshot.write() {
            *snapshot = Snapshot {
                current,
                read_at: Some(Instant::now()),
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_at(board: &ReviewBoard) -> Option<Instant> {
        board.snapshot.read().unwrap().read_at
    }

    #[tokio::test]
    async fn a_stale_board_is_read_again_by_one_request_while_the_others_go_on() {
        let db = crate::store::testing::databases().await.remove(0);
        let board = ReviewBoard::new(EnglishSources::default());
        // Another request holds the turn: this one neither reads nor waits.
        board.refreshing.store(true, Ordering::Release);
        board.refresh_if_old(&db.store).await.unwrap();
        assert_eq!(
            read_at(&board),
            None,
            "read while another request was reading"
        );
        board.refreshing.store(false, Ordering::Release);
        board.refresh_if_old(&db.store).await.unwrap();
        assert!(
            read_at(&board).is_some(),
            "a stale board with no reader was not read"
        );
        assert!(
            !board.refreshing.load(Ordering::Acquire),
            "the turn was not given back after the read"
        );
    }

    fn mark(kind: &str, item: &str, hash: Option<&str>) -> ReviewMark {
        ReviewMark {
            kind: kind.into(),
            item: item.into(),
            locale: Locale::Ht,
            reviewed_by: "ana".into(),
            reviewed_at: 0,
            source_hash: hash.map(str::to_owned),
        }
    }

    #[test]
    fn a_mark_is_current_only_against_the_english_it_was_made_on() {
        let mut sources = EnglishSources::default();
        let now = source_digest(&["Asylum", "summary", "body"]);
        sources
            .digests
            .insert((ReviewKind::Topic, "asylum".into()), now.clone());
        assert!(sources.is_current(&mark("topic", "asylum", Some(&now))));
        let before = source_digest(&["Asylum", "summary", "old body"]);
        assert!(!sources.is_current(&mark("topic", "asylum", Some(&before))));
        assert!(
            !sources.is_current(&mark("topic", "asylum", None)),
            "a mark made before digests existed is stale"
        );
        assert!(
            !sources.is_current(&mark("topic", "gone", Some(&now))),
            "no English any more"
        );
        assert!(!sources.is_current(&mark("other", "asylum", Some(&now))));
    }

    #[test]
    fn digests_separate_their_parts() {
        assert_ne!(source_digest(&["ab", "c"]), source_digest(&["a", "bc"]));
    }
}
