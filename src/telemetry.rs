//! Logging to stderr, as text or as one JSON object per line (`log_format`). `RUST_LOG` picks
//! what is shown (default `info`). Handlers never log message text or Telegram ids in clear
//! (DESIGN.md, privacy).

use faro_core::config::LogFormat;
use tracing_subscriber::EnvFilter;

pub fn init(format: LogFormat) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests in one process) is harmless, so the error is ignored.
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// The log format the configuration asks for (flag, `FARO_LOG_FORMAT`, `faro.toml`). The log
/// starts before the command loads its configuration, so a configuration that does not load
/// logs as text here and the command then reports why.
pub fn format(cli: &crate::cli::Cli) -> LogFormat {
    let overrides = faro_core::config::Overrides {
        log_format: cli.log_format,
        ..Default::default()
    };
    faro_core::Config::load(&cli.config, std::env::vars(), &overrides)
        .map_or(LogFormat::Text, |config| config.log_format)
}
