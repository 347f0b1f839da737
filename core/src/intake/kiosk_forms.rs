//! The kiosk intake's one-time forms (see the `kiosk_forms` migration): each step page and the
//! page that shows a new reference is a row, found by the SHA-256 of a random handle the page
//! carries. Taking a row deletes it, so a form posts once and a result shows once; erasing a
//! kiosk subject deletes its rows, so a step issued before "delete my data" is refused after it.

use sqlx::Row;

use super::IntakeError;
use super::link_secret::hash_text;
use crate::store::Store;

/// What a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// A question page; `body` holds the answers before it.
    Step,
    /// The languages question asked again (none or too many chosen).
    Retry,
    /// A new reference to show once; `body` holds what the page shows.
    Result,
}

impl FormKind {
    fn as_str(self) -> &'static str {
        match self {
            FormKind::Step => "step",
            FormKind::Retry => "retry",
            FormKind::Result => "result",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "step" => FormKind::Step,
            "retry" => FormKind::Retry,
            "result" => FormKind::Result,
            _ => return None,
        })
    }
}

/// A pending form or result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskForm {
    pub kind: FormKind,
    /// The subject's key (`kiosk:<token>`), once consent is given.
    pub subject: Option<String>,
    pub body: String,
}

/// A handle is 128 random bits in lower-case hex.
pub fn is_handle(raw: &str) -> bool {
    raw.len() == 32
        && raw
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub struct KioskForms<'a> {
    store: &'a Store,
}

impl Store {
    pub fn kiosk_forms(&self) -> KioskForms<'_> {
        KioskForms { store: self }
    }
}

impl KioskForms<'_> {
    /// Marks a stateless consent token (its nonce) used until `expires_at`: true the first
    /// time only. The mark names no one.
    pub async fn spend(
        &self,
        nonce: &str,
        shelter: &str,
        expires_at: i64,
    ) -> Result<bool, IntakeError> {
        let done = sqlx::query(
            "INSERT INTO kiosk_forms (handle_hash, kind, shelter_id, subject, body, expires_at)
             VALUES ($1, 'spent', $2, NULL, '', $3) ON CONFLICT (handle_hash) DO NOTHING",
        )
        .bind(hash_text(&format!("spent:{nonce}")))
        .bind(shelter)
        .bind(expires_at)
        .execute(self.store.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Keeps a form or result until `expires_at`; returns its handle.
    pub async fn put(
        &self,
        kind: FormKind,
        shelter: &str,
        subject: Option<&str>,
        body: &str,
        expires_at: i64,
    ) -> Result<String, IntakeError> {
        let handle = hex::encode(rand::random::<[u8; 16]>());
        sqlx::query(
            "INSERT INTO kiosk_forms (handle_hash, kind, shelter_id, subject, body, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(hash_text(&handle))
        .bind(kind.as_str())
        .bind(shelter)
        .bind(subject.map(str::to_owned))
        .bind(body)
        .bind(expires_at)
        .execute(self.store.pool())
        .await?;
        Ok(handle)
    }

    /// The form behind `handle` at `shelter`, if still pending; it stays pending.
    pub async fn peek(
        &self,
        handle: &str,
        shelter: &str,
        now: i64,
    ) -> Result<Option<KioskForm>, IntakeError> {
        if !is_handle(handle) {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT kind, subject, body FROM kiosk_forms
             WHERE handle_hash = $1 AND shelter_id = $2 AND expires_at > $3 AND kind <> 'spent'",
        )
        .bind(hash_text(handle))
        .bind(shelter)
        .bind(now)
        .fetch_optional(self.store.pool())
        .await?;
        row.map(|row| form_from_row(&row)).transpose()
    }

    /// Takes the form behind `handle` at `shelter`: it is gone once this returns it, so of two
    /// posts of the same form exactly one gets it.
    pub async fn take(
        &self,
        handle: &str,
        shelter: &str,
        now: i64,
    ) -> Result<Option<KioskForm>, IntakeError> {
        if !is_handle(handle) {
            return Ok(None);
        }
        let row = sqlx::query(
            "DELETE FROM kiosk_forms
             WHERE handle_hash = $1 AND shelter_id = $2 AND expires_at > $3 AND kind <> 'spent'
             RETURNING kind, subject, body",
        )
        .bind(hash_text(handle))
        .bind(shelter)
        .bind(now)
        .fetch_optional(self.store.pool())
        .await?;
        row.map(|row| form_from_row(&row)).transpose()
    }

    /// Deletes what has expired; returns how many rows went.
    pub async fn purge_expired(&self, now: i64) -> Result<u64, IntakeError> {
        let done = sqlx::query("DELETE FROM kiosk_forms WHERE expires_at <= $1")
            .bind(now)
            .execute(self.store.pool())
            .await?;
        Ok(done.rows_affected())
    }
}

fn form_from_row(row: &sqlx::any::AnyRow) -> Result<KioskForm, IntakeError> {
    let kind: String = row.try_get("kind")?;
    let kind = FormKind::parse(&kind).ok_or_else(|| {
        IntakeError::Store(crate::store::StoreError::Corrupt(format!(
            "kiosk_forms.kind {kind:?}"
        )))
    })?;
    Ok(KioskForm {
        kind,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    #[tokio::test]
    async fn a_form_is_taken_once_at_its_own_shelter_before_it_expires() {
        for db in crate::store::testing::databases().await {
            let forms = db.store.kiosk_forms();
            let handle = forms
                .put(
                    FormKind::Step,
                    "s1",
                    Some("kiosk:ab"),
                    "step=origin",
                    NOW + 60,
                )
                .await
                .unwrap();
            assert!(is_handle(&handle));
            assert_eq!(forms.peek(&handle, "s2", NOW).await.unwrap(), None);
            assert_eq!(forms.take(&handle, "s2", NOW).await.unwrap(), None);
            assert_eq!(forms.peek(&handle, "s1", NOW + 60).await.unwrap(), None);
            let form = forms.peek(&handle, "s1", NOW).await.unwrap().unwrap();
            assert_eq!(form.body, "step=origin");
            assert_eq!(forms.take(&handle, "s1", NOW).await.unwrap(), Some(form));
            assert_eq!(forms.take(&handle, "s1", NOW).await.unwrap(), None);
            assert_eq!(forms.peek(&handle, "s1", NOW).await.unwrap(), None);
            assert_eq!(forms.take("not-a-handle", "s1", NOW).await.unwrap(), None);
        }
    }

    #[tokio::test]
    async fn a_consent_token_is_spent_once_and_spent_marks_are_no_forms() {
        for db in crate::store::testing::databases().await {
            let forms = db.store.kiosk_forms();
            assert!(
                forms
                    .spend("0011223344556677", "s1", NOW + 60)
                    .await
                    .unwrap()
            );
            assert!(
                !forms
                    .spend("0011223344556677", "s1", NOW + 60)
                    .await
                    .unwrap()
            );
            assert_eq!(forms.purge_expired(NOW + 60).await.unwrap(), 1);
            assert!(
                forms
                    .spend("0011223344556677", "s1", NOW + 120)
                    .await
                    .unwrap()
            );
        }
    }

    #[tokio::test]
    async fn erasing_a_subject_deletes_its_pending_forms_and_no_one_elses() {
        for db in crate::store::testing::databases().await {
            let store = &db.store;
            let forms = store.kiosk_forms();
            let person = crate::intake::Subject::new_kiosk();
            let other = crate::intake::Subject::new_kiosk();
            let now = crate::clock::now_unix();
            let mine = forms
                .put(
                    FormKind::Step,
                    "s1",
                    Some(&person.key()),
                    "step=share",
                    now + 60,
                )
                .await
                .unwrap();
            let shown = forms
                .put(
                    FormKind::Result,
                    "s1",
                    Some(&person.key()),
                    "reference=X",
                    now + 60,
                )
                .await
                .unwrap();
            let theirs = forms
                .put(
                    FormKind::Step,
                    "s1",
                    Some(&other.key()),
                    "step=origin",
                    now + 60,
                )
                .await
                .unwrap();
            store.declarations().erase(&person, now).await.unwrap();
            assert_eq!(
                forms.take(&mine, "s1", now).await.unwrap(),
                None,
                "{}",
                db.name
            );
            assert_eq!(
                forms.take(&shown, "s1", now).await.unwrap(),
                None,
                "{}",
                db.name
            );
            assert!(forms.take(&theirs, "s1", now).await.unwrap().is_some());
            let key = person.key();
            let left = crate::store::testing::tables_mentioning(store, i64::MIN, &key).await;
            assert!(left.is_empty(), "{}: {left:?}", db.name);
        }
    }
}
