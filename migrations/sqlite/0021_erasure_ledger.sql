-- Erasures a restored backup must not undo. One row per erased subject: the HMAC-SHA256, under
-- app_meta.erasure_ledger_key, of its subject key ('tg:<chat id>' or 'kiosk:<token>'), never
-- the subject itself, and when it was last erased. Kept `backup_retention_days`, as long as a
-- backup that could still be restored; the purger deletes older rows.
CREATE TABLE erasure_ledger (
    subject_hash TEXT PRIMARY KEY NOT NULL,
    erased_at BIGINT NOT NULL
);
CREATE INDEX erasure_ledger_erased_at ON erasure_ledger (erased_at);
