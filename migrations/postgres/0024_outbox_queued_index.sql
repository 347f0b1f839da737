-- The broadcast sender's batch reads only queued rows, in the order it sends them, from an
-- index that holds nothing else, so a batch costs the same with 1,000 or 100,000 rows queued
-- (issue 22). The index it replaces, (status, next_attempt_at), held every row ever sent and
-- left PostgreSQL to sort all the due rows by id for each batch of 16.
CREATE INDEX outbox_queued ON outbox (next_attempt_at, id) WHERE status = 'queued';
DROP INDEX outbox_due;
