-- The purger deletes the state of chats idle for `retention_days` that asked for no alerts:
-- chat_state.updated_at is their last interaction (to within a day).
CREATE INDEX chat_state_idle ON chat_state (alerts, updated_at);
