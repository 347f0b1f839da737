-- Settings the instance makes for itself on first start (such as the key that hashes
-- Telegram ids in logs), so they survive restarts.
CREATE TABLE app_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
