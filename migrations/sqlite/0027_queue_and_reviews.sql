-- The staff queue asks every few seconds whether its shelter's requests changed
-- (core/src/intake/queue_version.rs): find them by the declaration's shelter.
CREATE INDEX declarations_shelter ON declarations (shelter_id);

-- A review remembers the English source it was made against (a SHA-256 of that text, hex), so
-- that when the English changes the review is stale: readers see the machine notice again and
-- the translations page lists it as stale. Marks made before this step have none: stale.
ALTER TABLE translation_reviews ADD COLUMN source_hash TEXT;
