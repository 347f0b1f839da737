-- The relay (issue 20): once an interpreter accepts, the person and the interpreter talk
-- through the bot. What they say is relayed, never stored; only the facts the figures need
-- are kept, on the request itself so that they go with it (expiry, "delete my data").
ALTER TABLE interpreter_requests ADD COLUMN accepted_at BIGINT;
ALTER TABLE interpreter_requests ADD COLUMN conversation_started_at BIGINT;
ALTER TABLE interpreter_requests ADD COLUMN conversation_ended_at BIGINT;
-- How it ended: 'person', 'interpreter' or 'erased' (the person deleted their data).
ALTER TABLE interpreter_requests ADD COLUMN conversation_end TEXT;
-- Requests accepted before this step were accepted when they last changed.
UPDATE interpreter_requests SET accepted_at = updated_at WHERE status IN ('accepted', 'done') AND interpreter_id IS NOT NULL;
-- A chat's open conversation is looked up on every message it sends.
CREATE INDEX interpreter_requests_notify ON interpreter_requests (notify_chat_id);
CREATE INDEX interpreter_requests_interpreter ON interpreter_requests (interpreter_id);
-- The name an interpreter shows in conversations ("Marie"), chosen by them with /label;
-- never their account, number or registered name.
ALTER TABLE interpreters ADD COLUMN relay_label TEXT;
