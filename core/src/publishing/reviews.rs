//! Reviewers' marks on translations made through the admin pages: a locale's UI strings
//! (`ui`, by file) or topic page (`topic`, by slug). Files can say "reviewed" too (their
//! header); a mark here records the same judgement without editing files.

use sqlx::Row;

use crate::accounts::User;
use crate::locale::Locale;
use crate::store::Store;

use super::{PublishError, permissions};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewMark {
    pub kind: String,
    pub item: String,
    pub locale: Locale,
    pub reviewed_by: String,
    pub reviewed_at: i64,
}

impl Store {
    pub async fn mark_translation_reviewed(
        &self,
        user: &User,
        kind: &str,
        item: &str,
        locale: Locale,
        now: i64,
    ) -> Result<(), PublishError> {
        if !permissions::may_publish(user) {
            return Err(PublishError::Forbidden("review translations"));
        }
        if !matches!(kind, "ui" | "topic") || item.is_empty() || item.len() > 64 {
            return Err(PublishError::Forbidden("review that"));
        }
        sqlx::query(
            "INSERT INTO translation_reviews (kind, item, locale, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (kind, item, locale) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at",
        )
        .bind(kind)
        .bind(item)
        .bind(locale.tag())
        .bind(&user.name)
        .bind(now)
        .execute(self.pool())
        .await?;
        let detail = format!("{kind} {item} {}", locale.tag());
        self.audit(&user.name, "translation.review", &detail, now)
            .await?;
        Ok(())
    }

    pub async fn review_marks(&self) -> Result<Vec<ReviewMark>, PublishError> {
        let rows = sqlx::query(
            "SELECT kind, item, locale, reviewed_by, reviewed_at FROM translation_reviews ORDER BY kind, item, locale",
        )
        .fetch_all(self.pool())
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
