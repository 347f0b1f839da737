//! A reviewer's marks on translations, made and taken back through the admin pages: each
//! change and its audit row in one transaction. Who may review is the publishers' rule.

use crate::accounts::{User, audit};
use crate::locale::Locale;

use super::reviews::{self, ReviewKind};
use super::workflow::Publishing;
use super::{PublishError, permissions};

/// The longest item name a mark takes (a file name or a topic slug).
const MAX_ITEM: usize = 64;

impl Publishing<'_> {
    /// Marks a locale's UI file (`ui`, by file name) or topic page (`topic`, by slug)
    /// reviewed, against `source_hash`, the digest of the English it was read beside.
    pub async fn mark_translation_reviewed(
        &self,
        user: &User,
        kind: ReviewKind,
        item: &str,
        locale: Locale,
        source_hash: &str,
        now: i64,
    ) -> Result<(), PublishError> {
        check(user, item)?;
        let mut tx = self.store.begin().await?;
        reviews::put(
            &mut tx,
            (kind.as_str(), item, locale),
            &user.name,
            source_hash,
            now,
        )
        .await?;
        let detail = format!("{} {item} {}", kind.as_str(), locale.tag());
        audit::record(&mut tx, &user.name, "translation.review", &detail, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes a review back (undo): readers see the machine notice again. Whether there was one;
    /// only an actual withdrawal is audited.
    pub async fn withdraw_translation_review(
        &self,
        user: &User,
        kind: ReviewKind,
        item: &str,
        locale: Locale,
        now: i64,
    ) -> Result<bool, PublishError> {
        check(user, item)?;
        let mut tx = self.store.begin().await?;
        let removed = reviews::remove(&mut tx, kind.as_str(), item, locale).await?;
        if removed {
            let detail = format!("{} {item} {}", kind.as_str(), locale.tag());
            audit::record(&mut tx, &user.name, "translation.unreview", &detail, now).await?;
        }
        tx.commit().await?;
        Ok(removed)
    }
}

fn check(user: &User, item: &str) -> Result<(), PublishError> {
    if !permissions::may_publish(user) {
        return Err(PublishError::Forbidden("review translations"));
    }
    if item.is_empty() || item.len() > MAX_ITEM {
        return Err(PublishError::Forbidden("review that"));
    }
    Ok(())
}
