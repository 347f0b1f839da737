//! Language of a free-text message: one of the sixteen locales or unknown, with a confidence.
