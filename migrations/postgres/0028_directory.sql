-- The directory lives here once a new database is seeded from the content pack
-- (core/src/directory/): afterwards the database is the truth, edited in the browser.
-- Each entry is kept in the pack's own TOML form (one [[entry]] table), so that one reader
-- checks a pack file, a stored entry and an export alike; country and kind are repeated as
-- columns for the focal points' and staff's scopes.
CREATE TABLE directory_entries (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,
    entry TEXT NOT NULL,              -- what readers see
    pack_entry TEXT,                  -- the pack's version last brought in; NULL: made here
    edited_by TEXT,                   -- who last changed it here; NULL: as the pack has it
    edited_at BIGINT,
    verified_by TEXT,                 -- who last marked it verified (when: verified_at;
    verified_at BIGINT,               -- the source: the entry's own `source`)
    retired_by TEXT,                  -- a retired entry is kept but shown to nobody
    retired_at BIGINT,
    conflict_entry TEXT,              -- a pack version that differs from a person's edit
    updated_at BIGINT NOT NULL
);
CREATE INDEX directory_entries_country ON directory_entries (country);

-- Bumped by every change in the same transaction: each instance compares it every few
-- seconds and reloads its snapshot when it moved. 0: never seeded.
CREATE TABLE directory_revision (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    revision BIGINT NOT NULL
);
INSERT INTO directory_revision (only_row, revision) VALUES (1, 0);
