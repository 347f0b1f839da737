-- People who reach Faro from a phone number (WhatsApp, issue 19). The number is kept only
-- sealed (XChaCha20-Poly1305 with `whatsapp_number_key`, which is configuration and never in
-- the database) and found by a keyed hash (HMAC-SHA256 with a key derived from the same key),
-- so the database alone holds no phone number. `chat_id` is the conversation's id for the
-- engine, in a range of its own below every Telegram chat id (core/src/channel.rs). Erasure
-- deletes the row; a contact idle as long as an idle chat's state goes with it.
CREATE TABLE phone_contacts (
    chat_id BIGINT PRIMARY KEY NOT NULL,
    channel TEXT NOT NULL,
    number_hash TEXT NOT NULL UNIQUE,
    number_sealed TEXT NOT NULL,
    -- Meta's business-scoped user id, keyed-hashed too, where Meta sends one.
    user_hash TEXT UNIQUE,
    -- The person's last message: WhatsApp's 24-hour customer-service window opens there.
    last_inbound_at BIGINT NOT NULL
);
CREATE INDEX phone_contacts_last_inbound ON phone_contacts (last_inbound_at);

-- Message ids already handled (Meta delivers a webhook call again when it is not answered in
-- time, and several instances may each get one): keyed hashes, for a WhatsApp message id
-- carries the sender's number. Kept a week, longer than Meta's retries.
CREATE TABLE phone_messages_seen (
    message_hash TEXT PRIMARY KEY NOT NULL,
    seen_at BIGINT NOT NULL
);
CREATE INDEX phone_messages_seen_at ON phone_messages_seen (seen_at);
