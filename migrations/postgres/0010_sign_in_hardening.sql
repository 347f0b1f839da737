-- Sign-in hardening (security review MED-5, LOW-1, LOW-5).
--
-- Failed sign-ins are counted, not logged one row each: one row per (name, address) pair, per
-- address and per name, each holding how many failures it has had and when the last was. The
-- key is a keyed hash (HMAC with the instance key `sign_in_key`) of the name and/or address,
-- so attempted names — a password typed into the name field among them — are never stored.
-- Rows whose last failure is a day old are purged with the other expired data.
--
-- The old table held names in clear; it is renamed and, at the next start, its rows are
-- counted into `name` rows under hashed keys and the table dropped
-- (`accounts::sign_in::hash_clear_failures`), which needs the instance key SQL cannot reach.
ALTER TABLE login_failures RENAME TO login_failures_clear;

CREATE TABLE login_failures (
    key_hash TEXT PRIMARY KEY NOT NULL,  -- 'pair:', 'address:' or 'name:' + hex HMAC
    failures BIGINT NOT NULL,
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);
CREATE INDEX login_failures_last_at ON login_failures (last_at);

-- What a new session tells its holder: failed attempts on their name since their previous
-- sign-in (shown on the account page).
ALTER TABLE sessions ADD COLUMN failures_before BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN last_failure_at BIGINT;

-- API tokens expire; tokens made before this step get the default 90 days from their creation.
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
UPDATE api_tokens SET expires_at = created_at + 90 * 86400;

CREATE INDEX audit_log_at ON audit_log (at);
