-- The hours an interpreter takes requests (issue 20): `/hours mon-fri 09:00-17:00` in the
-- bot, kept as "days opens-closes zone" (`core/src/relay/hours.rs`). NULL: whenever they
-- are available (/available, /away).
ALTER TABLE interpreters ADD COLUMN available_hours TEXT;
