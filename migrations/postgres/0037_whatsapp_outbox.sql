-- Campaigns reach WhatsApp subscribers too (issue 19). Each outbox row names its channel, so
-- the Telegram sender and the WhatsApp sender each read only their own queue along an index
-- that holds nothing else (the batch's bounded work of 0024, per channel).
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'telegram';
-- How a WhatsApp message went: 'text' inside the 24-hour window, 'template' outside it (an
-- approved template in the reader's language), 'bridge' (a template in a bridge language for
-- a locale Meta has no template language for; the campaign follows when the person taps).
ALTER TABLE outbox ADD COLUMN via TEXT;
-- A keyed hash of Meta's message id (which carries the number), so that a status
-- (delivered, read, failed) finds its row; never the id itself.
ALTER TABLE outbox ADD COLUMN message_hash TEXT;
-- 'delivered' or 'read', from WhatsApp's statuses.
ALTER TABLE outbox ADD COLUMN delivery TEXT;
DROP INDEX outbox_queued;
CREATE INDEX outbox_queued ON outbox (channel, next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX outbox_message_hash ON outbox (message_hash) WHERE message_hash IS NOT NULL;
-- The people reached outside the window in the last 24 hours (Meta's daily limit).
CREATE INDEX outbox_templates_sent ON outbox (sent_at) WHERE via IN ('template', 'bridge');
