-- Interpreter notices in batches (security review MED-4): an interpreter gets at most one
-- message per window. A notice claimed while the interpreter was told of something less than a
-- window ago waits with `sent_at` NULL, and goes out with the others held for them, in one
-- message, when the window ends. Notices from before this migration count as sent.
ALTER TABLE interpreter_notices ADD COLUMN sent_at BIGINT;
UPDATE interpreter_notices SET sent_at = 0;
CREATE INDEX interpreter_notices_interpreter ON interpreter_notices (interpreter_id, sent_at);
