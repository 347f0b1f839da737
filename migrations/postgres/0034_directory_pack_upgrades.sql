-- Pack upgrades at start (issue 18): each instance, as it starts, compares the fingerprint of
-- its pack's directory with the one the database last took in; when they differ, the first
-- instance to move it brings the pack's changes in under the import's conflict rule, and
-- retires the entries the pack dropped that nobody edited here. '' = never recorded (a
-- database seeded before this step takes its pack in once at its next start).
CREATE TABLE directory_pack (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    fingerprint TEXT NOT NULL
);
INSERT INTO directory_pack (only_row, fingerprint) VALUES (1, '');

-- When the pack stopped carrying an entry that a person edited here: a conflict for an
-- operator (retire it, or keep it as an entry of this database's own). NULL: none.
ALTER TABLE directory_entries ADD COLUMN pack_dropped_at BIGINT;
