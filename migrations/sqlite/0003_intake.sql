-- Voluntary self-declarations and interpreter routing. What is kept follows DESIGN.md's privacy
-- rules: origin (or undisclosed), languages, the shelter or city, the consent version and times;
-- never names, documents, photos, phone numbers or free text. The Telegram chat of the person
-- is kept only to tell them about their request and goes with the declaration.

CREATE TABLE declarations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT NOT NULL,               -- 'tg:<chat id>' or 'kiosk:<random>'
    consent_version TEXT NOT NULL,
    locale TEXT NOT NULL,
    origin TEXT,                         -- ISO country code; NULL = prefer not to say
    share_origin BIGINT NOT NULL DEFAULT 0,
    shelter_id TEXT,
    city TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX declarations_subject ON declarations (subject);
CREATE INDEX declarations_expires ON declarations (expires_at);

CREATE TABLE declaration_languages (
    declaration_id BIGINT NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (declaration_id, language)
);

CREATE TABLE interpreters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL,
    telegram_chat_id BIGINT,
    link_code_hash TEXT,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX interpreters_chat ON interpreters (telegram_chat_id);

CREATE TABLE interpreter_languages (
    interpreter_id BIGINT NOT NULL REFERENCES interpreters (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (interpreter_id, language)
);

-- 'remote', or a shelter id.
CREATE TABLE interpreter_areas (
    interpreter_id BIGINT NOT NULL REFERENCES interpreters (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    PRIMARY KEY (interpreter_id, area)
);

CREATE TABLE interpreter_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    declaration_id BIGINT NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,
    status TEXT NOT NULL,                -- waiting, accepted, done, cancelled
    interpreter_id BIGINT REFERENCES interpreters (id) ON DELETE SET NULL,
    notify_chat_id BIGINT,               -- the person's Telegram chat, if they linked one
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX interpreter_requests_status ON interpreter_requests (status);

-- Each interpreter told of a request, and the message to edit to "taken".
CREATE TABLE interpreter_notices (
    request_id BIGINT NOT NULL REFERENCES interpreter_requests (id) ON DELETE CASCADE,
    interpreter_id BIGINT NOT NULL REFERENCES interpreters (id) ON DELETE CASCADE,
    chat_id BIGINT NOT NULL,
    message_id BIGINT,
    PRIMARY KEY (request_id, interpreter_id)
);
