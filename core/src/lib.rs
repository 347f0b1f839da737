//! Faro's domain: locales, UI strings, the content pack and its checks, configuration and
//! storage. Nothing here knows about HTTP or Telegram; the `faro-bot` and `faro-kiosk` crates
//! are adapters over it, and each channel states its own limits ([`channel::ChannelLimits`])
//! and renders the engine's [`rich_text`] in its own markup.

pub mod accounts;
pub mod app;
pub mod audio;
pub mod backup;
pub mod channel;
pub mod chat_lanes;
pub mod chats;
pub mod check;
pub mod clock;
pub mod config;
pub mod content;
pub mod country;
pub mod deeplink;
pub mod diagnostic;
pub mod dialog;
pub mod directory;
pub mod erasure;
pub mod i18n;
pub mod intake;
pub mod kept_forms;
pub mod langid;
pub mod locale;
pub mod locale_choice;
pub mod metrics;
pub mod phone;
pub mod phone_contacts;
pub mod privacy;
pub mod publishing;
pub mod relay;
pub mod rich_text;
pub mod secret;
pub mod send_budget;
pub mod signal;
pub mod slug;
pub mod store;
pub mod text_fold;
pub mod text_safety;
pub mod translation_status;
pub mod zone;

pub use app::App;
pub use config::Config;
pub use locale::Locale;
