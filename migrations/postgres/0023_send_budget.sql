-- Several instances on one PostgreSQL share Telegram's budget, which is the bot's, not an
-- instance's (issue 22). Each instance registers here and renews its heartbeat every second;
-- the live ones split `send_rate_global` between them (core/src/send_budget/). Times are the
-- database's clock in milliseconds, so the hosts' clocks need not agree. On SQLite (one
-- instance by design) both tables stay empty.
CREATE TABLE instances (
    id TEXT PRIMARY KEY NOT NULL,
    heartbeat_ms BIGINT NOT NULL
);

-- A chat's turn across instances (Telegram's one message a second to a chat holds for the bot
-- as a whole, and a chat's updates may land on any instance): held by the instance sending to
-- it, then free one second after Telegram answered. Only the chat's number, like the outbox;
-- erasure deletes the row, and rows free for a minute are swept.
CREATE TABLE chat_turns (
    chat_id BIGINT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    free_at_ms BIGINT NOT NULL
);
CREATE INDEX chat_turns_free ON chat_turns (free_at_ms);
