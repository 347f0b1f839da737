//! Command-line flags. Settings given here win over `FARO_*` variables and `faro.toml`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use faro_core::config::{LogFormat, Overrides};

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
    /// Log lines as `text` or `json` [default: from configuration, else text].
    #[arg(long, global = true, value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
    /// The language of the operators' commands' messages (es, en, fr); without it FARO_LANG,
    /// then LC_ALL, LC_MESSAGES or LANG (es_MX.UTF-8 is es), then `operator_language`.
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the kiosk server and, when a token is set, the Telegram bot.
    Serve(ServeArgs),
    /// Validate the content pack and the translations; prints `path:line: message` per problem.
    Check(CheckArgs),
    /// Detect the language of each line on stdin; prints `<locale>\t<confidence>` per line.
    Langid,
    /// Manage the interpreter registry.
    #[command(subcommand)]
    Interpreter(InterpreterCommand),
    /// Manage the accounts of admins, publishers and shelter staff.
    #[command(subcommand)]
    User(UserCommand),
    /// Aggregate figures of self-declarations (small cells suppressed; never individual records).
    Stats(StatsArgs),
    /// Copy the SQLite database, while Faro runs, to a new file (PostgreSQL: use pg_dump).
    Backup(BackupArgs),
    /// Put a backup made by `faro backup` back in place of the database (Faro must be stopped).
    Restore(RestoreArgs),
    /// Write the files of a shelter's kiosk screen: a systemd unit running Chromium in kiosk
    /// mode under cage, Chromium's policy, a logind setting and install.sh (docs/kiosk.md).
    KioskSetup(KioskSetupArgs),
    /// Share the directory, which lives in the database, as content-pack files.
    #[command(subcommand)]
    Directory(DirectoryCommand),
    /// Make the pages' synthetic audio now (as `faro serve` does in the background) and print
    /// each clip's size, by topic and locale, and the time it took.
    Audio(AudioArgs),
}

#[derive(Subcommand, Debug)]
pub enum DirectoryCommand {
    /// Write the directory as it is now (retired entries left out) as `<country>.toml` files
    /// in the pack's format, into DIR (created if missing; files of the same name replaced).
    Export { dir: PathBuf },
    /// Bring the `*.toml` directory files of DIR in: new entries are added, entries nobody
    /// edited here take the files' version, and an entry a person edited keeps the edit, the
    /// files' version shown on /directory as a conflict to settle.
    Import { dir: PathBuf },
}

#[derive(Args, Debug)]
pub struct AudioArgs {
    /// Content pack folder [default: from configuration, else content].
    #[arg(long)]
    pub content: Option<PathBuf>,
    /// Where the clips are kept [default: audio_cache_dir from configuration, else data/audio].
    #[arg(long)]
    pub cache: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// The file to write; never overwritten.
    pub path: PathBuf,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// A file made by `faro backup`.
    pub path: PathBuf,
}

#[derive(Args, Debug)]
pub struct KioskSetupArgs {
    /// The shelter's directory id (an entry with kind = "shelter" in content/directory/).
    #[arg(long)]
    pub shelter: String,
    /// The Faro server's address as the kiosk reaches it, such as https://faro.example.org.
    #[arg(long)]
    pub url: String,
    /// Folder to write the files into (created if missing).
    #[arg(long, default_value = "faro-kiosk")]
    pub out: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum InterpreterCommand {
    /// Register an interpreter; prints the one-time code they send to the bot to link Telegram
    /// or WhatsApp.
    Add(InterpreterAddArgs),
    /// List interpreters: id, name, languages, areas, linked, active.
    List,
    /// Stop routing requests to an interpreter.
    Disable { id: i64 },
    /// Route requests to an interpreter again.
    Enable { id: i64 },
    /// Remove an interpreter for good, with the WhatsApp number they linked, if any.
    Remove { id: i64 },
}

#[derive(Args, Debug)]
pub struct InterpreterAddArgs {
    /// The name staff and the person see.
    #[arg(long)]
    pub name: String,
    /// Languages spoken, comma-separated tags: ht,fr,es.
    #[arg(long, value_delimiter = ',', required = true)]
    pub languages: Vec<String>,
    /// Where they serve: `remote`, a shelter's directory id, or `city:<name>` for every
    /// shelter of a city; repeat or comma-separate.
    #[arg(long = "area", value_delimiter = ',', required = true)]
    pub areas: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create an account; the password is read from the first line of standard input.
    Add(UserAddArgs),
    /// List accounts: name, role, scope, disabled.
    List,
    /// Disable an account (ends its sessions and revokes its API tokens).
    Disable { name: String },
    /// Enable a disabled account again.
    Enable { name: String },
    /// Create an API token for an account; printed once. It expires after `api_token_days`
    /// (90 by default).
    Token { name: String },
    /// Revoke every API token of an account.
    RevokeTokens { name: String },
}

#[derive(Args, Debug)]
pub struct UserAddArgs {
    pub name: String,
    /// admin, publisher or staff.
    #[arg(long)]
    pub role: String,
    /// For publishers: the country they publish for (ISO code); omit for all countries.
    #[arg(long)]
    pub country: Option<String>,
    /// For staff: the shelter's directory id.
    #[arg(long)]
    pub shelter: Option<String>,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    /// Print CSV instead of aligned text.
    #[arg(long)]
    pub csv: bool,
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
            log_format: None,
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
    /// Treat warnings (such as a topic missing a locale) as errors; stale dates stay warnings.
    #[arg(long)]
    pub strict: bool,
    /// Judge staleness as of this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<time::Date>,
    /// A date of checking older than this many days is reported as stale.
    #[arg(long, value_name = "DAYS", default_value_t = faro_core::check::DEFAULT_MAX_AGE_DAYS)]
    pub max_age_days: u32,
}

fn parse_date(raw: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(raw.trim(), &format)
        .map_err(|_| format!("{raw:?} is not a date such as 2026-12-06"))
}
