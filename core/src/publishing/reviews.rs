//! Reviewers' marks on translations made through the admin pages: a locale's UI strings
//! (`ui`, by file) or topic page (`topic`, by slug). Files can say "reviewed" too (their
//! header); a mark here records the same judgement without editing files.

use sqlx::Row;

use crate::locale::Locale;
use crate::store::{Store, StoreError, Tx};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewMark {
    pub kind: String,
    pub item: String,
    pub locale: Locale,
    pub reviewed_by: String,
    pub reviewed_at: i64,
}

/// Records (or renews) a mark inside `tx`.
pub(super) async fn put(
    tx: &mut Tx,
    kind: &str,
    item: &str,
    locale: Locale,
    reviewer: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO translation_reviews (kind, item, locale, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (kind, item, locale) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at",
    )
    .bind(kind)
    .bind(item)
    .bind(locale.tag())
    .bind(reviewer)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
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
            "SELECT kind, item, locale, reviewed_by, reviewed_at FROM translation_reviews ORDER BY kind, item, locale",
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
            });
        }
        Ok(marks)
    }
}
