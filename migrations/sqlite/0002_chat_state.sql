-- One row per Telegram chat that has talked to the bot: the chosen language, where the
-- conversation is (JSON, so new flows need no migration), and the alerts subscription.
-- Nothing else about the person: no names, usernames, phone numbers or message text.
CREATE TABLE chat_state (
    chat_id BIGINT PRIMARY KEY NOT NULL,
    locale TEXT,
    state TEXT NOT NULL,
    alerts BIGINT NOT NULL DEFAULT 0,
    country TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Broadcasts select subscribers by language and country.
CREATE INDEX chat_state_alerts ON chat_state (alerts, locale, country);
