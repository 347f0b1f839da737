//! `/admin/campaigns`: the list, a new campaign, a campaign's page and its forms.

pub mod actions;
pub mod list;
pub mod page;
mod target_fields;
pub mod view;
