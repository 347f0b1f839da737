//! Command-line flags. Settings given here win over `FARO_*` variables and `faro.toml`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use faro_core::config::Overrides;

#[derive(Parser, Debug)]
#[command(
    name = "faro",
    version,
    about = "Multilingual information for people on the move: Telegram bot and shelter kiosk"
)]
pub struct Cli {
    /// Configuration file (optional; missing is fine).
    #[arg(long, global = true, env = "FARO_CONFIG", default_value = "faro.toml")]
    pub config: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the kiosk server and, when a token is set, the Telegram bot.
    Serve(ServeArgs),
    /// Validate the content pack and the translations; prints `path:line: message` per problem.
    Check(CheckArgs),
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// sqlite://PATH or postgres://… [default: sqlite://data/faro.db].
    #[arg(long)]
    pub database_url: Option<String>,
    /// Content pack folder [default: content].
    #[arg(long)]
    pub content: Option<PathBuf>,
    /// Translations folder [default: translations].
    #[arg(long)]
    pub translations: Option<PathBuf>,
    /// Public base URL for links and QR codes [default: http://127.0.0.1:8080].
    #[arg(long)]
    pub public_url: Option<String>,
}

impl ServeArgs {
    pub fn overrides(&self) -> Overrides {
        Overrides {
            listen: self.listen,
            database_url: self.database_url.clone(),
            content_dir: self.content.clone(),
            translations_dir: self.translations.clone(),
            public_url: self.public_url.clone(),
        }
    }
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Content pack folder [default: from configuration, else content].
    #[arg(long)]
    pub content: Option<PathBuf>,
    /// Translations folder [default: from configuration, else translations].
    #[arg(long)]
    pub translations: Option<PathBuf>,
    /// Treat warnings (such as a topic missing a locale) as errors.
    #[arg(long)]
    pub strict: bool,
}
