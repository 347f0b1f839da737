-- Issue 20. Staff who mark a request done or cancelled while its conversation is under way
-- end it (`conversation_end` 'staff'); the bot then tells both sides, once, and records
-- when (`ending_told_at`), so that two instances never tell them twice.
ALTER TABLE interpreter_requests ADD COLUMN ending_told_at BIGINT;
-- The conversation an interpreter in several chose to write to (`/to REFERENCE`); NULL: the
-- one that started last.
ALTER TABLE interpreters ADD COLUMN relay_focus BIGINT;
-- Staff link their Telegram to their account with a one-time code made on the staff page
-- (only its hash is kept), and may join a conversation of their shelter from Telegram: the
-- person, the interpreter and they then talk in one thread (`staff_chat_id`).
ALTER TABLE users ADD COLUMN telegram_chat_id BIGINT;
ALTER TABLE users ADD COLUMN telegram_link_code_hash TEXT;
CREATE UNIQUE INDEX users_telegram_chat ON users (telegram_chat_id);
ALTER TABLE interpreter_requests ADD COLUMN staff_chat_id BIGINT;
