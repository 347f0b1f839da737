-- Accounts of the people who run Faro (admins, publishers, shelter staff), their sessions and
-- API tokens, sign-in attempts for rate limiting, and the audit log. Migrants have no accounts.

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,         -- argon2id PHC string
    role TEXT NOT NULL,                  -- admin, publisher, staff
    scope_country TEXT,                  -- publisher: one country, NULL = all
    scope_shelter TEXT,                  -- staff: the shelter's directory id
    disabled BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL, -- SHA-256 of the cookie value; the value is never stored
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);

CREATE TABLE login_failures (
    name TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_name_at ON login_failures (name, at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,                 -- a user name, or 'system', or 'cli'
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
