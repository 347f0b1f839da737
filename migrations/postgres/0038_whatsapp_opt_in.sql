-- Opt-in before any message Faro starts on WhatsApp (issue 19): which version of the alerts'
-- wording the person agreed to, and when. Cleared when they turn alerts off; the row goes
-- with everything else on "delete my data".
ALTER TABLE phone_contacts ADD COLUMN opt_in_wording TEXT;
ALTER TABLE phone_contacts ADD COLUMN opt_in_at BIGINT;
