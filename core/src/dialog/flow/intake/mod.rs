//! "I need an interpreter": the person's questions, and what people and interpreters are told
//! about a request once it exists.

pub(crate) mod notices;
pub(crate) mod questions;
