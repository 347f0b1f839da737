//! Forms kept over an expired session. A focal point who types a campaign text for an hour
//! and presses Save after the session ended must not lose it: the web layer keeps the posted
//! fields here under a random token, sets the token in a cookie of that browser, and after
//! sign-in shows the form again filled in (`web/src/operators/kept.rs`). Only the token's
//! hash is stored, so the table alone does not let anyone claim a form; the cookie binds it to
//! the browser that typed it. A kept form lasts [`KEPT_SECONDS`]; at most [`MAX_KEPT`] are
//! kept at once (anyone can post to an address whose session ended, so the table is bounded).

use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::store::{Store, StoreError};

/// How long a kept form waits for its author to sign in again.
pub const KEPT_SECONDS: i64 = 24 * 60 * 60;
/// Kept forms at most, across all browsers; past it a form is not kept (the sign-in page
/// still comes, as it did before forms were kept).
pub const MAX_KEPT: i64 = 1000;
/// Longer forms are not kept (sixteen campaign texts fit well within it).
pub const MAX_FIELDS_BYTES: usize = 256 * 1024;

/// What was posted: the address and the url-encoded fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptForm {
    pub path: String,
    pub fields: String,
}

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The kept forms table.
pub struct KeptForms<'a> {
    store: &'a Store,
}

impl Store {
    pub fn kept_forms(&self) -> KeptForms<'_> {
        KeptForms { store: self }
    }
}

impl KeptForms<'_> {
    /// Keeps `form`; its token, or `None` when it is too long or too many are kept.
    pub async fn keep(&self, form: &KeptForm, now: i64) -> Result<Option<String>, StoreError> {
        if form.fields.len() > MAX_FIELDS_BYTES || form.path.len() > 512 {
            return Ok(None);
        }
        sqlx::query("DELETE FROM kept_forms WHERE kept_at <= $1")
            .bind(now - KEPT_SECONDS)
            .execute(self.store.pool())
            .await?;
        let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM kept_forms")
            .fetch_one(self.store.pool())
            .await?;
        if kept >= MAX_KEPT {
            return Ok(None);
        }
        let token = hex::encode(rand::random::<[u8; 32]>());
        sqlx::query(
            "INSERT INTO kept_forms (token_hash, path, fields, kept_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(hash(&token))
        .bind(&form.path)
        .bind(&form.fields)
        .bind(now)
        .execute(self.store.pool())
        .await?;
        Ok(Some(token))
    }

    /// The form kept under `token`, if it is still there.
    pub async fn get(&self, token: &str, now: i64) -> Result<Option<KeptForm>, StoreError> {
        let row = sqlx::query(
            "SELECT path, fields FROM kept_forms WHERE token_hash = $1 AND kept_at > $2",
        )
        .bind(hash(token))
        .bind(now - KEPT_SECONDS)
        .fetch_optional(self.store.pool())
        .await?;
        Ok(match row {
            Some(row) => Some(KeptForm {
                path: row.try_get("path")?,
                fields: row.try_get("fields")?,
            }),
            None => None,
        })
    }

    /// Forgets the form kept under `token` (saved, or shown once).
    pub async fn forget(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM kept_forms WHERE token_hash = $1")
            .bind(hash(token))
            .execute(self.store.pool())
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing;

    #[tokio::test]
    async fn a_kept_form_comes_back_by_its_token_only_and_for_a_day() {
        for db in testing::databases().await {
            let store = db.store.clone();
            let form = KeptForm {
                path: "/admin/campaigns/x/texts/es".into(),
                fields: "title=Hola&body=Texto+largo".into(),
            };
            let token = store.kept_forms().keep(&form, 1000).await.unwrap().unwrap();
            assert_eq!(
                store.kept_forms().get(&token, 1001).await.unwrap(),
                Some(form.clone()),
                "{}",
                db.name
            );
            assert_eq!(store.kept_forms().get("guess", 1001).await.unwrap(), None);
            // Only the hash is stored.
            let stored: String = sqlx::query_scalar("SELECT token_hash FROM kept_forms")
                .fetch_one(store.pool())
                .await
                .unwrap();
            assert_ne!(stored, token);
            assert_eq!(
                store
                    .kept_forms()
                    .get(&token, 1000 + KEPT_SECONDS)
                    .await
                    .unwrap(),
                None,
                "{}: a day later",
                db.name
            );
            store.kept_forms().forget(&token).await.unwrap();
            assert_eq!(store.kept_forms().get(&token, 1001).await.unwrap(), None);
            let long = KeptForm {
                path: "/x".into(),
                fields: "a".repeat(MAX_FIELDS_BYTES + 1),
            };
            assert_eq!(store.kept_forms().keep(&long, 1000).await.unwrap(), None);
        }
    }
}
