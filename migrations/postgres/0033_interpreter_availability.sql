-- Interpreters say when they can take requests (/available, /away in the bot); only
-- available ones are told of new requests. Those registered before this step are available.
ALTER TABLE interpreters ADD COLUMN available BIGINT NOT NULL DEFAULT 1;
-- Escalation of a waiting request (issue 20): 0 the shelter's or city's interpreters were
-- told, 1 remote interpreters too, 2 nobody accepted in time and staff and the person were
-- told so. `escalated_at` is when it last moved.
ALTER TABLE interpreter_requests ADD COLUMN escalation BIGINT NOT NULL DEFAULT 0;
ALTER TABLE interpreter_requests ADD COLUMN escalated_at BIGINT;
