//! The operators' routes: sign-in and the staff queue, the publishing pages under /admin, and
//! the JSON API, whose tests share the publishing pages' harness (`admin`).

mod admin;
mod api;
mod campaign_stop;
mod campaign_whatsapp;
mod directory;
mod language;
mod staff;
