-- Kiosk intake hardening (security review HIGH-1, HIGH-2).
--
-- The secret that links a kiosk request to a Telegram chat and lets the person delete it: it is
-- carried only in the reference page's QR code and delete button, never read aloud, and kept
-- here as its SHA-256 (hex). NULL for requests made in Telegram.
ALTER TABLE interpreter_requests ADD COLUMN link_secret_hash TEXT;
CREATE UNIQUE INDEX interpreter_requests_link_secret ON interpreter_requests (link_secret_hash);

-- The kiosk intake's one-time forms. Every step page, and the page that shows a new
-- reference, has a row keyed by the SHA-256 of a random handle: posting the step (or showing
-- the reference) deletes the row, so a form or a result serves once. `subject` is the kiosk
-- subject once consent is given, so that "delete my data" deletes the person's pending forms
-- with their declaration, and a form issued before an erasure is refused after it without a
-- record of who was erased. `body` holds the answers so far (url-encoded, as the form would
-- have posted them) or, for a result, what the page shows once. Rows expire within the form
-- token's life and are purged. kind: 'spent' (a consent token already used; no subject),
-- 'step', 'retry' (the languages question asked again), 'result'.
CREATE TABLE kiosk_forms (
    handle_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    shelter_id TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX kiosk_forms_subject ON kiosk_forms (subject);
CREATE INDEX kiosk_forms_expires ON kiosk_forms (expires_at);

-- /start attempts with a link secret, per chat, for the limit on guesses. Deleted with the
-- chat's other rows on erasure and purged after an hour.
CREATE TABLE link_attempts (
    chat_id BIGINT NOT NULL,
    attempted_at BIGINT NOT NULL
);
CREATE INDEX link_attempts_chat ON link_attempts (chat_id, attempted_at);
