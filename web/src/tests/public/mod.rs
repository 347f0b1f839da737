//! The public pages: every page and locale, kiosk mode, banners, the interpreter pages and
//! the translated error pages.

mod audio;
mod banners;
mod delete_page;
mod directory;
mod errors;
mod icons;
mod intake;
mod kiosk_mode;
mod offline;
mod pages;
