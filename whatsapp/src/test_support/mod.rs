//! For tests only (feature `test-support`): a fake Graph API and webhook payloads in Meta's
//! shapes.

pub mod fake_graph;
pub mod payloads;
