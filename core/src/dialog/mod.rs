//! The conversation engine: (state, event) -> (state, replies), with no Telegram in it.
