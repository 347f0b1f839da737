-- A form posted after its session had ended (a campaign text typed for an hour), kept so
-- that signing in again brings it back instead of losing it. The browser holds the token in
-- a cookie; only its hash is stored. Deleted once saved or shown, and after a day in any case.
CREATE TABLE kept_forms (
    token_hash TEXT PRIMARY KEY NOT NULL,
    path TEXT NOT NULL,                  -- the address the form was posted to
    fields TEXT NOT NULL,                -- the form's fields, url-encoded, without its token
    kept_at BIGINT NOT NULL
);
CREATE INDEX kept_forms_kept_at ON kept_forms (kept_at);
