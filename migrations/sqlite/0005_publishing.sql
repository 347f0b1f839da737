-- Publishing: focal points' campaigns, their texts per locale, the outbox of broadcast
-- messages, the lease that lets one sender run at a time across instances, and reviewers'
-- marks on translations. The outbox names Telegram chats; erasure deletes a chat's rows.

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,                -- draft, review, approved, published
    target_locales TEXT NOT NULL,        -- space-separated locale tags; empty = every locale
    target_countries TEXT NOT NULL,      -- space-separated country codes; empty = every country
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,            -- user names, as in the audit log
    submitted_by TEXT,
    approved_by TEXT,
    published_by TEXT,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX campaigns_status ON campaigns (status);

CREATE TABLE campaign_texts (
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,                  -- Markdown, sanitised when rendered
    translation TEXT NOT NULL,           -- original, machine, reviewed
    reviewed_by TEXT,
    reviewed_at BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, locale)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    chat_id BIGINT NOT NULL,
    locale TEXT NOT NULL,                -- the locale of the text this chat gets
    status TEXT NOT NULL,                -- queued, sent, failed, unsubscribed, expired
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    sent_at BIGINT,
    UNIQUE (campaign_id, chat_id)
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_chat ON outbox (chat_id);

CREATE TABLE leases (
    name TEXT PRIMARY KEY NOT NULL,
    holder TEXT NOT NULL,
    expires_at_ms BIGINT NOT NULL
);

-- A reviewer's mark on a locale's UI strings ('ui', file name) or topic page ('topic', slug).
CREATE TABLE translation_reviews (
    kind TEXT NOT NULL,
    item TEXT NOT NULL,
    locale TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at BIGINT NOT NULL,
    PRIMARY KEY (kind, item, locale)
);
