-- A published campaign can be stopped (status 'stopped': its banner goes, its queued outbox
-- rows become 'cancelled') and corrected: a correction is a new campaign row, a revision of
-- the first one (`revision_of` names the first; `revision` counts from 1), that goes through
-- review and approval like any campaign. Publishing it stops the revision it replaces and,
-- if the publisher chose so (`resend`), queues it for the chats that were sent an earlier
-- revision.
ALTER TABLE campaigns ADD COLUMN stopped_by TEXT;
ALTER TABLE campaigns ADD COLUMN stopped_at BIGINT;
ALTER TABLE campaigns ADD COLUMN revision_of BIGINT;
ALTER TABLE campaigns ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
ALTER TABLE campaigns ADD COLUMN resend BIGINT NOT NULL DEFAULT 0;
CREATE INDEX campaigns_revision_of ON campaigns (revision_of);
-- The API lists campaigns by when they last changed.
CREATE INDEX campaigns_updated_at ON campaigns (updated_at);
